"""Events told by a noun alone: «مخالفت حماس با X», «کنایه X به Y», «تحریم‌های X علیه Y».

Trigger rows with use "both" («حمایت», «انتقاد», «مخالفت», …) are events with a light verb
(«حمایت کرد») and also as a bare noun, but a noun is a happening only when it names both sides:
the doer as its genitive («حمایت آمریکا از …») or, after «ضمن» / «با» («X ضمن رد …», «X با
انتقاد از Y …»), as the clause subject; and the one it is done to by the table's preposition right
after it, at most one word on («… از اسرائیل»; not «به ملت شریف X»). Headlines are mostly written this way.
An agreement noun with no doer names both sides by «بین/میان X و Y» («توافق بین X و Y»: X the actor), and
the second of two nouns of one act («ضمن تقدیر و تشکر از Y») reads the opener before the first. A stance
(agree, reject, support) after «با/از» reaches two words on, to the owner of the act it is on («موافقت X با
پروازهای امدادی Y»). An agreement the subject speaks of («X با اشاره به امضای تفاهم‌نامه با Y») is its own, and
two adjectives joined by «و» may stand before the genitive («توافق پنهانی و غیرعلنی X با Y»). A meeting, request or
verbal act noun whose clause ends in the first person («ما در حال برگزاری مذاکرات با Y هستیم») is the quote's
speaker's (:func:`khabar.stages.event_said.first_person_clause`).
"""

from __future__ import annotations

from dataclasses import replace

from khabar.stages import event_args as args
from khabar.stages import event_place_time as where
from khabar.stages.event_agents import agent
from khabar.stages.event_clause import carried_out, topic_opener
from khabar.stages.event_context import after_colon
from khabar.stages.event_done_with import done_in_passive
from khabar.stages.event_emphasis import emphasized_doer
from khabar.stages.event_faced import faced_owner
from khabar.stages.event_genitive import genitive
from khabar.stages.event_keep import NOUN_NO_ACTOR
from khabar.stages.event_modality import modality_of, noun_modality
from khabar.stages.event_nominal_parties import agent_after, object_after, owner_then_agent, relative_parties
from khabar.stages.event_said import first_person_clause, wanting_words
from khabar.stages.event_subject import companion_at, subject
from khabar.stages.event_tables import (
    BETWEEN,
    PREPOSITIONS,
    SPOKEN_TYPES,
    SYMMETRIC_FRAMES,
    TOPIC_FRAMES,
    squash,
    squashed_words,
    trigger_rules,
)
from khabar.stages.event_types import Candidate, Match, Mention, TimeSpan, Tok, indexed, tokens_text
from khabar.stages.event_unnamed import group_met

# Adjectives that may stand between the noun and its genitive, besides relational ones in «ی»
# («تحریم‌های اقتصادی آمریکا», «کنایه توئیتری X»).
ADJECTIVES = frozenset({"شدید", "گسترده", "تند", "جدید", "مجدد", "همه‌جانبه", "بی‌دریغ", "قاطع", "آشکار"})
# Nouns before an event noun that make it a topic or a possibility, not a happening (squashed).
IRREALIS_HEADS = frozenset({"چگونگی", "نحوه", "امکان", "لزوم", "ضرورت", "احتمال", "آمادگی", "تمایل", "پیشنهاد",
                            "شرط", "شرایط", "مانع", "موانع"})
# «احتمال بروز درگیری میان X و Y», «درباره هر گونه حمله X به Y هشدار داد»: words of an occurrence between
# the irrealis head and the noun, and «هر گونه» (any), which names no happening
OCCURRENCE_WORDS = frozenset({"بروز", "وقوع"})
ANY_WORDS = (("هر", "گونه"), ("هرگونه",))
# «حمله احتمالی X», «حملات و بمب‌گذاری احتمالی»: an adjective of possibility a few words after the noun
# (session 19 world), and how far after it may stand
PROSPECT_ADJECTIVES = frozenset({"احتمالی"})
PROSPECT_REACH = 3


def wanted(toks: list[Tok], first: int, *, orders: bool = False) -> bool:
    """Whether the event noun at ``first`` follows a word of wanting («خواستار بازداشت X شد», «خواهان حمله به
    Y»): the act is asked for, not done (``data/wanting_words.txt``); with ``orders``, also a word of an order
    or a request («حکم بازداشت X», ``data/order_words.txt``)."""
    return first > 0 and (toks[first - 1].key in wanting_words()
                          or orders and toks[first - 1].key in squashed_words("order_words.txt"))


def irrealis(toks: list[Tok], first: int) -> bool:
    """Whether the event noun at ``first`` is a topic or a prospect, not a happening: after an irrealis head
    («احتمال», «لزوم»), over «بروز/وقوع», after «هر گونه», or before «احتمالی»."""
    for k in range(first + 1, min(first + 1 + PROSPECT_REACH, len(toks))):
        if toks[k].punct:
            break
        if toks[k].key in PROSPECT_ADJECTIVES:
            return True
    k = first - 1
    if k >= 0 and toks[k].key in OCCURRENCE_WORDS:
        k -= 1
    if k >= 0 and toks[k].key in IRREALIS_HEADS:
        return True
    return any(k + 1 >= len(w) and [t.key for t in toks[k + 1 - len(w):k + 1]] == list(w) for w in ANY_WORDS)


# «X ضمن رد …», «X با انتقاد از Y»: the subject does what the noun says.
PARTICIPLE_OPENERS = frozenset({"ضمن", "با"})
# «X در تجلیل از Y», «X در حمایت از Y»: praise or support told after «در» is the doer's when the doer stands
# right before it («مردم X در استقبال از هیئت Y»: a welcome by the people, not by a subject named further back)
IN_SUPPORT_FRAMES = frozenset({"support"})
# «X حمایت خود را از Y اعلام کرد», «X به همکاری خود با Y ادامه داد»: a reflexive after the noun makes the
# clause subject its doer (inside a quote, not its speaker). Not a talk: «X را در جریان گفت‌وگوی خود با Y
# قرار داد» retells a meeting or call told before, with the time of the telling.
REFLEXIVES = frozenset({"خود", "خویش"})
# «ضمن اعلام حمایت از Y», «با ابراز مخالفت با Y»: a verbal noun before the event noun.
DECLARING = frozenset({"اعلام", "ابراز"})
# «X بعد از مذاکره با Y به تیم Z پیوست», «X پس از گفت‌وگو با Y گفت»: a noun after «پس/بعد/پیش/قبل از» with no
# genitive is done by the subject of the clause it dates (squashed; the word before «از»)
SEQUENCE_WORDS = frozenset({"پس", "بعد", "پیش", "قبل"})
# «با محکوم کردن X»: an infinitive trigger takes its object right after it, over a few nouns of what was
# done («محکوم کردن جنایات رژیم X»: event_nominal_parties.object_after); its doer is the clause subject.
INFINITIVES = frozenset(squash(w) for w in ("کردن", "نمودن"))
# «موافقت X با پروازهای امدادی Y», «مخالفت X با طرح‌های Y», «با انتقاد از برنامه‌های اقتصادی Y»: a stance or a
# criticism is often of an act or a plan of the party, named two words on, after «با/از»; other nouns (and «تبریک به ملت شریف X»: greetings to a people) take their
# target at most one word on.
STANCE_OBJECT_FRAMES = frozenset({"agree", "reject", "support", "accuse"})
STANCE_MARKERS = frozenset({"با", "از"})
STANCE_SPAN = 3


def nominal_candidate(toks: list[Tok], mentions: list[Mention], times: list[TimeSpan], m: Match,
                      clause_start: int, next_start: int, cues: list[tuple[str, int]], used: set[int]) -> Candidate | None:
    """The event a bare noun trigger tells, or None when it does not name both sides."""
    rule = m.rule
    if rule.use == "noun" and m.first > 0 and toks[m.first - 1].key in PARTICIPLE_OPENERS:
        return None  # «با حضور X»: who attends what the clause tells (a session: event_sessions)
    if irrealis(toks, m.first):
        return None  # «چگونگی مذاکره X با Y», «لزوم حمایت X از Y»: a topic, not a happening
    actors = genitive(toks, mentions, times, _past_adjectives(toks, mentions, m), used)
    targets: list[Mention] = []
    if toks[m.last].key in INFINITIVES:
        actors, targets = [], object_after(toks, mentions, m)
        if not targets:
            return None
    if actors and rule.frame == "message" and actors[-1].last + 1 < len(toks) and toks[actors[-1].last + 1].key == "را":
        return None  # «نامه X را به Y تسلیم کرد»: the verb tells who delivered it (``requires`` in the table)
    if actors and "را" in rule.markers and (doer := agent_after(toks, mentions, actors[-1].last + 1)):
        actors, targets = doer, actors  # «اشغال عراق توسط آمریکا»: the genitive undergoes the act
    elif not actors and "را" in rule.markers:
        actors, targets = owner_then_agent(toks, mentions, m)  # «تاراج آثار باستانی عراق توسط X»
    # «بازداشت (اضطراری) X»: with no agent phrase, the genitive of an arrest is the one arrested, not its doer
    arrested = bool(actors) and not targets and (rule.type, rule.mode) in NOUN_NO_ACTOR and not wanted(
        toks, m.first, orders=True)
    if arrested:
        actors, targets = [], actors
    # «امدادرسانی با همکاری Y انجام شد»: in a passive clause the genitive after «با» is the one it was done
    # with, and the doer is named only by an agent phrase («توسط X با همکاری Y انجام شد»; event_done_with)
    done_passive = not arrested and done_in_passive(toks, m)
    if done_passive and actors and not targets and m.first > 0 and toks[m.first - 1].key == "با":
        actors, targets = agent(toks, mentions, m, clause_start, next_start), actors
    if actors and not targets:
        targets = faced_owner(toks, mentions, times, m, actors)  # «پیشنهاد X با مخالفت Y مواجه شد»
    if not actors and rule.type == "CONSULT":
        actors, targets = relative_parties(toks, mentions, m)
        if not actors:
            targets = []
        elif companion_at(toks, m.last + 2):
            # «X درباره جلسه‌ای که به همراه Z با Y داشتیم …»: Z went along with the subject left out, the main one
            main = subject(toks, mentions, times, m.first, used)
            actors = [x for x in main if x.entity not in args.ids(actors)] + actors
    if not actors and rule.type != "CONSULT" and m.end + 1 < len(toks) and toks[m.end + 1].key in REFLEXIVES:
        actors = subject(toks, mentions, times, m.first, used, after_colon(toks, m))  # not the quote's speaker
    in_first_person: bool | None = None  # first_person_clause, asked at most once
    unnamed = done_passive and not actors  # the side that comes is a group no entity names (event_unnamed), or
    # no one is named doing a cooperation told in the passive
    # an arrest noun names no doer, as the guide codes it: the clause's subject is not its doer («X با بازداشت Y
    # مخالفت کرد» opposes the arrest)
    if not actors and not arrested and not unnamed:
        k = m.first - 1
        if k >= 0 and toks[k].key in DECLARING:
            k -= 1
        if k >= 1 and toks[k].key == "و" and _same_type_noun(toks[k - 1].key, rule.type):
            k -= 2  # «ضمن تقدیر و تشکر از Y»: two nouns of one act share the opener and the subject
        sequence = k >= 1 and toks[k].key == "از" and toks[k - 1].key in SEQUENCE_WORDS
        if sequence:
            k -= 1  # «بعد از مذاکره با Y»: the opener's subject, as after «ضمن»
        if k >= 0 and (sequence or toks[k].key in PARTICIPLE_OPENERS or (toks[k].key == "در" and rule.opens_in) or (
                rule.frame in TOPIC_FRAMES and topic_opener(toks, k))):
            # «X گفت: پس از مذاکره با Y …»: inside a quote the clause's subject is no speaker before the colon
            actors = subject(toks, mentions, times, k, used, after_colon(toks, m) if sequence else 0)
        elif (doer := emphasized_doer(toks, mentions, times, m, used)):
            actors = doer  # «X بر گسترش همکاری با Y تاکید کرد», «تاکید X بر حمایت از Y»
        elif k >= 0 and toks[k].key == "در" and rule.frame in IN_SUPPORT_FRAMES:
            actors = subject(toks, mentions, times, k, used)
            if not actors or max(x.last for x in actors) != k - 1:
                return None
        elif (m.first == 0 or toks[m.first - 1].key not in PREPOSITIONS) and carried_out(toks, m.last + 1) and (
                doer := subject(toks, mentions, times, m.first, used)):
            # «X تحریم‌ها علیه Y را از سر گرفت»: the subject carries out what the noun tells (not a noun inside
            # a phrase of the object: «تحقیقات درباره حمله به Y را آغاز کرد»)
            actors = doer
        elif (met := group_met(toks, mentions, m, next_start)):
            targets, unnamed = met, True  # «دیدار جمعی از X با Y»: Y was met, by a group no entity names
        elif not arrested and not any(mk in BETWEEN for mk in rule.markers) and not (
                in_first_person := first_person_clause(toks, mentions, m)):
            return None
    first_person = not actors and (
        in_first_person if in_first_person is not None else first_person_clause(toks, mentions, m))
    between = False
    for marker in () if targets else rule.markers:
        if marker in ("را", "+"):
            continue  # an object or a bare mention after a noun is its genitive, not its target
        found = args.marked_after(toks, mentions, m, marker, next_start, span=STANCE_SPAN if rule.frame in STANCE_OBJECT_FRAMES and marker in STANCE_MARKERS else 2)
        if found is not None and found.label in args.ACTOR_LABELS and id(found) not in used:
            targets = args.coordinated(toks, mentions, found, commas=True)
            between = marker in BETWEEN
            if between and len(targets) == 1:
                targets += args.second_party(toks, mentions, found)
            break
    if not actors and between and rule.frame in SYMMETRIC_FRAMES and len(targets) > 1:
        # «توافق بین X و Y», «امضای سند همکاری میان X و Y»: the parties between whom it passed name both sides
        actors, targets = targets[:1], targets[1:]
    actor_ids = args.ids(actors)
    if not targets and rule.frame in SYMMETRIC_FRAMES and len(actor_ids) > 1:
        # «مذاکرات هند و پاکستان»: the genitive names both sides
        actor_ids, targets = actor_ids[:1], [x for x in actors if x.entity != actor_ids[0]]
    target_ids = [t for t in args.ids(targets) if t not in actor_ids]
    if not (actor_ids or first_person or unnamed or arrested) or not target_ids:
        return None
    modality = modality_of(m, cues)
    if modality is None or any(cue == "possible" and start <= m.first for cue, start in cues):
        return None  # «X و Y می‌توانند با همکاری یکدیگر …»: a noun after a possibility tells no happening
    noun_mood = noun_modality(modality, toks, m, next_start)
    if noun_mood is None:
        return None
    modality = noun_mood
    place, explicit = (None, False) if rule.type in SPOKEN_TYPES else where.find_place(
        toks, mentions, m, clause_start, next_start)
    return Candidate(
        type=rule.type, mode=rule.mode, frame=rule.frame,
        trigger=tokens_text(toks, m.first, m.last), start=toks[m.first].start, end=toks[m.last].end,
        actors=actor_ids, targets=target_ids, place=place, place_explicit=explicit,
        time=where.find_time(toks, mentions, times, m, clause_start, next_start), modality=modality, nominal=True,
        first_person=first_person and not actor_ids, unnamed_doer=unnamed and not actor_ids,
    )


def _same_type_noun(key: str, type_: str) -> bool:
    """Whether ``key`` (squashed) is a noun trigger of the table of event type ``type_``."""
    return any(r.words == key for r in trigger_rules() if r.type == type_ and r.use in ("both", "any", "noun"))


def _past_adjectives(toks: list[Tok], mentions: list[Mention], m: Match) -> Match:
    """``m`` stretched over up to two adjectives after the noun when a mention follows them, so
    that the genitive is read after them («تحریم‌های اقتصادی آمریکا علیه …»)."""
    covered = indexed(mentions).covered
    k = m.last + 1
    for _ in range(2):
        if k >= len(toks) or toks[k].punct or k in covered or toks[k].key in PREPOSITIONS:
            break
        if not _adjective(toks[k].key):
            break
        k += 1
        if k + 1 < len(toks) and toks[k].key == "و" and k + 1 not in covered and _adjective(toks[k + 1].key) and (
                args.mention_at(mentions, k + 2) is not None):
            k += 2  # «توافق پنهانی و غیرعلنی X با Y»: two adjectives joined by «و», then the genitive
            break
    if k > m.last + 1 and args.mention_at(mentions, k) is not None:
        return replace(m, last=k - 1)
    return m


_ADJECTIVE_KEYS = frozenset(squash(w) for w in ADJECTIVES)


def _adjective(key: str) -> bool:
    """A relational adjective in «ی» («اقتصادی», «پنهانی»), one in «جانبه» («یکجانبه») or one of ``ADJECTIVES``
    (squashed)."""
    return key.endswith(("ی", "یای", "جانبه")) or key in _ADJECTIVE_KEYS

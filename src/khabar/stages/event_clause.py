"""What a trigger's clause tells about it, read from the words around the trigger (no parser needed):
whether the clause holds a word the trigger requires («X را تروریست خواند»; a session that is a press
conference does not count), and whether the clause subject takes part in an event
told by a noun («X در سفر به …», not «X … حمله به Y را محکوم کرد»). Split out of :mod:`event_rules`.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.stages import event_args as args
from khabar.stages.event_genitive import skip_modifiers
from khabar.stages.event_tables import (
    AFTER_RELATIVE,
    CLAUSE_COPULAS,
    CLAUSE_END_VERBS,
    FRAME_OPENERS,
    PREPOSITIONS,
    SUMMONS,
    TIME_FRAME_HEADS,
    TOPIC_FRAMES,
    TOPIC_OPENERS,
    light_verb_forms,
    speech_cues,
    squash,
)
from khabar.stages.event_types import Match, Mention, TimeSpan, Tok, indexed
from khabar.tables import load_list

# Verbs that start or carry on an act named as their object (squashed): «X حملات گسترده‌ای را علیه Y آغاز
# کرد», «X تحریم‌ها را علیه Y ادامه داد»: the act is the subject's. How far after «را» the verb may stand, and
# how many adjectives may stand between the noun and «را».
LAUNCH_WORDS = frozenset({"آغاز", "شروع", "ادامه"})
LAUNCH_REACH = 30
CLAUSE_STOPS = frozenset({".", ":", "؛", ";", "!", "؟", "?"})
MODIFIER_WORDS = 2
# A bare noun with its target as the object of a verb that carries it out, carries it on or widens it: «X تحریم‌ها
# علیه Y را از سر گرفت», «X مذاکرات با Y را نهایی کرد» (the words before the light verb: carry_out_words; «از سر»
# before «گرفت»): the act is the subject's. How far after the noun its «را» may stand.
RESUME_WORDS = ("از", "سر")
OBJECT_PHRASE_REACH = 8


# How far before a summons its «به X» may stand («به وزارت امور خارجه X احضار شد»), in tokens.
SUMMONS_REACH = 6


def summoner(toks: list[Tok], mentions: list[Mention], m: Match) -> list[Mention]:
    """«Y به وزارت خارجه X احضار شد»: the one a passive summons names after «به» just before it, or []."""
    if m.rule.words not in SUMMONS:
        return []
    for k in range(m.first - 1, max(-1, m.first - 1 - SUMMONS_REACH), -1):
        if toks[k].punct:
            return []
        if toks[k].key == "به":
            found = args.after_prep(toks, mentions, k, m.first, args.ACTOR_LABELS)
            return [found] if found is not None else []
    return []


def required_word(toks: list[Tok], words: tuple[str, ...], clause_start: int, stop: int,
                  unless: frozenset[str] = frozenset()) -> bool:
    """Whether one of ``words`` (squashed) starts a word, or two words joined («غیر قانونی»), after the
    last punctuation before ``stop`` in the clause («پیام X را خواند» does not reach back past a comma),
    with none of ``unless`` right after it."""
    lo = next((k + 1 for k in range(stop - 1, clause_start - 1, -1) if toks[k].punct), clause_start)
    for k in range(lo, stop):
        joined = toks[k].key + (toks[k + 1].key if k + 1 < stop else "")
        if any(toks[k].key.startswith(w) or joined.startswith(w) for w in words) and not (
                k + 1 < stop and toks[k + 1].key in unless):
            return True
    return False


def not_sessions(frame: str) -> frozenset[str]:
    """For a session taken part in («در نشست Y شرکت کرد»), the words after the session noun that make it none
    («نشست خبری»: a press conference; the «not» rows of data/session_words.tsv); nothing for other frames."""
    if frame != "multilateral":
        return frozenset()
    from khabar.stages.event_sessions import session_words  # event_sessions imports the event rules

    return session_words()["not"]


def has_subject(toks: list[Tok], times: list[TimeSpan], m: Match, anaphoric: bool) -> bool:
    """Whether the clause subject takes part: always for a verb; for a noun joined by «و» to a second
    predicate of the subject (:func:`_joined_verb`: «با X دیدار و گفت‌وگو کرد»), and in «X در سفر به …», «X ضمن
    تحویل پیام …» (a meeting or trip the subject is on), not in «X … حمله به Y را محکوم کرد»."""
    if m.verb is not None or m.rule.use != "any":
        return True
    after = skip_modifiers(toks, times, m.last + 1)
    if (m.last + 1 < len(toks) and toks[m.last + 1].key == "و" and _joined_verb(toks, times, m.last + 1)) or (
            after < len(toks) and toks[after].key in ("خود", "خویش")):
        return True  # «با X دیدار و گفت‌وگو کرد», «X سفر سه روزه خود را به Y آغاز کرد»
    if launched(toks, m.last + 1):
        return True  # «X حمله تبلیغاتی گسترده‌ای را علیه Y آغاز کرد»: the subject does what it launches
    k = m.first - (2 if anaphoric else 1)
    opens_frame = k >= 0 and (toks[k].key in FRAME_OPENERS or (
        toks[k].key == "از" and k >= 1 and toks[k - 1].key in TIME_FRAME_HEADS) or (
        toks[k].key == "با" and m.rule.frame == "message")) or (  # «X با ارسال نامه‌ای به Y»: by sending it
        topic_opener(toks, k) and after < len(toks) and toks[after].key == "با")
    if m.rule.frame in TOPIC_FRAMES:  # «X درباره انعقاد قرارداد با Y …»: an agreement the subject speaks of
        return topic_opener(toks, k) and after < len(toks) and toks[after].key == "با"
    return m.rule.type == "CONSULT" and (opens_frame or _goes_to_meet(toks, m, after))


# «با X دیدار و گفت‌وگو کرد»: a noun joined by «و» to a second one shares the light verb right after that one;
# «از X عیادت و از Y … کرد»: «از» right after «و» opens a second predicate (the first verb left out). Nothing
# else: «تهاجمات و تحریم‌ها پیشرفت کردیم» (the verb has a noun of its own), «تهاجمات و تحریم‌ها، مقاومت
# کردیم», «تهاجمات و در شرایط تحریم …» (another clause's verb) leave the noun a phrase, not the subject's act.
def _joined_verb(toks: list[Tok], times: list[TimeSpan], k: int) -> bool:
    """Whether the «و» at ``k`` joins the noun to a second predicate: «از», or one noun and its modifiers,
    then a light verb."""
    if k + 1 >= len(toks) or toks[k + 1].punct or toks[k + 1].key in PREPOSITIONS - {"از"}:
        return False
    verb = skip_modifiers(toks, times, k + 2)
    return toks[k + 1].key == "از" or (verb < len(toks) and toks[verb].key in light_verb_forms())


# «X به دیدار Y رفت», «به ملاقات Y شتافت»: a verb of going after «به» + a meeting noun + whom one meets (squashed
# starts of its forms: «رفت», «می‌رود», «آمد», «می‌آید», «شتافت», and the future auxiliary)
GOING = ("رفت", "میرو", "آمد", "میآ", "شتافت", "میشتاب", "خواهد", "خواهند")


def _goes_to_meet(toks: list[Tok], m: Match, after: int) -> bool:
    """Whether the meeting noun at ``m`` stands in «به دیدار Y رفت»: the subject goes to meet Y."""
    if m.rule.frame != "meeting" or m.first < 1 or toks[m.first - 1].key != "به":
        return False
    k = after
    while k < len(toks) and k - after < GOING_REACH and not toks[k].punct:
        if toks[k].key.startswith(GOING):
            return True
        k += 1
    return False


GOING_REACH = 6  # how many words the one met may take between the noun and the verb of going


def launched(toks: list[Tok], k: int) -> bool:
    """Whether the noun before token ``k`` is the object of a verb that starts or carries on an act: up to
    MODIFIER_WORDS plain words, «را», then the clause's first light verb, right after a word of LAUNCH_WORDS
    («… را علیه Y، وزیر سابق Z، آغاز کرد»; an apposition's commas do not end the clause)."""
    verbs = light_verb_forms()
    for j in range(k, min(len(toks), k + MODIFIER_WORDS + 1)):
        if toks[j].punct or toks[j].key in PREPOSITIONS:
            return False
        if toks[j].key == "را":
            for n in range(j + 2, min(len(toks), j + 1 + LAUNCH_REACH)):
                if toks[n].text in CLAUSE_STOPS or toks[n].key == "که":
                    return False
                if toks[n].key in verbs:
                    return toks[n - 1].key in LAUNCH_WORDS
            return False
    return False


@lru_cache(maxsize=1)
def carry_out_words() -> frozenset[str]:
    """Words before a light verb that carry out the act its object names: LAUNCH_WORDS and
    ``data/carry_out_words.txt`` (squashed)."""
    return LAUNCH_WORDS | frozenset(squash(w) for w in load_list("carry_out_words.txt"))


def carried_out(toks: list[Tok], k: int) -> bool:
    """Whether the noun phrase before and from token ``k`` (the noun, its target, a few more words) is the object
    of a verb of :func:`carry_out_words`: «را» within OBJECT_PHRASE_REACH words, then the clause's first light verb right
    after such a word («… را علیه Y از سر گرفته است»)."""
    verbs = light_verb_forms()
    for j in range(k, min(len(toks), k + OBJECT_PHRASE_REACH)):
        if toks[j].text in CLAUSE_STOPS or toks[j].text in ("،", ",") or toks[j].key == "که":
            return False
        if toks[j].key == "را":
            for n in range(j + 1, min(len(toks), j + 1 + LAUNCH_REACH)):
                if toks[n].text in CLAUSE_STOPS or toks[n].key == "که":
                    return False  # «… را که از سر گرفته شد محکوم کرد»: a relative clause on the object
                if toks[n].key in verbs:
                    return n > j + 1 and (toks[n - 1].key in carry_out_words() or tuple(
                        t.key for t in toks[n - 2:n]) == RESUME_WORDS)
            return False
    return False


def topic_opener(toks: list[Tok], k: int) -> bool:
    """«با اشاره به», «درباره», «در خصوص» at token ``k``: the noun after it is what the subject speaks of."""
    if k < 0:
        return False
    return toks[k].key in TOPIC_OPENERS or (toks[k].key == "به" and k >= 1 and toks[k - 1].key == "اشاره")


def relative_floor(toks: list[Tok], mentions: list[Mention], m: Match, clause_start: int) -> int:
    """For a passive in a relative clause, the first token its subject may start at: none before «که» when
    «که» follows a plain noun («بیش از ۸۰۰ نفر که … دستگیر شدند»: the 800, not a party named before, were
    arrested). After a mention («X که … دستگیر شده بود») or a verb («X گفته بود که … تهدید شده است») the
    subject may stand before «که»."""
    for k in range(m.first - 1, clause_start - 1, -1):
        if toks[k].punct and toks[k].text not in ("«", "»", '"'):
            break
        if toks[k].key == "که":
            before = toks[k - 1].key if k > 0 else ""
            after_verb = before in light_verb_forms() or before in speech_cues() or before in CLAUSE_END_VERBS or (
                before in CLAUSE_COPULAS)
            return clause_start if after_verb or indexed(mentions).ending_at(k - 1) else k + 1
    return clause_start


# What may follow the participle of a passive that ends a clause («دستگیر شده است/بود», «… شده و …», «… شده که …»)
PARTICIPLE_ENDS = frozenset({"است", "اند", "بود", "بودند", "باشد", "باشند", "و", "که", "اما", "ولی"})


def participle_adjective(toks: list[Tok], m: Match) -> bool:
    """Whether a passive participle is an adjective of the noun before it: «یکی از متهمان دستگیر شده پرونده X»,
    «افراد بازداشت شده» (the arrested), followed by a plain word rather than an auxiliary or a clause end."""
    if m.verb is None or toks[m.verb].key != "شده" or m.verb + 1 >= len(toks):
        return False
    after = toks[m.verb + 1]
    return not after.punct and after.key not in PARTICIPLE_ENDS and after.key not in light_verb_forms()


def in_relative(toks: list[Tok], first: int, clause_start: int, next_start: int) -> bool:
    """Whether the trigger at ``first`` ends a relative clause «که …،» whose comma is followed, after at most
    ``AFTER_RELATIVE`` plain words, by the next trigger at ``next_start``."""
    comma = next((k for k in range(first + 1, next_start) if toks[k].punct), None)
    if comma is None or toks[comma].text not in ("،", ",") or next_start - comma - 1 > AFTER_RELATIVE:
        return False
    if any(toks[k].punct for k in range(comma + 1, next_start)):
        return False
    for k in range(first - 1, clause_start - 1, -1):
        if toks[k].punct:
            return False
        if toks[k].key == "که":
            return k > clause_start
    return False


# How many words may stand between a noun of someone's words and its owner («سخنان روز گذشته X»).
SPEECH_OWNER_GAP = 3


@lru_cache(maxsize=1)
def _speech_nouns() -> frozenset[str]:
    return frozenset(squash(w) for w in load_list("speech_nouns.txt"))


def speech_occasion(toks: list[Tok], mentions: list[Mention], m: Match) -> list[Mention] | None:
    """«با اشاره به سخنان X در دیدار با Y», «به بیانات رهبری در سفر به Y اشاره کرد»: a meeting or trip noun after
    «در» that follows a noun of someone's words cited after «به» is the occasion of those words, an earlier
    happening cited in passing. Its doer is the words' owner X (the mention between them), [] when none is
    named; None when not so (also «X در ادامه سخنان خود در دیدار با Y»: the subject's own words at its meeting)."""
    k = m.first - 1
    if m.verb is not None or k < 1 or toks[k].key != "در":
        return None
    owner = next((x for x in mentions if x.last == k - 1), None)
    if owner is not None:
        # «سخنان اخیر X», «سخنان روز گذشته X»: a word or two may stand between the words and their owner
        head = next((j for j in range(owner.first - 1, owner.first - 1 - SPEECH_OWNER_GAP, -1)
                     if j >= 1 and toks[j].key in _speech_nouns()), owner.first - 1)
    elif toks[k - 1].key in _speech_nouns():
        head = k - 1
    else:  # «سخنان رهبری در دیدار با Y»: one word names an owner the article has no entity for
        head = k - 2 if toks[k - 1].key not in ("خود", "خویش") else -1
    if head < 1 or toks[head].key not in _speech_nouns() or toks[head - 1].key != "به":
        return None
    return [owner] if owner is not None and owner.label in args.ACTOR_LABELS else []

"""Find event candidates in one sentence by patterns (no parser needed).

A trigger from ``data/event_triggers.tsv`` (found by :mod:`event_triggers`) starts a candidate;
:mod:`event_args` finds its actors and targets, :mod:`event_place_time` its place and time,
:mod:`event_nominal` the events told by a bare noun («مخالفت X با Y»), :mod:`event_context` what a
quote or «طرفین» says of the parties. The modality (:mod:`event_modality`) comes from the light
verb («نکرد», «خواهد کرد», subjunctive «کند») and from cues in ``data/event_cues.tsv`` («قرار است»,
«تکذیب»).
Text after a colon is a direct quote and is skipped; a noun after «برای» is a purpose
(«برای دیدار با …»), not a happening.
"""

from __future__ import annotations

from dataclasses import replace

from khabar.stages import event_agents as agents
from khabar.stages import event_args as args
from khabar.stages import event_clause as clause
from khabar.stages import event_place_time as where
from khabar.stages.event_asked import (
    addressee,
    asked_party,
    asks_public,
    asks_unnamed,
    demands_of_public,
    wished_from,
)
from khabar.stages.event_conditions import condition_subject
from khabar.stages.event_context import after_colon, interview, names_both_sides, quote_start, with_press
from khabar.stages.event_destination import names_destination
from khabar.stages.event_genitive import genitive, other_side
from khabar.stages.event_modality import cue_scopes, modality_of, noun_modality
from khabar.stages.event_nominal import irrealis, nominal_candidate, relative_parties, wanted
from khabar.stages.event_object import targetless_met
from khabar.stages.event_subject import subject
from khabar.stages.event_tables import (
    ALSO_OPENERS,
    FRAME_OPENERS,
    PARTITIVES,
    PREPOSITIONS,
    SENTENCE_WORDS,
    SPOKEN_TYPES,
    SYMMETRIC_FRAMES,
    TIME_FRAME_HEADS,
    TriggerRule,
)
from khabar.stages.event_toll import (
    TOLL_FRAMES,
    accident_told,
    attack_told,
    counts_dead,
    toll_floor,
    toll_verb,
)
from khabar.stages.event_triggers import match_triggers
from khabar.stages.event_trips import region_countries, split_trip, to_home
from khabar.stages.event_types import Candidate, Match, Mention, TimeSpan, Tok, indexed, tokens_text
from khabar.stages.event_unnamed import (
    crowd_mention,
    crowd_subject,
    group_clashed,
    group_met,
    unnamed_subject,
)

__all__ = ["Candidate", "Mention", "TimeSpan", "Tok", "find_candidates"]

# Frames whose «… شد» is a passive: the grammatical subject undergoes the act.
PASSIVE_FRAMES = frozenset({"accuse", "threaten", "attack", "sanction", "arrest", "support", "aid", "retreat",
                            "message", "clash", "reject", "deny", "mobilize", "promise"})
# Frames whose two parties «طرفین» may name (a clash has its own sides).
BOTH_SIDES_FRAMES = frozenset({"meeting", "phone", "talk", "agree", "sign", "cooperate"})
DEMONSTRATIVES = frozenset({"این", "همین", "آن"})
# Types whose bare noun after «احتمال», «هر گونه» is a prospect («هشدار درباره هر گونه حمله X به Y»)
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
# «X تهدیدی (جدی) برای Y است», «بزرگترین تهدید برای ثبات منطقه»: a threat «برای» something describes X as a
# danger; no one threatens anyone. The word after the noun (an adjective may stand between).
DANGER_TO = "برای"


def find_candidates(
    toks: list[Tok], mentions: list[Mention], times: list[TimeSpan], *, sentence: int = 0
) -> list[Candidate]:
    """Pure step: the event candidates of one sentence."""
    mentions = indexed(mentions)  # built once here, not rebuilt per trigger
    limit = len(toks)
    matches = match_triggers(toks, limit, mentions)
    cues = cue_scopes(toks)
    out: list[Candidate] = []
    clause_start = 0
    verb_floor = 0  # where the clause of the last verb trigger ended: noun triggers since then end no clause for its time
    toll: bool | None = None  # whether the sentence counts the dead (read once, when a partyless attack needs it)
    attacked = attack_told(matches)  # «در حمله X به Y، Z کشته شدند»: the deaths are the attack's toll
    accident = any(toll_verb(m) for m in matches) and accident_told(toks) and not any(
        agents.agent_at(toks, mentions, k, limit) for k in range(limit))  # «X در سانحه رانندگی کشته شد», not «… به دست Y»
    for n, m in enumerate(matches):
        next_start = matches[n + 1].first if n + 1 < len(matches) else limit
        if m.rule.requires and m.rule.markers == ("-",) and not targetless_met(toks, m, matches[:n], clause_start):
            # «پس از آنکه X قانون حالت فوق‌العاده را لغو کرد، Y حمله کرد»: a targetless row («لغو», «کاهش») whose word
            # its object lacks, or that is asked for, is an ordinary verb here and ends no clause (the time before it
            # still dates Y's act); rows with a target keep ending theirs («… که در اعتراضات … شرکت داشتند دستگیر شدند»)
            continue
        if toll_verb(m) and (attacked or accident):
            continue
        candidate = _candidate(toks, mentions, times, m, clause_start, next_start, cues)
        if m.verb is None and candidate is not None and candidate.frame in TOLL_FRAMES and not (
                candidate.actors or candidate.targets or candidate.anaphoric):
            # «در دو حمله جداگانه … ۱۵ نفر کشته شدند»: an attack no party is named for, told with its dead
            toll = counts_dead(toks) if toll is None else toll
            candidate.toll = toll
        if m.verb is None and (candidate is None or not (
                candidate.actors or candidate.targets or candidate.anaphoric or candidate.both_sides or candidate.toll)):
            # «با رفع تحریم‌های X مخالفت کرد», «X را به حمله نظامی تهدید کرد»: a noun that names no
            # one tells nothing and does not end the clause («این دیدار در تهران …» still tells of the one before)
            continue
        if not (m.verb is None and m.rule.frame == "arrest") and not clause.in_relative(toks, m.first, clause_start, next_start):
            # «با تلاش پلیس X، ۵۰ کیلو مواد کشف و ۳۰ نفر دستگیر شدند»: a round-up noun does not end the
            # clause; the agent named before it did the arrests after it too. Nor does a relative clause
            # «از X که … پذیرفته‌اند، انتقاد کرد»: the main clause goes on after its comma
            clause_start_was, clause_start = clause_start, (m.end if m.end < next_start else m.last) + 1
            if candidate is not None and candidate.time is None and m.verb is not None and not m.nominal:
                candidate.time = where.time_past_nouns(toks, times, m, verb_floor, clause_start_was)
            if m.verb is not None and not m.nominal:
                verb_floor = clause_start
        if candidate is None:
            continue
        candidate.sentence = sentence
        out.extend(split_trip(candidate, mentions))
    return out


# How far before «محکوم شد» a word of the sentence («زندان», «اعدام») may stand, in tokens («زندان
# تعزیری محکوم شد»)
SENTENCE_REACH = 2


def _candidate(toks: list[Tok], mentions: list[Mention], times: list[TimeSpan], m: Match, clause_start: int,
               next_start: int, cues: list[tuple[str, int]]) -> Candidate | None:
    rule = m.rule
    if rule.requires and not clause.required_word(toks, rule.requires, clause_start, m.first, clause.not_sessions(rule.frame)):
        return None
    prev = toks[m.first - 1].key if m.first > 0 else ""
    anaphoric = prev in DEMONSTRATIVES
    before_det = toks[m.first - 2].key if anaphoric and m.first > 1 else prev
    if m.verb is None and (before_det == "برای" or (rule.type in FORCE_TYPES and (irrealis(toks, m.first) or wanted(
            toks, m.first, orders=rule.mode == "arrest")))):
        return None  # «برای دیدار با …»: a purpose; «احتمال بروز درگیری میان X و Y»: a prospect
    after = toks[m.last + 1].key if m.last + 1 < len(toks) else ""
    if anaphoric and m.verb is None and (after == "را" or (
            before_det in PREPOSITIONS and before_det not in FRAME_OPENERS)):
        return None  # «از این حملات استقبال کرد»: the event told before is the object of another act
    if rule.frame == "threaten" and _danger_to(toks, mentions, m):
        return None  # «ایران را تهدیدی برای منطقه دانست»: a description, not a threat made
    if m.passive and rule.frame in PASSIVE_FRAMES and clause.participle_adjective(toks, m):
        return None  # «یکی از متهمان دستگیر شده X»: the arrested, no report of an arrest
    used: set[int] = set()
    if m.nominal:
        return nominal_candidate(toks, mentions, times, m, clause_start, next_start, cues, used)
    clause_start = max(clause_start, after_colon(toks, m))  # «X با انتقاد از Y گفت: … درخواست داریم»
    target_group = args.find_targets(toks, mentions, m, clause_start, next_start, used)
    conditioned = not target_group and rule.frame == "threaten" and m.verb is not None and not m.passive
    if conditioned:
        target_group = condition_subject(toks, mentions, m)  # «X تهدید کرد اگر Y …»: Y is threatened
    if not target_group and rule.frame == "meeting" and m.verb is not None:
        # «از X دیدار کرد»: a visit to X, not a meeting
        as_visit = replace(m, rule=replace(rule, mode="visit", frame="tour", markers=("از",)))
        if (target_group := args.find_targets(toks, mentions, as_visit, clause_start, next_start, used)):
            m, rule = as_visit, as_visit.rule
    # «به X رفتم»: the trip rows whose word is the verb itself are all in the first person; only a quote's speaker
    # tells who went (event_said.speaker_as_doer), and with no quote the trip is dropped (events.find_events)
    own_trip = rule.frame == "trip" and rule.use == "self"
    if own_trip and not any(x.label in args.PLACE_LABELS for x in target_group):
        return None  # «به باشگاه X رفتم», «به این وزارتخانه رفتم»: going to a club or a body is joining it
    if rule.frame == "trip" and target_group and region_countries(toks, target_group[0].first):
        target_group = []  # «سفر به پنج کشور آمریکای لاتین»: the countries visited are not named
    if not target_group and rule.type == "CONSULT" and rule.mode in ("meeting", "phone") and with_press(
            toks, m, clause_start, next_start):
        return None  # «با خبرنگاران گفت‌وگو کرد»: an interview or a press conference is no meeting
    if rule.frame == "talk" and interview(toks, m):
        return None  # «X که با Y گفت‌وگو می‌کرد، افزود»: the interview X's words were said in
    if not target_group and rule.type == "REQUEST" and rule.use == "clause":
        target_group = asked_party(toks, mentions, times, m, used)  # «خواستار استعفای Y شد»: Y is asked
    if not target_group and rule.type == "REQUEST":
        target_group = addressee(toks, mentions, m, clause_start, used)  # «در نامه‌ای خطاب به Y خواستار …»
    if not target_group and rule.type == "REQUEST" and asks_public(toks, mentions, m, clause_start):
        return None  # «از هم‌وطنان خواست تا …»: an appeal to the public at large asks no party
    if not target_group and rule.type == "REQUEST" and demands_of_public(toks, mentions, times, m):
        return None  # «خواستار مشارکت گسترده مردم … شد»: the public's act, an appeal, no party asked
    if rule.use == "self" and rule.type == "REQUEST" and target_group and wished_from(toks, m, target_group[0]):
        target_group = []  # «X می‌خواهد از جمع Y جدا شود»: a wish whose «از» is its own verb's, no one asked
    if rule.use == "self" and not target_group and not (rule.type == "REQUEST" and asks_unnamed(toks, m, clause_start)):
        return None  # «خواست» is a request only when it says of whom («از X خواست»)
    gen = genitive(toks, mentions, times, m, used, stop=next_start)
    if not target_group and not gen and m.verb is None and rule.type == "CONSULT":
        gen, target_group = relative_parties(toks, mentions, m)  # «در دیداری که (X) با Y داشت»
        target_group = target_group or group_met(toks, mentions, m, next_start)  # «دیدار جمعی از X با Y»
    verbal = clause.has_subject(toks, times, m, anaphoric) or any(x.last < m.first for x in target_group)
    if rule.type == "CONSULT" and (owner := clause.speech_occasion(toks, mentions, m)) is not None:
        if not (gen := gen or owner):
            return None  # «با اشاره به سخنان رهبری در دیدار با Y»: the words' owner met Y, not the one citing them
        verbal = False
    floor = clause.relative_floor(toks, mentions, m, clause_start) if m.passive and rule.frame in PASSIVE_FRAMES else 0
    if m.passive and toll_verb(m):
        floor = max(floor, toll_floor(toks, mentions, m, clause_start))  # «Y مدعی شد که … کشته شدند»: not Y
    subj = subject(toks, mentions, times, m.first, used, max(floor, quote_start(toks, m))) if verbal else []
    subj = [x for x in subj if not crowd_mention(toks, x)]  # «جمعی از شهروندان … خواستار شدند»: no one named
    gen, target_group = other_side(toks, mentions, m, gen), other_side(toks, mentions, m, target_group)
    actors, targets = args.ids(gen or subj), args.ids(target_group)
    if conditioned:
        # «X تهدید کرد اگر وی … شکست بخورد، …»: a condition on the threatener's own act names no one threatened
        targets = [t for t in targets if t not in actors]
    if rule.frame == "trip" and gen and not targets and to_home(toks, m, next_start):
        # «X که در پایان سفر Y به کشورش …»: Y's trip to X's own country; X is the host
        targets = [t for t in args.ids(subject(toks, mentions, times, m.first, used, quote_start(toks, m)))
                   if t not in actors]
    if (rule.frame in SYMMETRIC_FRAMES or rule.frame == "multilateral") and gen and subj and not targets:
        actors, targets = args.ids(subj), args.ids(gen)  # «X در دیدار Y گفت»: X met Y; «X ضمن شرکت در نشست Y»
    if m.passive and rule.frame == "accuse" and any(
            toks[k].key in SENTENCE_WORDS for k in range(max(clause_start, m.first - SENTENCE_REACH), m.first)):
        # «به ۲۷ ماه زندان محکوم شد» (not «اعدام X به شدت محکوم شد»: the execution was condemned)
        rule = replace(rule, type="COERCE", mode=None, frame="arrest")
    if m.passive and rule.frame in PASSIVE_FRAMES:
        # «شبکه X تهدید شد»: the subject was threatened; «توسط Y» did it («به کشورهایی که از سوی Y متهم
        # شده‌اند»: in a relative clause on a plain noun no subject stands before «که», see relative_floor)
        # «از شاعران حاضر تقدیر شد»: praise told with its «از» names whom it honours there; when that names no
        # entity (an unnamed group), the clause's subject is not the one honoured
        targets = targets or ([] if _praised_from(toks, m, rule, clause_start) else actors)
        actors = args.ids(agents.agent(toks, mentions, m, clause_start, next_start) or clause.summoner(toks, mentions, m) or (
            agents.sentence_agent(toks, mentions, m, clause_start) if rule.frame == "arrest" and not targets else []))
    if rule.frame in SYMMETRIC_FRAMES and not targets and len(actors) > 1:
        actors, targets = actors[:1], actors[1:]
    if m.verb is None and not actors and targets and rule.frame in PASSIVE_FRAMES:
        actors = args.ids(agents.agent(toks, mentions, m, clause_start, next_start))  # «حمله به X توسط Y»
    if m.verb is None and rule.frame == "arrest" and (doers := args.ids(agents.agent(toks, mentions, m, clause_start, next_start))):
        # «کشف ۳۰ قبضه سلاح توسط پلیس X», «وی گفت: با تلاش ماموران X، … کشف و …»: a round-up noun names
        # its doer by an agent phrase (not the speaker), seldom those it hit; the phrase tells the doer as a clause does
        actors, verbal = [d for d in doers if d not in targets], True
    if rule.frame == "attack" and rule.markers == ("را",) and not targets:
        # «حقوق اسرا را هدف قرار دادند», «شبه‌نظامیان را بمباران کردند»: an attack told only by its object
        # names no party when the object is no mention (a right, a thing, an unnamed group)
        return None
    if rule.frame in SYMMETRIC_FRAMES and not actors and len(targets) > 1:
        actors, targets = targets[:1], targets[1:]  # «درگیری بین X و Y»
    if rule.frame == "host":  # the visitor is the source, the host the recipient
        actors, targets = targets, actors
    actors = [a for a in actors if a not in targets and not own_trip]  # the traveller is the quote's speaker (event_said)
    both_sides = rule.frame in BOTH_SIDES_FRAMES and not targets and names_both_sides(toks, m, clause_start)
    if both_sides:
        actors = []  # «X … تبریک گفت و رهبران دو کشور … توافق کردند»: not X alone
    # The doer is a group no entity names: «جمعی از فرهنگیان با Y دیدار کردند» (a meeting), «معترضان خواستار
    # استعفای X شدند» (a crowd's request or condemnation, told actively)
    active = verbal and not (m.passive and rule.frame in PASSIVE_FRAMES)
    unnamed = not actors and (
        (rule.type == "CONSULT" and unnamed_subject(toks, mentions, rule.frame, clause_start, target_group, m.first))
        or (bool(targets) and active and crowd_subject(toks, mentions, rule.type, clause_start, target_group, m.first))
        or (bool(targets) and group_clashed(toks, mentions, m, next_start)))
    place, explicit = where.find_place(toks, mentions, m, clause_start, next_start)
    if rule.type in SPOKEN_TYPES:
        # «خواستار … در جنوب شرق آسیا شد»: in a statement «در X» is its topic, not where it was said.
        place, explicit = None, False
    if rule.frame == "trip" and (dest := next((x.entity for x in target_group if x.label in args.PLACE_LABELS), None)):
        place, explicit = dest, False  # «منابع آگاه در چین … سفر X به مسکو»: a trip is where it goes
    if place is None and rule.frame in ("trip", "tour"):
        place = next((x.entity for x in target_group if x.label in args.PLACE_LABELS), None)
    modality = modality_of(m, cues)
    if modality is None:
        return None
    # «حمله X به مسجد …»: an attack noun whose named doer aims it, with «به», at what is no party
    aimed = m.verb is None and rule.type == "ASSAULT" and bool(gen) and not targets and (
        (after_doer := args.unit_last(mentions, gen[-1]) + 1) < len(toks) and toks[after_doer].key == "به")
    noun_mood = noun_modality(modality, toks, m, next_start)  # «به همکاری با Y ادامه خواهد داد»
    if noun_mood is None:
        return None
    modality = noun_mood
    end_tok = m.verb if m.verb is not None and m.verb == m.last + 1 else m.last
    return Candidate(
        type=rule.type, mode=rule.mode, frame=rule.frame,
        trigger=tokens_text(toks, m.first, end_tok), start=toks[m.first].start, end=toks[end_tok].end,
        actors=actors, targets=targets, place=place, place_explicit=explicit,
        time=where.find_time(toks, mentions, times, m, clause_start, next_start), modality=modality, anaphoric=anaphoric,
        verbal=verbal, both_sides=both_sides, also=clause_start == 0 and toks[0].key in ALSO_OPENERS,
        passive=m.passive and rule.frame in PASSIVE_FRAMES and not actors, aimed=aimed,
        destined=rule.frame in ("trip", "tour") and not targets and names_destination(toks, m, clause_start, next_start),
        unnamed_doer=unnamed, first_person=own_trip,
    )


def _danger_to(toks: list[Tok], mentions: list[Mention], m: Match) -> bool:
    """«تهدید (جدی) برای …» right after the noun: a danger to something, not a threat made."""
    covered = indexed(mentions).covered
    for k in range(m.last + 1, min(m.last + 3, len(toks))):
        if toks[k].key == DANGER_TO:
            return True
        if toks[k].punct or k in covered or toks[k].key in PREPOSITIONS:
            return False
    return False


# How far before a passive praise its «از» may stand, in tokens («از شاعران حاضر با اهدای لوح سپاس تقدیر شد»).
PRAISE_FROM_REACH = 10


def _praised_from(toks: list[Tok], m: Match, rule: TriggerRule, clause_start: int) -> bool:
    """Whether a passive praise («تقدیر/قدردانی شد», «… به عمل آمد») has its «از» phrase before it in the clause."""
    if rule.mode != "praise" or "از" not in rule.markers:
        return False
    # not «از سوی/از طریق X» (who did it, or how), «پس از …» (when) or «جمعی از X» (a part of a group):
    # only an «از» that names whom the praise is for
    return any(toks[k].key == "از" and toks[k + 1].key not in args.COMPOUND_FROM
               and not (k > 0 and toks[k - 1].key in TIME_FRAME_HEADS | PARTITIVES)
               for k in range(max(clause_start, m.first - PRAISE_FROM_REACH), m.first))

"""When an act told in the present inside a quote happened: when the words were said.

«X امروز در کنفرانس خبری گفت: … ما این حق را به رسمیت می‌شناسیم» supports Y today: a present-tense
act in someone's words is performed by saying them («محکوم می‌کنیم», «تایید می‌کنیم»). A quote whose
sentence tells no time («وی افزود: …») continues the same speaker's quote just before it, and so
was said at the same time. A past or future act in a quote keeps its own time (or none).

A meeting told in the first person inside a quote («… با Y گفت‌وگویی داشتم») whose subject was not found
(too far back, past the quote's other clauses) is the speaker's (:func:`speaker_as_doer`); so is a request
made in the first person («… از سازمان ملل درخواست می‌کنم تا …»), and a trip told with a first-person verb of
going («به X رفتم»).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Any

from khabar.stages.event_obligations import PRESENT_PREFIX, time_of_words
from khabar.stages.event_tables import SPOKEN_TYPES, light_verb_forms, squashed_words, trigger_rules
from khabar.stages.event_types import Candidate, Match, Mention, Tok, indexed
from khabar.stages.timex import TimeExpr
from khabar.text.chars import CLAUSE_PUNCT


def speech_times(quotes: list[dict[str, Any]], offsets: list[int], sentence_of: list[int],
                 times: dict[int, list[TimeExpr]]) -> list[tuple[int, int, TimeExpr]]:
    """(start, end, when said) for each quote whose time is known: told before it in its sentence, or
    carried from the same speaker's quote right before it."""
    out: list[tuple[int, int, TimeExpr]] = []
    last_speaker: object = None
    last_time: TimeExpr | None = None
    for q in sorted(quotes, key=lambda q: int(q["start"])):
        speaker = q.get("speaker")
        first = bisect_left(offsets, int(q["start"]))
        said = time_of_words(q, first, sentence_of, times)
        if said is None and speaker is not None and speaker == last_speaker:
            said = last_time  # «وی افزود: …»: the same press conference
        last_speaker, last_time = speaker, said
        if said is not None:
            out.append((int(q["start"]), int(q["end"]), said))
    return out


def undated_present(c: Candidate) -> bool:
    """An asserted act with no time of its own, told with a present-tense verb («حمایت می‌کنیم»)."""
    return c.time is None and c.modality == "asserted" and c.verbal and not c.nominal and any(
        w.startswith(PRESENT_PREFIX) for w in c.trigger.split())


def date_by_words(candidates: list[Candidate], spoken: list[tuple[int, int, TimeExpr]]) -> None:
    """Set the time of an undated present-tense act inside a quote to when the quote was said."""
    for c in candidates:
        if undated_present(c):
            c.time = next((t for s, e, t in spoken if s <= c.start and c.end <= e), None)


# Acts a speaker does in the first person: a meeting («… با Y گفت‌وگویی داشتم»), a request («… از سازمان ملل
# درخواست می‌کنم تا …») and the verbal acts performed by saying them («تجاوز X را محکوم می‌کنیم», «ما از Y حمایت می‌کنیم»).
SPEAKER_TYPES = frozenset({"CONSULT", "REQUEST"}) | SPOKEN_TYPES
# The endings of a first-person light verb («داشتم», «کردیم», «داشته‌ایم»), squashed.
FIRST_PERSON = ("م", "یم")


def speaker_as_doer(candidates: list[Candidate], quotes: list[dict[str, Any]]) -> None:
    """Give a meeting (a trip too), a request or a verbal act with no actor, told with a first-person light verb
    inside a quote (or by a noun whose clause is in the first person: :func:`first_person_clause`, or by a
    first-person verb of going: event_rules), its speaker."""
    spans = sorted((int(q["start"]), int(q["end"]), q.get("speaker")) for q in quotes if q.get("speaker"))
    starts = [s for s, _, _ in spans]
    for c in candidates:
        words = c.trigger.split()
        in_person = c.first_person or (c.verbal and len(words) >= 2 and words[-1].endswith(FIRST_PERSON))
        if c.type not in SPEAKER_TYPES or c.actors or not in_person:
            continue
        n = bisect_left(starts, c.start + 1) - 1
        if n >= 0 and spans[n][0] <= c.start and c.end <= spans[n][1] and spans[n][2] not in c.targets:
            c.actors = [str(spans[n][2])]


# How far after an event noun the first-person verb of its clause may stand, in tokens (a long partner between:
# «ما در حال گفت‌وگوهای فنی با سازمان جهانی بهداشت (WHO) هستیم»), the copulas besides the light verbs, and what
# ends the clause.
FIRST_PERSON_REACH = 12
FIRST_PERSON_COPULAS = frozenset({"هستم", "هستیم", "بودم", "بودیم", "ایم", "ام"})
CLAUSE_ENDS = CLAUSE_PUNCT


def wanting_words() -> frozenset[str]:
    """«ما خواهان مذاکره با Y هستیم», «مخالف گفت‌وگو با Y هستیم»: after a word of wanting, a stance or readiness
    (``data/wanting_words.txt``, squashed) the noun is what is asked for or weighed, not an act done."""
    return squashed_words("wanting_words.txt")


def first_person_clause(toks: list[Tok], mentions: list[Mention], m: Match) -> bool:
    """Whether the act noun at ``m`` (a meeting, a request or a verbal act) names no doer of its own and its
    clause closes, a few words on, with a verb in the first person («ما در حال برگزاری مذاکرات با Y هستیم»,
    «در جلسه‌ای با Y اعلام کردم»): inside a quote, the speaker does what the noun tells (:func:`speaker_as_doer`)."""
    if m.rule.type not in SPEAKER_TYPES or indexed(mentions).by_first.get(m.last + 1) is not None:
        return False  # «… از حمایت X از Y استقبال می‌کنیم»: the noun names its own doer
    if m.first > 0 and toks[m.first - 1].key in wanting_words():
        return False
    forms = light_verb_forms()
    for k in range(m.last + 1, min(len(toks), m.last + 1 + FIRST_PERSON_REACH)):
        if toks[k].text in CLAUSE_ENDS or toks[k].key == "که":
            return False
        key = toks[k].key
        if key in forms and key.endswith(FIRST_PERSON) and k - 1 > m.last and toks[k - 1].key in act_words():
            return False  # «از مذاکره با Y استقبال می‌کنیم»: the verb is another act's, the noun only its object
        if key in FIRST_PERSON_COPULAS or (key in forms and key.endswith(FIRST_PERSON)):
            return True
    return False


@lru_cache(maxsize=1)
def act_words() -> frozenset[str]:
    """The trigger words of the event rules (squashed): one before a light verb makes that verb its own act's."""
    return frozenset(r.words for r in trigger_rules())

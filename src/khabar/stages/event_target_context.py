"""Where a preposition before a trigger stands, read from the words around it: whether it is a side act's
(«X ضمن حمایت از Y، …»), a dateline's («به گزارش X از Y»), a topic's («درباره حمله X به Y»), inside a relative
clause or the complement of the noun before it («مبارزه با X»). Split out of :mod:`event_args`, whose
``find_targets`` asks these questions before taking the mention after a preposition as the target.
"""

from __future__ import annotations

from khabar.stages.event_tables import AFTER_RELATIVE, TOPIC_OPENERS, complement_nouns
from khabar.stages.event_types import Match, Mention, Tok, indexed

ASK_CLAUSE_OPENERS = frozenset({"که", "تا"})  # «از X خواست که/تا …»: what X is asked to do follows
TOPIC_REACH = 6  # how far a topic phrase «درباره هر گونه حمله X به Y» may run before a «به» it holds
RELATIVE_REACH = 15  # how long a relative clause before the verb may be, in tokens


# A phrase that opens with these words and ends at a comma tells a side act of the subject («ضمن»).
SIDE_ACT_OPENERS = frozenset({"ضمن"})


def side_act(toks: list[Tok], comma: int) -> bool:
    """Whether the words before the comma at ``comma``, back to the one before, are a «ضمن …» phrase."""
    j = comma - 1
    while j >= 0 and not toks[j].punct:
        if toks[j].key in SIDE_ACT_OPENERS:
            return True
        j -= 1
    return False


def asks_clause(toks: list[Tok], m: Match) -> bool:
    """Whether a request clause («که», «تا») follows the trigger («خواست تا …»)."""
    return m.last + 1 < len(toks) and toks[m.last + 1].key in ASK_CLAUSE_OPENERS


# How many words back from the dateline's «از» its «به گزارش» may stand («به گزارش X به نقل از خبرگزاری Y از Z»).
REPORT_REACH = 10


def report_source(toks: list[Tok], k: int, clause_start: int) -> bool:
    """Whether the «از» at ``k`` is the dateline of «به گزارش خبرگزاری X از Y»: «گزارش» after «به» a few
    plain words back."""
    for j in range(k - 1, max(clause_start, k - REPORT_REACH), -1):
        if toks[j].punct:
            return False
        if toks[j].key == "گزارش" and toks[j - 1].key == "به":
            return True
    return False


def topic_or_source(toks: list[Tok], k: int, *, about: bool) -> bool:
    """Whether the «به» at ``k`` opens the dateline «به گزارش X», or (``about``, for a warning) stands inside a
    topic phrase «درباره حمله X به Y»: a warning about X is not addressed to X (a warning «نسبت به X» is
    about a matter, see about_matter; concern «نسبت به X» is still a stance on X)."""
    if toks[k].key != "به":
        return False
    if k + 1 < len(toks) and toks[k + 1].key == "گزارش":
        return True
    return about and _in_topic(toks, k)


def about_matter(toks: list[Tok], k: int) -> bool:
    """Whether the «به» at ``k`` is the one of «نسبت به X»: the matter a warning is about. Whoever it is
    addressed to («خطاب به Y», «به Y») is cautioned, not threatened."""
    return toks[k].key == "به" and k >= 1 and toks[k - 1].key == "نسبت"


def _in_topic(toks: list[Tok], k: int) -> bool:
    """Whether a topic opener («درباره», «در مورد») stands a few plain words before token ``k``."""
    for j in range(k - 1, max(-1, k - 1 - TOPIC_REACH), -1):
        if toks[j].punct:
            return False
        if toks[j].key in TOPIC_OPENERS:
            return True
    return False


def relative_clause(toks: list[Tok], clause_start: int, stop: int) -> tuple[int, int] | None:
    """The relative clause «که … بودند،» that ends with a comma right before token ``stop``: the
    positions of «که» and of the comma."""
    comma = next((k for k in range(stop - 1, stop - 2 - AFTER_RELATIVE, -1)
                  if k > clause_start and toks[k].punct), None)  # «…، بشدت انتقاد کرد»: an adverb after it
    if comma is None or toks[comma].text not in ("،", ","):
        return None
    for k in range(comma - 1, max(clause_start, comma - RELATIVE_REACH) - 1, -1):
        if toks[k].punct:
            return None
        if toks[k].key == "که":
            return k, comma
    return None


def complement(toks: list[Tok], k: int) -> bool:
    """Whether the preposition at ``k`` starts the phrase of the noun before it («مبارزه با X»,
    «همکاری با X»), not the phrase of the trigger after it."""
    if k < 1:
        return False
    noun = toks[k - 1].key
    pairs = complement_nouns()
    marker = toks[k].key
    return any((noun[:len(noun) - len(s)] if s else noun, marker) in pairs
               for s in ("", "های", "ها", "ی") if noun.endswith(s))


def inside_phrase(toks: list[Tok], mentions: list[Mention], k: int, marker: str, clause_start: int) -> bool:
    """Whether the preposition at ``k`` follows a noun inside an earlier phrase with the same
    preposition, a few plain words back («از حامیان خروج از X»)."""
    for j in range(k - 1, max(clause_start, k - 4) - 1, -1):
        if toks[j].punct or indexed(mentions).by_first.get(j) is not None or j in indexed(mentions).covered:
            return False
        if toks[j].key == marker:
            return True
    return False

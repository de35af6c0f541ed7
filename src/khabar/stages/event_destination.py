"""Whether a trip or visit names where it goes though no entity stands there («در سفر به منطقه»,
«از بخش‌های مختلف کارخانه بازدید کرد»): such a trip by a named doer is kept (``Candidate.destined``).

The «به» or «از» must stand within ``DESTINATION_REACH`` tokens of the trip word and be followed by a word that
can be a destination: «به تعویق افتاد», «به دلیل …», «به آینده» name none (``data/not_destinations.txt``). A
trip inside a speaker's words is still a trip by its doer.
"""

from __future__ import annotations

from khabar.stages.event_tables import squashed_words
from khabar.stages.event_types import Match, Tok

# How far from a trip or visit word its destination's preposition may stand, in tokens («به منطقه سفر کرد»,
# «سفر بوش به منطقه»).
DESTINATION_REACH = 3


def names_destination(toks: list[Tok], m: Match, clause_start: int, next_start: int) -> bool:
    """Pure step: whether the trip or visit at ``m`` names a destination («به …», «از …») between its clause's
    bounds."""
    lo = max(clause_start, m.first - DESTINATION_REACH)
    hi = min(next_start, len(toks), m.last + 1 + DESTINATION_REACH)
    not_places = squashed_words("not_destinations.txt")
    return any(
        toks[k].key in m.rule.markers and k + 1 < len(toks) and toks[k + 1].key not in not_places
        for k in range(lo, hi) if k < m.first or k > m.last
    )

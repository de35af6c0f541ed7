"""Trips in the event rules: where a trip goes when the text names a region, the traveller's home or several
places (``event_rules`` asks these of a trip's candidate)."""

from __future__ import annotations

from khabar.stages import event_args as args
from khabar.stages.event_types import Candidate, Match, Mention, Tok, indexed

# «به کشورهای خاورمیانه», «به پنج کشور آمریکای لاتین»: a trip to some countries of a region (squashed);
# the singular only after a number («به کشور عراق» names the country).
REGION_COUNTRIES = frozenset({"کشورهای", "کشورها"})
COUNTED_COUNTRY = "کشور"
# «به کشورش»: to the country of the clause's subject (its host)
HOME_WORDS = frozenset({"کشورش", "کشورشان"})
# the counts before «کشور» that make a region of some countries («به پنج کشور X»); a shorter list than
# event_tables.NUMBER_WORDS, kept as the rule was measured
SMALL_COUNTS = frozenset({"دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "چند"})


def to_home(toks: list[Tok], m: Match, stop: int) -> bool:
    """«سفر Y به کشورش»: the trip goes to the country of the one the clause is about."""
    return any(toks[k].key == "به" and toks[k + 1].key in HOME_WORDS for k in range(m.last + 1, min(stop, len(toks)) - 1))


def region_countries(toks: list[Tok], first: int) -> bool:
    """Whether the mention at ``first`` is the region of some countries a trip goes to («به کشورهای X»,
    «به پنج کشور X»), not a place visited."""
    before = toks[first - 1].key if first > 0 else ""
    counted = toks[first - 2].key if first > 1 else ""
    return before in REGION_COUNTRIES or (before == COUNTED_COUNTRY and (counted in SMALL_COUNTS or counted.isdigit()))


def split_trip(c: Candidate, mentions: list[Mention]) -> list[Candidate]:
    """«به عربستان، امارات و کویت سفر کند»: one trip per destination."""
    labels = indexed(mentions).labels
    if c.frame not in ("trip", "tour") or len(c.targets) < 2 or not all(
            labels.get(t) in args.PLACE_LABELS for t in c.targets):
        return [c]
    out = []
    for t in c.targets:
        part = Candidate(**{**c.__dict__, "targets": [t], "actors": list(c.actors)})
        if not c.place_explicit:
            part.place = t
        out.append(part)
    return out

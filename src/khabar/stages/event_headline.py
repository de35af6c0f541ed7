"""Headline events dated and placed by the lead.

A news title tells the happening without a date («X خواستار … شد»); the lead under it tells it again
with its day («X امروز یکشنبه در پاریس گفت: …»), often in words that are no event of their own (a
statement, a quote). Where the lead has no day, the first sentence of the body does it («به گزارش …، X
امروز …»). A title event with no time of its own takes the first day-level time of the first of these
sentences that names one of its actors, unless an event of another kind told in that sentence took that
time. Times inside a quote («… گفت: این طرح پریروز متوقف شد»), vague ones («هفته گذشته»), months and
years, and days still to come («فردا», «روز بعد») do not date it. A title event that is not a statement
also takes the first «در X» place of that sentence that no other kind of event took.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from khabar.extensions import SPAN_STRUCTURE
from khabar.stages.event_subject import speech_ends_at
from khabar.stages.event_tables import SPOKEN_TYPES
from khabar.stages.event_types import Candidate, Tok
from khabar.stages.timex import TimeExpr


def headline_lines(doc: Doc) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The (start, end) characters of the title and of the lead, where the structure stage found them."""
    found: dict[str, tuple[int, int]] = {}
    if SPAN_STRUCTURE in doc.spans:
        for span in doc.spans[SPAN_STRUCTURE]:
            if span.label_ in ("TITLE", "LEAD"):
                found.setdefault(span.label_, (span.start_char, span.end_char))
    return found.get("TITLE"), found.get("LEAD")


def names_a_day(t: TimeExpr) -> bool:
    """A weekday, a dated day, or a day up to today («امروز», «دیروز»); a day still to come («فردا», «روز
    بعد») dates no happening the title reports."""
    if t.kind == "relday":
        return t.offset <= 0
    return t.kind == "weekday" or (t.kind == "date" and t.day is not None)


def quoted_from(toks: list[Tok]) -> int:
    """The first token of what a sentence quotes (after «گفت:», or inside «…»); past the end when none:
    a time inside a quote belongs to what is said, not to the telling. The colon after an agency
    («خبرگزاری فارس: …») opens no quote."""
    return next((k for k, t in enumerate(toks) if t.text == "«" or (t.text == ":" and speech_ends_at(toks, k - 1))),
                len(toks))


@dataclass
class DatingLine:
    """A sentence that may date the title's events: its times, the entities it names, and the frames of
    its own events by the time each took («از روز دوشنبه به مسقط سفر کرده، صبح سه‌شنبه … دیدار کرد»:
    Monday is the trip's, Tuesday the meeting's)."""

    times: list[TimeExpr]
    named: set[str]
    claimed: dict[tuple[int, int], set[str]] = field(default_factory=dict)
    places: list[str] = field(default_factory=list)  # «در X» places, in order («امروز در پاریس گفت»)
    claimed_places: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, times: list[TimeExpr], named: set[str], events: Iterable[Candidate],
           places: list[str] | None = None) -> DatingLine:
        claimed: dict[tuple[int, int], set[str]] = {}
        claimed_places: dict[str, set[str]] = {}
        for c in events:
            if c.time is not None:
                claimed.setdefault((c.time.start, c.time.end), set()).add(c.frame)
            if c.place is not None:
                claimed_places.setdefault(c.place, set()).add(c.frame)
        return cls(times, named, claimed, list(places or []), claimed_places)

    def renamed(self, same: dict[str, str]) -> DatingLine:
        """The same line with entity ids mapped through ``same`` (a short name → the full one)."""
        return DatingLine(self.times, {same.get(x, x) for x in self.named}, self.claimed, self.places,
                          self.claimed_places)

    def place_for(self, frame: str) -> str | None:
        """The first «در X» place no event of another frame in this sentence took."""
        return next((p for p in self.places if frame in self.claimed_places.get(p, {frame})), None)

    def day_for(self, frame: str) -> TimeExpr | None:
        """The first day-level time no event of another frame in this sentence took."""
        for t in self.times:
            frames = self.claimed.get((t.start, t.end))
            if names_a_day(t) and (frames is None or frame in frames):
                return t
        return None


def date_headline_events(events: Iterable[Candidate], title_sentences: set[int], dating: list[DatingLine]) -> None:
    """Give each title event with no time or no place (in place) a day and a «در X» place from ``dating``:
    the lead's sentences and the body's first, in order; the first that names one of its actors and has
    one for it. A place only for acts that are not statements («X امروز در مسکو با Y دیدار کرد»)."""
    for e in events:
        if e.sentence not in title_sentences or (e.time is not None and e.place is not None):
            continue
        actors = set(e.actors)
        e.time = e.time or next((day for line in dating if line.named & actors and (day := line.day_for(e.frame))), None)
        if e.place is None and e.type not in SPOKEN_TYPES:  # a statement's «در X» is seldom where it was made
            e.place = next((p for line in dating if line.named & actors and (p := line.place_for(e.frame))), None)

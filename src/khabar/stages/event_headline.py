"""Headline events dated and placed by the lead.

A news title tells the happening without a date («X خواستار … شد»); the lead under it tells it again
with its day («X امروز یکشنبه در پاریس گفت: …»), often in words that are no event of their own (a
statement, a quote). Where the lead has no day, the first sentence of the body does it («به گزارش …، X
امروز …»). A title event with no time of its own takes the first day-level time of the first of these
sentences that names one of its actors, unless an event of another kind told in that sentence took that
time; else the day an event of its own frame took in one of them (the title's happening told again). Times inside a quote («… گفت: این طرح پریروز متوقف شد»), vague ones («هفته گذشته»), months and
years, and days still to come («فردا», «روز بعد») do not date it. A title event that is not a statement
also takes the first «در X» place of that sentence that no other kind of event took, read as a clause's
place is («در منطقه «X»», «در یکی از روستاهای X»); for a place, a sentence naming only those it acted on
counts too (a passive retelling: «دو کودک … در X به شهادت رسیدند»).
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


# A «…» closed within this many tokens is a name set off («کریستینا فرناندز»), not a quote.
NAME_QUOTE_TOKENS = 5


def quoted_from(toks: list[Tok]) -> int:
    """The first token of what a sentence quotes (after «گفت:», or inside «…»); past the end when none:
    a time inside a quote belongs to what is said, not to the telling. The colon after an agency
    («خبرگزاری فارس: …») opens no quote, nor a name in guillemets («به گزارش …، «X» رئیس جمهور Y
    چهارشنبه …»)."""
    for k, t in enumerate(toks):
        if t.text == "«" and not any(u.text == "»" for u in toks[k + 2:k + 2 + NAME_QUOTE_TOKENS]):
            return k
        if t.text == ":" and speech_ends_at(toks, k - 1):
            return k
    return len(toks)


# Frames whose day is an arrival, not the day of words said on the trip.
ARRIVALS = frozenset({"trip"})


@dataclass
class DatingLine:
    """A sentence that may date the title's events: its times, the entities it names, its «در X» places
    («امروز در پاریس گفت»), and the frames of its own events by the time or place each took («از روز
    دوشنبه به مسقط سفر کرده، صبح سه‌شنبه … دیدار کرد»: Monday is the trip's, Tuesday the meeting's)."""

    times: list[TimeExpr]
    named: set[str]
    places: list[str] = field(default_factory=list)
    claimed: dict[tuple[int, int] | str, set[str]] = field(default_factory=dict)  # time span or place id → frames
    sentence: int = -1

    @classmethod
    def of(cls, times: list[TimeExpr], named: set[str], events: Iterable[Candidate],
           places: list[str] | None = None, sentence: int = -1) -> DatingLine:
        claimed: dict[tuple[int, int] | str, set[str]] = {}
        for c in events:
            if c.time is not None:
                claimed.setdefault((c.time.start, c.time.end), set()).add(c.frame)
            if c.place is not None:
                claimed.setdefault(c.place, set()).add(c.frame)
        return cls(times, named, list(places or []), claimed, sentence)

    def retold_day(self, frame: str) -> TimeExpr | None:
        """The day an event of this frame told in this sentence took: the title's happening told again
        («بازدید کردند» in the title, «… صبح امروز … بازدید کردند» under it), though its doers be named in
        other words («نمایندگان X» / «اعضای X»). Not a day the event did not take («X صبح امروز از ارسال
        نامه‌ای خبر داد»: the day of the telling)."""
        return next((t for t in self.times if names_a_day(t) and frame in self.claimed.get((t.start, t.end), set())), None)

    def free(self, key: tuple[int, int] | str, frame: str) -> bool:
        """Whether no event of another frame in this sentence took this time or place."""
        return frame in self.claimed.get(key, {frame})

    def day_for(self, frame: str, spoken: bool = False) -> TimeExpr | None:
        """The first day no event of another frame took; for a statement, else the first day that no
        trip took: words said at a visit or a ceremony («X امروز در بازدید از Y اظهار کرد: …») share its
        day, while a trip's day is the arrival («X که دیروز به تهران سفر کرده، … گفت»), not the words."""
        days = [t for t in self.times if names_a_day(t)]
        free = next((t for t in days if self.free((t.start, t.end), frame)), None)
        if free is not None or not spoken:
            return free
        return next((t for t in days if not self.claimed.get((t.start, t.end), set()) & ARRIVALS), None)

    def place_for(self, frame: str) -> str | None:
        return next((p for p in self.places if self.free(p, frame)), None)


def date_headline_events(events: Iterable[Candidate], title_sentences: set[int], dating: list[DatingLine]) -> None:
    """Give each title event with no time or no place (in place) a day and a «در X» place from ``dating``:
    the lead's sentences and the body's first, in order; the first that names one of its actors and has
    one for it. A place only for acts that are not statements («X امروز در مسکو با Y دیدار کرد»)."""
    for e in events:
        if e.sentence not in title_sentences or (e.time is not None and e.place is not None):
            continue
        # a lead event is dated by the lines after it only: its own sentence's times did not take it
        lines = [line for line in dating if line.named & set(e.actors) and line.sentence > e.sentence]
        e.time = e.time or next((day for line in lines if (day := line.day_for(e.frame, e.type in SPOKEN_TYPES))), None) or next(
            (day for line in dating if line.sentence > e.sentence and (day := line.retold_day(e.frame))), None)
        lead = any(line.sentence == e.sentence for line in dating)  # a lead sentence is itself a dating line
        # a statement's «در X» is seldom where it was made; a lead event's place is its own sentence's
        if e.place is None and e.type not in SPOKEN_TYPES and not lead:
            # a place also from a line that names only those acted on («دو کودک … در X به شهادت رسیدند»):
            # a passive retelling (its day stays the doers' line's: the victims' line may tell another)
            told = [line for line in dating if line.named & set(e.actors + e.targets) and line.sentence > e.sentence]
            e.place = next((p for line in told if (p := line.place_for(e.frame))), None)


# How many sentences after the title's last one the lead's retelling of a title event may stand
# («خبرگزاری فارس: X … محکوم کرد» is the title's sentence plus one).
RETELL_REACH = 1


def retold_in_lead(prev: Candidate, new: Candidate, headline: frozenset[int]) -> bool:
    """«X، Y را شکنجه می‌کند» in the title and «X، Y' را بشدت شکنجه می‌کند» in the lead: one happening told
    twice with the same words, though one party is named otherwise («Y'» an entity of its own). The same
    type, mode, modality and trigger, and one party in common."""
    if prev.sentence not in headline or new.sentence in headline or not headline:
        return False
    if new.sentence - max(headline) > RETELL_REACH:
        return False
    same_act = (prev.type, prev.mode, prev.frame, prev.modality, prev.trigger) == (
        new.type, new.mode, new.frame, new.modality, new.trigger)
    return same_act and bool(set(prev.actors + prev.targets) & set(new.actors + new.targets))


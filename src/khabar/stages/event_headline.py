"""Headline events dated by the lead.

A news title tells the happening without a date («X خواستار … شد»); the lead under it tells it again
with its day («X امروز یکشنبه در پاریس گفت: …»), often in words that are no event of their own (a
statement, a quote). Where the lead is itself a quote, the first sentence of the body does it («به
گزارش …، X امروز …»). A title event with no time of its own takes the first day-level time of the
first of these sentences that names one of its actors. A vague time («هفته گذشته»), a month or a year,
and «روز بعد» (a day after some other day, inside a story) do not date it.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from khabar.extensions import SPAN_STRUCTURE
from khabar.stages.event_types import Candidate
from khabar.stages.timex import TimeExpr

# Kinds of time expression that name one day (see khabar.stages.timex).
DAY_KINDS = frozenset({"relday", "weekday"})


def headline_lines(doc: Doc) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The (start, end) characters of the title and of the lead, where the structure stage found them."""
    found: dict[str, tuple[int, int]] = {}
    if SPAN_STRUCTURE in doc.spans:
        for span in doc.spans[SPAN_STRUCTURE]:
            if span.label_ in ("TITLE", "LEAD"):
                found.setdefault(span.label_, (span.start_char, span.end_char))
    return found.get("TITLE"), found.get("LEAD")


def names_a_day(t: TimeExpr) -> bool:
    if t.kind == "relday":
        return t.offset <= 0
    return t.kind in DAY_KINDS or (t.kind == "date" and t.day is not None)


def date_headline_events(events: Iterable[Candidate], title_sentences: set[int],
                         dating: list[tuple[list[TimeExpr], set[str]]]) -> None:
    """Give each undated title event (in place) a day from ``dating``: the lead's sentences and the
    body's first, in order, each as (its times, the entities it names)."""
    days = [(next((t for t in times if names_a_day(t)), None), named) for times, named in dating]
    for e in events:
        if e.time is not None or e.sentence not in title_sentences:
            continue
        e.time = next((day for day, named in days if day is not None and named & set(e.actors)), None)

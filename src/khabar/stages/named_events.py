"""Tag named events the NER leaves untagged: «روز قدس», «دهه فجر», «عید فطر», «جام جهانی», «المپیک».

Only ARMAN and ParsTwiNER have an EVENT label, and they are the two smallest NER corpora, so the trained NER
tags few events and leaves most occasions, tournaments and elections of a news article untagged. This stage
reads the closed set of them from ``data/named_events.txt`` and tags a match EVENT when it overlaps no
entity; one right beside it is no bar («[جام جهانی] [قطر]»). An entity the NER found over it wins, whatever
its label: NSURL marks «روز قدس» and «اربعین» as DATE (a date is a right reading of an occasion), and
«المپیک» inside «کمیته ملی المپیک» is part of an organization.

A year right after an event, the NER's or the table's («جام جهانی ۲۰۱۸», «المپیک ۲۰۲۴»), is tagged DATE on
its own when nothing covers it, as PEYMA and NSURL mark it (ParsTwiNER takes it into the event, but far more
rarely). A year is a plausible one (:func:`khabar.stages.timex_resolve.plausible_year`) not followed by a
counted noun: «لیگ برتر ۲۰۰۰ تماشاگر» is a count. A place after it («المپیک توکیو») is left to the NER,
which tags it LOC as those corpora do.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from khabar.stages.groups import counted_nouns
from khabar.stages.phrases import PhraseTable, compact, compact_words
from khabar.stages.timex_resolve import plausible_year
from khabar.stages.tokenizer import token_texts
from khabar.tables import load_list


@cache
def named_events() -> PhraseTable[str]:
    return PhraseTable((name, name) for name in load_list("named_events.txt"))


@cache
def counted_after_year() -> frozenset[str]:
    """Nouns that make the four digits before them a count: people (``data/counted_people.txt``) and
    things (``data/counted_things.txt``)."""
    return counted_nouns() | compact_words("counted_things.txt")


def event_year(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a year: a plausible one («۲۰۱۸», «1398»; not a day of the month «۱۲», nor
    «۱۲۰۰») that no counted noun follows («۲۰۰۰ تماشاگر» is a count)."""
    return plausible_year(words[i]) and not (i + 1 < len(words) and compact(words[i + 1]) in counted_after_year())


def find_named_events(words: list[str], covered: set[int], events: PhraseTable[str]) -> list[tuple[int, int]]:
    """Pure step: (start, end) of the table's events in ``words`` (token texts) that overlap no covered token."""
    keys = [compact(w) for w in words]
    # The next covered token at or after each position, found in one backward pass (a scan from every
    # position ran over the whole uncovered stretch after it).
    next_covered = [len(words)] * (len(words) + 1)
    for j in range(len(words) - 1, -1, -1):
        next_covered[j] = j if j in covered else next_covered[j + 1]
    found = []
    i = 0
    while i < len(words):
        # a match stops before the next covered token: «انتخابات ریاست جمهوری [آمریکا]» keeps the shorter entry
        free = next_covered[i] - i
        hit = events.match(keys, i, limit=free)
        if not hit:
            i += 1
            continue
        found.append((i, i + hit[0]))
        i += hit[0]
    return found


def find_event_years(words: list[str], spans: list[tuple[int, int, str]]) -> list[int]:
    """Pure step: indices of the years right after an EVENT among ``spans`` (start, end, label) that no span
    covers."""
    covered = {i for start, end, _ in spans for i in range(start, end)}
    return [end for _, end, label in spans
            if label == "EVENT" and end < len(words) and end not in covered and event_year(words, end)]


class NamedEvents:
    def __init__(self, *, events: PhraseTable[str]) -> None:
        self.events = events

    def __call__(self, doc: Doc) -> Doc:
        words = token_texts(doc)  # from the token array: no Token object per token
        covered = {i for e in doc.ents for i in range(e.start, e.end)}
        ents = [*doc.ents, *(Span(doc, start, end, label="EVENT") for start, end in
                             find_named_events(words, covered, self.events))]
        years = find_event_years(words, [(e.start, e.end, e.label_) for e in ents])
        if len(ents) > len(doc.ents) or years:
            doc.ents = sorted([*ents, *(Span(doc, i, i + 1, label="DATE") for i in years)], key=lambda e: e.start)
        return doc


@Language.factory("khabar_named_events", assigns=["doc.ents"], requires=["doc.ents"])
def make_named_events(nlp: Language, name: str) -> NamedEvents:
    return NamedEvents(events=named_events())

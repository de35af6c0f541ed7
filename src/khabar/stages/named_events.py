"""Tag named events the NER leaves untagged: «روز قدس», «دهه فجر», «عید فطر», «جام جهانی», «المپیک».

Only ARMAN and ParsTwiNER have an EVENT label, and they are the two smallest NER corpora, so the trained NER
tags few events and leaves most occasions, tournaments and elections of a news article untagged. This stage
reads the closed set of them from ``data/named_events.txt`` and tags a match EVENT when no entity touches it.
An entity the NER found there wins, whatever its label: NSURL marks «روز قدس» and «اربعین» as DATE (a date
is a right reading of an occasion), and «المپیک» inside «کمیته ملی المپیک» is part of an organization.

A year right after an event, the NER's or the table's («جام جهانی ۲۰۱۸», «المپیک ۲۰۲۴»), is tagged DATE on
its own when nothing covers it, as PEYMA and NSURL mark it (ParsTwiNER takes it into the event, but far more rarely). A place after it («المپیک توکیو») is left
to the NER, which tags it LOC as those corpora do.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from khabar.stages.phrases import PhraseTable, compact
from khabar.tables import load_list

YEAR = re.compile(r"^[0-9۰-۹]{4}$")  # «۲۰۱۸», «1398»; not a day of the month («روز معلم ۱۲ اردیبهشت»)


@cache
def named_events() -> PhraseTable[str]:
    return PhraseTable((name, name) for name in load_list("named_events.txt"))


def find_named_events(words: list[str], covered: set[int], events: PhraseTable[str]) -> list[tuple[int, int]]:
    """Pure step: (start, end) of the table's events in ``words`` (token texts) that touch no covered token."""
    keys = [compact(w) for w in words]
    found = []
    i = 0
    while i < len(words):
        # a match stops before the next covered token: «انتخابات ریاست جمهوری [آمریکا]» keeps the shorter entry
        free = next((j for j in range(i, len(words)) if j in covered), len(words)) - i
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
            if label == "EVENT" and end < len(words) and end not in covered and YEAR.match(words[end])]


class NamedEvents:
    def __init__(self, *, events: PhraseTable[str]) -> None:
        self.events = events

    def __call__(self, doc: Doc) -> Doc:
        words = [t.text for t in doc]
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

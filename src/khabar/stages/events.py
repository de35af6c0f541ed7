"""Events: who met, visited, called, supported, accused or attacked whom, where and when. (stub)"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from khabar.extensions import register_extensions


class EventFinder:
    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc


@Language.factory("khabar_events", assigns=["doc._.events"], requires=["doc._.entities"])
def make_events(nlp: Language, name: str) -> EventFinder:
    return EventFinder(nlp, name)

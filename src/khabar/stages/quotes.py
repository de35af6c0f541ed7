"""Quotes: direct and indirect reported speech with the speaker resolved to an entity. (stub)"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from khabar.extensions import register_extensions


class QuoteFinder:
    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []
        return doc


@Language.factory("khabar_quotes", assigns=["doc._.quotes"], requires=["doc._.entities"])
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder(nlp, name)

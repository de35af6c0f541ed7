"""Entity mentions: people with ranks, titles and roles; organizations; places; dates.

Stub: the entity stage is being built (issue 2/5). It sets ``doc.spans["mentions"]``
and ``doc._.entities`` (one entry per mention, before coreference groups them).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from khabar.extensions import SPAN_MENTIONS, register_extensions


class EntityFinder:
    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans = [ent for ent in doc.ents]
        doc.spans[SPAN_MENTIONS] = SpanGroup(doc, name=SPAN_MENTIONS, spans=spans)
        doc._.entities = [
            {"id": f"e{i}", "label": s.label_, "name": s.text, "titles": [], "roles": [],
             "mentions": [[s.start_char, s.end_char]]}
            for i, s in enumerate(spans)
        ]
        return doc


@Language.factory("khabar_entities", assigns=["doc.spans", "doc._.entities"])
def make_entities(nlp: Language, name: str) -> EntityFinder:
    return EntityFinder(nlp, name)

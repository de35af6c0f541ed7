"""Give facility names the FAC label: «فرودگاه مهرآباد», «ورزشگاه آزادی», «بیمارستان سینا».

The NER learns from four corpora, and only ARMAN has a FAC label; PEYMA, NSURL and ParsTwiNER file
airports, stadiums, streets and hospitals under LOC. So the trained NER calls them LOC, and Khabar's
FAC label would stay empty. This stage relabels a LOC entity as FAC when its first words are a
facility head from ``data/place_heads.tsv`` (the rows labelled FAC, the same table the rule-based
mention finder uses). Only LOC is relabelled: a facility head inside an ORG («بیمارستان» run as an
institution) or a PER («پارک») is the NER's decision and stays.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from khabar.stages.phrases import PhraseTable, compact
from khabar.tables import load_table


def facility_heads() -> PhraseTable[str]:
    return PhraseTable((row[0], row[1]) for row in load_table("place_heads.tsv") if row[1] == "FAC")


def find_facilities(ents: list[tuple[str, list[str]]], heads: PhraseTable[str]) -> list[int]:
    """Pure step: indices of the entities (label, token texts) that are LOC and open with a facility head.

    The head must leave a name after it inside the entity: a bare «فرودگاه» tagged LOC is not a facility name.
    """
    found = []
    for n, (label, words) in enumerate(ents):
        if label != "LOC" or len(words) < 2:
            continue
        hit = heads.match([compact(w) for w in words], 0)
        if hit and hit[0] < len(words):
            found.append(n)
    return found


class EntityTypes:
    def __init__(self, *, heads: PhraseTable[str]) -> None:
        self.heads = heads

    def __call__(self, doc: Doc) -> Doc:
        if not doc.ents:
            return doc
        ents = list(doc.ents)
        found = find_facilities([(e.label_, [t.text for t in e]) for e in ents], self.heads)
        if found:
            self.set_annotations(doc, ents, found)
        return doc

    @staticmethod
    def set_annotations(doc: Doc, ents: list[Span], found: list[int]) -> None:
        for n in found:
            ent = ents[n]
            ents[n] = Span(doc, ent.start, ent.end, label="FAC", kb_id=ent.kb_id, span_id=ent.id)
        doc.ents = ents


@Language.factory("khabar_entity_types", assigns=["doc.ents"], requires=["doc.ents"])
def make_entity_types(nlp: Language, name: str) -> EntityTypes:
    return EntityTypes(heads=facility_heads())

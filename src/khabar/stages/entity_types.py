"""Give facility names the FAC label: «فرودگاه مهرآباد», «ورزشگاه آزادی», «بیمارستان سینا».

The NER learns from four corpora, and only ARMAN has a FAC label; PEYMA, NSURL and ParsTwiNER file
airports, stadiums, streets and hospitals under LOC. So the trained NER calls them LOC, and Khabar's
FAC label would stay empty. This stage relabels a LOC entity as FAC when its first words are a
facility head from ``data/place_heads.tsv`` (the rows labelled FAC, the same table the rule-based
mention finder uses). Only LOC is relabelled: a facility head inside an ORG («بیمارستان» run as an
institution) or a PER («پارک») is the NER's decision and stays.

It also cuts a verb off the end of an ORG or LOC: the NER sometimes runs a name into the verb after
it («از صدا و سیمای مرکز استان خواست»). Only a word the tagger calls a verb *and* a frequent word of
the NER corpora that is almost never part of a name (``gazetteer/common_words.txt``) is cut; the
tagger alone is not trusted, since it calls many foreign surnames verbs, and persons are left alone.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from khabar.stages.phrases import PhraseTable, compact
from khabar.tables import load_list, load_table

VERB_TAGS = frozenset({"VERB", "AUX"})
TRIMMED = frozenset({"ORG", "LOC"})


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


def common_words() -> frozenset[str]:
    return frozenset(compact(w) for w in load_list("gazetteer/common_words.txt"))


def find_verb_tails(ents: list[tuple[str, list[tuple[str, str]]]], common: frozenset[str]) -> dict[int, int]:
    """Pure step: {entity index: tokens to cut} for ORG/LOC entities (label, [(text, POS)]) that end in
    common verbs. At least one word always stays."""
    cuts = {}
    for n, (label, words) in enumerate(ents):
        if label not in TRIMMED:
            continue
        k = len(words)
        while k > 1 and words[k - 1][1] in VERB_TAGS and compact(words[k - 1][0]) in common:
            k -= 1
        if k < len(words):
            cuts[n] = len(words) - k
    return cuts


class EntityTypes:
    def __init__(self, *, heads: PhraseTable[str], common: frozenset[str]) -> None:
        self.heads = heads
        self.common = common

    def __call__(self, doc: Doc) -> Doc:
        if not doc.ents:
            return doc
        ents = list(doc.ents)
        found = find_facilities([(e.label_, [t.text for t in e]) for e in ents], self.heads)
        cuts = find_verb_tails([(e.label_, [(t.text, t.pos_) for t in e]) for e in ents], self.common)
        if found or cuts:
            self.set_annotations(doc, ents, found, cuts)
        return doc

    @staticmethod
    def set_annotations(doc: Doc, ents: list[Span], found: list[int], cuts: dict[int, int]) -> None:
        for n, ent in enumerate(ents):
            if n in found or n in cuts:
                label = "FAC" if n in found else ent.label_
                ents[n] = Span(doc, ent.start, ent.end - cuts.get(n, 0), label=label, kb_id=ent.kb_id,
                               span_id=ent.id)
        doc.ents = ents


@Language.factory("khabar_entity_types", assigns=["doc.ents"], requires=["doc.ents"])
def make_entity_types(nlp: Language, name: str) -> EntityTypes:
    return EntityTypes(heads=facility_heads(), common=common_words())

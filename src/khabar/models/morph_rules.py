"""Lexical repair of lemmas, tags and features after the trained components.

The trained lemmatizer and taggers learn from ~1,200 sentences, so they miss what a
lexicon knows. This stage runs after them (it reads their tags and entities) and
looks each token up in the tables of ``morph_tables.py``:

- forms seen in the PerDT training slice with a single lemma take that lemma;
  words written with a clitic there («مرا», «برایش») take their merged analysis;
- pronominal clitics («دخترم», «کتاب‌هایش», «خانه‌اش»): a form that is not a word of
  its own but a known noun or adjective plus م/ت/ش/مان/تان/شان is one merged token
  for UD: lemma «دختر من», XPOS ``…_PR_JOPER``, the pronoun's person and number;
- Arabic broken plurals and lexicon plurals («آثار» → «اثر», «تصاویری» → «تصویر»);
- comparatives and superlatives of known adjectives («سریع‌تر» → «سریع»);
- a known word the lemmatizer cut short («پایان» → «پای») keeps its form, and a copied
  ezafe «ٔ» leaves the lemma («خانهٔ» → «خانه»);
- UPOS: nouns and adjectives inside PER/ORG/LOC entities are PROPN; where the XPOS
  tagger says verb or adverb and the morphologizer says noun, the tagger wins;
- XPOS: noun animacy from the training slice (N_ANM «دانشجو», N_IANM «کتاب»),
  person names are animate, and the coarse XPOS follows a verb or adjective UPOS.

``find_repairs`` is pure; ``set_repairs`` writes the repairs on the tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.attrs import ENT_TYPE, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, MorphAnalysis, Token

from khabar.models.morph_tables import NOMINAL_TAGS, TABLES_DIR, ZWNJ, MorphTables

HAMZA_EZAFE = "\u0654"
# A preposition plus a clitic («برایش») is headed by the pronoun: UD tags it PRON.
PREPOSITIONS = frozenset({"برای", "از", "به", "با"})
# Nouns inside these entities are names: PROPN (UD: names of people, places, organisations).
NAME_LABELS = frozenset({"PER", "ORG", "LOC"})
# Parts of speech that the rules never change and whose lemma only the tables fix.
FUNCTION_POS_IDS = frozenset(
    IDS[p] for p in ("ADP", "CCONJ", "SCONJ", "DET", "PRON", "AUX", "PART", "INTJ", "PUNCT", "NUM", "SYM")
)
FEATURELESS = frozenset({"ADJ", "ADV", "ADP", "CCONJ", "SCONJ", "PART", "INTJ", "PUNCT"})
SETTINGS = ("clitics", "plurals", "known_forms", "comparatives", "entities", "tag_agreement", "animacy")


@dataclass(frozen=True)
class Repair:
    """New values for one token; None keeps the current value."""

    i: int
    lemma: str | None = None
    pos: str | None = None
    tag: str | None = None
    morph: str | None = None


def _merge_pronoun(tag: str, morph: str, person: str, number: str) -> tuple[str, str]:
    """XPOS and features of a noun token with a pronominal clitic, as UD merges them.

    ``morph`` holds the noun's features ("" when the tagger did not see a noun).
    """
    feats: dict[str, set[str]] = {"Number": {"Sing"}} if not morph else {}
    for item in morph.split("|"):
        if "=" in item:
            key, value = item.split("=", 1)
            feats.setdefault(key, set()).update(value.split(","))
    feats.setdefault("Number", set()).add(number)
    feats["Person"] = {person}
    feats["PronType"] = {"Prs"}
    for key in ("Tense", "Voice", "VerbForm", "Polarity", "Mood"):
        feats.pop(key, None)
    new_tag = tag if tag.endswith("_PR_JOPER") else tag.split("_PR_")[0] + "_PR_JOPER"
    return new_tag, "|".join(f"{k}={','.join(sorted(v))}" for k, v in sorted(feats.items()))


def _clitic_repair(token: Token, tables: MorphTables, pos: str) -> Repair | None:
    """The merged analysis of a noun, adjective or preposition + pronominal clitic, if it is one."""
    split = tables.split_clitic(token.text)
    if split is None:
        return None
    stem, (pron, person, number) = split
    if stem in PREPOSITIONS:
        return Repair(token.i, f"{stem} {pron}", "PRON", "PREP_PR_JOPER", f"Number={number}|Person={person}")
    adjective = pos == "ADJ" and "AJ" in tables.lexicon.get(stem, frozenset())
    new_pos = "ADJ" if adjective else "NOUN"
    nominal = token.pos_ in ("NOUN", "ADJ", "PROPN")
    base_tag = token.tag_ if nominal and token.tag_.startswith(new_pos[0]) else "N_IANM"
    tag, morph = _merge_pronoun(base_tag, str(token.morph) if nominal else "", person, number)
    return Repair(token.i, f"{stem} {pron}", new_pos, tag, morph)


def _lemma_repair(
    token: Token,
    pos: str,
    tables: MorphTables,
    on: dict[str, bool],
    verb_lemma: Callable[[str], str | None] | None,
) -> Repair | None:
    """Lemma (and, for clitics, tags) from the tables; ``pos`` is the UPOS after tag repairs."""
    form = token.text
    if form in tables.merged:
        m_lemma, m_pos, m_tag, m_morph = tables.merged[form]
        return Repair(token.i, m_lemma, m_pos, m_tag, m_morph)
    if form in tables.lemmas:
        lemma = tables.lemmas[form]
        return Repair(token.i, lemma=lemma) if lemma != token.lemma_ else None
    if pos in ("PUNCT", "NUM") or not form.replace(ZWNJ, "").replace(HAMZA_EZAFE, "").isalpha():
        return None
    if token.lemma_.endswith(HAMZA_EZAFE):  # the ezafe «ـهٔ» is no part of the lemma: «خانهٔ» → «خانه»
        return Repair(token.i, lemma=token.lemma_[:-1])
    if pos in ("VERB", "AUX"):
        if verb_lemma is None:  # no verb analysis: trust the tagger
            return None
        if (verb := verb_lemma(form)) is not None:  # khabar_lemma_rules saw only the old UPOS
            return Repair(token.i, lemma=verb) if pos != token.pos_ else None
        # a noun with a clitic mistaken for a verb («دخترم»)
        return _clitic_repair(token, tables, pos) if on["clitics"] else None
    if on["comparatives"] and pos in ("ADJ", "ADV") and (base := tables.comparative_base(form)):
        return Repair(token.i, lemma=base)
    if form in tables.lexicon:
        tags = tables.lexicon[form]
        if on["plurals"] and form in tables.plurals:
            return Repair(token.i, lemma=tables.plurals[form])
        lemma = token.lemma_
        if on["known_forms"] and tags & NOMINAL_TAGS and "PL" not in tags and lemma != form:
            if form.startswith(lemma.replace(" ", "")):  # the lemmatizer cut a known word short
                return Repair(token.i, lemma=form)
        return None
    if on["clitics"] and (repair := _clitic_repair(token, tables, pos)):
        return repair
    if on["plurals"] and (single := tables.plural_lemma(form)):
        return Repair(token.i, lemma=single)
    return None


def _upos_repair(
    text: str,
    pos: str,
    tag: str,
    entity: str,
    on: dict[str, bool],
    verb_lemma: Callable[[str], str | None] | None,
) -> str:
    """The UPOS after the tag-agreement and name rules (``pos`` when nothing changes)."""
    if on["tag_agreement"] and pos in ("NOUN", "ADJ"):
        if tag.startswith("V_") and verb_lemma and verb_lemma(text):
            return "VERB"
        if pos == "NOUN" and tag.startswith("ADV"):
            return "ADV"
        if pos == "NOUN" and tag == "ADJ_AJP":
            return "ADJ"
    # abbreviations inside names («ع» for علیه‌السلام) stay nouns
    if on["entities"] and entity in NAME_LABELS and pos in ("NOUN", "ADJ") and len(text) > 2:
        return "PROPN"
    return pos


def _xpos_repair(
    pos: str, tag: str, lemma: str, entity: str, tables: MorphTables, on: dict[str, bool]
) -> str:
    """The XPOS that agrees with the final UPOS and lemma (``tag`` when nothing changes)."""
    if on["tag_agreement"]:
        if pos == "VERB" and not tag.startswith(("V_", "AUX")):
            return "V_ACT"
        if pos == "ADJ" and tag in ("N_IANM", "N_ANM"):
            return "ADJ_AJP"
    if on["animacy"] and tag.startswith(("N_ANM", "N_IANM")):
        animacy = "ANM" if on["entities"] and entity == "PER" else tables.animacy.get(lemma.split(" ")[0])
        if animacy:
            _old, _, rest = tag[2:].partition("_")
            return f"N_{animacy}_{rest}" if rest else f"N_{animacy}"
    return tag


def _features_repair(token: Token, pos: str) -> str | None:
    """Features for a token whose UPOS changed: PerDT gives adjectives, adverbs and adpositions none."""
    if pos in FEATURELESS:
        return "" if len(token.morph) else None
    if pos == "NOUN" and "Number" not in token.morph.to_dict():
        return "Number=Sing"
    return None


def find_repairs(
    doc: Doc,
    tables: MorphTables,
    *,
    verb_lemma: Callable[[str], str | None] | None = None,
    memo: dict[tuple[int, ...], Repair | None] | None = None,
    **settings: bool,
) -> list[Repair]:
    """The repairs the tables suggest for ``doc``; reads the doc, changes nothing.

    ``settings`` switch single rules off (names in ``SETTINGS``, all on by default);
    ``verb_lemma`` analyses a form as a verb (``khabar_lemma_rules``), None: no verb analysis.
    ``memo``: the repair of each token seen so far, by its text, UPOS, lemma, XPOS, entity type and features
    (all a repair reads), kept by one component whose tables, settings and ``verb_lemma`` never change.
    """
    on = {name: settings.get(name, True) for name in SETTINGS}
    out: list[Repair] = []
    for i, (orth, pos_id, lemma_id, *rest) in enumerate(
            doc.to_array([ORTH, POS, LEMMA, TAG, ENT_TYPE, MORPH]).tolist()):
        # Fast path, no Token object: a function word or punctuation whose lemma the treebank
        # confirms, or that is its own lemma and a lexicon word (so no noun + clitic), needs nothing.
        if pos_id in FUNCTION_POS_IDS and orth not in tables.merged_ids:
            known_lemma = tables.lemma_ids.get(orth)
            if known_lemma == lemma_id or (
                known_lemma is None and lemma_id == orth and doc.vocab.strings[orth] in tables.lexicon
            ):
                continue
        key = (orth, pos_id, lemma_id, *rest)
        if memo is None or key not in memo:
            repair = _token_repair(doc[i], tables, on, verb_lemma)
            if memo is not None:
                if len(memo) >= MEMO_MAX:
                    memo.clear()
                memo[key] = repair
        else:
            repair = memo[key]
        if repair is not None:
            out.append(repair if repair.i == i else replace(repair, i=i))
    return out


MEMO_MAX = 300_000  # tokens kept in a ``find_repairs`` memo before it is emptied


def _token_repair(token: Token, tables: MorphTables, on: dict[str, bool],
                  verb_lemma: Callable[[str], str | None] | None) -> Repair | None:
    text, old_pos, old_tag, entity = token.text, token.pos_, token.tag_, token.ent_type_
    pos = _upos_repair(text, old_pos, old_tag, entity, on, verb_lemma)
    found = _lemma_repair(token, pos, tables, on, verb_lemma)
    lemma = found.lemma if found and found.lemma is not None else token.lemma_
    pos = found.pos if found and found.pos else pos
    tag = _xpos_repair(pos, found.tag if found and found.tag else old_tag, lemma, entity, tables, on)
    morph = found.morph if found else None
    if morph is None and pos != old_pos and on["tag_agreement"]:
        morph = _features_repair(token, pos)
    if morph is not None or pos != old_pos or tag != old_tag or (found and lemma != token.lemma_):
        return Repair(token.i, lemma if found else None, pos, tag, morph)
    return None


def set_repairs(doc: Doc, repairs: Iterable[Repair]) -> None:
    for r in repairs:
        token = doc[r.i]
        if r.lemma is not None:
            token.lemma_ = r.lemma
        if r.pos is not None:
            token.pos_ = r.pos
        if r.tag is not None:
            token.tag_ = r.tag
        if r.morph is not None:
            token.morph = MorphAnalysis(doc.vocab, r.morph)


class MorphRules:
    """The pipeline component: ``find_repairs`` then ``set_repairs`` on each doc."""

    def __init__(
        self, tables: MorphTables, *, verb_lemma: Callable[[str], str | None] | None = None, **settings: bool
    ) -> None:
        unknown = set(settings) - set(SETTINGS)
        if unknown:
            raise ValueError(f"khabar_morph_rules: unknown settings {sorted(unknown)}")
        self.tables = tables
        self.verb_lemma = verb_lemma
        self.settings = settings
        # each distinct token's repair, computed once: news repeats its words (see ``find_repairs``)
        self.memo: dict[tuple[int, ...], Repair | None] = {}

    def __call__(self, doc: Doc) -> Doc:
        set_repairs(doc, find_repairs(doc, self.tables, verb_lemma=self.verb_lemma, memo=self.memo, **self.settings))
        return doc


def _verb_analyser(nlp: Language) -> Callable[[str], str | None] | None:
    """``khabar_lemma_rules``'s verb analysis: «دخترم» tagged VERB is still a noun + clitic."""
    if "khabar_lemma_rules" not in nlp.pipe_names:
        return None
    return nlp.get_pipe("khabar_lemma_rules").verb_lemma  # type: ignore[attr-defined,no-any-return]


@Language.factory("khabar_morph_rules")
def make_morph_rules(
    nlp: Language,
    name: str,
    *,
    tables_dir: str = "",
    clitics: bool = True,
    plurals: bool = True,
    known_forms: bool = True,
    comparatives: bool = True,
    entities: bool = True,
    tag_agreement: bool = True,
    animacy: bool = True,
) -> MorphRules:
    return MorphRules(
        MorphTables.load(Path(tables_dir) if tables_dir else TABLES_DIR),
        verb_lemma=_verb_analyser(nlp),
        clitics=clitics,
        plurals=plurals,
        known_forms=known_forms,
        comparatives=comparatives,
        entities=entities,
        tag_agreement=tag_agreement,
        animacy=animacy,
    )

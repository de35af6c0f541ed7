"""Lemma repair after spaCy's trainable lemmatizer: Persian verbs and plural nouns.

The edit-tree lemmatizer, trained on ~1,200 sentences, copies the form of most
unseen verbs («می‌آیند»), while PerDT's verb lemma is the past stem («آمد»). This
stage strips verbal prefixes (می، نمی، ن، ب and preverbs such as در، بر) and
person endings and looks the stem up in tables built at training time
(``training/assemble.py``): verb forms and stems seen in the treebank, and
hazm's past/present stem pairs. For nouns it only strips plural endings
(ها، های، ان، ات) when the model copied the form and the stem is a known word.

The tables are data, saved with the pipeline (``lemma_rules.json``). Where a present
stem has several past stems («گذار»: گذاشت، گذارد), ``data/morph/verb_stems.tsv``
names the modern one; it ships with the package, not the model.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.attrs import LEMMA, ORTH, POS
from spacy.language import Language
from spacy.parts_of_speech import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc

ZWNJ = "\u200c"
PREFIXES = ["نمی", "می", "ن", "ب", "بی"]
CHEAP_PREFIXES = {"نمی", "می"}  # so «می‌زد» is زد, not the stem «میز» + د
PREVERBS = ["در", "بر", "فرا", "باز", "وا", "فرو", "ور"]
ENDINGS = sorted(
    {"م", "ی", "د", "یم", "ید", "ند", "ه", "ست", "ن", "ام", "ای", "ایم", "اید", "اند", "هام", "های", "هاست"}
    | {"هایم", "هاید", "هاند", "هبود"},
    key=len,
    reverse=True,
)
PLURALS = ["هایی", "های", "ها", "ان", "ات"]
VERB_TAGS = frozenset({VERB, AUX})  # the lemma is a past stem
NOUN_TAGS = frozenset({NOUN, PROPN})  # the lemma may drop a plural ending
MEMO_MAX = 300_000  # texts kept in each lemma memo before it is emptied
PREFERRED_PAST_FILE = Path(__file__).resolve().parent.parent / "data" / "morph" / "verb_stems.tsv"


def load_preferred_past(path: Path = PREFERRED_PAST_FILE) -> dict[str, str]:
    """Present stem -> the modern past stem, for present stems with several («گذار» → «گذاشت»)."""
    if not path.exists():
        return {}
    rows = (line.split("\t") for line in path.read_text(encoding="utf8").splitlines())
    return {r[0]: r[1] for r in rows if len(r) == 2 and not r[0].startswith("#")}


PREFERRED_PAST = load_preferred_past()


def stem_candidates(form: str) -> list[tuple[float, str]]:
    """(cost, core) pairs: the form with prefixes and/or a person ending removed."""
    word = form.replace(ZWNJ, "")
    heads: list[tuple[float, str]] = [(0.0, word)]
    for p in PREFIXES:
        if word.startswith(p) and len(word) > len(p) + 1:
            heads.append((0.5 if p in CHEAP_PREFIXES else 1.0, word[len(p) :]))
    for pv in PREVERBS:
        if word.startswith(pv):
            rest = word[len(pv) :]
            heads.append((2.0, rest))
            heads.extend(
                (3.0, rest[len(p) :]) for p in PREFIXES if rest.startswith(p) and len(rest) > len(p) + 1
            )
    out = list(heads)
    for cost, head in heads:
        out.extend((cost + 1, head[: -len(e)]) for e in ENDINGS if head.endswith(e) and len(head) > len(e))
    return out


class LemmaRules:
    """Tables: verb form -> lemma, verb core -> lemma, past stems, present -> past stem, known nouns."""

    def __init__(self) -> None:
        self.forms: dict[str, str] = {}
        self.cores: dict[str, str] = {}
        self.past: set[str] = set()
        self.present: dict[str, str] = {}
        self.nouns: set[str] = set()
        # The repaired lemma of each token text seen so far, one memo for verbs and one for nouns: a lemma
        # depends on the text and the tables alone, and news texts repeat their verbs. ``set_tables``
        # empties them.
        self._verb_memo: dict[str, str | None] = {}
        self._noun_memo: dict[str, str | None] = {}

    def verb_lemma(self, form: str) -> str | None:
        if form in self.forms:
            return self.forms[form]
        best: tuple[tuple[float, int], str] | None = None
        for cost, core in stem_candidates(form):
            lemma = (
                PREFERRED_PAST.get(core)
                or self.cores.get(core)
                or (core if core in self.past else self.present.get(core))
            )
            if lemma and (best is None or (cost, -len(core)) < best[0]):
                best = ((cost, -len(core)), lemma)
        return best[1] if best else None

    def noun_lemma(self, form: str) -> str | None:
        for suffix in PLURALS:
            for sep in (ZWNJ, ""):
                end = sep + suffix
                if form.endswith(end) and len(form) > len(end) + 1 and form[: -len(end)] in self.nouns:
                    return form[: -len(end)]
        return None

    def __call__(self, doc: Doc) -> Doc:
        # Tags, texts and lemmas come from the token arrays, and a Token object is made only where a lemma
        # changes: the stage reads every token and changes few. A lemma equal to the text has the text's
        # hash (the StringStore keys strings by their hash).
        strings = doc.vocab.strings
        for i, (pos, orth, lemma_hash) in enumerate(doc.to_array([POS, ORTH, LEMMA]).tolist()):
            if pos in VERB_TAGS:
                memo, repair = self._verb_memo, self.verb_lemma
            elif pos in NOUN_TAGS and lemma_hash == orth:
                memo, repair = self._noun_memo, self.noun_lemma
            else:
                continue
            if " " in strings[lemma_hash]:  # a merged multi-word token: keep the model's lemma
                continue
            text = strings[orth]
            if text not in memo:
                if len(memo) >= MEMO_MAX:  # a long batch meets ever new words: bound the memo
                    memo.clear()
                memo[text] = repair(text)
            lemma = memo[text]
            if lemma:
                doc[i].lemma_ = lemma
        return doc

    def set_tables(self, tables: dict[str, Any]) -> None:
        self.forms = dict(tables.get("forms", {}))
        self.cores = dict(tables.get("cores", {}))
        self.past = set(tables.get("past", []))
        self.present = dict(tables.get("present", {}))
        self.nouns = set(tables.get("nouns", []))
        self._verb_memo.clear()
        self._noun_memo.clear()

    def tables(self) -> dict[str, Any]:
        return {
            "forms": self.forms,
            "cores": self.cores,
            "past": sorted(self.past),
            "present": self.present,
            "nouns": sorted(self.nouns),
        }

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)
        (Path(path) / "lemma_rules.json").write_text(json.dumps(self.tables(), ensure_ascii=False), "utf8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> LemmaRules:
        self.set_tables(json.loads((Path(path) / "lemma_rules.json").read_text("utf8")))
        return self


@Language.factory("khabar_lemma_rules")
def make_lemma_rules(nlp: Language, name: str) -> LemmaRules:
    return LemmaRules()

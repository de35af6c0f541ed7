"""The lexical tables of ``khabar_morph_rules`` and the word analyses built on them.

The tables are data files in ``src/khabar/data/morph``, built by
``python -m khabar.models.build_morph_tables`` from the PerDT training slice and
hazm's lexicon. Every analysis here is a handful of dictionary lookups.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.strings import get_string_id

ZWNJ = "\u200c"
TABLES_DIR = Path(__file__).resolve().parent.parent / "data" / "morph"

# clitic -> (pronoun lemma, Person, Number); longest first
CLITICS: list[tuple[str, tuple[str, str, str]]] = [
    ("شان", ("آنها", "3", "Plur")),
    ("تان", ("شما", "2", "Plur")),
    ("مان", ("ما", "1", "Plur")),
    ("ش", ("او", "3", "Sing")),
    ("ت", ("تو", "2", "Sing")),
    ("م", ("من", "1", "Sing")),
]
NOMINAL_TAGS = frozenset({"N", "AJ"})
PLURAL_ENDINGS = [ZWNJ + "های", ZWNJ + "ها", "های", "ها", "ان", "ات"]
EZAFE_ENDINGS = [ZWNJ + "ای", ZWNJ + "ی", "یی", "ی"]


@dataclass
class MorphTables:
    lemmas: dict[str, str]  # form -> its only lemma in the training slice
    merged: dict[str, tuple[str, str, str, str]]  # form -> lemma, UPOS, XPOS, features of a word + clitic
    lexicon: dict[str, frozenset[str]]  # word -> hazm tags (N, AJ, ADV, P, PL, ...)
    plurals: dict[str, str]  # plural -> singular
    animacy: dict[str, str]  # noun lemma -> ANM | IANM
    lemma_ids: dict[int, int] = field(default_factory=dict)  # ``lemmas`` as string hashes
    merged_ids: frozenset[int] = frozenset()  # ``merged`` forms as string hashes

    def __post_init__(self) -> None:
        self.lemma_ids = {get_string_id(form): get_string_id(lemma) for form, lemma in self.lemmas.items()}
        self.merged_ids = frozenset(get_string_id(form) for form in self.merged)

    @classmethod
    def load(cls, directory: Path = TABLES_DIR) -> MorphTables:
        def rows(name: str) -> Iterable[list[str]]:
            for line in (directory / name).read_text(encoding="utf8").splitlines():
                if line and not line.startswith("#"):
                    yield line.split("\t")

        return cls(
            lemmas={r[0]: r[1] for r in rows("lemma_forms.tsv")},
            merged={r[0]: (r[1], r[2], r[3], r[4] if len(r) > 4 else "") for r in rows("merged_forms.tsv")},
            lexicon={r[0]: frozenset(r[1].split(",")) for r in rows("lexicon.tsv")},
            plurals={r[0]: r[1] for r in rows("plurals.tsv")},
            animacy={r[0]: r[1] for r in rows("animacy.tsv")},
        )

    def nominal(self, word: str) -> bool:
        return bool(self.lexicon.get(word, frozenset()) & NOMINAL_TAGS) or self.lemmas.get(word) == word

    def noun_lemma(self, stem: str) -> str | None:
        """Lemma of a bare or plural noun stem («کتاب‌ها» → «کتاب»), if the lexicon knows it."""
        if stem in self.plurals:
            return self.plurals[stem]
        if self.nominal(stem):
            return stem
        for end in PLURAL_ENDINGS:
            base = stem[: -len(end)]
            if stem.endswith(end) and len(base) > 1:
                if base.endswith("ی") and base[-2:-1] in ("ا", "و") and self.nominal(base[:-1]):
                    return base[:-1]  # دانشجویان → دانشجو
                if self.nominal(base):
                    return base
        return None

    def plural_lemma(self, form: str) -> str | None:
        """Singular of a plural, also under an ezafe or indefinite «ی» («تصاویری» → «تصویر»)."""
        if form in self.plurals:
            return self.plurals[form]
        for end in EZAFE_ENDINGS:
            if form.endswith(end) and len(form) > len(end) + 1:
                base = form[: -len(end)] + ("ی" if end == "یی" else "")
                single = self.noun_lemma(base)
                return single if single and single != base else None
        return None

    def comparative_base(self, form: str) -> str | None:
        """The adjective under a comparative or superlative («بزرگ‌ترین» → «بزرگ»)."""
        tags = self.lexicon.get(form)
        if tags is not None and not tags & {"AJ", "ADV"}:  # a noun of its own: «دفتر»، «دختر»
            return None
        for end in ("ترین", "تر"):
            base = form[: -len(end)].rstrip(ZWNJ)
            if form.endswith(end) and len(base) > 1 and self.lexicon.get(base, frozenset()) & {"AJ", "ADV"}:
                return base
        return None

    def split_clitic(self, form: str) -> tuple[str, tuple[str, str, str]] | None:
        """(stem lemma, pronoun) when ``form`` is a known nominal plus a pronominal clitic.

        «دخترم» → دختر + من, «کتاب‌هایش» → کتاب + او, «خانه‌اش» → خانه + او, «جایم» → جا + من.
        Callers check first that the form is not a word of its own («مردم», «روش»).
        """
        for clitic, pron in CLITICS:
            stem = form[: -len(clitic)]
            # a bare «ت» ends many words («دست», «شست»): its stem must be longer
            if not form.endswith(clitic) or len(stem) < (3 if clitic == "ت" else 2):
                continue
            if stem.endswith(ZWNJ + "ا") and len(clitic) == 1:
                stems = [stem[:-2]]  # خانه‌اش
            elif stem.endswith(ZWNJ):
                stems = [stem[:-1]]  # خانه‌مان
            elif stem.endswith("ی") and stem[-2:-1] in ("ا", "و"):
                stems = [stem[:-1], stem]  # جایم، پاهایش
            else:
                stems = [stem]
            for s in stems:
                lemma = self.noun_lemma(s)
                if lemma and len(lemma) > 1:
                    return lemma, pron
        return None

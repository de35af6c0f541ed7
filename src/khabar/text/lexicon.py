"""The ZWNJ lexicon: tables built by ``training/build_zwnj_lexicon.py`` and read once, lazily.

Files under ``khabar/text/data``:
- ``zwnj_forms.txt.gz``: one ZWNJ spelling per line; the glued key is the line without ZWNJs.
- ``words.tsv.gz``: ``word<TAB>count<TAB>flags``; flag ``k`` = written this way in ZWNJ-consistent
  text (never touched), ``a`` = adjective (takes «‌تر»); words without ``k`` only serve as stems.
- ``zwnj_pairs.txt.gz``: ``left<SPACE>right`` compounds that are joined with a ZWNJ when typed spaced.
- ``phrases.txt.gz``: frequent ``left<SPACE>right`` word pairs; an unknown glued word made of one
  is split there with a ZWNJ («رئیسستاد» → «رئیس‌ستاد»).
- ``verb_stems.tsv``: ``past<TAB>present`` stems, from which verb forms after «می» are generated.
- ``affixes.tsv``: prefixes, suffixes with the stems they attach to, and stop words.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from khabar.text.chars import ZWNJ

DATA_DIR = Path(str(resources.files("khabar.text") / "data"))

_PERSON_PAST = ("م", "ی", "", "یم", "ید", "ند")
# Present stems used bare after «می» (impersonal «می‌توان»); other bare stems are nouns («میزی»).
IMPERSONAL = {"توان"}
_PERSON_PRESENT = ("م", "ی", "د", "یم", "ید", "ند")


@dataclass
class Lexicon:
    """Everything the restorer looks up; built from files or, for evaluation, from counts."""

    forms: dict[str, str] = field(default_factory=dict)  # glued key -> ZWNJ spelling
    known: set[str] = field(default_factory=set)  # accepted glued spellings: never changed
    counts: dict[str, int] = field(default_factory=dict)  # stems and their frequency
    adjectives: set[str] = field(default_factory=set)
    pairs: set[tuple[str, str]] = field(default_factory=set)  # spaced compounds to join
    phrases: set[tuple[str, str]] = field(default_factory=set)  # frequent word pairs (split glued ones)
    verbs: set[str] = field(default_factory=set)  # verb forms that follow «می»
    prefixes: tuple[str, ...] = ()
    preverbs: tuple[str, ...] = ()
    suffixes: dict[str, str] = field(default_factory=dict)  # suffix -> stem class
    stops: set[str] = field(default_factory=set)
    heads: set[str] = field(default_factory=set)  # bound second elements («سازی»)
    heads_after_he: set[str] = field(default_factory=set)  # joined only after ه («علاقه‌مند»)
    leads: set[str] = field(default_factory=set)  # bound first elements («بی»)
    free_heads: dict[str, set[str]] = field(default_factory=dict)  # head → next words where it stands free
    accepted_zwnj: set[str] = field(default_factory=set)  # ZWNJ spellings seen in good text

    def __post_init__(self) -> None:
        self.pair_left = {a for a, _ in self.pairs}
        # Suffixes longest first, so «هایشان» is tried before «شان».
        self.suffix_order = sorted(self.suffixes, key=len, reverse=True)
        self.suffix_heads = {s[:2] for s in self.suffixes}
        self.accepted_zwnj |= set(self.forms.values())
        # «برمی»، «درنمی»: preverb + verbal prefix, typed apart from the verb.
        self.verb_prefixes = set(self.prefixes) | {p + q for p in self.preverbs for q in self.prefixes}


def verb_forms(stems: Iterable[tuple[str, str]]) -> set[str]:
    """Finite forms that may follow «می»: past and present stems with person endings."""
    out: set[str] = set()
    for past, present in stems:
        if past:
            out.update(past + e for e in _PERSON_PAST)
            out.add(past + "ه")  # «می‌کرده» in «می‌کرده‌اند»
        if present:
            if present in IMPERSONAL:
                out.add(present)
            out.update(present + e for e in _PERSON_PRESENT)
            if present[-1] in "اآو":  # «آ» → «آید», «گو» → «گوید»
                out.update(present + "ی" + e for e in _PERSON_PRESENT)
    out.discard("")
    return out


@dataclass
class Affixes:
    prefixes: tuple[str, ...]
    preverbs: tuple[str, ...]
    suffixes: dict[str, str]
    stops: set[str]
    heads: set[str]
    heads_after_he: set[str]
    leads: set[str]
    free_heads: dict[str, set[str]]

    def as_kwargs(self) -> dict[str, object]:
        return dict(self.__dict__)


def read_affixes(path: Path) -> Affixes:
    rows: dict[str, list[list[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, *rest = line.split("\t")
            rows.setdefault(kind, []).append(rest)
    return Affixes(
        prefixes=tuple(r[0] for r in rows.get("prefix", [])),
        preverbs=tuple(r[0] for r in rows.get("preverb", [])),
        suffixes={r[0]: r[1] for r in rows.get("suffix", [])},
        stops={r[0] for r in rows.get("stop", [])},
        heads={r[0] for r in rows.get("head", [])},
        heads_after_he={r[0] for r in rows.get("head", []) if r[1:] == ["he"]},
        leads={r[0] for r in rows.get("lead", [])},
        free_heads={r[0]: set(r[1].split(",")) for r in rows.get("free", [])},
    )


def read_verb_stems(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            past, _, present = line.partition("\t")
            rows.append((past, present))
    return rows


def _gz_lines(path: Path) -> list[str]:
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return [line for line in text.split("\n") if line and line[0] != "#"]


def load_from(data_dir: Path) -> Lexicon:
    forms = {f.replace(ZWNJ, ""): f for f in _gz_lines(data_dir / "zwnj_forms.txt.gz")}
    known: set[str] = set()
    counts: dict[str, int] = {}
    adjectives: set[str] = set()
    for word, count, flags in (line.split("\t") for line in _gz_lines(data_dir / "words.tsv.gz")):
        counts[word] = int(count)
        if flags != "-":
            if "k" in flags:
                known.add(word)
            if "a" in flags:
                adjectives.add(word)
    pairs = {(a, b) for a, _, b in (p.partition(" ") for p in _gz_lines(data_dir / "zwnj_pairs.txt.gz"))}
    phrases = {(a, b) for a, _, b in (p.partition(" ") for p in _gz_lines(data_dir / "phrases.txt.gz"))}
    return Lexicon(
        forms=forms,
        known=known,
        counts=counts,
        adjectives=adjectives,
        pairs=pairs,
        phrases=phrases,
        verbs=verb_forms(read_verb_stems(data_dir / "verb_stems.tsv")),
        **read_affixes(data_dir / "affixes.tsv").as_kwargs(),  # type: ignore[arg-type]
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The committed lexicon; an empty one (rules only) if the tables were never built."""
    if not (DATA_DIR / "zwnj_forms.txt.gz").exists():
        return Lexicon(**read_affixes(DATA_DIR / "affixes.tsv").as_kwargs())  # type: ignore[arg-type]
    return load_from(DATA_DIR)

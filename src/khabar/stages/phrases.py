"""Phrase tables matched over tokens, blind to ZWNJ and spacing.

A table entry «رئیس‌ستاد کل» must match the text «رئیس‌ستاد کل», «رئیسستاد کل» (ZWNJ lost)
and «رئیس ستاد کل» (ZWNJ typed as a space). So entries and token runs are compared in a
*compact* form: Persian letters, no ZWNJ, no spaces. Matches always cover whole tokens.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Generic, TypeVar

from khabar.tables import key, load_list, load_table

V = TypeVar("V")


# Cached: the rules compact the same token texts over and over (every stage, every table lookup), and news
# vocabularies repeat, so most calls are a hit instead of a translate, split and join (the events call it
# ``event_tables.squash``).
@lru_cache(maxsize=200_000)
def compact(text: str) -> str:
    """The matching form: Persian letters, no ZWNJ, no spaces («رئیس‌ستاد کل» → «رئیسستادکل»)."""
    return key(text).replace(" ", "")


@cache
def compact_words(name: str) -> frozenset[str]:
    """A word list under ``khabar/data`` (``name``), each entry compacted as text is for lookups."""
    return frozenset(compact(w) for w in load_list(name))


# Words that never begin a one-word entry written in two: «به شهر» is not the city «بهشهر», «از بکستان» is
# a typo at best.
LOOSE_STARTS = frozenset({"به", "در", "از", "با", "که", "و", "را", "تا", "بر", "این", "آن"})


class PhraseTable(Generic[V]):
    """Longest match of table entries at a token position."""

    def __init__(self, entries: Iterable[tuple[str, V]]) -> None:
        self.map: dict[str, V] = {}
        self.words: dict[str, int] = {}
        self.max_words = 1
        for text, value in entries:
            c = compact(text)
            if c and c not in self.map:
                self.map[c] = value
                self.words[c] = len(key(text).split())
                # an entry may be spread over one more token than it has words («رئیس جمهور»)
                self.max_words = max(self.max_words, self.words[c] + 1)
        # Every leading part of every entry: once the joined tokens are not one, no longer run
        # can match, so ``match`` stops early (most positions after one token).
        self.prefixes = frozenset(c[:n] for c in self.map for n in range(1, len(c) + 1))

    def __contains__(self, text: str) -> bool:
        return compact(text) in self.map

    def get(self, text: str) -> V | None:
        return self.map.get(compact(text))

    def match(self, words: Sequence[str], i: int, *, limit: int | None = None) -> tuple[int, V] | None:
        """(number of tokens, value) of the longest entry starting at token ``i``; ``words`` are compact."""
        # Fast path: the first token starts no entry (the case at almost every position).
        if i >= len(words) or words[i] not in self.prefixes or (limit is not None and limit < 1):
            return None
        top = min(len(words) - i, self.max_words, limit if limit is not None else self.max_words)
        joined = ""
        best: tuple[int, V] | None = None
        prefixes, table = self.prefixes, self.map
        for n in range(1, top + 1):
            w = words[i + n - 1]
            if not w:  # punctuation and other tokens with no letters end a phrase
                break
            joined += w
            if joined not in prefixes:  # no entry starts with these tokens
                break
            if joined in table and not (n > self.words[joined] and words[i] in LOOSE_STARTS):
                best = (n, table[joined])
        return best


@lru_cache(maxsize=1)
def country_keys() -> frozenset[str]:
    """Country names and their aliases, compacted («عربستان سعودی», «رژیم صهیونیستی»)."""
    names = [row[0] for row in load_table("gazetteer/countries.tsv")] + [row[1] for row in load_table("country_aliases.tsv")]
    return frozenset(compact(n) for n in names)


@lru_cache(maxsize=1)
def epithet_blockers() -> dict[str, frozenset[str]]:
    """A one-word epithet (compacted) → the words before it that make it no epithet («به رهبری X»)."""
    return {compact(r[0]): frozenset(compact(x) for x in r[2].split()) for r in load_table("epithets.tsv") if len(r) > 2}


@lru_cache(maxsize=1)
def own_country_words() -> tuple[tuple[str, ...], ...]:
    """The first-person names of the home country («کشورمان», «کشور ما»): the ``own`` rows of
    data/anaphors.tsv, each as its compacted words."""
    return tuple(tuple(compact(x) for x in r[0].split()) for r in load_table("anaphors.tsv") if r[2] == "own")


@dataclass(frozen=True)
class Tables:
    titles: PhraseTable[str]
    role_heads: PhraseTable[int]  # 0: needs a complement, 1: alone, 2: alone or with a place pointed back at
    epithets: PhraseTable[str]
    role_words: PhraseTable[bool]
    org_heads: PhraseTable[bool]
    orgs: PhraseTable[bool]
    places: PhraseTable[str]  # value: canonical place name (country aliases resolved)
    place_heads: PhraseTable[str]
    unknown_only_heads: frozenset[str]  # place heads that complete only a name not in ``places``
    persons: PhraseTable[bool]
    person_words: PhraseTable[bool]
    first_names: PhraseTable[bool]  # value: True when the name is also a common word
    pronouns: PhraseTable[str]
    anaphors: PhraseTable[tuple[str, str]]  # («این کشور») -> (label, antecedent rule)
    boundaries: frozenset[str]
    common: frozenset[str]  # frequent words that are almost never part of a name
    time_words: PhraseTable[str]


def _rows(name: str) -> tuple[tuple[str, ...], ...]:
    return load_table(name)


# Spellings of one word that the news uses side by side: «رئیس» and the older «رییس» («رييس جمهوري»),
# «…الله» and «…اله» in first names («هدایت‌الله», «هدایت‌اله»), «مسئول» and the Arabic-style «مسؤول».
SPELLINGS = (("رئیس", "رییس"), ("الله", "اله"), ("مسئول", "مسؤول"))


def with_spellings(rows: Iterable[tuple[str, V]]) -> list[tuple[str, V]]:
    """``rows`` and, for each phrase with a word of SPELLINGS, the phrase in the other spelling."""
    out = []
    for phrase, value in rows:
        out.append((phrase, value))
        for usual, other in SPELLINGS:
            if usual in phrase:
                out.append((phrase.replace(usual, other), value))
    return out


@lru_cache(maxsize=1)
def load_tables() -> Tables:
    countries = [(r[0], r[0]) for r in _rows("gazetteer/countries.tsv")]
    aliases = [(r[0], r[1]) for r in _rows("country_aliases.tsv")]
    # the capitals table's cities are places too («به نواکشوت سفر کرده بود»), not only a city → country map
    places = [(p, p) for p in load_list("places.txt")] + [(p, p) for p in load_list("gazetteer/places.txt")] + [
        (r[0], r[0]) for r in _rows("capitals.tsv")]
    stop = {compact(w) for w in load_list("stopwords.txt")} | {compact(w) for w in load_list("boundary_words.txt")}
    return Tables(
        titles=PhraseTable((r[0], r[1]) for r in _rows("titles.tsv")),
        role_heads=PhraseTable(with_spellings((r[0], int(r[1])) for r in _rows("role_heads.tsv"))),
        epithets=PhraseTable((r[0], r[1]) for r in _rows("epithets.tsv")),
        role_words=PhraseTable((w, True) for w in load_list("role_words.txt")),
        org_heads=PhraseTable((r[0], r[1] == "1") for r in _rows("org_heads.tsv")),
        orgs=PhraseTable([(w, True) for w in load_list("orgs.txt")]
                         + [(w, True) for w in load_list("gazetteer/orgs.txt")]
                         + [(w, True) for w in load_list("sports_media.txt")]),
        places=PhraseTable(aliases + countries + places),
        place_heads=PhraseTable((r[0], r[1]) for r in _rows("place_heads.tsv")),
        unknown_only_heads=frozenset(compact(r[0]) for r in _rows("place_heads.tsv") if r[2:3] == ("0",)),
        persons=PhraseTable((w, True) for w in load_list("gazetteer/persons.txt")),
        person_words=PhraseTable((w, True) for w in load_list("gazetteer/person_words.txt")),
        first_names=PhraseTable(with_spellings((r[0], r[2] == "1") for r in _rows("gazetteer/first_names.tsv"))),
        pronouns=PhraseTable((r[0], r[1]) for r in _rows("pronouns.tsv")),
        # «این مسئول» is also written «این مسؤول» («این مسؤول افزود»): both point back to the person
        anaphors=PhraseTable(with_spellings((r[0], (r[1], r[2])) for r in _rows("anaphors.tsv"))),
        boundaries=frozenset(stop),
        common=frozenset(compact(w) for w in load_list("gazetteer/common_words.txt")),
        time_words=PhraseTable((r[0], r[1]) for r in _rows("time_words.tsv")),
    )


@cache
def phrase_list(name: str) -> PhraseTable[bool]:
    """A data list of phrases (one per line) as a table that finds them in a run of keys."""
    return PhraseTable((line, True) for line in load_list(name))


def attribution_openers() -> PhraseTable[bool]:
    """«به گزارش», «به نقل از», …: they open a source attribution (data/attribution_openers.txt)."""
    return phrase_list("attribution_openers.txt")


def reason_links() -> PhraseTable[bool]:
    """Words that open a sentence going on with the one before it, as its reason («زیرا», «چرا که»;
    ``data/reason_links.txt``): an indirect quote runs on through it."""
    return phrase_list("reason_links.txt")

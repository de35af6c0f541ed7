"""Words as parts of names: a word no table knows (a surname or a town the tables lack: «حسین [انواری]»,
«امام جمعه [جم]»), and an Arabic surname «ال…» («العبدالله», not «الگوی» after a first name that is also a
word: «اسلام الگوی …»). Also the word lists ``orgs_places`` reads names with (units a number completes,
demonyms and their country stems, places that are also everyday words): data lists, kept out of the rules."""

from __future__ import annotations

from functools import lru_cache

from khabar.stages.phrases import Tables, compact, compact_words, country_keys
from khabar.stages.tokens import Words
from khabar.tables import load_table

PERSIAN_ONLY = frozenset("پچژگ")  # letters no Arabic name has


def unknown_word(t: Tables, w: Words, j: int) -> bool:
    """A word no table knows (no common word, name part, organization, time word, title or place head)."""
    k = w.keys[j]
    return len(k) > 1 and not w.numbers[j] and k not in t.boundaries and k not in t.common and not any(
        table.match(w.keys, j) for table in (t.first_names, t.persons, t.person_words, t.orgs, t.time_words,
                                              t.titles, t.role_heads, t.role_words, t.epithets, t.pronouns,
                                              t.place_heads, t.org_heads))


def arabic_surname(t: Tables, k: str) -> bool:
    """«العبدالله»: «ال…», with no letter Arabic lacks and no common word («الگوی», «الزام»)."""
    return k.startswith("ال") and len(k) > 4 and not PERSIAN_ONLY & set(k) and k not in t.common \
        and k.removesuffix("ی") not in t.common


def numbered_units() -> frozenset[str]:
    """Words a number completes in a name («کلانتری ۱۳»), compacted (``data/numbered_units.txt``)."""
    return compact_words("numbered_units.txt")


@lru_cache(maxsize=1)
def demonym_stems() -> frozenset[str]:
    """Country names and short aliases («آمریکا», «عراق»), compacted: the stems of «آمریکایی», «عراقی»."""
    return country_keys() | frozenset(compact(row[0]) for row in load_table("country_aliases.tsv"))


def word_places() -> frozenset[str]:
    """One-word places that are also everyday words («مرکزی», «مالی»), compacted (``data/word_places.txt``)."""
    return compact_words("word_places.txt")


# Kind words after which a place of ``word_places`` is the place («استان مرکزی», «کشور مالی»).
WORD_PLACE_KINDS = frozenset(compact(w) for w in "استان شهر شهرستان کشور جمهوری پایتخت".split())


@lru_cache(maxsize=1)
def irregular_demonyms() -> frozenset[str]:
    """People's adjectives not built on a country name in the tables («سعودی»), compacted (``data/demonyms.txt``,
    first column)."""
    return frozenset(compact(row[0]) for row in load_table("demonyms.txt"))


DEMONYM_ENDINGS = ("یی", "ای", "ئی", "ی")  # «آمریکایی», «ترکیه‌ای», the older «آمریکائی», «عراقی»


def is_demonym(key: str) -> bool:
    """«آمریکایی», «عراقی», «سعودی»: a country's name (compacted ``key``) with the adjective ending, or a listed one."""
    k = key.replace(" ", "")
    stems = demonym_stems()
    return k in irregular_demonyms() or any(len(k) > len(end) + 2 and k.endswith(end) and k[: -len(end)] in stems
                                            for end in DEMONYM_ENDINGS)


# A people named in the plural, «فلسطینیان», «ژاپنی‌ها», «ایرانیان»: its adjective with «ان» or «ها» (compacted, so
# «ژاپنی‌ها» is «ژاپنیها»). A people is no organization or place, as its adjective alone is none.
PEOPLE_PLURALS = ("ان", "ها")


def is_people(key: str) -> bool:
    """«فلسطینیان», «ژاپنی‌ها»: a people's adjective (``is_demonym``) in the plural."""
    k = key.replace(" ", "")
    return any(k.endswith(end) and is_demonym(k[: -len(end)]) for end in PEOPLE_PLURALS)

"""Words as parts of names: a word no table knows (a surname or a town the tables lack: «حسین [انواری]»,
«امام جمعه [جم]»), and an Arabic surname «ال…» («العبدالله», not «الگوی» after a first name that is also a
word: «اسلام الگوی …»)."""

from __future__ import annotations

from khabar.stages.phrases import Tables
from khabar.stages.tokens import Words

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

"""Run a person that the NER cut after the first name on over the surname: «[حسین] انواری» → «[حسین انواری]».

The trained NER often ends a person at a first name it knows and leaves a surname it has never seen
outside the name; the rule stages then quote and count «حسین» alone, and two people with that first
name become one. A person entity that is only first names (``gazetteer/first_names.tsv``, not the
ones that are common words too: «نسیم», «وکیل») takes the next word as the surname when that word is
free (in no entity), could be a name (no boundary word, title, role or epithet, not a known place or
organization, not a first name: «حسن و حسین» are two), and looks like a surname: a known surname
word, an Arabic «ال…» name, a surname ending («…زاده», «…پور»), a word that follows a name as part
of it (``data/name_suffixes.txt``: «کریم خان»), or a word that no table knows and that is not one of
the most frequent words of general Persian (``gazetteer/frequent_words.txt``, from hazm's lexicon:
«حسن جان», «مریم شور …»; ``data/not_surnames.txt``: «حسن جون»). A rarer common word is a surname
when a role follows it («حسین مهاجران رئیس …»). A person that is a surname alone likewise takes the
first name before it («زویا [غفوری]»). The tagger has the last word: a verb, adposition or conjunction («علی رفت»)
is no surname.
"""

from __future__ import annotations

from functools import cache

from khabar.stages.mentions import MentionFinder
from khabar.stages.name_words import demonym_stems, unknown_word
from khabar.stages.phrases import compact, compact_words, load_tables
from khabar.stages.tokens import Words
from khabar.tables import load_table

# Plural endings («‌ها», «‌های», glued or not): a group, never a surname.
PLURAL_ENDS = ("ها", "های", "هایی")
NOT_NAME_TAGS = frozenset({"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "DET", "NUM", "PUNCT", "PART", "ADV"})


@cache
def name_finder() -> MentionFinder:
    return MentionFinder(load_tables())


def is_first_name(finder: MentionFinder, keys: list[str]) -> bool:
    """Whether ``keys`` are first names, none of them a common word as well."""
    i = 0
    while i < len(keys):
        hit = finder.t.first_names.match(keys, i)
        if not hit or hit[1]:
            return False
        i += hit[0]
    return True


def only_first_names(finder: MentionFinder, w: Words, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are first names that are not common words as well; a ZWNJ joins two
    into one token («علی‌اصغر», «محمد‌رضا»), which the table may only list apart. A token that a ZWNJ opens
    with a preposition is no name, though glued it spells one («به‌نام» is not «بهنام»)."""
    if any(w.spaced_keys(k, k + 1)[0] in finder.t.boundaries for k in range(start, end)):
        return False
    return is_first_name(finder, w.keys[start:end]) or is_first_name(finder, w.spaced_keys(start, end))


def before_role(finder: MentionFinder, w: Words, j: int) -> bool:
    """Whether a role or title starts at ``j``: the apposition that follows a full name («… رئیس اتحادیه»)."""
    return j < len(w) and bool(finder.t.role_heads.match(w.keys, j) or finder.t.titles.match(w.keys, j))


@cache
def time_keys() -> frozenset[str]:
    """Words of time expressions (``data/timex_words.tsv``: months, parts of the day), compacted."""
    return frozenset(compact(row[0]) for row in load_table("timex_words.tsv"))


def group_word(k: str) -> bool:
    """A plural or a people's name, never a surname: «ایرانیان», «آمریکایی‌ها», «کتابها»."""
    if k.endswith(PLURAL_ENDS):
        return True
    return k.endswith("یان") and (k[:-3] in demonym_stems() or k[:-2] in demonym_stems())


def time_word(finder: MentionFinder, k: str) -> bool:
    """«دی‌ماه», «نیمه‌شب», «صبح»: a time word, also with «ماه» glued to a month."""
    return k in finder.t.time_words.map or k in time_keys() or (k.endswith("ماه") and k[:-3] in time_keys())


def is_surname(finder: MentionFinder, w: Words, j: int, pos: str) -> bool:
    """Whether token ``j`` (tagged ``pos``) reads as the surname after a first name."""
    if pos in NOT_NAME_TAGS or not finder.after_first_name(w, j):
        return False
    k = w.keys[j]
    if finder.t.first_names.match(w.keys, j, limit=1) or group_word(k) or time_word(finder, k):
        return False
    if finder.surname_like(w, j) or k in compact_words("name_suffixes.txt"):
        return True
    if k in compact_words("gazetteer/frequent_words.txt") or k in compact_words("not_surnames.txt"):
        return False
    # a rarer common word is a surname when a role follows it in apposition («حسین مهاجران رئیس …»)
    if before_role(finder, w, j + 1):
        return unknown_word(finder.t, w, j) or k in finder.t.common
    # Otherwise only a word the tagger calls a proper noun: an unknown common noun or adjective after a
    # name is as often a description («صدام دیکتاتور …», «زینب مبهوت …»), and an unknown word joined by a
    # ZWNJ a brand or a party («دیجی‌کالا», «اصلاح‌طلبان»); with a role after it (above) it is a surname.
    return pos == "PROPN" and unknown_word(finder.t, w, j) and "\u200c" not in w.texts[j]


def titled(finder: MentionFinder, w: Words, start: int) -> bool:
    """Whether a person opens with a title («حضرت زهرا»): the word before it is then no first name of it
    («فرزندان برومند حضرت زهرا»: «برومند», a first name too, is an adjective there)."""
    return bool(finder.t.titles.match(w.keys, start))  # not role words: «قاضی», «سردار» are surnames too


def first_name_before(finder: MentionFinder, w: Words, start: int, taken: list[bool]) -> int:
    """Start of the first name (one or two free tokens) right before a person at ``start``, or ``start``."""
    for n in (2, 1):
        i = start - n
        if i >= 0 and not any(taken[i:start]) and all(finder.name_like(w, k) for k in range(i, start)) and (
                only_first_names(finder, w, i, start)):
            return i
    return start


def find_surnames(ents: list[tuple[str, int, int]], w: Words, pos: list[str],
                  finder: MentionFinder | None = None) -> dict[int, tuple[int, int]]:
    """Pure step: {entity index: (tokens to add at the start, at the end)} for the persons among the entities
    (label, start, end over ``w``, in order) that miss a surname after first names alone, or a first name
    before a surname («زویا [غفوری]»)."""
    finder = finder or name_finder()
    taken = [False] * len(w)
    for _, start, end in ents:
        taken[start:end] = [True] * (end - start)
    found = {}
    for n, (label, start, end) in enumerate(ents):
        if label != "PER":
            continue
        if only_first_names(finder, w, start, end):
            if end < len(w) and not taken[end] and is_surname(finder, w, end, pos[end]):
                found[n] = (0, 1)
        elif not titled(finder, w, start) and (first := first_name_before(finder, w, start, taken)) < start:
            found[n] = (start - first, 0)
    return found

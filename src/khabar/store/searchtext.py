"""The search form of Persian text, FTS5 queries built from it, and snippets.

Articles are indexed, and queries matched, in one *folded* form, so spelling variants meet:
- letters: Arabic ي/ى/ك → ی/ک, آ/أ/إ → ا, ئ → ی, ؤ → و, ة/ۀ → ه; diacritics, tatweel and
  hamza-above removed; digits Latin; Latin lower case;
- ZWNJ → space, so «رئیس‌جمهور» is indexed as the words «رئیس» «جمهور» and a query typed
  with a space («رئیس جمهور») finds it (and a query typed with a ZWNJ finds spaced text);
- stem compounds from ``data/search_compounds.tsv`` («گفتگو», «گفت‌وگو», «گفت و گو») → one
  glued word, so every spelling finds every other.
Queries are first passed through ``khabar.text.normalize`` (the same repair the pipeline's
tokenizer gives the article text), then folded like the index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from khabar.tables import load_table
from khabar.text import chars

_FOLD: dict[str, str] = {
    **chars.ARABIC_TO_PERSIAN,
    "آ": "ا", "أ": "ا", "إ": "ا", "ٱ": "ا", "ئ": "ی", "ؤ": "و", "ة": "ه", "ۀ": "ه",
    chars.ZWNJ: " ", "\u200d": "", chars.TATWEEL: "", "\u0654": "", "\u0655": "",
}
_FOLD.update({c: " " for c in chars.ZWNJ_LIKE | chars.SPACE_LIKE})
_FOLD.update({c: "" for c in chars.INVISIBLE_JUNK | chars.DIACRITICS | chars.COMBINING})
_FOLD.update({d: str(i) for i, d in enumerate(chars.PERSIAN_DIGITS)})
_FOLD.update({d: str(i) for i, d in enumerate(chars.ARABIC_DIGITS)})
_FOLD.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})

_WORD = re.compile(r"[^\W_]+")
_QUOTED = re.compile(r'"([^"]*)"?|(\S+)')


# str.translate walks every character through a dict; a regex over the few folded ones is ~6x faster.
_FOLD_CHARS = re.compile("[" + "".join(re.escape(c) for c in _FOLD) + "]")


@lru_cache(maxsize=1)
def _compounds() -> tuple[re.Pattern[str], list[str]]:
    """One pattern for every stem pair: groups (2i+1, 2i+2) are pair i's stems."""
    alternatives, glued = [], []
    for row in load_table("search_compounds.tsv"):
        alternatives.append(f"({row[0]}) ?(?:و ?)?({row[1]})")
        glued.append(row[0] + row[1])
    first_letters = "".join(sorted({g[0] for g in glued}))
    # The look-ahead on first letters lets most positions fail fast.
    return re.compile(rf"(?=[{first_letters}])(?<![^\W_])(?:" + "|".join(alternatives) + ")"), glued


def _glue(m: re.Match[str]) -> str:
    i = (m.lastindex or 2) - 2
    return m.group(i + 1) + m.group(i + 2)


def fold(text: str) -> str:
    """The search form of ``text`` (see the module doc)."""
    out = _FOLD_CHARS.sub(lambda m: _FOLD[m.group()], text)
    return _compounds()[0].sub(_glue, out)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each of its characters, the index of its source character."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        rep = _FOLD.get(ch, ch)
        out.extend(rep)
        offsets.extend([i] * len(rep))
    folded = "".join(out)
    pieces: list[str] = []
    new_offsets: list[int] = []
    last = 0
    for m in _compounds()[0].finditer(folded):
        i = (m.lastindex or 2) - 2
        pieces.append(folded[last:m.start()])
        new_offsets.extend(offsets[last:m.start()])
        pieces.append(m.group(i + 1) + m.group(i + 2))
        new_offsets.extend(offsets[m.start(i + 1):m.end(i + 1)] + offsets[m.start(i + 2):m.end(i + 2)])
        last = m.end()
    pieces.append(folded[last:])
    new_offsets.extend(offsets[last:])
    folded, offsets = "".join(pieces), new_offsets
    return folded, offsets


_GAP = "\x00"  # stands for a character the fold deletes, so the text keeps its length


def fold_same_length(text: str) -> str:
    """``fold(text)`` with every deleted character kept as a NUL: index i still points at text[i]."""
    out = _FOLD_CHARS.sub(lambda m: _FOLD[m.group()] or _GAP, text)

    def glue(m: re.Match[str]) -> str:
        i = (m.lastindex or 2) - 2
        return m.group(i + 1) + _GAP * (m.start(i + 2) - m.end(i + 1)) + m.group(i + 2)

    return _compounds()[0].sub(glue, out)


def search_form(text: str) -> str:
    """What a query is matched with: the pipeline's normalization, then ``fold``."""
    from khabar.text import normalize

    return fold(normalize(text))


@dataclass
class Query:
    """An FTS5 MATCH expression and the folded words whose occurrences a snippet marks."""

    expression: str
    terms: set[str] = field(default_factory=set)


def _phrase(tokens: list[str]) -> str:
    return '"' + " ".join(tokens) + '"'


def _group(tokens: list[str]) -> str:
    # A word split at a ZWNJ («رئیس‌جمهور») also matches text where it was written glued.
    if len(tokens) == 1:
        return _phrase(tokens)
    return f"({_phrase(tokens)} OR {_phrase(['' .join(tokens)])})"


def parse_query(query: str) -> Query | None:
    """Words are ANDed; "quoted" or «quoted» words are a phrase. None when nothing searchable is left."""
    groups: list[list[str]] = []
    bare: list[bool] = []
    # Fold the whole query first: a compound may span typed words («گفت و گو»).
    for m in _QUOTED.finditer(search_form(query.replace("«", '"').replace("»", '"'))):
        if m.group(1) is not None:
            tokens = _WORD.findall(m.group(1))
            if tokens:
                groups.append(tokens)
                bare.append(False)
        else:
            for token in _WORD.findall(m.group(2)):
                groups.append([token])
                bare.append(True)
    if not groups:
        return None
    terms = {t for g in groups for t in g} | {"".join(g) for g in groups}
    variants = [" AND ".join(_group(g) for g in groups)]
    # Two typed words may be one word in the text («رئیس جمهور» vs glued «رئیسجمهور»).
    for i in range(min(len(groups) - 1, 8)):
        if bare[i] and bare[i + 1] and len(groups[i]) == len(groups[i + 1]) == 1:
            glued = groups[i][0] + groups[i + 1][0]
            terms.add(glued)
            rest = groups[:i] + [[glued]] + groups[i + 2:]
            variants.append(" AND ".join(_group(g) for g in rest))
    expression = variants[0] if len(variants) == 1 else " OR ".join(f"({v})" for v in variants)
    return Query(expression, terms)


@lru_cache(maxsize=256)
def _terms_pattern(terms: frozenset[str]) -> re.Pattern[str]:
    # Whole words only; a deleted character (a NUL gap) may sit inside a word («خانهٔ»).
    alternatives = "|".join(
        (_GAP + "*").join(re.escape(c) for c in t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_]|{_GAP})(?:{alternatives}){_GAP}*(?![^\W_])")


def find_hits(text: str, terms: set[str], width: int) -> list[tuple[int, int]]:
    """Spans of ``text`` whose folded form is one of ``terms``, in the first part of it that has any.

    Folding a whole article costs more than the search itself, so only windows are folded:
    around the first place a term occurs as typed, else chunk after chunk from the start.
    """
    pattern = _terms_pattern(frozenset(terms))

    def hits_in(start: int, end: int) -> list[tuple[int, int]]:
        return [(s + start, e + start) for s, e in (m.span() for m in pattern.finditer(fold_same_length(text[start:end])))]

    found = [i for i in (text.find(t) for t in terms) if i >= 0]
    if found:
        start = _word_start(text, max(0, min(found) - width))
        hits = hits_in(start, _word_end(text, min(len(text), min(found) + 2 * width)))
        if hits:
            return hits
    start = 0
    while start < len(text):
        end = _word_end(text, min(len(text), start + 4 * width))
        if hits_in(start, end):
            return hits_in(start, _word_end(text, min(len(text), end + width)))
        start = end
    return []


def snippet_parts(text: str, terms: set[str], *, width: int = 180) -> list[list[object]]:
    """A window of ``text`` around its densest run of query hits: [[text, is_hit], ...]."""
    hits = find_hits(text, terms, width) if terms else []
    if not hits:
        end = _word_end(text, min(len(text), width))
        return [[_clean(text[:end]) + ("…" if end < len(text) else ""), False]]
    best = max(range(len(hits)), key=lambda i: sum(1 for s, _ in hits[i:] if s < hits[i][0] + width))
    centre = hits[best][0]
    start = _word_start(text, max(0, centre - width // 4))
    end = _word_end(text, min(len(text), start + width))
    parts: list[list[object]] = [["…", False]] if start > 0 else []
    pos = start
    for s, e in hits:
        if s < pos or e > end:
            continue
        if s > pos:
            parts.append([_clean(text[pos:s]), False])
        parts.append([text[s:e], True])
        pos = e
    if end > pos:
        parts.append([_clean(text[pos:end]), False])
    if end < len(text):
        parts.append(["…", False])
    return _merge(parts)


def _clean(piece: str) -> str:
    return piece.replace("\n", " ")


def _word_start(text: str, i: int) -> int:
    while 0 < i < len(text) and not text[i - 1].isspace():
        i -= 1
    return i


def _word_end(text: str, i: int) -> int:
    while 0 < i < len(text) and not text[i].isspace():
        i += 1
    return i


def _merge(parts: list[list[object]]) -> list[list[object]]:
    merged: list[list[object]] = []
    for text, hit in parts:
        if merged and merged[-1][1] is hit and not hit:
            merged[-1][0] = str(merged[-1][0]) + str(text)
        elif text:
            merged.append([text, hit])
    return merged

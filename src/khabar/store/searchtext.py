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


# For snippets, each folded term becomes a pattern over the *stored* text: every letter also
# matches the letters that fold to it, characters the fold deletes may sit anywhere inside, and
# a compound's stems may be joined by a space, ZWNJ and «و». Scanning the text once with it costs
# far less than folding the text.
_RAW_VARIANTS: dict[str, set[str]] = {}
for _raw, _folded in _FOLD.items():
    if len(_folded) == 1:
        _RAW_VARIANTS.setdefault(_folded, {_folded}).add(_raw)
_IGNORED = "[" + "".join(re.escape(r) for r, f in _FOLD.items() if not f) + "]*"
_JOINER = "[ " + "".join(re.escape(r) for r, f in _FOLD.items() if f == " ") + "]?"


def _raw_letters(folded: str) -> str:
    classes = []
    for c in folded:
        variants = _RAW_VARIANTS.get(c, {c})
        classes.append(re.escape(c) if len(variants) == 1 else "[" + "".join(map(re.escape, sorted(variants))) + "]")
    return _IGNORED.join(classes) + _IGNORED


@lru_cache(maxsize=256)
def _terms_pattern(terms: frozenset[str]) -> re.Pattern[str]:
    alternatives = []
    for term in sorted(terms, key=len, reverse=True):
        # A compound may carry a suffix («گفتگوی»), as in the fold.
        stems = next(((a, b) for a, b in _compound_stems() if term.startswith(a + b)), None)
        if stems:
            first, second = stems
            alternatives.append(_raw_letters(first) + _JOINER + f"(?:و{_IGNORED}{_JOINER})?"
                                + _raw_letters(second + term[len(first + second):]))
        else:
            alternatives.append(_raw_letters(term))
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(alternatives)})(?![^\W_])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _compound_stems() -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in load_table("search_compounds.tsv")]


def find_hits(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` whose folded form is one of ``terms`` (whole words)."""
    return [m.span() for m in _terms_pattern(frozenset(terms)).finditer(text)]


def snippet_parts(text: str, terms: set[str], *, width: int = 180) -> list[list[object]]:
    """A window of ``text`` around its densest run of query hits: [[text, is_hit], ...]."""
    hits = find_hits(text, terms) if terms else []
    if not hits:
        end = _word_end(text, min(len(text), width))
        return [[_clean(text[:end]) + ("…" if end < len(text) else ""), False]]
    centre = _densest(hits, width)
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


def _densest(hits: list[tuple[int, int]], width: int) -> int:
    """Start of the hit that begins the window of ``width`` with the most hits (first on ties)."""
    best, best_count, j = 0, 0, 0
    for i, (start, _) in enumerate(hits):
        j = max(j, i)
        while j < len(hits) and hits[j][0] < start + width:
            j += 1
        if j - i > best_count:
            best, best_count = i, j - i
    return hits[best][0]


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

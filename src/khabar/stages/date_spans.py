"""Pure steps over the date spans of ``khabar_date_shapes``: ranges («از X تا Y») and lengths of time («سه هفته»).

See that stage's docstring for why: the news corpora mark a range whole, its opening «از» with it, and leave a
bare length of time untagged.
"""

from __future__ import annotations

import re
from functools import cache

from khabar.stages.phrases import compact, compact_words
from khabar.stages.timex import NUM
from khabar.tables import load_table

DIGITS = re.compile(f"{NUM}+")
DATED = frozenset({"DATE", "TIME"})


@cache
def date_ranges() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(the words that open a range, that join its ends, that close it at the present), compacted."""
    rows = load_table("date_ranges.tsv")
    kinds = {kind: frozenset(compact(r[1]) for r in rows if r[0] == kind) for kind in ("from", "to", "now")}
    return kinds["from"], kinds["to"], kinds["now"]


def open_ranges(spans: list[tuple[int, int, str]], words: list[str], starts: frozenset[str], links: frozenset[str],
                nows: frozenset[str]) -> list[tuple[int, int, str]]:
    """Pure step: the spans (start, end, label), in order, with each DATE that is a range grown over the «از»
    (``starts``) right before it, when that word is in no entity: a DATE with a word of ``links`` («تا») between
    its ends, or a DATE with a word of ``nows`` («تاکنون») inside it at its end or right after it, which it then
    takes in too."""
    out = list(spans)
    for n, (start, end, label) in enumerate(out):
        if label != "DATE" or start == 0 or compact(words[start - 1]) not in starts:
            continue
        if n and out[n - 1][1] > start - 1:
            continue  # the «از» is another entity's
        keys = [compact(w) for w in words[start:end]]
        free_after = n + 1 == len(out) or out[n + 1][0] > end
        if any(k in links for k in keys[1:-1]) or keys[-1] in nows:
            out[n] = (start - 1, end, label)
        elif end < len(words) and compact(words[end]) in nows and free_after:
            out[n] = (start - 1, end + 1, label)
    return out


@cache
def time_counts() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(the number words that count, the units of time, the words that place a length), compacted."""
    rows = load_table("time_counts.tsv")
    kinds = {kind: frozenset(compact(r[1]) for r in rows if r[0] == kind) for kind in ("count", "unit", "placing")}
    return kinds["count"] | compact_words("year_number_words.txt"), kinds["unit"], kinds["placing"]


def counted_durations(spans: list[tuple[int, int, str]], words: list[str], counts: frozenset[str],
                      units: frozenset[str], placing: frozenset[str]) -> list[tuple[int, int, str]]:
    """Pure step: the spans (start, end, label), in order, less each DATE or TIME of exactly a count (digits or a
    word of ``counts``) and a unit of ``units`` («سه هفته»); one that a word of ``placing`` follows, in no
    entity, takes it in instead («۱۰ روز بعد»)."""
    out = []
    for n, (start, end, label) in enumerate(spans):
        if (label in DATED and end - start == 2 and compact(words[end - 1]) in units
                and (DIGITS.fullmatch(words[start]) or compact(words[start]) in counts)):
            free = n + 1 == len(spans) or spans[n + 1][0] > end
            if end < len(words) and compact(words[end]) in placing and free:
                out.append((start, end + 1, label))
            continue
        out.append((start, end, label))
    return out

"""Titles and a benediction with no name: «حضرت امام (ره)» names one revered person (``data/benedictions.tsv``)."""

from __future__ import annotations

from functools import lru_cache

from khabar.stages.phrases import compact
from khabar.stages.tokens import Mention, Words
from khabar.tables import load_table


@lru_cache(maxsize=1)
def benedictions() -> dict[tuple[str, str], str]:
    """(title, benediction) compacted → the canonical role of the one person they name."""
    return {(compact(t), compact(b)): c for t, b, c in load_table("benedictions.tsv")}


def revered_at(w: Words, i: int, j: int) -> Mention | None:
    """Titles [i, j) and a benediction in parentheses right after them («حضرت امام (ره)»): the one person
    the table gives them, a role mention of the titles alone (an epithet, as in ``data/epithets.tsv``)."""
    if j + 2 >= len(w) or w.texts[j] != "(":
        return None
    close = next((k for k in range(j + 2, min(j + 5, len(w))) if w.texts[k] == ")"), None)
    if close is None:
        return None
    canonical = benedictions().get((compact(" ".join(w.keys[i:j])), compact(" ".join(w.keys[j + 1:close]))))
    if canonical is None:
        return None
    return Mention(i, j, "PER", "role", key=compact(canonical), role=w.join(i, j))

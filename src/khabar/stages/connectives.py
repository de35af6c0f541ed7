"""Discourse connectives («با این حال», «از سوی دیگر», ``data/connectives.txt``) that may open a clause
before its subject. Their own module, below both the mention finder and the cue rules, which read them."""

from __future__ import annotations

from functools import lru_cache

from khabar.stages.phrases import compact
from khabar.tables import load_list


@lru_cache(maxsize=1)
def connectives() -> frozenset[tuple[str, ...]]:
    """Multi-word discourse connectives («با این حال», ``data/connectives.txt``) as tuples of keys."""
    return frozenset(tuple(compact(p) for p in line.split()) for line in load_list("connectives.txt"))


@lru_cache(maxsize=1)
def connective_words() -> int:
    """Words in the longest connective."""
    return max(map(len, connectives()), default=0)


@lru_cache(maxsize=1)
def connective_last_words() -> frozenset[str]:
    """The last word of each connective, as a key."""
    return frozenset(c[-1] for c in connectives() if c)


def connective_ending(keys: list[str], k: int, lo: int = 0) -> int | None:
    """Start of the connective that ends at token ``k`` (not before ``lo``), else None."""
    if 0 <= k < len(keys) and keys[k] not in connective_last_words():
        return None  # no connective ends with this word (the case at almost every token)
    for n in range(connective_words(), 0, -1):
        if k - n + 1 >= lo and tuple(keys[k - n + 1:k + 1]) in connectives():
            return k - n + 1
    return None


def connective_starting(keys: list[str], k: int, hi: int) -> int:
    """Tokens taken by a connective that starts at token ``k`` (before ``hi``), else 0."""
    for n in range(connective_words(), 0, -1):
        if k + n <= hi and tuple(keys[k:k + n]) in connectives():
            return n
    return 0

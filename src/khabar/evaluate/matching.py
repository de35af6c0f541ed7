"""One-to-one matching of predictions to gold items, shared by the scorers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Span = tuple[int, int]


def one_to_one(
    n_pred: int, n_gold: int, ok: Callable[[int, int], bool], rank: Callable[[int, int], float] | None = None
) -> list[tuple[int, int]]:
    """A maximum matching (augmenting paths) between predictions and gold items: (pred, gold) pairs.

    ``rank`` (lower first) says which pairs are preferred. The size of the matching does not depend
    on it, but which pairs are made does: the nearest fitting pairs are made first, then augmenting
    paths complete the matching, so that measures read off the pairs (an event's time or place)
    compare the items that belong together."""
    owner: dict[int, int] = {}
    golds = list(range(n_gold))
    if rank is not None:
        taken: set[int] = set()
        fits = sorted((rank(p, g), p, g) for p in range(n_pred) for g in golds if ok(p, g))
        for _, p, g in fits:
            if p not in taken and g not in owner:
                owner[g] = p
                taken.add(p)

    def place(p: int, seen: set[int]) -> bool:
        for g in (sorted(golds, key=lambda g: rank(p, g)) if rank is not None else golds):
            if g not in seen and ok(p, g):
                seen.add(g)
                if g not in owner or place(owner[g], seen):
                    owner[g] = p
                    return True
        return False

    matched = set(owner.values())
    for p in range(n_pred):
        if p not in matched:
            place(p, set())
    return sorted((p, g) for g, p in owner.items())


def same_mention(a: Span, b: Span) -> bool:
    if not (a[0] < b[1] and b[0] < a[1]):
        return False
    return a[1] == b[1] or (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def jaccard(a: Span, b: Span) -> float:
    union = max(a[1], b[1]) - min(a[0], b[0])
    return max(0.0, min(a[1], b[1]) - max(a[0], b[0])) / union if union else 0.0


def align_entities(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> dict[str, str]:
    """Predicted entity id -> the gold entity sharing most of its mentions."""
    out = {}
    for p in pred:
        # identical spans count first, so «وزیر خارجه ایران» goes to the minister, not to the
        # nested «ایران» that ends at the same character; on a tie, the closer spans (overlap
        # over union: «منبع رسمی X» is «یک منبع رسمی X», not the nested «X»)
        best, score = None, (0, 0, 0.0)
        for g in gold:
            exact = sum(1 for a in p["mentions"] for b in g["mentions"] if tuple(a) == tuple(b))
            loose = [(a, b) for a in p["mentions"] for b in g["mentions"] if same_mention(a, tuple(b))]
            n = (exact, len(loose), float(sum(jaccard(a, tuple(b)) for a, b in loose)))
            if n > score:
                best, score = g["id"], n
        if best is not None:
            out[p["id"]] = best
    return out

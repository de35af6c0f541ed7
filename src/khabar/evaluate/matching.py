"""One-to-one matching of predictions to gold items, shared by the scorers."""

from __future__ import annotations

from collections.abc import Callable


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

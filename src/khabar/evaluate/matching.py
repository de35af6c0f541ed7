"""One-to-one matching of predictions to gold items, shared by the scorers."""

from __future__ import annotations

from collections.abc import Callable


def one_to_one(n_pred: int, n_gold: int, ok: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """A maximum matching (augmenting paths) between predictions and gold items: (pred, gold) pairs."""
    owner: dict[int, int] = {}

    def place(p: int, seen: set[int]) -> bool:
        for g in range(n_gold):
            if g not in seen and ok(p, g):
                seen.add(g)
                if g not in owner or place(owner[g], seen):
                    owner[g] = p
                    return True
        return False

    for p in range(n_pred):
        place(p, set())
    return sorted((p, g) for g, p in owner.items())

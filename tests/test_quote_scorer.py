"""The quote scorer's pairing: which prediction a gold quote is compared with for speaker accuracy."""

from __future__ import annotations

from typing import Any

import pytest

from khabar.evaluate.quotes import score_quotes

# Gold: an outer quote by e1 (100–150) and a quote nested in it with no speaker (105–150). Each of the
# two predictions below covers 0.8 of both, so text alone cannot say which is which.
GOLD = {"entities": [{"id": "e1", "label": "PER", "mentions": [[10, 20]]}],
        "quotes": [{"text": [100, 150], "speaker": "e1", "kind": "direct"},
                   {"text": [105, 150], "speaker": None, "kind": "indirect"}]}
OUTER = {"text": (100, 150), "speaker": "p1", "kind": "direct"}
NESTED = {"text": (105, 150), "speaker": None, "kind": "indirect"}


@pytest.mark.parametrize(
    ("quotes", "expected"),
    [
        # nested prediction listed first: it must still be compared with the nested gold quote
        ([NESTED, OUTER], {"matched": 2, "found": 2, "right": 2, "kind": 2}),
        # outer prediction listed first: the same pairs
        ([OUTER, NESTED], {"matched": 2, "found": 2, "right": 2, "kind": 2}),
        # the outer quote alone: found, with its speaker, and the nested one missed
        ([OUTER], {"matched": 1, "found": 1, "right": 1, "kind": 1}),
    ],
)
def test_found_quotes_pair_with_the_gold_span_they_fit(quotes: list[dict[str, Any]], expected: dict[str, int]) -> None:
    pred = {"entities": [{"id": "p1", "label": "PER", "mentions": [(10, 20)]}], "quotes": quotes}
    counts = score_quotes(pred, GOLD)
    assert {k: counts[k] for k in expected} == expected

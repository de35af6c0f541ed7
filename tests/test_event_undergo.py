"""The one table of support nouns whose verb makes the subject undergo the act (data/undergo_verbs.tsv),
read by the trigger matcher («قرار») and the support-verb reader («صورت») alike (session 21)."""

from __future__ import annotations

import pytest

from khabar.stages.event_tables import squash, undergoes


@pytest.mark.parametrize(
    ("noun", "verb", "expected"),
    [
        ("قرار", "گرفت", True),  # «X هدف حمله قرار گرفت»: X was attacked
        ("قرار", "می‌گیرد", True),  # the present: «X مورد انتقاد قرار می‌گیرد»
        ("قرار", "دارد", True),  # «X تحت تعقیب قرار دارد»: X is being prosecuted
        ("قرار", "داد", False),  # «X را هدف قرار داد»: the active, X is the doer
        ("صورت", "گرفته", True),  # «حمله به X صورت گرفته است»: the act took place
        ("صورت", "می‌گیرد", True),  # «دیدار X با Y صورت می‌گیرد»
        ("انجام", "گرفت", False),  # «انجام» is a support noun of the active («مذاکراتی انجام داد»)
    ],
)
def test_undergoes(noun: str, verb: str, expected: bool) -> None:
    assert undergoes(squash(noun), squash(verb)) is expected

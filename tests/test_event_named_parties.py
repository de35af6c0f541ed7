"""Who acts when a party is named twice: «X «Y» و Z را» (X and its quoted name are the object). Sentences we
wrote; entities are given by hand.
"""

from __future__ import annotations

import pytest

from events_helpers import brief, run_events

DATE = "2017-10-18"  # a Wednesday

GENERAL = ("فرمانده ارتش اسرائیل", "e1", "PER")
JIHAD_LONG = ("جنبش جهاد اسلامی", "e2", "ORG")
JIHAD = ("جهاد", "e3", "ORG")
GAZA = ("نوار غزه", "e4", "LOC")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X «Y» و Z را تهدید کرد»: the movement named before its quoted name is threatened, not the threatener
            "فرمانده ارتش اسرائیل پس از وزیر جنگ، جنبش جهاد اسلامی «جهاد» و نوار غزه را به حمله تهدید کرد.",
            [GENERAL, JIHAD_LONG, JIHAD, GAZA],
            [("THREATEN", None, ["e1"], ["e3", "e4"], None, None, None, "asserted")],
        ),
        (  # the quoted name is not the object: «X «Y»» is the subject, as before
            "جنبش جهاد اسلامی «جهاد» فرمانده ارتش اسرائیل را به انتقام تهدید کرد.",
            [JIHAD_LONG, JIHAD, GENERAL],
            [("THREATEN", None, ["e2"], ["e1"], None, None, None, "asserted")],
        ),
    ],
)
def test_named_parties(nlp_bare, text, mentions, expected) -> None:
    assert brief(run_events(nlp_bare, text, mentions, date=DATE)) == expected

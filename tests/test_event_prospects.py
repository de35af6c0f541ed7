"""Event nouns that tell a prospect, not a happening (session 20, sentences we wrote).

Entities are given by hand (surface, entity id, label), so only the event rules are under test.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

ENVOY = ("وزیر خارجه آلمان", "p1", "PER")
IRAN = ("ایران", "p3", "LOC")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «نمی‌تواند در برابر حمله X به Y تاب بیاورد»: an attack after «نمی‌تواند» is one imagined
            "فرمانده ارتش گفت این پایگاه‌ها هرگز نمی‌تواند در برابر حمله ایران به حیفا تاب بیاورد.",
            [("فرمانده ارتش", "p1", "PER"), IRAN, ("حیفا", "p4", "LOC")],
            [],
        ),
        (  # «امیدواریم که X در سفر … به Y …»: a hope about a trip tells no trip made
            "امیدواریم که دبیرکل در سفر ماه آینده‌اش به ایران حقایق را ببیند.",
            [("دبیرکل", "p1", "PER"), IRAN],
            [],
        ),
        (  # the noun before the possibility is still a happening: the trip was made, the talk is the prospect
            "وزیر خارجه آلمان پس از سفر به ایران گفت که می‌تواند با مقام‌های تهران گفت‌وگو کند.",
            [ENVOY, IRAN, ("تهران", "p4", "LOC")],
            [("CONSULT", "visit", ["p1"], ["p3"], "p3", None, None, "asserted")],
        ),
    ],
)
def test_prospect_nouns(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «سعی دارد … امضا کند»: an attempt, the contract is not signed yet (data/event_cues.tsv)
            "شرکت ملی نفت سعی دارد با گازپروم قراردادی ده‌ساله امضا کند.",
            [("شرکت ملی نفت", "p5", "ORG"), ("گازپروم", "p6", "ORG")],
            [],
        ),
        (  # «در تلاش است با Y مذاکره کند»: an attempt to talk, no talks held
            "وزیر خارجه آلمان در تلاش است با ایران مذاکره کند.",
            [ENVOY, IRAN],
            [],
        ),
        (  # «می‌خواهند … دیدار کنند»: a wish to meet, no meeting told
            "نمایندگان مجلس می‌خواهند با وزیر خارجه آلمان دیدار کنند.",
            [("نمایندگان مجلس", "p7", "ORG"), ENVOY],
            [],
        ),
    ],
)
def test_wishes_and_attempts(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

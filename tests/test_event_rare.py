"""Event rules of session 30 (evrare, the rare types): a gift to a party is AID like «اهدا», and a promise
(«قول … داد») is an AGREE kept even when no one it is made to is named. Entities are given by hand, as in
tests/test_events.py; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

MINISTER = ("وزیر نیرو", "e1", "PER")
PARLIAMENT = ("مجلس", "e2", "ORG")
RED_CRESCENT = ("هلال احمر", "e3", "ORG")
PEOPLE = ("مردم سیستان", "e4", "ORG")
COACH = ("مربی استقلال", "e5", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X … به Y هدیه کرد»: a gift to a party is aid, its doer the subject
            "هلال احمر ده هزار بسته غذایی به مردم سیستان هدیه کرد.",
            [RED_CRESCENT, PEOPLE],
            [("AID", None, ["e3"], ["e4"], None, None, None, "asserted")],
        ),
        (  # «X به Y قول داد»: a promise made to a party
            "وزیر نیرو به مجلس قول داد که قیمت برق کاهش یابد.",
            [MINISTER, PARLIAMENT],
            [("AGREE", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «X قول داد که …»: a promise with no one named it is made to is still an agreement
            "وزیر نیرو قول داد که قیمت برق کاهش یابد.",
            [MINISTER],
            [("AGREE", "verbal", ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «X گفت: قول می‌دهم …»: the speaker's own promise in a quote
            "مربی استقلال گفت: قول می‌دهم تیم در نیم فصل دوم بهتر بازی کند.",
            [COACH],
            [("AGREE", "verbal", ["e5"], [], None, None, None, "asserted")],
        ),
    ],
)
def test_rare_type_triggers(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # «به قول X»: «as X puts it», no promise
        ("به قول وزیر نیرو، قیمت برق کاهش می‌یابد.", [MINISTER]),
        # «هدیه» with no light verb: here a first name
        ("هدیه فرزانه از مجلس سوم شد.", [PARLIAMENT]),
    ],
)
def test_rare_type_non_events(nlp_bare, text, mentions) -> None:
    assert events_brief(nlp_bare, text, mentions) == []

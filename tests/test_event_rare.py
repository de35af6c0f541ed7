"""Event rules of session 30 (evrare, the rare types): a promise («قول … داد») is an AGREE kept even when no
one it is made to is named; the one given a promise («قول گرفت») made none, and a gift is no aid. Entities are given by hand, as in
tests/test_events.py; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

MINISTER = ("وزیر نیرو", "e1", "PER")
PARLIAMENT = ("مجلس", "e2", "ORG")
COACH = ("مربی استقلال", "e5", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
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
        # «X از Y قول گرفت»: X was given the promise; the one who made it is not the subject
        ("مجلس از وزیر نیرو قول گرفت که قیمت برق کاهش یابد.", [PARLIAMENT, MINISTER]),
        # «… به Y قول داده شد»: a promise in the passive names no one who made it
        ("به مجلس قول داده شد که قیمت برق کاهش یابد.", [PARLIAMENT]),
        # «پیروزی را به Y هدیه کرد»: a victory dedicated to a party is no aid
        ("مربی استقلال این پیروزی را به مجلس هدیه کرد.", [COACH, PARLIAMENT]),
    ],
)
def test_rare_type_non_events(nlp_bare, text, mentions) -> None:
    assert events_brief(nlp_bare, text, mentions) == []

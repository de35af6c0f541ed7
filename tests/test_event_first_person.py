"""A trip told inside a quote with a first-person verb of going («به X رفتم») is the speaker's
(khabar.stages.event_said.speaker_as_doer); only to a place, and only where a quote names who speaks. Our own
sentences."""

from __future__ import annotations

import pytest

from events_helpers import consults


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «به X رفتم» in the second sentence of the speaker's quote: his trip to a country
        ("علی رضایی گفت: باشگاه کارها را پیگیری می‌کند. پیش از این یک بار به آلمان رفتم و زود برگشتم.",
         [("visit", ["علی رضایی"], ["آلمان"])]),
        # «به X رفتیم»: the plural, in a one-sentence quote
        ("علی رضایی گفت: ما هفته گذشته برای مذاکره به ترکیه رفتیم.", [("visit", ["علی رضایی"], ["ترکیه"])]),
        # told outside any quote: no speaker to be its traveller («من» names no one)
        ("من سال گذشته به آلمان رفتم.", []),
        # going to a club is joining it, no trip
        ("علی رضایی گفت: سال گذشته به باشگاه پرسپولیس رفتم.", []),
        # the third person is left out: «به X رفت» is also a player's move
        ("علی رضایی سال گذشته به آلمان رفت.", []),
        # «آمدن» is left out: «به ایران آمدیم» is told from the place reached
        ("علی رضایی گفت: ما برای دیدار با مردم به ایران آمدیم.", []),
    ],
)
def test_first_person_trip(nlp_rules, text, expected) -> None:
    assert consults(nlp_rules(text)) == expected

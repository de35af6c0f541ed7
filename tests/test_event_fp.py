"""Event rules of session 16 that drop false positives: readiness told in the plural, warnings about a
matter. Entities are given by hand, as in tests/test_events.py; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «آماده‌اند … گفت‌وگو کنند»: a readiness in the plural is no talk held nor planned
            "مقامات لبنان روز دوشنبه اعلام کردند آماده‌اند با سوریه درباره مرزها گفت‌وگو کنند.",
            [("مقامات لبنان", "e1", "ORG"), ("سوریه", "e2", "LOC")],
            [],
        ),
        (  # the same with the suffix written apart («آماده اند»)
            "وزیران خارجه دو کشور گفتند آماده اند با دولت کابل مذاکره کنند.",
            [("وزیران خارجه دو کشور", "e1", "ORG"), ("دولت کابل", "e2", "ORG")],
            [],
        ),
        (  # «نامه‌ای خطاب به Y نسبت به X هشدار دادند»: a warning about a matter threatens not the addressee
            "اعضای شورای شهر رشت با نوشتن نامه‌ای خطاب به شهردار رشت نسبت به تخریب باغ‌های قدیمی هشدار دادند.",
            [("شورای شهر رشت", "e1", "ORG"), ("شهردار رشت", "e2", "PER")],
            [],
        ),
        (  # «به Y نسبت به X هشدار داد»: Y is cautioned about a danger, not threatened
            "استاندار گیلان به شهرداری رشت نسبت به خطر سیل در فصل بارش هشدار داد.",
            [("استاندار گیلان", "e1", "PER"), ("شهرداری رشت", "e2", "ORG")],
            [],
        ),
    ],
)
def test_not_happenings(nlp_bare, text, mentions, expected):
    assert events_brief(nlp_bare, text, mentions) == expected

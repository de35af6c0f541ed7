"""Who acts when a party is named twice or an agent phrase ends the act before: «X «Y» و Z را» (X and its
quoted name are the object), «A توسط X و دستگیری Z» (X did A, not the arrest). Sentences we wrote; entities
are given by hand.
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
        (  # «تسلیح X توسط Y و دستگیری Z»: Y armed X; the arrest names no doer of its own, only those arrested
            # (the body whose counted members they are: «ده‌ها نیروی Z», session 31)
            "مسلح کردن شورشیان توسط ارتش ترکیه و دستگیری ده‌ها نیروی پلیس سوریه، خبرهای امروز بود.",
            [("ارتش ترکیه", "e5", "ORG"), ("پلیس سوریه", "e6", "ORG")],
            [("COERCE", "arrest", [], ["e6"], None, None, None, "asserted")],
        ),
        (  # an agent phrase after the arrest noun still names its doer
            "دستگیری ده قاچاقچی توسط پلیس مرزی کرمان امروز انجام شد.",
            [("پلیس مرزی کرمان", "e7", "ORG")],
            [("COERCE", "arrest", ["e7"], [], None, "امروز", DATE, "asserted")],
        ),
    ],
)
def test_named_parties(nlp_bare, text, mentions, expected) -> None:
    assert brief(run_events(nlp_bare, text, mentions, date=DATE)) == expected

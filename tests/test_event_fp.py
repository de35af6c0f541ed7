"""Event rules of session 16 that drop false positives: readiness told in the plural, warnings about a
matter, a title's act retold in the lead, a talk with no one named during a visit, an interview told in
a relative clause on the speaker. Entities are given by hand, as in tests/test_events.py; the sentences
are our own.
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


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # the lead retells the title's arrest with the same words; those arrested named otherwise: one arrest
            "پلیس ترکیه فعالان کرد را بازداشت می‌کند\n"
            "خبرگزاری فارس: پلیس ترکیه ده‌ها تن از فعالان حزب کرد را در استانبول بازداشت می‌کند.\n"
            "این خبر را یک نهاد حقوق بشری داد.",
            [("پلیس ترکیه", "e1", "ORG"), ("فعالان کرد", "e2", "ORG"), ("فعالان حزب کرد", "e3", "ORG"),
             ("استانبول", "e4", "LOC")],
            [("COERCE", "arrest", ["e1"], ["e2"], "e4", None, None, "asserted")],
        ),
        (  # the condemner named otherwise in the lead («پارلمان X» … «کمیسیون خارجی مجلس X»): one condemnation
            "پارلمان اردن رژیم صهیونیستی را محکوم کرد\n"
            "خبرگزاری فارس: کمیسیون خارجی مجلس اردن رژیم صهیونیستی را محکوم کرد.\n"
            "این کمیسیون خواستار توقف جنگ شد.",
            [("پارلمان اردن", "e1", "ORG"), ("کمیسیون خارجی مجلس اردن", "e2", "ORG"), ("رژیم صهیونیستی", "e3", "LOC")],
            [("ACCUSE", "condemn", ["e1"], ["e3"], None, None, None, "asserted")],
        ),
    ],
)
def test_title_retold_in_lead(nlp_bare, text, mentions, expected):
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # a talk after a visit by the same official, with no one named to talk with, is part of the visit
            "وزیر بهداشت امروز از بیمارستان امام رشت بازدید کرد. "
            "وزیر بهداشت در بخش کودکان با بیماران به گفت‌وگو پرداخت.",
            [("وزیر بهداشت", "e1", "PER"), ("بیمارستان امام رشت", "e2", "ORG")],
            [("CONSULT", "visit", ["e1"], ["e2"], None, "امروز", "2019-05-12", "asserted")],
        ),
        (  # the same in one sentence after a trip («سفر کرد و … با آنان گفت‌وگو کرد»)
            "استاندار گیلان به شهرستان آستارا سفر کرد و در جمع کشاورزان با آنان گفت‌وگو کرد.",
            [("استاندار گیلان", "e1", "PER"), ("شهرستان آستارا", "e2", "LOC")],
            [("CONSULT", "visit", ["e1"], ["e2"], "e2", None, None, "asserted")],
        ),
    ],
)
def test_talk_on_a_visit(nlp_bare, text, mentions, expected):
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X که با Y گفت و گو می‌کرد افزود: …»: the talk in a relative clause on the speaker is the interview
            "حسن کاظمی که با مدیر انتشارات سروش گفت و گو می‌کرد افزود: کتاب‌ها گران شده است.",
            [("حسن کاظمی", "e1", "PER"), ("مدیر انتشارات سروش", "e2", "PER")],
            [],
        ),
        (  # the same with a comma before the reporting verb and a body for the interviewer
            "سفیر ایران که با کانون نویسندگان شیراز گفت‌وگو می‌کرد، تصریح کرد: روابط دو کشور رو به گسترش است.",
            [("سفیر ایران", "e1", "PER"), ("کانون نویسندگان شیراز", "e2", "ORG")],
            [],
        ),
    ],
)
def test_interview_told_in_a_relative_clause(nlp_bare, text, mentions, expected):
    assert events_brief(nlp_bare, text, mentions) == expected

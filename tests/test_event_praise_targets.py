"""Praise verbs and the «آماج N قرار گرفت» construction (session 21, sentences we wrote).

Entities are given by hand (surface, entity id, label), so only the event rules are under test.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

DATE = "2019-05-12"


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X را تحسین کرد»: praise told by «تحسین», like «تقدیر»
            "دبیرکل سازمان ملل تلاش‌های دولت نروژ را تحسین کرد.",
            [("دبیرکل سازمان ملل", "p1", "PER"), ("دولت نروژ", "p2", "ORG")],
            [("SUPPORT", "praise", ["p1"], ["p2"], None, None, None, "asserted")],
        ),
        (  # «از Y تمجید کرد»: praise with «از»
            "رئیس مجلس در سخنان خود از ارتش لبنان تمجید کرد.",
            [("رئیس مجلس", "p1", "PER"), ("ارتش لبنان", "p2", "ORG")],
            [("SUPPORT", "praise", ["p1"], ["p2"], None, None, None, "asserted")],
        ),
        (  # «X مورد تحسین Y قرار گرفت»: the passive of praising; Y praised X
            "شهرداری اصفهان از سوی وزیر کشور مورد تحسین قرار گرفت.",
            [("شهرداری اصفهان", "p1", "ORG"), ("وزیر کشور", "p2", "PER")],
            [("SUPPORT", "praise", ["p2"], ["p1"], None, None, None, "asserted")],
        ),
        (  # «X آماج انتقادات Y قرار گرفت»: «آماج» is «هدف/مورد» in a higher register; Y criticized X
            "وزیر اقتصاد فرانسه از سوی اتحادیه‌های کارگری آماج انتقادات تند قرار گرفته است.",
            [("وزیر اقتصاد فرانسه", "p1", "PER"), ("اتحادیه‌های کارگری", "p2", "ORG")],
            [("ACCUSE", "verbal", ["p2"], ["p1"], None, None, None, "asserted")],
        ),
        (  # «X آماج حملات Y قرار گرفت»: an assault told in the passive
            "کاروان نیروهای حافظ صلح از سوی شبه‌نظامیان آماج حملات قرار گرفت.",
            [("نیروهای حافظ صلح", "p1", "ORG"), ("شبه‌نظامیان", "p2", "ORG")],
            [("ASSAULT", None, ["p2"], ["p1"], None, None, None, "asserted")],
        ),
    ],
)
def test_praise_and_target_construction(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # «از شاعران حاضر … تقدیر به عمل آمد»: the honoured group after «از» is unnamed; the subject of the sentence
        # before «که» (here a named body) is not the one honoured: no event
        ("انجمن ادبی تبریز این مراسم را برگزار کرد که در پایان آن از شاعران حاضر با اهدای لوح تقدیر به عمل آمد.",
         [("انجمن ادبی تبریز", "p1", "ORG")],
         []),
        # the same with «قدردانی شد»
        ("شورای شهر اراک میزبان این جشن بود که در پایان از هنرمندان جوان قدردانی شد.",
         [("شورای شهر اراک", "p1", "ORG")],
         []),
        # «از خبرنگاران X قدردانی شد»: the reporters of a place are praised, not the place
        ("در پایان این نشست از خبرنگاران استان یزد قدردانی شد.",
         [("استان یزد", "p1", "LOC")],
         []),
        # «X از سوی Y تقدیر شد»: «از سوی» names the doer; X, the subject, is still the one honoured
        ("شهردار کاشان از سوی وزیر کشور تقدیر شد.",
         [("شهردار کاشان", "p1", "PER"), ("وزیر کشور", "p2", "PER")],
         [("SUPPORT", "praise", ["p2"], ["p1"], None, None, None, "asserted")]),
        # «پس از …» tells when, not whom: X, the subject, is the one honoured
        ("شهردار کاشان پس از پایان جشنواره تقدیر شد.",
         [("شهردار کاشان", "p1", "PER")],
         [("SUPPORT", "praise", [], ["p1"], None, None, None, "asserted")]),
        # «با حضور جمعی از مسئولان»: a part of a group before «از», not whom; X is still the one honoured
        ("شهردار کاشان با حضور جمعی از مسئولان استان تقدیر شد.",
         [("شهردار کاشان", "p1", "PER")],
         [("SUPPORT", "praise", [], ["p1"], None, None, None, "asserted")]),
    ],
)
def test_passive_praise_of_unnamed_group(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected

"""Praise verbs and the «آماج N قرار گرفت» construction (session 21, sentences we wrote).

Entities are given by hand (surface, entity id, label), so only the event rules are under test.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief


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

"""A bare event noun whose clause ends in the future tense or in «برگزار می‌شود» is planned (session 21,
sentences we wrote).

Entities are given by hand (surface, entity id, label), so only the event rules are under test.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «سفر X به Y … انجام خواهد شد»: a trip told by its noun, done in the future
            "سفر رئیس‌جمهور ایران به ونزوئلا با دعوت رسمی انجام خواهد شد.",
            [("رئیس‌جمهور ایران", "p1", "PER"), ("ونزوئلا", "p2", "LOC")],
            [("CONSULT", "visit", ["p1"], ["p2"], "p2", None, None, "planned")],
        ),
        (  # «مذاکرات X و Y … از سر گرفته خواهد شد»: «و» joins the two parties; a participle before the auxiliary
            "مذاکرات هند و پاکستان درباره خط لوله گاز از سر گرفته خواهد شد.",
            [("هند", "p1", "LOC"), ("پاکستان", "p2", "LOC")],
            [("CONSULT", "meeting", ["p1"], ["p2"], None, None, None, "planned")],
        ),
        (  # «دیدار X با Y … برگزار می‌شود»: the present passive of holding announces it
            "دیدار رئیس‌جمهور فرانسه با صدراعظم آلمان در برلین برگزار می‌شود.",
            [("رئیس‌جمهور فرانسه", "p1", "PER"), ("صدراعظم آلمان", "p2", "PER"), ("برلین", "p3", "LOC")],
            [("CONSULT", "meeting", ["p1"], ["p2"], "p3", None, None, "planned")],
        ),
        (  # «همکاری X با Y ادامه خواهد یافت»: cooperation that is to go on
            "وزیر خارجه گفت همکاری ایران با آژانس بین‌المللی انرژی اتمی ادامه خواهد یافت.",
            [("وزیر خارجه", "p0", "PER"), ("ایران", "p1", "LOC"), ("آژانس بین‌المللی انرژی اتمی", "p2", "ORG")],
            [("COOPERATE", None, ["p1"], ["p2"], None, None, None, "planned")],
        ),
        # What the rule must leave alone (review 21): the guards in noun_modality had no row of their own.
        (  # a holding verb in the past: the meeting took place
            "دیدار وزیر کشور با استاندار گیلان در رشت برگزار شد.",
            [("وزیر کشور", "p1", "PER"), ("استاندار گیلان", "p2", "PER"), ("رشت", "p3", "LOC")],
            [("CONSULT", "meeting", ["p1"], ["p2"], "p3", None, None, "asserted")],
        ),
        (  # «ضمن حمایت از Y گفت که … برگزار می‌شود»: the present passive belongs to what was said
            "وزیر کشور ضمن حمایت از استاندار گیلان گفت که انتخابات شورا در آبان برگزار می‌شود.",
            [("وزیر کشور", "p1", "PER"), ("استاندار گیلان", "p2", "PER")],
            [("SUPPORT", "verbal", ["p1"], ["p2"], None, None, None, "asserted")],
        ),
        (  # «سفر X به Y که … انجام شد … خواهد شد»: the trip is past; the future is its review's
            "سفر وزیر کشور به رشت که هفته پیش انجام شد در مجلس بررسی خواهد شد.",
            [("وزیر کشور", "p1", "PER"), ("رشت", "p2", "LOC")],
            [("CONSULT", "visit", ["p1"], ["p2"], "p2", "هفته پیش", None, "asserted")],
        ),
    ],
)
def test_noun_then_future(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

"""Event rules of the blame session (ev-blame): accusations, rejections, threats and protests whose parties
stand behind a common news construction. Entities are given by hand, as in tests/test_events.py; the
sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

LEAGUE = ("اتحادیه عرب", "e1", "ORG")
EGYPT = ("مصر", "e2", "LOC")
JAPAN = ("ژاپن", "e3", "LOC")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «بنا بر این گزارش» opens the clause like a connective: the mention after it is the subject
            "بنا بر این گزارش اتحادیه عرب، مصر را به قطع روابط تهدید کرده است.",
            [LEAGUE, EGYPT],
            [("THREATEN", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «بر اساس این گزارش» without a comma after it: the same
            "بر اساس این گزارش ژاپن از رفتار مصر در مذاکرات به شدت انتقاد کرده است.",
            [JAPAN, EGYPT],
            [("ACCUSE", "verbal", ["e3"], ["e2"], None, None, None, "asserted")],
        ),
        (  # the same before a role subject
            "بنا بر این گزارش وزیر خارجه مصر از سودان حمایت کرد.",
            [("وزیر خارجه مصر", "e9", "PER"), ("سودان", "e6", "LOC")],
            [("SUPPORT", "verbal", ["e9"], ["e6"], None, None, None, "asserted")],
        ),
        (  # «طبق این خبر X …»: a news item named as the source
            "طبق این خبر وزیر خارجه مصر با حماس دیدار کرد.",
            [("وزیر خارجه مصر", "e9", "PER"), ("حماس", "e7", "ORG")],
            [("CONSULT", "meeting", ["e9"], ["e7"], None, None, None, "asserted")],
        ),
    ],
)
def test_report_attribution_opens_the_clause(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


MANAR = ("المنار", "e4", "ORG")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «شبکه X تهدید شد»: a medium named with its kind is the subject of a passive threat
            "شبکه المنار در دمشق تهدید شد",
            [MANAR, ("دمشق", "e5", "LOC")],
            [("THREATEN", None, [], ["e4"], None, None, None, "asserted")],
        ),
        (  # the kind with an adjective («شبکه تلویزیونی X»), threatened in «مورد تهدید قرار گرفت»
            "شبکه تلویزیونی المنار از سوی افرادی ناشناس مورد تهدید قرار گرفت.",
            [MANAR],
            [("THREATEN", None, [], ["e4"], None, None, None, "asserted")],
        ),
        (  # another medium and place
            "شبکه العربیه در دبی تهدید شد.",
            [("العربیه", "e1", "ORG"), ("دبی", "e2", "LOC")],
            [("THREATEN", None, [], ["e1"], None, None, None, "asserted")],
        ),
    ],
)
def test_medium_with_its_kind_is_a_subject(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


KAMAL = ("سعید کمال", "e6", "PER")
FAHMY = ("نبیل فهمی", "e7", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X حمله تبلیغاتی … را علیه Y آغاز کرد»: the subject launches the act named as the object
            "سعید کمال حمله تبلیغاتی گسترده‌ای را علیه نبیل فهمی آغاز کرد.",
            [KAMAL, FAHMY],
            [("ACCUSE", "verbal", ["e6"], ["e7"], None, None, None, "asserted")],
        ),
        (  # an apposition with commas between the target and the verb does not end the clause
            "سعید کمال حمله لفظی تندی را علیه نبیل فهمی، وزیر پیشین خارجه، شروع کرده است.",
            [KAMAL, FAHMY],
            [("ACCUSE", "verbal", ["e6"], ["e7"], None, None, None, "asserted")],
        ),
        (  # «ادامه داد»: carrying an act on is doing it too
            "اتحادیه عرب حملات تبلیغاتی شدیدی را علیه مصر ادامه داد.",
            [LEAGUE, EGYPT],
            [("ACCUSE", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
    ],
)
def test_launched_act_is_the_subjects(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

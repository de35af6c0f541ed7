"""Event rules of session 15 (support, agreements, cooperation, aid): praise told after «در» by the doer
right before it, an agreement named and signed in one sentence, joint drills, a noun's doer told by
«خود» after it, a possibility or failure in the plural («می‌توانند», «نتوانستند»), what is
called necessary («ضروری دانست»), praise told with «به عمل آمد»,
the object of a verb in a relative clause («X که Y را پذیرفته‌اند»). Entities are given by hand,
as in tests/test_events.py; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

EGYPT = ("مصر", "e1", "LOC")
SUDAN = ("سودان", "e2", "LOC")
ENVOY = ("سفیر اردن", "e3", "PER")
POET = ("فردوسی", "e4", "PER")
RUSSIA = ("روسیه", "e5", "LOC")
CHINA = ("چین", "e6", "LOC")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X در تجلیل از Y»: praise after «در», its doer right before it
            "سفیر اردن در تجلیل از فردوسی او را بزرگ‌ترین شاعر ایران خواند.",
            [ENVOY, POET],
            [("SUPPORT", "praise", ["e3"], ["e4"], None, None, None, "asserted")],
        ),
        (  # «X در حمایت از Y»: support, the same reading
            "مصر در حمایت از سودان بیانیه‌ای صادر کرد.",
            [EGYPT, SUDAN],
            [("SUPPORT", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
    ],
)
def test_support_after_in(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «توافقی میان X و Y به امضا رسید»: the agreement and its signing are one happening, a signing
            "سال گذشته توافقی میان مصر و سودان به امضا رسید.",
            [EGYPT, SUDAN],
            [("AGREE", "sign", ["e1"], ["e2"], None, "سال گذشته", None, "asserted")],
        ),
    ],
)
def test_agreement_signed(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «رزمایش مشترک (دریایی) X و Y»: a joint drill names both sides as its genitive
            "رزمایش مشترک دریایی روسیه و چین آغاز شد.",
            [RUSSIA, CHINA],
            [("COOPERATE", "military", ["e5"], ["e6"], None, None, None, "asserted")],
        ),
        (  # «تمرینات مشترک نیروهای X و Y»: the plural noun of the same
            "تمرینات مشترک روسیه و چین در دریای ژاپن برگزار شد.",
            [RUSSIA, CHINA],
            [("COOPERATE", "military", ["e5"], ["e6"], None, None, None, "asserted")],
        ),
    ],
)
def test_joint_drills(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X حمایت خود را از Y اعلام کرد»: the reflexive after the noun makes the subject its doer
            "مصر دیروز حمایت خود را از سودان اعلام کرد.",
            [EGYPT, SUDAN],
            [("SUPPORT", "verbal", ["e1"], ["e2"], None, "دیروز", "2019-05-11", "asserted")],
        ),
        (  # «X به همکاری خود با Y ادامه داد»: the same for cooperation
            "روسیه به همکاری خود با چین در بخش انرژی ادامه داد.",
            [RUSSIA, CHINA],
            [("COOPERATE", None, ["e5"], ["e6"], None, None, None, "asserted")],
        ),
    ],
)
def test_reflexive_doer(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «نتوانست … برسد»: a failure to agree reports no agreement
            "مصر در این دور نتوانست با سودان به توافق برسد.",
            [EGYPT, SUDAN],
            [],
        ),
        (  # «می‌توانند … همکاری کنند»: the plural of «می‌تواند», a possibility
            "روسیه و مصر می‌توانند با چین همکاری کنند.",
            [RUSSIA, EGYPT, CHINA],
            [],
        ),
        (  # «X و Y می‌توانند با همکاری یکدیگر …»: a noun after a possibility is no happening either
            "مصر و سودان می‌توانند با همکاری یکدیگر بازار منطقه را گسترش دهند.",
            [EGYPT, SUDAN],
            [],
        ),
    ],
)
def test_possible_plural(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «همکاری X و Y را … ضروری دانست»: what is called necessary has not happened
            "سفیر اردن همکاری مصر و سودان را برای آرامش منطقه ضروری دانست.",
            [ENVOY, EGYPT, SUDAN],
            [],
        ),
        (  # «لازم دانست»: the same
            "سفیر اردن حمایت مصر از سودان را در این شرایط لازم دانست.",
            [ENVOY, EGYPT, SUDAN],
            [],
        ),
    ],
)
def test_called_necessary(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «از X تجلیل به عمل آمد»: praise in the passive with «به عمل آمد», X the one praised, no doer named
            "در پایان این آیین از زحمات سفیر اردن تجلیل به عمل آمد.",
            [ENVOY],
            [("SUPPORT", "praise", [], ["e3"], None, None, None, "asserted")],
        ),
        (  # «تقدیر به عمل آمد»: the same for «تقدیر»
            "از فردوسی در این همایش تقدیر به عمل آمد.",
            [POET],
            [("SUPPORT", "praise", [], ["e4"], None, None, None, "asserted")],
        ),
    ],
)
def test_praise_done(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «از X و Y که دیدگاه‌های Z را پذیرفته‌اند انتقاد کرد»: the object of the relative clause's verb is
            # after «که»; X and Y, its head, are not what was accepted (and the criticism of them is read)
            "سفیر اردن از حکومت‌های سودان و مصر که طرح‌های غربی را پذیرفته‌اند، به تندی انتقاد کرد.",
            [ENVOY, SUDAN, EGYPT],
            [("ACCUSE", "verbal", ["e3"], ["e2", "e1"], None, None, None, "asserted")],
        ),
    ],
)
def test_object_after_relative(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

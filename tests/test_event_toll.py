"""Attacks told by a noun with no party named, kept when their sentence counts the dead or wounded
(session 19 world, khabar.stages.event_toll; the guide: deaths with no named attacker are ASSAULT with no
actors). Entities are given by hand, as in tests/test_events.py; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

CHECKPOINT = [("پاسگاه مرزی", "t1", "ORG")]


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «در دو حمله جداگانه … کشته و … زخمی شدند»: nobody named, but the attacks took lives
            "در دو حمله جداگانه به بازارهای شهر دست‌کم ۱۲ نفر کشته و ۳۰ نفر زخمی شدند.",
            [],
            [("ASSAULT", None, [], [], None, None, None, "asserted")],
        ),
        (  # «بر اثر حملات …»: the toll before the verb «جان باختند» (two words on one line of the table)
            "هفته گذشته بیش از ۴۰ غیرنظامی بر اثر حملات انتحاری جان باختند.",
            [],
            [("ASSAULT", None, [], [], None, "هفته گذشته", None, "asserted")],
        ),
        (  # no toll: the danger of an attack is a topic, not a happening
            "کارشناسان درباره خطر حمله به تأسیسات هسته‌ای هشدار دادند.",
            [],
            [],
        ),
        (  # a clash with its dead but no sides named is a fragment of one told with them, not an attack
            "درگیری‌های دیروز در پایتخت سه کشته برجای گذاشت.",
            [],
            [],
        ),
    ],
)
def test_attack_with_toll(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

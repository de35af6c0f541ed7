"""Two demands by one doer in two sentences (session 32): «X خواستار N … شد» … «X خواستار M … شد» ask for two
acts and stay two events (event_merge._two_demands, the act noun kept by event_asked.asked_act); the same demand
told again keeps its noun and merges. Entities are given by hand; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

SAID = ("REQUEST", None, ["e1"], [], None, None, None, "asserted")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # two acts asked for («بهسازی جاده‌ها», «تجهیز درمانگاه‌ها»): two demands by the same governor
            "فرماندار میانه خواستار بهسازی جاده‌های روستایی شد. فرماندار میانه همچنین خواستار تجهیز "
            "درمانگاه‌های بخش مرکزی شد.",
            [("فرماندار میانه", "e1", "PER")],
            [SAID, SAID],
        ),
        (  # a request verb («درخواست کرد») and then a demand word for another act, no one asked named in either
            "نماینده اردبیل از نهادهای بین‌المللی درخواست کرد تا به سیل‌زدگان کمک کنند. نماینده اردبیل خواستار گسترش "
            "خطوط اتوبوس‌رانی شد.",
            [("نماینده اردبیل", "e1", "PER")],
            [SAID, SAID],
        ),
        (  # the same demand told twice with its noun («تعطیلی کارخانه») is one event
            "شورای شهر خواستار تعطیلی کارخانه سیمان شد. به گفته اعضا، شورای شهر خواستار تعطیلی کارخانه "
            "سیمان شده است.",
            [("شورای شهر", "e1", "ORG")],
            [SAID],
        ),
    ],
)
def test_two_demands(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

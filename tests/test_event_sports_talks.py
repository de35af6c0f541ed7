"""Meetings and talks in a sports report: «دیدار» is a match there and a bare talk noun is dropped
(khabar.stages.event_sports), but a session or transfer talks that name with whom they were held
(not in ``data/sports_match_words.tsv``) are kept. Our own sentences."""

from __future__ import annotations

import pytest

from events_helpers import consults

# Two sports words in the first sentence make the article a sports report.
SPORTS_LEAD = "سرمربی تیم ملی فوتبال برای بازی هفته آینده لیگ برتر آماده می‌شود. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «جلسه … با Y داشت»: a session with a club's manager is a meeting, not a match
        (SPORTS_LEAD + "علی رضایی دیروز با حسن کاظمی جلسه‌ای داشت.",
         [("meeting", ["علی رضایی"], ["حسن کاظمی"])]),
        # «با Y مذاکره کرد»: transfer talks with a named club
        (SPORTS_LEAD + "علی رضایی هفته گذشته با باشگاه پرسپولیس مذاکره کرد.",
         [("meeting", ["علی رضایی"], ["باشگاه پرسپولیس"])]),
    ],
)
def test_talks_kept_in_sports(nlp_rules, text, expected) -> None:
    assert consults(nlp_rules(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # «دیدار» is still a match in a sports report
        SPORTS_LEAD + "علی رضایی دیروز با حسن کاظمی دیدار کرد.",
        # talks with no one named («در حال مذاکره هستند») stay dropped
        SPORTS_LEAD + "مدیران باشگاه پرسپولیس گفتند برای جذب دو مهاجم در حال مذاکره هستند.",
    ],
)
def test_sports_still_dropped(nlp_rules, text) -> None:
    assert consults(nlp_rules(text)) == []

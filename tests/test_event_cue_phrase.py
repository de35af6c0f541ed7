"""A modality cue noun inside a prepositional phrase («در ارتباط با ضرورت …», «درباره ضرورت …») heads that
phrase only: it makes the event nouns of its phrase wishes, not the clause's own verb. Sentences we wrote;
entities are given by hand.
"""

from __future__ import annotations

import pytest

from events_helpers import brief, run_events

DATE = "2017-10-18"  # a Wednesday

MINISTER = ("وزیر کشور", "e1", "PER")
HEAD = ("رئیس سازمان برنامه و بودجه", "e2", "PER")
IRAN = ("ایران", "e3", "LOC")
RUSSIA = ("روسیه", "e4", "LOC")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «در ارتباط با ضرورت …»: the necessity is the topic of talks held; the talks took place
            "وزیر کشور گفت: در ارتباط با ضرورت اجرای طرح جدید با رئیس سازمان برنامه و بودجه مذاکراتی داشته‌ام.",
            [MINISTER, HEAD],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «درباره ضرورت …»: the same topic opener before a meeting verb
            "وزیر کشور گفت: درباره ضرورت این طرح با رئیس سازمان برنامه و بودجه دیدار کردم.",
            [MINISTER, HEAD],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «بر ضرورت همکاری …»: the event noun inside the phrase is still only called necessary
            "وزیر کشور بر ضرورت تقویت همکاری ایران و روسیه تاکید کرد.",
            [MINISTER, IRAN, RUSSIA],
            [],
        ),
        (  # «ضرورت دارد … دیدار کند»: no preposition before it; what is necessary has not happened
            "وزیر کشور گفت ضرورت دارد با رئیس سازمان برنامه و بودجه دیدار کند.",
            [MINISTER, HEAD],
            [],
        ),
    ],
)
def test_cue_noun_in_a_phrase(nlp_bare, text, mentions, expected) -> None:
    assert brief(run_events(nlp_bare, text, mentions, date=DATE)) == expected

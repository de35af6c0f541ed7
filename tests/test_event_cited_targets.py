"""Parties misread around a cited phrase (evtgt, sentences we wrote): the occasion of someone's cited words
is not the citing speaker's meeting, and a titled seminar is no session.

Entities are given by hand (surface, entity id, label), so only the event rules are under test; the
seminar rows run the rules-only pipeline, since sessions read the quote stage's speakers.
"""

from __future__ import annotations

import pytest

from events_helpers import consults, events_brief

DATE = "2019-05-12"


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «با اشاره به سخنان X در دیدار با Y»: X met Y (an earlier meeting cited), not the speaker citing it
            "استاندار فارس با اشاره به سخنان علی کریمی در دیدار با وزیر نفت گفت: کار باید پیش برود.",
            [("استاندار فارس", "e1", "PER"), ("علی کریمی", "e2", "PER"), ("وزیر نفت", "e3", "PER")],
            [("CONSULT", "meeting", ["e2"], ["e3"], None, None, None, "asserted")],
        ),
        (  # a word between the words and their owner («سخنان اخیر X»): still X's meeting
            "استاندار فارس با اشاره به سخنان اخیر علی کریمی در دیدار با وزیر نفت گفت: کار باید پیش برود.",
            [("استاندار فارس", "e1", "PER"), ("علی کریمی", "e2", "PER"), ("وزیر نفت", "e3", "PER")],
            [("CONSULT", "meeting", ["e2"], ["e3"], None, None, None, "asserted")],
        ),
        (  # the subject's own words at its meeting («در ادامه سخنان خود در دیدار با Y»): its own meeting, kept
            "علی کریمی در ادامه سخنان خود در دیدار با وزیر نفت گفت: کار باید پیش برود.",
            [("علی کریمی", "e2", "PER"), ("وزیر نفت", "e3", "PER")],
            [("CONSULT", "meeting", ["e2"], ["e3"], None, None, None, "asserted")],
        ),
        (  # the words' owner not named as an entity: no one known met Y, so no event for the citing speaker
            "استاندار فارس با اشاره به بیانات رهبری در دیدار با وزیر نفت گفت: کار باید پیش برود.",
            [("استاندار فارس", "e1", "PER"), ("وزیر نفت", "e3", "PER")],
            [],
        ),
    ],
)
def test_cited_meeting_parties(nlp_bare, text, mentions, expected) -> None:
    assert [e for e in events_brief(nlp_bare, text, mentions, date=DATE) if e[0] != "REQUEST"] == expected


@pytest.mark.parametrize(
    "text",
    [
        # «در همایش کنگره/کنفرانس …»: a seminar under its title (the guide: seminars are no events)
        "مهدی کاظمی امروز در همایش کنگره ملی مهندسی آب گفت: آب کم است.",
    ],
)
def test_titled_seminar(nlp_rules, text) -> None:
    assert consults(nlp_rules(text)) == []

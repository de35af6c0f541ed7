"""Parties misread inside a phrase (evtgt, sentences we wrote): a place that owns the phrase's head is no
target, the occasion of someone's cited words is not the citing speaker's meeting, and a titled seminar
is no session.

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
        (  # «از عملکرد کارکنان ادارات شهرستان X انتقاد کرد»: the staff' work is criticized, not the
            # town named two nouns into the phrase: no target, so no event
            "فرماندار از عملکرد کارکنان ادارات شهرستان یزد به شدت انتقاد کرد.",
            [("فرماندار", "e1", "PER"), ("یزد", "e2", "LOC")],
            [],
        ),
        (  # one noun before the place is still its own part: «به مواضع X حمله کردند» attacks X
            "جنگنده‌های دشمن دیروز به مواضع لبنان حمله کردند.",
            [("جنگنده‌های دشمن", "e1", "ORG"), ("لبنان", "e2", "LOC")],
            [("ASSAULT", None, ["e1"], ["e2"], None, "دیروز", "2019-05-11", "asserted")],
        ),
        (  # adjectives in «ی» are not counted: the plans of the place itself are supported, so it is the target
            "وزیر خارجه روسیه گفت: ما از طرح‌های نوین اقتصادی سوریه حمایت می‌کنیم.",
            [("وزیر خارجه روسیه", "e1", "PER"), ("سوریه", "e2", "LOC")],
            [("SUPPORT", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # a body (no place) a few words into the phrase is still whom the criticism is of
            "فرماندار از عملکرد ضعیف شهرداری یزد انتقاد کرد.",
            [("فرماندار", "e1", "PER"), ("شهرداری یزد", "e2", "ORG")],
            [("ACCUSE", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «با اشاره به سخنان X در دیدار با Y»: X met Y (an earlier meeting cited), not the speaker citing it
            "استاندار فارس با اشاره به سخنان علی کریمی در دیدار با وزیر نفت گفت: کار باید پیش برود.",
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
def test_cited_and_buried_parties(nlp_bare, text, mentions, expected) -> None:
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

"""A trip or visit whose destination names no entity («در سفر به منطقه», «از بخش‌های … بازدید کرد») is
still a trip by its named doer (khabar.stages.event_keep, Candidate.destined); one told with no destination
at all is not kept. Our own sentences."""

from __future__ import annotations

import pytest

from events_helpers import consults, events_brief


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «در سفر به منطقه»: a trip to a region no entity names, its doer the subject
        ("علی رضایی دیروز در سفر به منطقه گفت: روابط دو کشور خوب است.", [("visit", ["علی رضایی"], [])]),
        # «به منطقه سفر کرد»: the destination before the verb
        ("علی رضایی هفته گذشته به منطقه سفر کرد.", [("visit", ["علی رضایی"], [])]),
        # «در بازدید از سالن‌های گوناگون …»: a visit to unnamed parts of a site
        ("علی رضایی بامداد امروز در بازدید از سالن‌های گوناگون کارخانه گفت: کارها خوب پیش می‌رود.",
         [("visit", ["علی رضایی"], [])]),
        # no destination at all: «سفر کرد» alone is no coded trip
        ("علی رضایی دیروز سفر کرد.", []),
        # a scheme («طرح بازدید از …») is no visit made, in a speaker's words or not
        ("علی رضایی گفت: طرح بازدید از مدارس شهر از هفته آینده اجرا می‌شود.", []),
        ("علی رضایی از طرح بازدید از مدارس شهر خبر داد.", []),
        # a trip told inside a speaker's words is still a trip by its named doer
        ("حسن کریمی گفت: علی رضایی هفته گذشته به منطقه سفر کرد.", [("visit", ["علی رضایی"], [])]),
        # «به تعویق افتاد», «به دلیل …»: the «به» names no destination
        ("سفر علی رضایی به تعویق افتاد.", []),
        ("سفر علی رضایی به دلیل بیماری لغو شد.", []),
        # a named destination keeps its target as before
        ("علی رضایی دیروز به مسکو سفر کرد.", [("visit", ["علی رضایی"], ["مسکو"])]),
    ],
)
def test_trip_destination(nlp_rules, text, expected) -> None:
    assert consults(nlp_rules(text)) == expected


PLAYER = ("علی رضایی", "e1", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # «راهی X شد» with a club after it: a player's transfer, no trip to a place
        ("علی رضایی تابستان امسال از باشگاه الف راهی باشگاه ب شد.",
         [PLAYER, ("باشگاه الف", "e2", "ORG"), ("باشگاه ب", "e3", "ORG")], []),
        # «عازم X شد» with a club after it: the same
        ("علی رضایی هفته گذشته عازم باشگاه ب شد.", [PLAYER, ("باشگاه ب", "e3", "ORG")], []),
        # «وارد X شد» with an organization that is no club, and no club left: a visit to it stands
        ("علی رضایی دیروز وارد مجلس شد.", [PLAYER, ("مجلس", "e5", "ORG")],
         [("CONSULT", "visit", ["e1"], ["e5"], None, "دیروز", "2019-05-11", "asserted")]),
        # with a city after it, the trip stands
        ("علی رضایی هفته گذشته عازم مشهد شد.", [PLAYER, ("مشهد", "e4", "LOC")],
         [("CONSULT", "visit", ["e1"], ["e4"], "e4", "هفته گذشته", None, "asserted")]),
    ],
)
def test_trip_needs_a_place(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions)[:1] == expected

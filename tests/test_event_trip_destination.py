"""A trip or visit whose destination names no entity («در سفر به منطقه», «از بخش‌های … بازدید کرد») is
still a trip by its named doer (khabar.stages.event_keep, Candidate.destined); one told with no destination
at all is not kept. Our own sentences."""

from __future__ import annotations

import pytest

from events_helpers import consults


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

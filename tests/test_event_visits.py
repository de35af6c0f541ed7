"""Visits, trips and talks (CONSULT): who goes where, when two trips are one, and whose a quoted talk is."""

from __future__ import annotations

import pytest

from events_helpers import brief, events_brief, run_events

DATE = "2017-10-18"


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # a group head («ناظران», «بازرسان», «کارشناسان») before the named country: the country's group visits
        ("ناظران بهداشتی ترکیه هفته گذشته از کشتارگاه‌های برزیل بازدید کردند.",
         [("ترکیه", "e1", "LOC"), ("برزیل", "e2", "LOC")],
         [("CONSULT", "visit", ["e1"], ["e2"], "e2", "هفته گذشته", None, "asserted")]),
        ("بازرسان آژانس انرژی اتمی دیروز از سایت فردو بازدید کردند.",
         [("آژانس انرژی اتمی", "e1", "ORG"), ("فردو", "e2", "LOC")],
         [("CONSULT", "visit", ["e1"], ["e2"], "e2", "دیروز", "2017-10-17", "asserted")]),
        # «سفر Y به کشورش»: Y's trip to the country of the one the clause is about, who hosts it
        ("ولادیمیر پوتین در پایان سفر رجب طیب اردوغان به کشورش گفت: روابط دو کشور خوب است.",
         [("ولادیمیر پوتین", "e1", "PER"), ("رجب طیب اردوغان", "e2", "PER")],
         [("CONSULT", "visit", ["e2"], ["e1"], None, None, None, "asserted")]),
        # «همچنین» opens a further visit: one to people left unnamed is not the named one told again
        ("علی رضایی امروز در بیمارستان از محمد کریمی عیادت کرد. همچنین علی رضایی در همان بیمارستان از شماری از "
         "بیماران عیادت کرد.",
         [("علی رضایی", "e1", "PER"), ("محمد کریمی", "e2", "PER")],
         [("CONSULT", "visit", ["e1"], ["e2"], None, "امروز", "2017-10-18", "asserted"),
          ("CONSULT", "visit", ["e1"], [], None, None, None, "asserted")]),
        # a host left unnamed («مردم شهر … میزبانی کردند»): no visit to anyone named
        ("مردم شهر با شادی از حسن روحانی میزبانی کردند.", [("حسن روحانی", "e1", "PER")], []),
    ],
)
def test_visit_parties(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected


COUNTRIES = [("عراق", "e3", "LOC"), ("سوریه", "e4", "LOC"), ("بغداد", "e5", "LOC"), ("دمشق", "e6", "LOC"),
             ("هیئت اقتصادی لبنان", "e1", "ORG")]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # two capitals of two countries named in the article: two trips, each to its country
        ("روابط عراق و سوریه رو به بهبود است. هیئت اقتصادی لبنان وارد بغداد شد. "
         "هیئت اقتصادی لبنان پس از پایان گفت‌وگوها به دمشق سفر کرد.", [["e3"], ["e4"]]),
        # the country and then its capital: one trip told again
        ("روابط عراق و سوریه رو به بهبود است. هیئت اقتصادی لبنان به سوریه سفر کرد. "
         "هیئت اقتصادی لبنان پس از پایان گفت‌وگوها وارد دمشق شد.", [["e4"]]),
    ],
)
def test_trips_to_two_countries(nlp_bare, text, targets) -> None:
    events = run_events(nlp_bare, text, COUNTRIES, date=DATE)._.events
    assert [e["targets"] for e in events if e["mode"] == "visit"] == targets


SPEAKER = ("حسن لطیفی", "e1", "PER")
GOVERNOR = ("استاندار بصره", "e2", "PER")


@pytest.mark.parametrize(
    "text",
    [
        # a talk going on («در حال مذاکره … هستند») in the third person inside a quote is not the speaker's;
        # its doers («برخی بازرگانان») are unnamed, so no event is told
        "حسن لطیفی گفت: برخی بازرگانان در حال مذاکره با استاندار بصره هستند.",
        "حسن لطیفی توضیح داد: خبرها حاکی از آن است که دو شرکت در حال گفت‌وگو با استاندار بصره بودند.",
    ],
)
def test_talk_going_on_in_quote(nlp_bare, text) -> None:
    assert brief(run_events(nlp_bare, text, [SPEAKER, GOVERNOR], date=DATE)) == []


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # a plural head before the sides («دیدار سران X و Y»): the countries named after it meet
        ("دیدار سران کره شمالی و کره جنوبی در منطقه مرزی برگزار شد.",
         [("کره شمالی", "e1", "LOC"), ("کره جنوبی", "e2", "LOC")],
         [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "asserted")]),
        # the head may carry its title words («وزرای خارجه X و Y»)
        ("دیدار وزرای خارجه ژاپن و چین با تاخیر انجام شد.",
         [("ژاپن", "e1", "LOC"), ("چین", "e2", "LOC")],
         [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "asserted")]),
    ],
)
def test_meeting_of_heads(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected

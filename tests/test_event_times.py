"""Which time expression an event takes (khabar.stages.event_headline, khabar.stages.timex)."""

from __future__ import annotations

import pytest

from events_helpers import hand_entities
from khabar.article import make_doc
from khabar.io.readers import RawArticle
from khabar.stages.events import EventFinder
from khabar.stages.timex import find_times

DATE = "2017-10-18"  # a Wednesday
PEOPLE = [("استاندار گیلان", "e1", "PER"), ("وزیر بهداشت", "e2", "PER"), ("رشت", "e3", "LOC"),
          ("کارخانه چای", "e4", "ORG"), ("وزیر کشور", "e5", "PER")]


@pytest.fixture(scope="module")
def nlp_bare():
    import khabar
    from events_helpers import REPLACED

    return khabar.load(None, exclude=REPLACED)


def _events(nlp, lines: list[str], roles: list[str]) -> list[dict]:
    raw = RawArticle("\n".join(lines), "<test>", line_roles=roles, date=DATE)
    doc = nlp(make_doc(nlp, raw))
    doc._.entities = hand_entities(doc.text, PEOPLE)
    return EventFinder(nlp, "khabar_events")(doc)._.events


def _time(event: dict) -> tuple[str, str | None] | None:
    return (event["time"]["text"], event["time"]["value"]) if event["time"] else None


TITLE = "نگرانی کشاورزان شمال از قیمت برگ سبز"
LEAD_ASK = "استاندار گیلان خواستار خرید تضمینی برگ سبز از کشاورزان شد."
BODY_TODAY = "به گزارش فارس، استاندار گیلان صبح امروز در جمع خبرنگاران گفت: قیمت امسال کافی نیست."
BODY_QUOTED_DAY = "به گزارش فارس، استاندار گیلان گفت: قیمت دیروز اعلام شد و کافی نیست."
BODY_OTHER = "به گزارش فارس، وزیر کشور صبح امروز در جمع خبرنگاران سخن گفت."


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the lead's request has no day; the body's first sentence, naming its actor, gives «صبح امروز»
        ([TITLE, LEAD_ASK, BODY_TODAY], ("صبح امروز", DATE)),
        # a day inside the body's quote is what was said, not when: no date
        ([TITLE, LEAD_ASK, BODY_QUOTED_DAY], None),
        # the body's first sentence is about someone else: no date
        ([TITLE, LEAD_ASK, BODY_OTHER], None),
    ],
)
def test_lead_event_dated_by_body(nlp_bare, lines, expected) -> None:
    events = [e for e in _events(nlp_bare, lines, ["title", "lead", "paragraph"]) if e["sentence"] == 1]
    assert [e["type"] for e in events] == ["REQUEST"]
    assert _time(events[0]) == expected


TITLE_ASK = "استاندار گیلان خواستار خرید تضمینی برگ سبز شد"
LEAD_PLAIN = "خبرگزاری فارس: خرید برگ سبز در استان ادامه دارد."
BODY_AT_VISIT = ("به گزارش فارس، استاندار گیلان عصر دوشنبه در بازدید از کارخانه چای در رشت اظهار کرد: "
                 "قیمت امسال کافی نیست.")
BODY_AFTER_TRIP = ("به گزارش فارس، استاندار گیلان که روز دوشنبه به رشت سفر کرده بود، "
                   "این سخنان را گفت.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # words said during a visit («در بازدید از X اظهار کرد») share the visit's day
        (BODY_AT_VISIT, ("عصر دوشنبه", "2017-10-16")),
        # a trip's day is its arrival, not the day of the words: no date
        (BODY_AFTER_TRIP, None),
    ],
)
def test_statement_at_a_visit_takes_its_day(nlp_bare, body, expected) -> None:
    events = [e for e in _events(nlp_bare, [TITLE_ASK, LEAD_PLAIN, body], ["title", "lead", "paragraph"])
              if e["sentence"] == 0]
    assert [e["type"] for e in events] == ["REQUEST"]
    assert _time(events[0]) == expected


@pytest.mark.parametrize(
    ("sentence", "times"),
    [
        ("وزیر از بیمارستان ۱۷ شهریور رشت بازدید کرد.", []),  # a hospital named after a day: no time
        ("تجمع در میدان 15 خرداد برگزار شد.", []),  # a square named after a day
        ("مسابقه در ورزشگاه ۲۲ بهمن انجام شد.", []),  # a stadium named after a day
        ("وزیر روز ۱۷ شهریور از بیمارستان بازدید کرد.", ["روز ۱۷ شهریور"]),  # a day before the place stays
        ("بیمارستان در ۱۷ شهریور افتتاح شد.", ["۱۷ شهریور"]),  # «در» between: the date is a time
    ],
)
def test_place_named_after_a_day(sentence: str, times: list[str]) -> None:
    assert [t.text for t in find_times(sentence)] == times


SESSION_TOLD = "عصر دیروز نشست شورای شهر رشت در ساختمان شورا برگزار شد."
SESSION_TOLD_LATE = "نشست شورای شهر رشت عصر دیروز در ساختمان شورا برگزار شد."
SESSION_ATTENDED = "در این نشست که با حضور استاندار گیلان و وزیر بهداشت برگزار شد، طرح‌های شهری بررسی شد."


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # the sentence before tells «عصر دیروز نشست …» with no party: «این نشست» is that one, dated so
        (SESSION_TOLD, ("عصر دیروز", "2017-10-17")),
        # a time not right before the noun may date another part of that sentence: left alone
        (SESSION_TOLD_LATE, None),
    ],
)
def test_this_session_dated_by_the_sentence_before(nlp_bare, first, expected) -> None:
    from events_helpers import run_events

    events = run_events(nlp_bare, f"{first} {SESSION_ATTENDED}", PEOPLE, date=DATE)._.events
    assert [(e["type"], e["sentence"]) for e in events] == [("CONSULT", 1)]
    assert _time(events[0]) == expected


LEAD_SPEECH = "استاندار گیلان در دو سخنرانی جداگانه در جمع کشاورزان از وزیر بهداشت انتقاد کرد."
BODY_NAME_IN_MARKS = ("به گزارش فارس، «استاندار گیلان» روز دوشنبه در دو نشست جداگانه سخنانی ایراد کرد که "
                      "بازتاب زیادی داشت.")
BODY_LONG_QUOTE = ("به گزارش فارس، استاندار گیلان گفت «وزیر بهداشت روز دوشنبه به ما قول داده بود اما عمل نکرد» "
                   "و این را تکرار کرد.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a name set off in «…» opens no quote: the day after it is when the actor spoke
        (BODY_NAME_IN_MARKS, ("روز دوشنبه", "2017-10-16")),
        # a day inside a long «…» is what was said: no date
        (BODY_LONG_QUOTE, None),
    ],
)
def test_name_in_guillemets_is_no_quote(nlp_bare, body, expected) -> None:
    events = [e for e in _events(nlp_bare, [TITLE, LEAD_SPEECH, body], ["title", "lead", "paragraph"])
              if e["sentence"] == 1]
    assert [e["type"] for e in events] == ["ACCUSE"]
    assert _time(events[0]) == expected


def test_title_of_joined_headlines() -> None:
    from khabar.stages.structure import find_structure

    # several headlines joined by «/», long as a whole (over 20 words), each short: still the title
    title = ("قیمت برگ سبز امسال برای کشاورزان شمال کشور کافی نیست/ خرید تضمینی باید زودتر آغاز شود/ "
             "کارخانه‌های چای استان نیاز به نوسازی دارند")
    text = "\n".join([title, LEAD_ASK, BODY_TODAY])
    s = find_structure(text)
    assert s.title is not None and s.title.text == title
    assert s.lead is not None and s.lead.text == LEAD_ASK


PLOT = "پلیس از کشف طرح ترور وزیر کشور در رشت خبر داد."


@pytest.mark.parametrize(
    ("later", "expected", "modality"),
    [
        # «این طرح» is the plotted killing; the day it was to be carried out dates it, still to come: planned
        ("قرار بود این طرح در روز ۲۸ مهر اجرا شود.", ("روز ۲۸ مهر", "2017-10-20"), "planned"),
        # the day stands in another clause than «این طرح»: left alone
        ("این طرح کشف شد، و پلیس روز ۲۸ مهر گزارش داد.", None, "asserted"),
    ],
)
def test_plotted_act_dated_by_this_plan(nlp_bare, later, expected, modality) -> None:
    from events_helpers import run_events

    events = run_events(nlp_bare, f"{PLOT} {later}", PEOPLE + [("پلیس", "e6", "ORG")], date=DATE)._.events
    assert [(e["type"], e["sentence"]) for e in events] == [("ASSAULT", 0)]
    assert (_time(events[0]), events[0]["modality"]) == (expected, modality)


def test_lead_event_takes_the_day_not_the_place(nlp_bare) -> None:
    # the body's first sentence dates the lead's meeting, but its «در رشت» is where the telling was
    lead = "استاندار گیلان با وزیر بهداشت درباره قیمت برگ سبز دیدار کرد."
    body = "به گزارش فارس، استاندار گیلان صبح امروز در رشت به خبرنگاران گفت که گفت‌وگو مفید بود."
    events = [e for e in _events(nlp_bare, [TITLE, lead, body], ["title", "lead", "paragraph"]) if e["sentence"] == 1]
    assert [(e["type"], _time(e), e["place"]) for e in events] == [("CONSULT", ("صبح امروز", DATE), None)]


VISIT_TITLE = "اعضای شورای شهر از کارخانه چای بازدید کردند"
VISIT_LEAD = "خبرگزاری فارس: خرید برگ سبز در استان ادامه دارد."
VISITORS = PEOPLE + [("اعضای شورای شهر", "e6", "ORG"), ("نمایندگان شورای شهر", "e7", "ORG"),
                     ("انبار چای", "e8", "ORG")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the body tells the title's visit again («بازدید کردند»), its doers in other words: its day dates it
        ("به گزارش فارس، نمایندگان شورای شهر صبح امروز از انبار چای در رشت بازدید کردند.", ("صبح امروز", DATE)),
        # the body's day is a meeting's, another kind of act by others: no date
        ("به گزارش فارس، نمایندگان شورای شهر صبح امروز با وزیر کشور دیدار کردند.", None),
        # the body's day is when the visit was told («گفتند»), not the visit's own: no date
        ("به گزارش فارس، نمایندگان شورای شهر صبح امروز گفتند که هفته گذشته از انبار چای بازدید کردند.", None),
        ("به گزارش فارس، نمایندگان شورای شهر صبح امروز با وزیر کشور دیدار کردند.", None),
    ],
)
def test_title_visit_dated_by_its_retelling(nlp_bare, body, expected) -> None:
    raw = RawArticle("\n".join([VISIT_TITLE, VISIT_LEAD, body]), "<test>",
                     line_roles=["title", "lead", "paragraph"], date=DATE)
    doc = nlp_bare(make_doc(nlp_bare, raw))
    doc._.entities = hand_entities(doc.text, VISITORS)
    events = [e for e in EventFinder(nlp_bare, "khabar_events")(doc)._.events if e["sentence"] == 0]
    assert [e["type"] for e in events] == ["CONSULT"]
    assert _time(events[0]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # «X امروز در اعتراض به Y …»: the protest told by the phrase alone takes the day before it
        ("استاندار گیلان امروز در اعتراض به وزیر کشور جلسه را ترک کرد.", ("امروز", DATE)),
        # a comma between the day and the phrase: the day is another clause's
        ("استاندار گیلان که امروز به رشت رسید، در اعتراض به وزیر کشور جلسه را ترک کرد.", None),
    ],
)
def test_protest_phrase_takes_the_day_before_it(nlp_bare, sentence, expected) -> None:
    from events_helpers import run_events

    events = run_events(nlp_bare, sentence, PEOPLE, date=DATE)._.events
    protests = [e for e in events if e["type"] == "PROTEST"]
    assert len(protests) == 1
    assert _time(protests[0]) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # a noun event in an adverbial phrase («در پی حمله به X») does not cut the main verb off its time
        ("وزیر بهداشت روز دوشنبه در پی حمله به کارخانه چای از استاندار گیلان انتقاد کرد.", "انتقاد کرد",
         ("روز دوشنبه", "2017-10-16")),
        # … nor one told as what came before it («به دنبال دیدار با Y»)
        ("وزیر بهداشت روز دوشنبه به دنبال دیدار با وزیر کشور از استاندار گیلان انتقاد کرد.", "انتقاد کرد",
         ("روز دوشنبه", "2017-10-16")),
        # … nor a purpose («به منظور دیدار با Y … سفر کرد»): a vague time is kept, with no value
        ("وزیر کشور هفته گذشته به منظور دیدار با استاندار گیلان به رشت سفر کرد.", "سفر کرد",
         ("هفته گذشته", None)),
    ],
)
def test_time_before_a_noun_event_dates_the_verb(nlp_bare, sentence, trigger, expected) -> None:
    from events_helpers import run_events

    events = run_events(nlp_bare, sentence, PEOPLE, date=DATE)._.events
    (event,) = [e for e in events if e["trigger"] == trigger]
    assert _time(event) == expected


TRIP_PLACES = [*PEOPLE, ("تهران", "e6", "LOC"), ("مشهد", "e7", "LOC")]


@pytest.mark.parametrize(
    "sentence",
    [
        "منابع خبری در رشت از سفر وزیر کشور به تهران خبر دادند.",  # where the sources are, not the trip
        "وزیر کشور در مشهد به سفر خود به تهران اشاره کرد.",  # where he spoke of it
        "خبرنگاران در رشت شاهد سفر وزیر کشور به تهران بودند.",  # where the onlookers were
    ],
)
def test_trip_takes_place_at_its_destination(nlp_bare, sentence) -> None:
    from events_helpers import run_events

    events = run_events(nlp_bare, sentence, TRIP_PLACES, date=DATE)._.events
    (trip,) = [e for e in events if e["trigger"] == "سفر"]
    assert trip["place"] == "e6"


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # «حمله روز دوشنبه»: the day the noun governs dates the attack, not «هفته گذشته» before it
        ("وزیر بهداشت در هفته گذشته بارها از حمله روز دوشنبه وزیر کشور به استاندار گیلان انتقاد کرد.",
         "حمله", ("روز دوشنبه", "2017-10-16")),
        # «دیدار روز دوشنبه»: the same past a vague «سال گذشته» earlier in the clause
        ("استاندار گیلان با اشاره به اتفاقات سال گذشته، دیدار روز دوشنبه وزیر کشور با وزیر بهداشت را "
         "مثبت دانست.", "دیدار", ("روز دوشنبه", "2017-10-16")),
        # «سفر روز دوشنبه»: the trip's own day, not the week the sources spoke in
        ("خبرنگاران هفته گذشته از سفر روز دوشنبه وزیر کشور به رشت خبر دادند.", "سفر",
         ("روز دوشنبه", "2017-10-16")),
    ],
)
def test_time_right_after_a_noun_event_dates_it(nlp_bare, sentence, trigger, expected) -> None:
    from events_helpers import run_events

    events = run_events(nlp_bare, sentence, PEOPLE, date=DATE)._.events
    (event,) = [e for e in events if e["trigger"] == trigger]
    assert _time(event) == expected

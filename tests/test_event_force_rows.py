"""Force, protest and sanction rows added in session 34 (data/event_triggers.tsv) and the direct object of a
force verb when the object is an unnamed, counted or indefinite noun (khabar.stages.event_object). Entities
are given by hand, as in tests/test_events.py; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

WORKERS = ("کارگران کارخانه نساجی یزد", "e1", "ORG")
GOVERNMENT = ("دولت", "e2", "ORG")
TURKISH_ARMY = ("ارتش ترکیه", "e3", "ORG")
POLICE = ("پلیس کرمان", "e4", "ORG")
SWEDEN = ("سوئد", "e5", "LOC")
ISRAEL = ("رژیم صهیونیستی", "e6", "LOC")
COUNCIL = ("شورای نگهبان", "e7", "ORG")
PARTY = ("حزب آزادی", "e8", "ORG")
REBELS = ("شورشیان", "e9", "ORG")
SOLDIERS = ("نیروهای ارتش مالی", "e10", "ORG")
CITIZEN = ("یکی از اتباع کانادا", "e11", "PER")
CANADA = ("کانادا", "e12", "LOC")
TAXI = ("راننده تاکسی", "e13", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X علیه Y راهپیمایی کردند»: a march with its light verb is a protest against Y
            "کارگران کارخانه نساجی یزد دیروز علیه دولت راهپیمایی کردند.",
            [WORKERS, GOVERNMENT],
            [("PROTEST", "demonstrate", ["e1"], ["e2"], None, "دیروز", "2019-05-11", "asserted")],
        ),
        (  # guard: the noun alone («در راهپیمایی روز X») names a yearly rally, no protest by the speaker
            "دولت در راهپیمایی روز کارگر از مردم تشکر کرد.",
            [GOVERNMENT],
            [],
        ),
        (  # «نیروهای X در مرز Y مستقر شدند»: the forces deploy, told intransitively; they are the actor
            "نیروهای ارتش ترکیه در مرز سوریه مستقر شدند.",
            [TURKISH_ARMY],
            [("MOBILIZE", "troops", ["e3"], [], None, None, None, "asserted")],
        ),
        (  # guard: «نیروهای مستقر در …» only describes where forces are
            "ارتش ترکیه گفت نیروهای مستقر در مرز آماده‌اند.",
            [TURKISH_ARMY],
            [],
        ),
        (  # «سفیر خود را از X فرابخواند»: the subjunctive of «فراخواند»
            "رژیم صهیونیستی تصمیم گرفت سفیر خود را از سوئد فرابخواند.",
            [ISRAEL, SWEDEN],
            [("SANCTION", "withdraw", ["e6"], ["e5"], None, None, None, "asserted")],
        ),
        (  # the perfect «فراخوانده است» (spaced) read off «فراخواند»: a row «فراخوانده» (verb) hid it (review)
            "رژیم صهیونیستی سفیر خود را از سوئد فراخوانده است.",
            [ISRAEL, SWEDEN],
            [("SANCTION", "withdraw", ["e6"], ["e5"], None, None, None, "asserted")],
        ),
        (  # the past perfect «فراخوانده بود», likewise
            "رژیم صهیونیستی سفیر خود را از سوئد فراخوانده بود.",
            [ISRAEL, SWEDEN],
            [("SANCTION", "withdraw", ["e6"], ["e5"], None, None, None, "asserted")],
        ),
        (  # «مصادره اراضی X توسط Y»: a confiscation noun, its doer after «توسط»
            "مصادره اراضی حزب آزادی توسط شورای نگهبان آغاز شد.",
            [COUNCIL, PARTY],
            [("COERCE", "confiscate", ["e7"], ["e8"], None, None, None, "asserted")],
        ),
        (  # «X … Y را به اسارت گرفتند»: captives taken
            "شورشیان شماری از نیروهای ارتش مالی را به اسارت گرفتند.",
            [REBELS, SOLDIERS],
            [("COERCE", "seize", ["e9"], ["e10"], None, None, None, "asserted")],
        ),
    ],
)
def test_force_rows(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X دو سارق را دستگیر کردند»: a number word opens the object as a digit does; the police are the doer
            "ماموران پلیس کرمان دو سارق را دستگیر کردند.",
            [POLICE],
            [("COERCE", "arrest", ["e4"], [], None, None, None, "asserted")],
        ),
        (  # «X راننده‌ای را مضروب کرد»: the object is the indefinite noun alone; the one named before it is the
            # subject, not the one beaten (an attack on no named party is dropped)
            "یکی از اتباع کانادا راننده‌ای را مضروب کرد.",
            [CITIZEN, CANADA],
            [],
        ),
        (  # the indefinite object alone: the police before it arrest, they are not the arrested (the row above
            # gives [] with or without the indefinite reading; this one tells them apart)
            "به گزارش ایرنا، ماموران پلیس کرمان راننده‌ای را دستگیر کردند.",
            [POLICE],
            [("COERCE", "arrest", ["e4"], [], None, None, None, "asserted")],
        ),
        (  # guard: a relational adjective in «‌ای» («منطقه‌ای») after a plain noun is no indefinite object; the
            # object goes on to the named party before «و» (review of session 34: the sanction was lost)
            "دولت سوئد مقامات رژیم صهیونیستی و نهادهای منطقه‌ای را تحریم کرد.",
            [("دولت سوئد", "e5", "ORG"), ISRAEL],
            [("SANCTION", None, ["e5"], ["e6"], None, None, None, "asserted")],
        ),
        (  # guard: a count after «و» is a second member of the object, which goes on to the party before it
            "ماموران پلیس کرمان اعضای گروه شورشیان و دو همدست آنها را دستگیر کردند.",
            [POLICE, REBELS],
            [("COERCE", "arrest", ["e4"], ["e9"], None, None, None, "asserted")],
        ),
        (  # guard: a count after a verb's «و» opens an object of its own: the police before «را صادر کرده» are
            # not the ones released (a count after any «و» read on to them: a false release)
            "دادستانی کرمان دستور بازداشت ۷ تن از ماموران پلیس را صادر کرده و ۵ نفر دیگر را آزاد کرد.",
            [("دادستانی کرمان", "e1", "ORG"), ("پلیس", "e4", "ORG")],
            [],
        ),
        (  # guard: a named object right before «را» is still the one beaten
            "یکی از اتباع کانادا راننده تاکسی را مضروب کرد.",
            [CITIZEN, CANADA, TAXI],
            [("ASSAULT", "beat", ["e11"], ["e13"], None, None, None, "asserted")],
        ),
    ],
)
def test_unnamed_objects(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

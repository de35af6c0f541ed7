"""Meetings and visits (CONSULT) whose parties the general rules missed: companions, quoted names, media offices."""

from __future__ import annotations

import pytest

from events_helpers import consults, events_brief

DATE = "2018-04-22"


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # «X به همراه Y … بازدید کرد»: the companion visits too
        ("شهردار تبریز به همراه معاون وزیر کشور دیروز از بیمارستان امام بازدید کرد.",
         [("شهردار تبریز", "e1", "PER"), ("معاون وزیر کشور", "e2", "PER"), ("بیمارستان امام", "e3", "ORG")],
         [("CONSULT", "visit", ["e1", "e2"], ["e3"], None, "دیروز", "2018-04-21", "asserted")]),
        # «X به اتفاق Y»: the same with another phrase
        ("استاندار فارس به اتفاق نماینده مردم مرودشت از کارخانه قند بازدید کرد.",
         [("استاندار فارس", "e1", "PER"), ("نماینده مردم مرودشت", "e2", "PER"), ("کارخانه قند", "e3", "ORG")],
         [("CONSULT", "visit", ["e1", "e2"], ["e3"], None, None, None, "asserted")]),
        # «دیدار «X» … با «Y»»: the genitive and the partner both in quote marks
        ("قیمت نفت پس از دیدار «علی رضایی» وزیر نیرو با «کریم احمدی» همتای عراقی‌اش کاهش یافت.",
         [("علی رضایی", "e1", "PER"), ("کریم احمدی", "e2", "PER")],
         [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "asserted")]),
        # a visit to a news agency's office is a visit, not an interview
        ("مدیرکل ارشاد همدان به مناسبت روز خبرنگار از دفتر خبرگزاری ایرنا بازدید کرد.",
         [("مدیرکل ارشاد همدان", "e1", "PER"), ("خبرگزاری ایرنا", "e2", "ORG")],
         [("CONSULT", "visit", ["e1"], ["e2"], None, None, None, "asserted")]),
        # «X و Y به بحث و تبادل نظر پرداختند»: the pair of nouns is one act of talking
        ("علی اکبری و جان اسمیت عصر دیروز به بحث و تبادل نظر پرداختند.",
         [("علی اکبری", "e1", "PER"), ("جان اسمیت", "e2", "PER")],
         [("CONSULT", "meeting", ["e1"], ["e2"], None, "عصر دیروز", "2018-04-21", "asserted")]),
        # «گروه‌های سیاسی X»: a plural head before the named country stands for the subject
        ("گروه‌های سیاسی لبنان و مقامات فرانسوی درباره دولت آینده به تبادل نظر پرداختند.",
         [("لبنان", "e1", "LOC"), ("مقامات فرانسوی", "e2", "ORG")],
         [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "asserted")]),
        # «حضور X در Y» in a title: X went to Y (a noun only: «حضور داشت» is being there)
        ("حضور وزیر بهداشت در بیمارستان سینا",
         [("وزیر بهداشت", "e1", "PER"), ("بیمارستان سینا", "e2", "ORG")],
         [("CONSULT", "visit", ["e1"], ["e2"], None, None, None, "asserted")]),
        # «در خصوص حضور X در Y»: the visit the speaker speaks of
        ("رضا کاظمی در خصوص حضور نماینده یونیسف در کمیسیون بهداشت مجلس توضیح داد.",
         [("رضا کاظمی", "e1", "PER"), ("نماینده یونیسف", "e2", "PER"), ("کمیسیون بهداشت مجلس", "e3", "ORG")],
         [("CONSULT", "visit", ["e2"], ["e3"], None, None, None, "asserted")]),
        # «X با ابلاغ سلام Y به Z»: the envoy X conveys Y's greetings to Z
        ("سفیر ونزوئلا با ابلاغ سلام گرم نیکلاس مادورو به حسن روحانی بر گسترش روابط تاکید کرد.",
         [("سفیر ونزوئلا", "e1", "PER"), ("نیکلاس مادورو", "e2", "PER"), ("حسن روحانی", "e3", "PER")],
         [("CONSULT", "message", ["e1"], ["e3"], None, None, None, "asserted")]),
        # «عیادت» of people the article does not name («تعدادی از مجروحان»): the sick visit still happened
        ("استاندار تهران امروز در این بیمارستان از تعدادی از مجروحان حادثه عیادت کرد.",
         [("استاندار تهران", "e1", "PER")],
         [("CONSULT", "visit", ["e1"], [], None, "امروز", "2018-04-22", "asserted")]),
        # «X به منظور شرکت در نشست …»: taking part told by the noun, the subject (and companion) its actors
        ("وزیر کشور به همراه استاندار تهران به منظور شرکت در نشست جهانی شهرها تهران را ترک کردند.",
         [("وزیر کشور", "e1", "PER"), ("استاندار تهران", "e2", "PER"), ("تهران", "e3", "LOC")],
         [("CONSULT", "multilateral", ["e1", "e2"], [], None, None, None, "asserted")]),
        # «X ضمن شرکت در اجلاس Y»: the body after the noun is the target, not the one taking part
        ("علی لاریجانی ضمن شرکت در اجلاس سازمان همکاری اسلامی با وزیر خارجه ترکیه دیدار کرد.",
         [("علی لاریجانی", "e1", "PER"), ("سازمان همکاری اسلامی", "e2", "ORG"), ("وزیر خارجه ترکیه", "e3", "PER")],
         [("CONSULT", "multilateral", ["e1"], ["e2"], None, None, None, "asserted"),
          ("CONSULT", "meeting", ["e1"], ["e3"], None, None, None, "asserted")]),
        # «X به دیدار Y رفت»: the subject goes to meet Y (Y is whom he meets, not the one who meets)
        ("وزیر نیرو صبح امروز به دیدار سفیر ژاپن رفت.",
         [("وزیر نیرو", "e1", "PER"), ("سفیر ژاپن", "e2", "PER")],
         [("CONSULT", "meeting", ["e1"], ["e2"], None, "صبح امروز", "2018-04-22", "asserted")]),
        # «X پیامی برای Y فرستاد»: the plain verb of sending a message
        ("رئیس مجلس پیامی برای رئیس پارلمان عراق فرستاد.",
         [("رئیس مجلس", "e1", "PER"), ("رئیس پارلمان عراق", "e2", "PER")],
         [("CONSULT", "message", ["e1"], ["e2"], None, None, None, "asserted")]),
        # «X بعد از مذاکره با Y …»: a talk noun after «بعد از» with no genitive is the clause subject's
        ("علی رضایی بعد از مذاکره با باشگاه استقلال به تیم سپاهان پیوست.",
         [("علی رضایی", "e1", "PER"), ("باشگاه استقلال", "e2", "ORG"), ("تیم سپاهان", "e3", "ORG")],
         [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "asserted")]),
        # «X پس از گفت‌وگو با Y گفت»: the same after «پس از», the subject before a colon
        ("وزیر خارجه ژاپن پس از گفت‌وگو با همتای چینی خود گفت: روابط خوب است.",
         [("وزیر خارجه ژاپن", "e1", "PER"), ("همتای چینی", "e2", "PER")],
         [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "asserted")]),
        # «X … پس از دیدار و گفت‌وگو با Y …»: two nouns of one meeting share «پس از» and the subject
        ("وزیر خارجه ژاپن امروز پس از دیدار و گفت‌وگو با وانگ یی در نشست خبری حضور یافت.",
         [("وزیر خارجه ژاپن", "e1", "PER"), ("وانگ یی", "e2", "PER")],
         [("CONSULT", "meeting", ["e1"], ["e2"], None, "امروز", "2018-04-22", "asserted")]),
        # «X گفت: پس از مذاکره با Y …»: inside a quote the speaker before the colon is no party
        ("وزیر خارجه ژاپن گفت: پس از مذاکره با وانگ یی تحریم‌ها لغو نشد.",
         [("وزیر خارجه ژاپن", "e1", "PER"), ("وانگ یی", "e2", "PER")],
         []),
    ],
)
def test_meeting_parties(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «X در سخنانی در برابر کمیسیون Y گفت»: a speech before a council is taking part in its session
        ("حسن موسوی صبح امروز در سخنانی در برابر کمیسیون اقتصادی مجلس گفت: تحریم‌ها ظالمانه است.",
         [("multilateral", ["حسن موسوی"], ["کمیسیون اقتصادی مجلس"])]),
        # «در مقابل شورای Y»: the same
        ("مهدی کاظمی در مقابل شورای شهر کرمان گفت: بودجه کافی نیست.",
         [("multilateral", ["مهدی کاظمی"], ["شورای شهر کرمان"])]),
        # «X در پایان نشست خود … تاکید کرد»: the speaker's own session, no body named
        ("شورای شهر اصفهان دیروز در پایان نشست خود اعلام کرد که شهرداری باید پاسخ دهد.",
         [("multilateral", ["شورای شهر اصفهان"], [])]),
        # «در پایان نشست شورای Y گفت»: the part of the session the speaker spoke at
        ("علی محمدی عصر امروز در پایان نشست شورای اداری استان گیلان گفت: سیل خسارت زیادی زده است.",
         [("multilateral", ["علی محمدی"], ["شورای اداری استان گیلان"])]),
    ],
)
def test_speech_before_council(nlp_rules, text, expected) -> None:
    assert consults(nlp_rules(text)) == expected

"""Trips told by the plain verbs of going and coming in the present or future («X به Y می‌رود»), and talks told
by counsel, letters exchanged and «نشست … با» (CONSULT). Our own sentences."""

from __future__ import annotations

import pytest

from events_helpers import events_brief

DATE = "2019-05-12"


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # «X به Y می‌رود» with a day ahead: a planned trip by the subject to the city
        ("وزیر خارجه ژاپن فردا به تهران می‌رود.",
         [("وزیر خارجه ژاپن", "e1", "PER"), ("تهران", "e2", "LOC")],
         [("CONSULT", "visit", ["e1"], ["e2"], "e2", "فردا", "2019-05-13", "planned")]),
        # «X به Y خواهد آمد»: the future of coming, told from the place reached
        ("رئیس‌جمهور ونزوئلا هفته آینده به تهران خواهد آمد.",
         [("رئیس‌جمهور ونزوئلا", "e1", "PER"), ("تهران", "e2", "LOC")],
         [("CONSULT", "visit", ["e1"], ["e2"], "e2", "هفته آینده", None, "planned")]),
        # a place classifier between «به» and the name («به شهر X») still reaches the place
        ("استاندار فارس فردا به شهر لار می‌رود.",
         [("استاندار فارس", "e1", "PER"), ("لار", "e2", "LOC")],
         [("CONSULT", "visit", ["e1"], ["e2"], "e2", "فردا", "2019-05-13", "planned")]),
        # «به شمار می‌رود»: an idiom of counting, no trip
        ("ایران یکی از بزرگ‌ترین تولیدکنندگان نفت به شمار می‌رود.", [("ایران", "e1", "LOC")], []),
        # going to a club is joining it, no trip
        ("علی رضایی فصل آینده به باشگاه استقلال می‌رود.",
         [("علی رضایی", "e1", "PER"), ("باشگاه استقلال", "e2", "ORG")], []),
        # «به مصاف X می‌رود»: a team goes to face X, no trip to the country
        ("تیم ملی ایران روز شنبه به مصاف پرتغال می‌رود.",
         [("تیم ملی ایران", "e1", "ORG"), ("پرتغال", "e2", "LOC")], []),
        # the third person past stays out (also a player's move), as before
        ("علی رضایی سال گذشته به آلمان رفت.", [("علی رضایی", "e1", "PER"), ("آلمان", "e2", "LOC")], []),
        # «X با Y مشورت کرد»: taking counsel is a talk with the one consulted
        ("وزیر کشور پیش از تصمیم درباره بودجه با رئیس سازمان برنامه مشورت کرد.",
         [("وزیر کشور", "e1", "PER"), ("رئیس سازمان برنامه", "e2", "PER")],
         [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "asserted")]),
        # «X با Y مکاتبه کرد»: letters exchanged are a message
        ("کمیته امداد در ماه گذشته با وزارت کار مکاتبه کرد.",
         [("کمیته امداد", "e1", "ORG"), ("وزارت کار", "e2", "ORG")],
         [("CONSULT", "message", ["e1"], ["e2"], None, "ماه گذشته", None, "asserted")]),
        # «X در نشست با Y گفت»: a session named with whom it was held is a meeting, like «جلسه»
        ("وزیر خارجه ایران دیروز در نشست با همتای ترکیه‌ای خود گفت: روابط خوب است.",
         [("وزیر خارجه ایران", "e1", "PER"), ("همتای ترکیه‌ای", "e2", "PER")],
         [("CONSULT", "meeting", ["e1"], ["e2"], None, "دیروز", "2019-05-11", "asserted")]),
        # «نشست X با Y برگزار شد»: the genitive meets the one after «با»
        ("نشست وزیر نفت با سفیر ژاپن دیروز برگزار شد.",
         [("وزیر نفت", "e1", "PER"), ("سفیر ژاپن", "e2", "PER")],
         [("CONSULT", "meeting", ["e1"], ["e2"], None, "دیروز", "2019-05-11", "asserted")]),
        # a session «با حضور X» names who attends, not whom it was held with: no meeting
        ("نشست هم‌اندیشی اقتصاد با حضور وزیر نفت دیروز برگزار شد.", [("وزیر نفت", "e1", "PER")], []),
        # «نشست خبری مشترک با Y»: a press conference given with Y is no meeting of the two
        ("وزیر خارجه ایران دیروز در نشست خبری مشترک با همتای ترکیه‌ای خود گفت: روابط خوب است.",
         [("وزیر خارجه ایران", "e1", "PER"), ("همتای ترکیه‌ای", "e2", "PER")], []),
        # a press conference names no party
        ("علی رضایی در نشست خبری با حضور خبرنگاران گفت: روابط خوب است.", [("علی رضایی", "e1", "PER")], []),
    ],
)
def test_going_and_talks(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected

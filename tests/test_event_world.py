"""Event rules for world and politics news (session 18, sentences we wrote).

Entities are given by hand (surface, entity id, label), so only the event rules are under test.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief
from khabar.stages.event_sessions import session_events
from test_events_in_quotes import run

BELARUS = ("بلاروس", "w1", "LOC")
POLAND = ("لهستان", "w2", "LOC")
IRAN = ("ایران", "w4", "LOC")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «از طریق X»: by way of X; wanting to reach a market through a neighbour asks nothing of it
            "بلاروس می‌خواهد از طریق لهستان به بازار اروپا راه پیدا کند.",
            [BELARUS, POLAND],
            [],
        ),
        (  # «از طریق X» again: sending word through a go-between asks nothing of it
            "ایران می‌خواهد از طریق عمان پیام خود را به واشنگتن برساند.",
            [IRAN, ("عمان", "w8", "LOC"), ("واشنگتن", "w9", "LOC")],
            [],
        ),
        (  # «X تهدیدی برای Y»: describing a danger to something is no threat made to anyone
            "فرمانده ناوگان آمریکا گفت ایران بزرگترین تهدید برای امنیت منطقه به شمار می‌آید.",
            [("فرمانده ناوگان آمریکا", "w7", "PER"), IRAN],
            [],
        ),
        (  # the same with an adjective between: «تهدید جدی برای …»
            "به گفته فرمانده ناوگان آمریکا، ایران تهدید جدی برای کشتیرانی به حساب می‌آید.",
            [("فرمانده ناوگان آمریکا", "w7", "PER"), IRAN],
            [],
        ),
        (  # «با انتقاد از طرح‌های مالیاتی X»: criticising a party's plans, named two words on, accuses the party
            "سخنگوی حزب با انتقاد از طرح‌های مالیاتی دولت گفت: مردم زیر فشارند.",
            [("سخنگوی حزب", "w10", "PER"), ("دولت", "w11", "ORG")],
            [("ACCUSE", "verbal", ["w10"], ["w11"], None, None, None, "asserted")],
        ),
        (  # «از X می‌خواهیم که …»: the speaker's own request, in the first person, asks the body after «از»
            "رئیس اتاق بازرگانی گفت: از بانک مرکزی می‌خواهیم که نرخ سود را کاهش دهد.",
            [("رئیس اتاق بازرگانی", "w12", "PER"), ("بانک مرکزی", "w13", "ORG")],
            [("REQUEST", None, ["w12"], ["w13"], None, None, None, "asserted")],
        ),
        (  # the singular and the past: «از X خواستم …»
            "سفیر ایران افزود: از دولت میزبان خواستم امنیت زائران را تأمین کند.",
            [("سفیر ایران", "w14", "PER"), ("دولت میزبان", "w15", "ORG")],
            [("REQUEST", None, ["w14"], ["w15"], None, None, None, "asserted")],
        ),
        (  # «سفر X بازگرداندن اعتماد … به Y»: «به Y» after an infinitive is the infinitive's, not the trip's goal
            "وزیر خارجه گفت: یکی از دلایل سفر پمپئو بازگرداندن اعتماد متحدان عرب به آمریکا است.",
            [("وزیر خارجه", "w16", "PER"), ("پمپئو", "w17", "PER"), ("آمریکا", "w18", "LOC")],
            [],
        ),
        (  # a press digest whose items the splitter left in one sentence: the killing in the second item has no
            # doer named in it; the country that opens the item before is no subject of it
            "روزنامه گاردین:\n-\tکانادا از اعزام نیرو به مالی خبر داد\n-\tشورشیان ۱۲ سرباز ارتش مالی را کشتند\n"
            "-\tبحران تازه در پارلمان ژاپن\n",
            [("کانادا", "w19", "LOC"), ("مالی", "w20", "LOC"), ("ارتش مالی", "w21", "ORG"), ("پارلمان ژاپن", "w22", "ORG")],
            [("ASSAULT", None, [], ["w21"], None, None, None, "asserted")],
        ),
        (  # «با X مذاکراتی انجام داد»: talks told as the object of a support verb; the subject held them with X
            "معاون وزیر خارجه ژاپن دیروز با نماینده سازمان ملل مذاکراتی انجام داد.",
            [("معاون وزیر خارجه ژاپن", "w23", "PER"), ("نماینده سازمان ملل", "w24", "PER")],
            [("CONSULT", "meeting", ["w23"], ["w24"], None, "دیروز", "2019-05-11", "asserted")],
        ),
        (  # «گفت‌وگوهایی را با X آغاز کردند»: two parties start talks with a third; the phrase before the verb names it
            "هلند و بلژیک گفت‌وگوهایی را با اتحادیه آفریقا آغاز کردند.",
            [("هلند", "w25", "LOC"), ("بلژیک", "w26", "LOC"), ("اتحادیه آفریقا", "w27", "ORG")],
            [("CONSULT", "meeting", ["w25", "w26"], ["w27"], None, None, None, "asserted")],
        ),
        (  # «تحریم‌هایی علیه X وضع کرد»: sanctions imposed by the subject on the party after «علیه»
            "نروژ تحریم‌های تازه‌ای را علیه بلاروس وضع کرد.",
            [("نروژ", "w28", "LOC"), ("بلاروس", "w1", "LOC")],
            [("SANCTION", None, ["w28"], ["w1"], None, None, None, "asserted")],
        ),
        (  # a sentence adverb («البته») opens the clause: the country after it is the subject that warned
            "البته نروژ در هفته‌های گذشته به بلاروس درباره پیامدهای این تصمیم هشدار داده است.",
            [("نروژ", "w28", "LOC"), ("بلاروس", "w1", "LOC")],
            [("THREATEN", None, ["w28"], ["w1"], None, None, None, "asserted")],
        ),
        (  # «X می‌گوید Y … حمله کرده‌اند»: a present-tense reporting verb with a bare clause; the speaker is no attacker
            "سخنگوی ناتو می‌گوید شورشیان به پایگاه ارتش مالی حمله کرده‌اند.",
            [("سخنگوی ناتو", "w32", "PER"), ("ارتش مالی", "w21", "ORG")],
            [("ASSAULT", None, [], ["w21"], None, None, None, "asserted")],
        ),
        (  # the perfect without «است» («مدعی شده»): the claimant is not the one who attacked
            "دولت هلند مدعی شده گروهی مسلح به سفارت بلژیک حمله کرده است.",
            [("دولت هلند", "w33", "ORG"), ("سفارت بلژیک", "w34", "ORG")],
            [("ASSAULT", None, [], ["w34"], None, None, None, "asserted")],
        ),
    ],
)
def test_world_rules(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


SPEAKER = ("نماینده کرمان", "e1", "PER")
COUNCIL = ("شورای آب استان", "e5", "ORG")


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # «با اشاره به … در همایش Y»: the session is what the speaker speaks of, five words on
        ("نماینده کرمان با اشاره به سخنان تند مطرح شده در همایش شورای آب استان گفت: سخنان نادرست بود.",
         [SPEAKER, COUNCIL]),
        # «در رابطه با غیبت وزیران در نشست Y»: someone's absence from the session, not the speaker's presence
        ("نماینده کرمان در رابطه با غیبت وزیران در نشست شورای آب استان گفت: دولت باید پاسخ دهد.",
         [SPEAKER, COUNCIL]),
        # «با بیان اینکه در نشست Y …»: the session is inside what the speaker reports
        ("نماینده کرمان با بیان اینکه در نشست شورای آب استان به کشاورزان توجهی نشد، گفت: دولت باید پاسخ دهد.",
         [SPEAKER, COUNCIL]),
    ],
)
def test_session_spoken_of(text, mentions) -> None:
    quote = text.split(": ", 1)[1]
    assert run(text, quote, "e1", mentions, step=session_events) == []


MINISTER = ("وزیر نیرو", "e1", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # «به جای X باید»: instead of X; the body named after «به جای» is not the one who must act
        ("وزیر نیرو گفت: کشورهای ثروتمند به جای سازمان ملل باید هزینه سدها را بپردازند",
         [MINISTER, ("سازمان ملل", "e7", "ORG")], []),
        # «بجای» written as one word
        ("وزیر نیرو گفت: شرکت‌ها بجای شهرداری باید پارک‌ها را نگه دارند",
         [MINISTER, ("شهرداری", "e8", "ORG")], []),
    ],
)
def test_obligation_instead(text, mentions, expected) -> None:
    quote = text.split(": ", 1)[1]
    assert run(text, quote, "e1", mentions) == expected

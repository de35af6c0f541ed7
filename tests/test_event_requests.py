"""Requests told by «X خواستار N … شد» (session 14): the party asked is the one who should do the act N
names (khabar.stages.event_asked), a long demand still reaches its light verb, a negated copula ends it,
the dateline «به گزارش X از Y» names no addressee, and a demand made at a meeting asks its other side.
Entities are given by hand; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «خواستار استعفای Y»: Y is the one asked to resign
            "نماینده شیراز خواستار استعفای وزیر نیرو شد.",
            [("نماینده شیراز", "e1", "PER"), ("وزیر نیرو", "e2", "PER")],
            [("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # one noun under the act: «قطع حملات Y» asks Y to stop its attacks
            "شورای شهر خواستار قطع حملات ترکیه شد.",
            [("شورای شهر", "e1", "ORG"), ("ترکیه", "e2", "LOC")],
            [("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # the doer named inside the demand with «از سوی Y»
            "مصر خواستار کاهش تعرفه‌های واردات از سوی اتحادیه اروپا شد.",
            [("مصر", "e1", "LOC"), ("اتحادیه اروپا", "e2", "ORG")],
            [("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «خواستار آزادی Y»: Y is to be freed, not asked to act (data/patient_nouns.txt)
            "رهبر حزب سبز خواستار آزادی مریم احمدی شد.",
            [("رهبر حزب سبز", "e1", "PER"), ("مریم احمدی", "e2", "PER")],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # a long demand, thirteen words to its «شد», is still a request
            "وزیر کشاورزی خواستار حمایت بیشتر بانک‌ها از کشاورزان خرده‌پا در روستاهای دورافتاده استان‌های "
            "مرزی کشور شد.",
            [("وزیر کشاورزی", "e1", "PER")],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «خواستار … نیست» is a stance, and the «است» of the next clause does not make it a demand
            "وزیر آموزش خواستار تعطیلی مدارس نیست و تصمیم آن با استانداران است.",
            [("وزیر آموزش", "e1", "PER")],
            [],
        ),
        (  # «به گزارش خبرگزاری X از Y»: Y is where the report was filed, not whom the governor asked
            "به گزارش خبرگزاری فارس از تبریز، استاندار آذربایجان شرقی خواستار افزایش بودجه عمرانی شد.",
            [("خبرگزاری فارس", "e1", "ORG"), ("تبریز", "e2", "LOC"), ("استاندار آذربایجان شرقی", "e3", "PER")],
            [("REQUEST", None, ["e3"], [], None, None, None, "asserted")],
        ),
        (  # «از N های X خواست تا …»: before a request clause the addressee may stand a few words after «از»
            "رئیس‌جمهور از دانشگاه‌های شهرهای مرزی ایلام خواست تا ظرفیت پذیرش را افزایش دهند.",
            [("رئیس‌جمهور", "e1", "PER"), ("ایلام", "e2", "LOC")],
            [("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # a demand made in a letter addressed to Y («در نامه‌ای خطاب به Y») asks Y
            "اعضای شورای شهر در نامه‌ای خطاب به استاندار فارس خواستار توقف ساخت برج شدند.",
            [("شورای شهر", "e1", "ORG"), ("استاندار فارس", "e2", "PER")],
            [("CONSULT", "message", ["e1"], ["e2"], None, None, None, "asserted"),
             ("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «نامه‌ای به Y»: the letter noun ends a clause of its own, its address still names whom it asks
            "اتحادیه صنفی نانوایان در نامه‌ای به وزیر کشاورزی خواستار افزایش سهمیه آرد شد.",
            [("اتحادیه صنفی نانوایان", "e1", "ORG"), ("وزیر کشاورزی", "e2", "PER")],
            [("CONSULT", "message", ["e1"], ["e2"], None, None, None, "asserted"),
             ("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # a demand naming no one, made by a side of the meeting told just before, asks the other side
            "استاندار فارس دیروز با سفیر ژاپن دیدار کرد. استاندار فارس در ادامه خواستار گسترش روابط تجاری شد.",
            [("استاندار فارس", "e1", "PER"), ("سفیر ژاپن", "e2", "PER")],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, "دیروز", "2019-05-11", "asserted"),
             ("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «X در دیدار Y خواستار …»: the meeting in the same sentence
            "استاندار فارس در دیدار سفیر ژاپن خواستار گسترش روابط تجاری شد.",
            [("استاندار فارس", "e1", "PER"), ("سفیر ژاپن", "e2", "PER")],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "asserted"),
             ("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # a demand by someone outside the meeting asks no one named
            "استاندار فارس دیروز با سفیر ژاپن دیدار کرد. شهردار شیراز نیز خواستار گسترش روابط تجاری شد.",
            [("استاندار فارس", "e1", "PER"), ("سفیر ژاپن", "e2", "PER"), ("شهردار شیراز", "e3", "PER")],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, "دیروز", "2019-05-11", "asserted"),
             ("REQUEST", None, ["e3"], [], None, None, None, "asserted")],
        ),
        (  # a meeting told three sentences earlier is too far back to be where the demand was made
            "استاندار فارس دیروز با سفیر ژاپن دیدار کرد. او سپس به بوشهر رفت. هفته بعد در تهران سخنرانی کرد. "
            "استاندار فارس خواستار گسترش روابط تجاری شد.",
            [("استاندار فارس", "e1", "PER"), ("سفیر ژاپن", "e2", "PER")],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, "دیروز", "2019-05-11", "asserted"),
             ("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «به گزارش X به نقل از خبرگزاری Y از Z»: a longer dateline; Z is still where the report was filed
            "به گزارش ایسنا به نقل از خبرگزاری رویترز از ژنو، دبیرکل سازمان ملل خواستار آتش‌بس فوری شد.",
            [("ایسنا", "e3", "ORG"), ("خبرگزاری رویترز", "e4", "ORG"), ("ژنو", "e2", "LOC"),
             ("دبیرکل سازمان ملل", "e1", "PER")],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «ضمن حمایت از Y، از Z درخواست کرد»: Y belongs to the side act before the comma; Z is unnamed
            "سفیر سوئد ضمن اعلام حمایت از دولت لبنان، از بانک‌های جهانی درخواست کرد تا وام بدهند.",
            [("سفیر سوئد", "e1", "PER"), ("دولت لبنان", "e2", "ORG")],
            [("SUPPORT", "verbal", ["e1"], ["e2"], None, None, None, "asserted"),
             ("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «خواستار … خواهد شد»: a demand still to be made in talks to come is not told as made
            "وزیر کشاورزی در گفت‌وگوهای هفته بعد خواستار کاهش تعرفه‌های روسیه خواهد شد.",
            [("وزیر کشاورزی", "e1", "PER"), ("روسیه", "e3", "LOC")],
            [],
        ),
    ],
)
def test_demands(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X، Y و Z»: the whole list before «و» is the subject, its first item too
            "برزیل، آرژانتین و شیلی خواستار لغو یارانه‌های کشاورزی از سوی اتحادیه اروپا شدند.",
            [("برزیل", "e1", "LOC"), ("آرژانتین", "e2", "LOC"), ("شیلی", "e3", "LOC"), ("اتحادیه اروپا", "e4", "ORG")],
            [("REQUEST", None, ["e1", "e2", "e3"], ["e4"], None, None, None, "asserted")],
        ),
        (  # a comma with a space before it («X ، Y و Z») still joins the list; «از X خواستند»
            "سوئد ، نروژ و دانمارک از دولت سودان خواستند عاملان این حمله را مجازات کند.",
            [("سوئد", "e1", "LOC"), ("نروژ", "e2", "LOC"), ("دانمارک", "e3", "LOC"), ("دولت سودان", "e4", "ORG")],
            [("REQUEST", None, ["e1", "e2", "e3"], ["e4"], None, None, None, "asserted")],
        ),
        (  # the list subject holds for any verbal act, here a stance of support
            "ژاپن، کره جنوبی و استرالیا از تصمیم دولت هند حمایت کردند.",
            [("ژاپن", "e1", "LOC"), ("کره جنوبی", "e2", "LOC"), ("استرالیا", "e3", "LOC"), ("دولت هند", "e4", "ORG")],
            [("SUPPORT", "verbal", ["e1", "e2", "e3"], ["e4"], None, None, None, "asserted")],
        ),
    ],
)
def test_list_subjects(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «مدیرکل … X»: a head written as one word («مدیرکل», also «مدیر کل») still opens the subject
            "مدیرکل بهزیستی استان گیلان خواستار افزایش سهم این استان از بودجه شد.",
            [("استان گیلان", "e1", "LOC")],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «رئیس‌جمهور X» with the head joined by a ZWNJ: X stands for its president
            "رئیس‌جمهور فرانسه از طرح آتش‌بس سازمان ملل حمایت کرد.",
            [("فرانسه", "e1", "LOC"), ("سازمان ملل", "e2", "ORG")],
            [("SUPPORT", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «قائم‌مقام X»: the same for a deputy
            "قائم‌مقام وزارت نفت عراق دیروز از پالایشگاه آبادان بازدید کرد.",
            [("وزارت نفت عراق", "e1", "ORG"), ("پالایشگاه آبادان", "e2", "ORG")],
            [("CONSULT", "visit", ["e1"], ["e2"], None, "دیروز", "2019-05-11", "asserted")],
        ),
    ],
)
def test_joined_heads(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «می‌خواهد از جمع Y جدا شود»: wants to leave Y; the «از» is «جدا شود»'s, Y is asked nothing
            "مهاجم هلندی گفته بود که می‌خواهد از جمع آژاکس جدا شود.",
            [("مهاجم هلندی", "e1", "PER"), ("آژاکس", "e2", "ORG")],
            [],
        ),
        (  # «می‌خواهد از Y استفاده کند»: a wish to use Y, told with its own subjunctive verb
            "بانک مرکزی می‌خواهد از صندوق توسعه ملی استفاده کند.",
            [("بانک مرکزی", "e1", "ORG"), ("صندوق توسعه ملی", "e2", "ORG")],
            [],
        ),
        (  # «می‌خواهد از Y خارج شود»: wants to leave the country, asks it nothing
            "علی رضایی می‌خواهد از ایران خارج شود.",
            [("علی رضایی", "e1", "PER"), ("ایران", "e2", "LOC")],
            [],
        ),
        (  # control: «از Y می‌خواهد که …» names whom it asks before the verb; still a request
            "وزیر نیرو از شهرداری تهران می‌خواهد که مصرف آب را کم کند.",
            [("وزیر نیرو", "e1", "PER"), ("شهرداری تهران", "e2", "ORG")],
            [("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
    ],
)
def test_wishes(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «خواهان … شدند»: a demand made, like «خواستار … شدند»; Y is the one asked to act
            "کارگران کارخانه خواهان رسیدگی فوری وزارت کار به پرونده‌ها شدند.",
            [("کارگران کارخانه", "e1", "ORG"), ("وزارت کار", "e2", "ORG")],
            [("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «خواهان جذب Y است»: a club's wish to sign a player, no demand made (data/wish_triggers.txt)
            "باشگاه استقلال خواهان جذب علی کریمی است.",
            [("باشگاه استقلال", "e1", "ORG"), ("علی کریمی", "e2", "PER")],
            [],
        ),
        (  # «جمهوری‌خواهان» inside a name is a party's members, no demand
            "نامزد جمهوری خواهان در انتخابات این ایالت پیروز شد.",
            [("جمهوری خواهان", "e1", "ORG")],
            [],
        ),
    ],
)
def test_wanting_word(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «از هم‌وطنان خواست تا …»: an appeal to the public at large asks no party (data/public_addressees.txt)
            "رئیس پلیس راه استان از هم‌وطنان خواست تا در سفرهای نوروزی با احتیاط رانندگی کنند.",
            [("رئیس پلیس راه استان", "e1", "PER")],
            [],
        ),
        (  # «از هواداران خود خواستند که …»: the speakers' own fans, a public, no party named
            "بازیگران مشهور از هواداران خود خواستند که به سیل‌زدگان کمک کنند.",
            [("بازیگران مشهور", "e1", "PER")],
            [],
        ),
        (  # «از همه … درخواست می‌کنیم»: the quantifier before the public noun is stepped over
            "مدیرکل هلال احمر گفت: از همه شهروندان درخواست می‌کنیم که در خانه بمانند.",
            [("مدیرکل هلال احمر", "e1", "PER")],
            [],
        ),
        (  # «از همه دانشجویانی که … درخواست کرده»: the public with a relative clause, the «از» twelve words back
            "سفارت ایران در رم از همه دانشجویان و هموطنانی که قصد سفر به کشور را دارند درخواست کرده است که "
            "نام خود را ثبت کنند.",
            [("سفارت ایران در رم", "e1", "ORG")],
            [],
        ),
        (  # «خواستار مشارکت گسترده مردم … شد»: the act is the public's, an appeal that asks no party
            "دبیرکل حزب خواستار مشارکت گسترده مردم در انتخابات شوراها شد.",
            [("دبیرکل حزب", "e1", "PER")],
            [],
        ),
        (  # «خواستار حضور همه شهروندان … شد»: the quantifier before the public noun is stepped over
            "فرماندار خواستار حضور همه شهروندان در راهپیمایی روز جمعه شد.",
            [("فرماندار", "e1", "PER")],
            [],
        ),
        (  # control: «خواستار آزادی مردم …»: the people are to be freed (data/patient_nouns.txt), the demand kept
            "سازمان عفو بین‌الملل خواستار آزادی مردم بازداشت‌شده در این شهر شد.",
            [("سازمان عفو بین‌الملل", "e1", "ORG")],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # control: «خواستار امنیت مردم …»: a demand made for the public, not an act of it; the demand kept
            "نماینده مجلس خواستار امنیت مردم در شهرهای مرزی شد.",
            [("نماینده مجلس", "e1", "PER")],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # control: «خواستار رفع مشکلات مردم …»: the public's problems to be solved by others; kept
            "امام جمعه شهر خواستار رفع مشکلات مردم روستاهای سیل‌زده شد.",
            [("امام جمعه شهر", "e1", "PER")],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # control: «خواستار حمایت دولت از مردم»: the government's act, not the public's; asks the government
            "نماینده مجلس خواستار حمایت دولت از مردم سیل‌زده شد.",
            [("نماینده مجلس", "e1", "PER"), ("دولت", "e2", "ORG")],
            [("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # control: «از شهروندان X خواست»: a named place's citizens (the city «کابل»), kept as the gold keeps it
            "وزیر بهداشت افغانستان از شهروندان کابل خواست که ماسک بزنند.",
            [("وزیر بهداشت افغانستان", "e1", "PER"), ("کابل", "e2", "LOC")],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # control: «از رسانه‌ها خواست تا …»: the media are a body of the news, not the public; kept
            "رئیس شورای شهر از رسانه‌ها خواست تا درباره طرح تازه اطلاع‌رسانی کنند.",
            [("رئیس شورای شهر", "e1", "PER")],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «با تشکر از مردم خواستار … شد»: the «از» is the thanks' (data/from_nouns.txt), not whom the
            # demand asks: the demand for the prisoners' release stays a REQUEST
            "رئیس‌جمهور با تشکر از مردم خواستار آزادی زندانیان سیاسی شد.",
            [("رئیس‌جمهور", "e1", "PER")],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «با انتقاد از هواداران خواستار برخورد … شد»: the criticism's «از», the demand kept
            "سخنگوی دولت با انتقاد از هواداران خواستار برخورد با مسببان آشوب شد.",
            [("سخنگوی دولت", "e1", "PER")],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «با قدردانی از همه شهروندان خواستار … شد»: the thanks' «از» again, the quantifier too
            "استاندار با قدردانی از همه شهروندان خواستار صرفه‌جویی در مصرف آب شد.",
            [("استاندار", "e1", "PER")],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «با تشکر از مردم خواست که …»: before the verb «خواست» the thanks' «از» names whom it asks too:
            # an appeal to the public, no party
            "فرماندار با تشکر از مردم خواست که در مصرف برق صرفه‌جویی کنند.",
            [("فرماندار", "e1", "PER")],
            [],
        ),
    ],
)
def test_public_appeals(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

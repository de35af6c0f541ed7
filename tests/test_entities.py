"""Entity mentions: titles, names, roles, apposition, places and organizations (rules only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.article import Article
from khabar.evaluate.gold import entity_problems
from khabar.stages.phrases import compact
from stage_helpers import doc_before

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


def entity_named(doc, name):
    return next((e for e in doc._.entities if compact(e["name"]) == compact(name)), None)


@pytest.mark.parametrize(
    ("text", "name", "label", "titles", "roles"),
    [
        # military rank + name + apposed role (ZWNJ lost in «رئیسستاد»)
        ("سرتیپ دوم رضا کاظمی رئیسستاد نیروی زمینی ارتش وارد شد.", "رضا کاظمی", "PER", ["سرتیپ دوم"],
         ["رئیسستاد نیروی زمینی ارتش"]),
        # the bare «رئیس دانشگاه» is the article's university president, a role apposed to his name
        ("دانشجویان دانشگاه ارومیه در خوابگاه آسیب دیدند. دکتر رحیم کاظمی رئیس دانشگاه دستور بررسی داد.",
         "رحیم کاظمی", "PER", ["دکتر"], ["رئیس دانشگاه"]),
        # two stacked titles, clerical
        ("حجت‌الاسلام والمسلمین سید حسن نوری امام جمعه شیراز سخنرانی کرد.", "حسن نوری", "PER",
         ["حجت‌الاسلام والمسلمین", "سید"], ["امام جمعه شیراز"]),
        # civil title, role with a country (and the post of a diplomat: «سفیر ایران [در اسپانیا]», data/posted_heads.txt)
        ("دکتر مریم احمدی سفیر ایران در اسپانیا است.", "مریم احمدی", "PER", ["دکتر"], ["سفیر ایران در اسپانیا"]),
        # a two-word first name in «الله», written with a space («روح الله») or a ZWNJ, then the surname
        ("سید روح‌الله لطیفی سخنگوی گمرک گفت: مرز باز است.", "روح‌الله لطیفی", "PER", ["سید"], ["سخنگوی گمرک"]),
        ("حبیب‌الله نوری فرماندار بم از مردم تشکر کرد.", "حبیب‌الله نوری", "PER", [], ["فرماندار بم"]),
        # role before the name (apposition the other way round)
        ("وزیر دفاع عراق سرلشکر جمال حسن با ما دیدار کرد.", "جمال حسن", "PER", ["سرلشکر"], ["وزیر دفاع عراق"]),
        # the older spelling «رییس» of a role head, and a name in quote marks before its role
        ('"ژان مارتن" رییس جمهور فرانسه گفت: آماده‌ایم.', "ژان مارتن", "PER", [], ["رییس جمهور فرانسه"]),
        # «مسؤول» (the hamza on واو) is the same role head as «مسئول»
        ("علی کاظمی مسؤول روابط عمومی وزارت نفت گفت: آماده‌ایم.", "علی کاظمی", "PER", [],
         ["مسؤول روابط عمومی وزارت نفت"]),
        # an Arabic name with a common-word first name needs «ال…»
        ("سالم الحربی وزیر خارجه کویت گفت: آماده‌ایم.", "سالم الحربی", "PER", [], ["وزیر خارجه کویت"]),
        # a role ends at its country: «اسرائیل» after «ترکیه» is the object, not part of the role
        ("یوسف کمال نخست‌وزیر ترکیه اسرائیل را رژیمی تروریست خواند.", "یوسف کمال", "PER", [], ["نخست‌وزیر ترکیه"]),
        # a deputy named by his portfolio: the whole office is his role, not the minister's
        ("مهدی جمالی معاون عمرانی وزیر کشور گفت: کار ادامه دارد.", "مهدی جمالی", "PER", [], ["معاون عمرانی وزیر کشور"]),
        # a ministry of two fields joined by «و» is one office, not «وزیر امور اقتصاد» cut short
        ("بهرام نیکو، وزیر امور اقتصاد و دارایی، از بانک‌ها گزارش خواست.", "بهرام نیکو", "PER", [],
         ["وزیر امور اقتصاد و دارایی"]),
        # three fields listed with a comma and closed by «و»
        ("مریم رحیمی وزیر تعاون، کار و رفاه اجتماعی به کارگران قول داد.", "مریم رحیمی", "PER", [],
         ["وزیر تعاون، کار و رفاه اجتماعی"]),
        # an unknown name opens its phrase after a preposition: the name before the role is a name too
        ("هیئت ما با یوهان کلبرگ وزیر خارجه اتریش گفتگو کرد.", "یوهان کلبرگ", "PER", [], ["وزیر خارجه اتریش"]),
        ("این پیام از کنجی تاکانو سفیر ژاپن در تهران رسید.", "کنجی تاکانو", "PER", [], ["سفیر ژاپن در تهران"]),
        # after a common noun («سفر», «بازدید») an unknown name before a role is a name when one of its words
        # is a surname or a first name
        ("سفر ابوعمر السعیدی وزیر نفت لیبی به تونس لغو شد.", "ابوعمر السعیدی", "PER", [], ["وزیر نفت لیبی"]),
        ("بازدید شیرکو ساعدپور فرماندار بانه از بازارچه مرزی انجام شد.", "شیرکو ساعدپور", "PER", [], ["فرماندار بانه"]),
    ],
)
def test_person_with_titles_and_roles(nlp_rules, text, name, label, titles, roles):
    ent = entity_named(nlp_rules(text), name)
    assert ent is not None and ent["label"] == label
    assert [compact(t) for t in ent["titles"]] == [compact(t) for t in titles]
    assert [compact(r) for r in roles] == [compact(r) for r in ent["roles"]][: len(roles)]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("ارتش عراق در موصل مستقر شد.", "ارتش عراق", "ORG"),  # org head + country
        ("داعش مسئولیت حمله را پذیرفت.", "داعش", "ORG"),  # general org table
        ("ناوگروه به بندر صلاله رسید.", "بندر صلاله", "LOC"),  # place head + name
        # «شهرستان» completes a county named like a common word («نور»: light) ...
        ("فرماندار شهرستان نور از روستاها بازدید کرد.", "شهرستان نور", "LOC"),
        ("نماینده مردم شهرستان ری سخن گفت.", "ری", "LOC"),  # ... but a known place stays the place alone
        ("ماموران پلیس آگاهی ۹۰ سارق را دستگیر کردند.", "پلیس آگاهی", "ORG"),  # the body without the count
        ("وزیر خارجه جنایات صهیونیست‌ها را محکوم کرد.", "صهیونیست‌ها", "ORG"),  # a side named by its people
        ("حماس هر گونه آتش‌بس با اشغالگران را رد کرد.", "اشغالگران", "ORG"),  # ... or by what it does
        ("ماموران کلانتری ۱۲ اراک دو سارق را دستگیر کردند.", "کلانتری ۱۲ اراک", "ORG"),  # a numbered station
        # a number completes a numbered unit («لشکر ۲۷») inside a role
        ("فرمانده لشکر ۲۷ ارتش از پادگان بازدید کرد.", "فرمانده لشکر ۲۷ ارتش", "PER"),
        ("هیئت ایرانی به جمهوری اسلامی ایران بازگشت.", "ایران", "LOC"),  # country alias → short name
        ("هیئتی از عربستان به نواکشوت سفر کرد.", "نواکشوت", "LOC"),  # a capital from data/capitals.tsv is a place
        ("این نشست صبح سه‌شنبه برگزار شد.", "صبح سه‌شنبه", "TIME"),  # day part + weekday
        ("تورم به 40 درصد رسید.", "40 درصد", "PERCENT"),
        ("قیمت به 80 دلار رسید.", "80 دلار", "MONEY"),
        ("نیروهای ترکیه‌ای وارد خاک سوریه شدند.", "نیروهای ترکیه‌ای", "ORG"),  # forces told by a demonym
        ("گروه‌های مسلح عراقی به پایگاه حمله کردند.", "گروه‌های مسلح عراقی", "ORG"),  # an armed body and its people
        ("نیروهای امنیتی بحرین معترضان را پراکنده کردند.", "نیروهای امنیتی بحرین", "ORG"),  # security forces of a country
        ("نیروهای امنیتی به تظاهرات مردم حمله کردند.", "نیروهای امنیتی", "ORG"),  # ... and alone
        # occupying forces are one side even unnamed («نیروهای اشغالگر»), and with their people's adjective
        ("مردم شهر خروج نیروهای اشغالگر را خواستند.", "نیروهای اشغالگر", "ORG"),
        ("نیروهای اشغالگر انگلیسی از بصره رفتند.", "نیروهای اشغالگر انگلیسی", "ORG"),
        # bodies known by their kind word alone: the customs, a parliament's presiding board
        ("گمرک محموله را پس از دو هفته ترخیص کرد.", "گمرک", "ORG"),
        ("هیئت رئیسه دستور جلسه فردا را تغییر داد.", "هیئت رئیسه", "ORG"),
        # the student bodies as one side, and a national student body by its name
        ("تشکل‌های دانشجویی بیانیه‌ای درباره شهریه دادند.", "تشکل‌های دانشجویی", "ORG"),
        ("جامعه اسلامی دانشجویان از برگزاری نشست خبر داد.", "جامعه اسلامی دانشجویان", "ORG"),
        # the governor, county governor or mayor of the article's own place, bare, is one person
        ("فرماندار از بخش‌های سیل‌زده بازدید کرد.", "فرماندار", "PER"),
        ("امروز صبح استاندار به روستای مرزی رفت.", "استاندار", "PER"),
        ("شهردار طرح تازه ترافیک را به شورا برد.", "شهردار", "PER"),
        # a group of states acting together
        ("کشورهای اروپایی از ایران خواستند که به مذاکرات بازگردد.", "کشورهای اروپایی", "ORG"),
        # a medium named after its kind word: quoted after an epithet, or bare after a press kind
        ("روزنامه انگلیسی «گاردین» نوشت که مذاکرات ادامه دارد.", "گاردین", "ORG"),
        ("پایگاه خبری «المانیتور» از توقف مذاکرات خبر داد.", "المانیتور", "ORG"),
        ("هفته‌نامه اشپیگل نوشت که قیمت‌ها بالا رفت.", "اشپیگل", "ORG"),
        # ... bare after a kind with a medium's epithet («شبکه تلویزیونی», «شبکه خبری»), and after «رادیو»
        ("شبکه تلویزیونی المیادین از درگیری در مرز خبر داد.", "المیادین", "ORG"),
        ("شبکه خبری العالم گزارش داد که دو نفر کشته شدند.", "العالم", "ORG"),
        ("رادیو مونت‌کارلو گفت که مذاکرات به بن‌بست رسیده است.", "مونت‌کارلو", "ORG"),
        # a provincial body: its name runs over plain words up to its province
        ("اداره کل منابع طبیعی و آبخیزداری استان زنجان طرح تازه‌ای دارد.",
         "اداره کل منابع طبیعی و آبخیزداری استان زنجان", "ORG"),
        # ... or up to the article's own province or country left unnamed («استان», «کشور»)
        ("شورای وقف استان گزارش موقوفات را منتشر کرد.", "شورای وقف استان", "ORG"),
        ("کارشناسان ستاد اقامه نماز کشور به منطقه رفتند.", "ستاد اقامه نماز کشور", "ORG"),
        ("بودجه ستاد تنظیم بازار شهرستان کم است.", "ستاد تنظیم بازار شهرستان", "ORG"),
        # the Non-Aligned Movement, by two of its names (data/orgs.txt), also after «کشورهای عضو»
        ("کشورهای عضو جنبش عدم تعهد بیانیه مشترکی منتشر کردند.", "جنبش عدم تعهد", "ORG"),
        ("نشست بعدی جنبش غیرمتعهدها در آمریکای لاتین خواهد بود.", "جنبش غیرمتعهدها", "ORG"),
        # a palace that stands for its government is that body, not a building (FAC, no entity)
        ("کاخ سفید در بیانیه‌ای از تحریم‌های تازه خبر داد.", "کاخ سفید", "ORG"),
        ("کاخ الیزه دیدار دو رئیس‌جمهور را تأیید کرد.", "کاخ الیزه", "ORG"),
        ("کاخ ریاست جمهوری مصر این خبر را تکذیب کرد.", "کاخ ریاست جمهوری مصر", "ORG"),
        # an embassy or consulate told by its country (org_heads.tsv)
        ("سفارت ایران در وین ساعات کار بخش کنسولی را اعلام کرد.", "سفارت ایران", "ORG"),
        ("معترضان به کنسولگری فرانسه در استانبول سنگ پرتاب کردند.", "کنسولگری فرانسه", "ORG"),
    ],
)
def test_other_entities(nlp_rules, text, name, label):
    ent = entity_named(nlp_rules(text), name)
    assert ent is not None and ent["label"] == label


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("با عنایت خداوند پیروز شدیم.", "عنایت خداوند"),  # a first name that is a common word
        ("روحیه سلحشوری رزمندگان ستودنی است.", "روحیه سلحشوری"),
        ("گفتنی است جلسه لغو شد.", "گفتنی"),
        # after a common noun, plain words before a role are the noun's ezafe chain, no name (whose «کاخ»)
        ("جشن سال نو کاخ رئیس‌جمهور آمریکا خبرساز شد.", "نو کاخ"),
        ("کاروان به شهر اراک رسید.", "بهشهر"),  # «به شهر» is a preposition and a noun, not the city «بهشهر»
        # «این امر باعث شد که …»: a thing opens the clause, no unnamed speaker «این امر باعث»
        ("این امر باعث شد که مسکو واشنگتن را به فشار بر این شهروند متهم کرد.", "این امر باعث"),
        # an unknown name opening a deem's clause ends before the object's common nouns
        ("کاپیک هرگونه دخالت ماموران خود را در این پرونده رد کرده است.", "کاپیک هرگونه دخالت ماموران"),
        # «روزنامه انگلیسی» before a medium's quoted name describes the medium, not a person
        ("روزنامه انگلیسی «گاردین» نوشت که مذاکرات ادامه دارد.", "روزنامه انگلیسی"),
        # a head that names a body alone takes no plain words up to a place: they are the clause going on
        ("آمریکا از کشورهای آسیایی خواست نفت ایران را نخرند.", "کشورهای آسیایی خواست نفت ایران"),
        # «رادیو» before a station's name is its kind word, no person
        ("رادیو صدای آمریکا گفت که مذاکرات به بن‌بست رسیده است.", "رادیو"),
        # a kind word before a common noun names no medium («شبکه برق»)
        ("رئیس سازمان گفت که شبکه برق کشور پایدار است.", "شبکه برق کشور"),
        # a speaker known only by a surname before a Persian comma: the comma is no part of the name
        ("مارتن، گروه رقیب را به پیگرد قضایی تهدید کرد.", "مارتن ،"),
        # «خارجه» of «وزرای خارجه» names no organization alone (dropped from the derived gazetteer)
        ("وزرای خارجه پنج کشور در وین گرد آمدند.", "خارجه"),
        # a county named like a common word («بافت»: texture) is no place in its common sense
        ("بافت تاریخی شهر یزد مرمت شد.", "بافت"),
        ("در ماه مهر قیمت‌ها بالا رفت.", "مهر"),  # the month, not the county «مهر»
        # a number after a body's name counts the object («۹۰ سارق»): no part of the name
        ("ماموران پلیس آگاهی ۹۰ سارق را دستگیر کردند.", "پلیس آگاهی ۹۰"),
        # «استان» before a verb: «خواست» (asked) is a common word, no unknown province's name
        ("معاون فرهنگی از مدیران مرکز استان خواست تا گزارش بدهند.", "استان خواست"),
        ("جمعیت استان افزایش یافت.", "استان افزایش"),  # «افزایش» (rise): the predicate's noun
        ("فرماندار در مرکز استان ماند و کار کرد.", "استان ماند"),
        # a bare «کشور» ends no body's name when the phrase is an object («… امنیت کشور را …») or a
        # known body ends there («دولت و وزارت کشور»: two bodies)
        ("فرمانده قرارگاه غرب امنیت کشور را تضمین کرد.", "قرارگاه غرب امنیت کشور"),
        ("این طرح با موافقت دولت و وزارت کشور اجرا شد.", "دولت و وزارت کشور"),
        # «و» before another office joins two roles, not two fields of one ministry
        ("وزیر دفاع و وزیر کشور به استان سیل‌زده رفتند.", "وزیر دفاع و وزیر کشور"),
        # a comma after the role ends it: «امنیت» opens the clause's object, no list of fields
        ("وزیر دفاع، امنیت مرزها را مهم دانست.", "وزیر دفاع، امنیت مرزها"),
        # a hospital or square named after a day is no date («بیمارستان ۲۲ بهمن»)
        ("زخمی‌ها به بیمارستان ۲۲ بهمن برده شدند.", "۲۲ بهمن"),
        ("راهپیمایان در میدان ۱۵ خرداد ایستادند.", "۱۵ خرداد"),
        # a body named after a person (data/orgs.txt): the role's complement runs over the person's name,
        # which is no name apposed to the role
        ("سرپرست کمیته امداد امام خمینی (ره) از ساخت هزار خانه برای مددجویان خبر داد.", "خمینی"),
        ("مدیرکل کمیته امداد امام خمینی استان قزوین گفت که بودجه کافی نیست.", "خمینی"),
        ("رئیس دانشگاه امام صادق گفت که کلاس‌ها از شنبه باز می‌شوند.", "صادق"),
        # «عضو» after states is what they are (member states), no person «عضو ناتو»
        ("کشورهای عضو ناتو در بروکسل بر سر بودجه دفاعی توافق کردند.", "عضو ناتو"),
        ("دولت‌های عضو اتحادیه اروپا تحریم‌ها را شش ماه دیگر تمدید کردند.", "عضو اتحادیه اروپا"),
    ],
)
def test_no_false_person(nlp_rules, text, absent):
    doc = nlp_rules(text)
    assert all(compact(e["name"]) != compact(absent) for e in doc._.entities)


@pytest.mark.parametrize(
    ("text", "nested"),
    [
        # the country inside a role is a nested mention too (span groups allow overlap)
        ("وزیر دفاع سوریه به تهران رفت.", [("وزیر دفاع سوریه", "PER"), ("سوریه", "LOC")]),
        # ... and so are the body inside a role and the place inside that body, also where the body's
        # whole name is in the organization table
        ("مهدی کاظمی رئیس شورای اسلامی شهر کرمان به تهران رفت.",
         [("رئیس شورای اسلامی شهر کرمان", "PER"), ("شورای اسلامی شهر کرمان", "ORG"), ("شهر کرمان", "LOC")]),
        ("مهدی کاظمی رئیس شورای اسلامی شهر تهران به مشهد رفت.",
         [("شورای اسلامی شهر تهران", "ORG"), ("شهر تهران", "LOC")]),
        # the border guard is a body, and its commander a role told by it
        ("فرمانده مرزبانی گیلان از کشف کالای قاچاق خبر داد.",
         [("فرمانده مرزبانی گیلان", "PER"), ("مرزبانی گیلان", "ORG"), ("گیلان", "LOC")]),
        # the police is a body alone, and its branches («آگاهی») go on its name
        ("شماری از معترضان از سوی پلیس بازداشت شدند.", [("پلیس", "ORG")]),
        ("فرمانده پلیس آگاهی تهران از دستگیری سارقان خبر داد.",
         [("فرمانده پلیس آگاهی تهران", "PER"), ("پلیس آگاهی تهران", "ORG"), ("تهران", "LOC")]),
        # a court's branch, number and kind stay in the role, and the court is the body inside it
        ("رئیس شعبه ۱۱۳ دادگاه کیفری استان تهران گفت که جلسه علنی است.",
         [("رئیس شعبه ۱۱۳ دادگاه کیفری استان تهران", "PER"), ("دادگاه کیفری استان تهران", "ORG"),
          ("استان تهران", "LOC")]),
        # a count after a body's name is the object's («۳۳ نفر»), not part of the name
        ("پلیس امنیت اقتصادی ۳۳ نفر را بازداشت کرد.", [("پلیس امنیت اقتصادی", "ORG")]),
        # a governorate is an office, not a place: the province inside it is the place
        ("اداره کل روابط عمومی استانداری خراسان رضوی گزارش داد که باران آمد.",
         [("اداره کل روابط عمومی استانداری خراسان رضوی", "ORG"), ("خراسان رضوی", "LOC")]),
        # a bare body that closes a longer body's name is a mention of its own («مجلس» in a committee's name)
        ("کمیسیون آموزش مجلس طرح تازه را بررسی کرد.", [("کمیسیون آموزش مجلس", "ORG"), ("مجلس", "ORG")]),
        # ... also where a role names that longer body
        ("عضو کمیسیون انرژی مجلس از تصویب لایحه خبر داد.", [("کمیسیون انرژی مجلس", "ORG"), ("مجلس", "ORG")]),
        # a town the tables lack after a local office (data/town_offices.txt) is the office's place
        ("امام جمعه زیراب در خطبه‌ها از مردم قدردانی کرد.", [("امام جمعه زیراب", "PER"), ("زیراب", "LOC")]),
        # ... also after a word of the office («موقت»)
        ("امام جمعه موقت زیراب از نمازگزاران تشکر کرد.", [("امام جمعه موقت زیراب", "PER"), ("زیراب", "LOC")]),
        # the speaker's own country closes a role as a named one does: «کشورمان», and «کشور ما» whole
        ("سفیر کشورمان در پاریس با خبرنگاران سخن گفت.", [("سفیر کشورمان", "PER")]),
        ("وزیر نیروی کشور ما از ساخت سد تازه خبر داد.", [("وزیر نیروی کشور ما", "PER")]),
        # a representative's post runs over «در X» like a diplomat's (data/posted_heads.txt), also after a head of
        # several words that names whom he stands for («نماینده ولی فقیه»), which stays a mention of its own
        ("نماینده ولی فقیه در استان گیلان از نمازگزاران تشکر کرد.",
         [("نماینده ولی فقیه در استان گیلان", "PER"), ("ولی فقیه", "PER"), ("استان گیلان", "LOC")]),
        # ... and after a country's representative («نماینده X در سازمان ملل»)
        ("نماینده کوبا در سازمان ملل طرح تازه را نقد کرد.",
         [("نماینده کوبا در سازمان ملل", "PER"), ("کوبا", "LOC"), ("سازمان ملل", "ORG")]),
        # an airport is no entity, but the city named in it is a place mention
        ("مسافران چند ساعت در فرودگاه مشهد منتظر ماندند.", [("فرودگاه مشهد", "FAC"), ("مشهد", "LOC")]),
        # ... also inside a role that names the airport
        ("مدیر فرودگاه شیراز از افزایش پروازها خبر داد.", [("مدیر فرودگاه شیراز", "PER"), ("شیراز", "LOC")]),
    ],
)
def test_mentions_span_group_is_nested(nlp_rules, text, nested):
    doc = nlp_rules(text)
    labels = {(s.text, s.label_) for s in doc.spans["mentions"]}
    assert set(nested) <= labels
    assert not any(label == "LOC" and text.startswith("استانداری") for text, label in labels)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a committee after «نماینده X در» is where the representative spoke (data/post_scenes.txt), not his post
        ("نماینده یونیسف در کمیسیون بهداشت مجلس از طرح تازه دفاع کرد.", "نماینده یونیسف"),
    ],
)
def test_posted_role_stops_before_a_scene(nlp_rules, text, role):
    doc = nlp_rules(text)
    assert (role, "PER") in {(s.text, s.label_) for s in doc.spans["mentions"]}


@pytest.mark.parametrize(
    ("text", "role", "not_role"),
    [
        # «مذاکره» may name a team's field («تیم مذاکره»), but before «کرد» it is the verb's noun: the role ends before it
        ("علی رضایی امروز با وزیر نیرو مذاکره کرد.", "وزیر نیرو", "وزیر نیرو مذاکره"),
        # the same after a body's field word («برنامه»), with the present tense
        ("نماینده شیراز با رئیس سازمان برنامه مذاکره می‌کند.", "رئیس سازمان برنامه", "رئیس سازمان برنامه مذاکره"),
        # the first field word stays even before a doing form: «کند» here is the adjective slow, not «کردن»
        ("وزیر اقتصاد کند عمل کرد و بازار آشفته ماند.", "وزیر اقتصاد", "وزیر"),
    ],
)
def test_role_field_stops_before_a_doing_verb(nlp_rules, text, role, not_role):
    doc = nlp_rules(text)
    roles = {s.text for s in doc.spans["roles"]}
    assert role in roles
    assert not_role not in roles



@pytest.mark.parametrize(
    ("article", "gold"),
    [
        (REPO / "examples" / "article.txt", FIXTURES / "example.gold.json"),  # the README's example
        (FIXTURES / "diplomacy.txt", FIXTURES / "diplomacy.gold.json"),  # spokesman, MP, minister
    ],
)
def test_fixture_entities(nlp_rules, article, gold):
    result = Article.from_doc(nlp_rules(article.read_text(encoding="utf-8"))).to_dict()
    assert entity_problems(result, json.loads(gold.read_text(encoding="utf-8"))) == []


def _with_ner(nlp_rules, text, ents):
    """The entity stage run on ``text`` with ``ents`` ((first word or its index, words, label)) as the trained
    NER's doc.ents."""
    from spacy.tokens import Span

    from khabar.stages.entities import EntityFinder

    doc = doc_before(nlp_rules, text, "khabar_entities")
    words = [t.text for t in doc]
    starts = [first if isinstance(first, int) else words.index(first) for first, _, _ in ents]
    doc.ents = [Span(doc, k, k + n, label=label) for k, (_, n, label) in zip(starts, ents, strict=True)]
    EntityFinder(nlp_rules, "khabar_entities", use_ner=True)(doc)
    return doc


def test_trained_ner_entities_are_merged(nlp_rules):
    # With a trained NER (simulated here by setting doc.ents), names the tables miss become
    # entities (its label names are mapped), and rule mentions win where both found something.
    doc = _with_ner(nlp_rules, "کلاین ورتمان با وزیر دفاع سوریه دیدار کرد.", [("کلاین", 2, "PERS"), ("سوریه", 1, "LOC")])
    person = next(e for e in doc._.entities if e["label"] == "PER" and compact("کلاین") in compact(e["name"]))
    assert compact(person["name"]) == compact("کلاین ورتمان")
    assert sum(1 for s in doc.spans["mentions"] if s.text == "سوریه") == 1


@pytest.mark.parametrize(
    ("text", "ents", "name", "label", "count"),
    [
        # a surname the NER found once with the first name is a mention wherever it stands again
        ("جان نگروپونته به بغداد رفت. نگروپونته آنجا سخنرانی کرد.", [("جان", 2, "PER")], "نگروپونته", "PER", 1),
        # a place named once with its kind word («شهر لابوئان») is the same place bare («در لابوئان»)
        ("بانک در شهر لابوئان شعبه دارد. مقامات لابوئان آن را بستند.", [], "لابوئان", "LOC", 1),
        # an organization's full name repeats («نشست اینستکس» after «سازوکار اینستکس»)
        ("اروپا سازوکار اینستکس را راه انداخت. اینستکس هنوز کار نمی‌کند.", [("اینستکس", 1, "ORG")], "اینستکس", "ORG", 2),
        # a two-word name with the Arabic article, written glued later («خالدالعطیه»), is a mention too (both forms counted: spaces are compacted)
        ("خالد العطیه به دوحه بازگشت. خالدالعطیه سپس با خبرنگاران سخن گفت.", [("خالد", 2, "PER")], "خالدالعطیه", "PER", 2),
        # ... also a name the rules found by themselves (a first name and an unknown surname), glued with a ZWNJ
        ("حامد الکناوی وارد بیروت شد. حامد‌الکناوی با نخست وزیر دیدار کرد.", [], "حامد‌الکناوی", "PER", 2),
        # a one-word name that is also a common word does not repeat
        ("حزب امید پیروز شد. امید مردم به آینده زیاد است.", [("امید", 1, "ORG")], "امید", "ORG", 1),
    ],
)
def test_names_found_once_repeat(nlp_rules, text, ents, name, label, count):
    doc = _with_ner(nlp_rules, text, ents)
    spans = [s for s in doc.spans["mentions"] if compact(s.text) == compact(name) and s.label_ == label]
    assert len(spans) == count


@pytest.mark.parametrize(
    ("text", "ents", "mention"),
    [
        # the NER stopped before the guillemet that closes a quoted name: the mention takes it in
        ("شرکت «مپنا» قرارداد تازه‌ای امضا کرد.", [("شرکت", 3, "ORG")], "شرکت «مپنا»"),
        # ... and a straight quote mark
        ('حزب "الوفاق" بیانیه‌ای صادر کرد.', [("حزب", 3, "ORG")], 'حزب "الوفاق"'),
        # a closed name is left as it is
        ("شرکت «مپنا» قرارداد تازه‌ای امضا کرد.", [("شرکت", 4, "ORG")], "شرکت «مپنا»"),
    ],
)
def test_ner_span_closes_its_quote(nlp_rules, text, ents, mention):
    doc = _with_ner(nlp_rules, text, ents)
    assert mention in [s.text for s in doc.spans["mentions"]]


@pytest.mark.parametrize(
    ("text", "ents", "name", "labels"),
    [
        # a surname that is also a town («آغاجری»), read as a person twice and as a place once by the NER
        # (one sentence at a time): a person everywhere in the article. No sentence has a saying verb: a
        # speaker is a person by the quote rules themselves («از X دفاع کرد» is a cue since session 23)
        ("آغاجری از سفر خود زود بازگشت. دادگاه از آغاجری توضیح خواست. آغاجری به دادگاه رفت.",
         [(0, 1, "PER"), (9, 1, "PER"), (13, 1, "LOC")], "آغاجری", {"PER"}),
        # ... read as a person once: the place readings stay
        ("آغاجری از سفر خود زود بازگشت. دادگاه از آغاجری توضیح خواست. آغاجری به دادگاه رفت.",
         [(0, 1, "PER"), (9, 1, "LOC"), (13, 1, "LOC")], "آغاجری", {"PER", "LOC"}),
    ],
)
def test_place_named_as_a_person(nlp_rules, text, ents, name, labels):
    doc = _with_ner(nlp_rules, text, ents)
    assert {s.label_ for s in doc.spans["mentions"] if s.text == name} == labels



@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a role right after a name is that name's apposition; the name after the comma is the object
        ("علی رضایی رئیس مجلس، حسن کریمی را به جلسه دعوت کرد.", "علی رضایی", "حسن کریمی"),
        ("حسن کریمی وزیر کشور، مریم احمدی را به وزارتخانه فراخواند.", "حسن کریمی", "مریم احمدی"),
    ],
)
def test_name_after_a_named_role_is_someone_else(nlp_rules, text, first, second):
    doc = nlp_rules(text)
    a, b = entity_named(doc, first), entity_named(doc, second)
    assert a is not None and b is not None and a["id"] != b["id"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # without a name before it, a role before the comma still opens an apposition to the name after it
        ("رئیس مجلس، علی رضایی، گفت که جلسه فردا است.", "علی رضایی", "رئیس مجلس"),
    ],
)
def test_role_then_name_apposition_stands(nlp_rules, text, name, role):
    ent = entity_named(nlp_rules(text), name)
    assert ent is not None and [compact(r) for r in ent["roles"]] == [compact(role)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a province named like the adjective «central» (data/word_places.txt): the central bank names no place
        ("رئیس بانک مرکزی از کاهش نرخ تورم خبر داد.", "مرکزی"),
        # ... nor does a party's central council
        ("عضو شورای مرکزی حزب در نشست هفتگی سخن گفت.", "مرکزی"),
        # a country named like the adjective «financial» (Mali): a budget's funds are no country
        ("منابع مالی این طرح از بودجه عمومی تأمین شد.", "مالی"),
    ],
)
def test_everyday_word_is_no_place(nlp_rules, text, word):
    doc = nlp_rules(text)
    assert all(not (s.label_ == "LOC" and compact(s.text) == compact(word)) for s in doc.spans["mentions"])



@pytest.mark.parametrize(
    ("text", "name", "source"),
    [
        # «به گزارش [خبرنگار فارس]، X …»: the attribution's source ends at its comma; the name after it
        # opens the clause and takes no reporter's role
        ("به گزارش خبرنگار سیاسی فارس، مهدی کاظمی در جمع خبرنگاران گفت که طرح آماده است.", "مهدی کاظمی",
         "خبرنگار سیاسی فارس"),
        # ... likewise after «به نقل از» and an official's role
        ("به نقل از سخنگوی وزارت نیرو، مریم احمدی از مدیران استان گزارش خواست.", "مریم احمدی",
         "سخنگوی وزارت نیرو"),
    ],
)
def test_attributed_source_is_no_apposition(nlp_rules, text, name, source):
    ent = entity_named(nlp_rules(text), name)
    assert ent is not None and compact(source) not in [compact(r) for r in ent["roles"]]


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        # the rules read only the first name before a surname that is also a common word; the NER's
        # person runs on over it, and the name takes it in
        ("به گزارش فارس از یزد، ابوالفضل مستقیمی با اشاره به کمبود آب گفت: باید صرفه‌جویی کنیم.",
         [("ابوالفضل", 2, "PER")], "ابوالفضل مستقیمی"),
        # ... also after a first name of two words
        ("علی اکبر تهامی در گفت‌وگو با خبرنگاران گفت: جاده‌ها باز است.", [("علی", 3, "PER")], "علی اکبر تهامی"),
    ],
)
def test_first_names_completed_by_ner(nlp_rules, text, ents, name):
    doc = _with_ner(nlp_rules, text, ents)
    assert compact(name) in [compact(s.text) for s in doc.spans["mentions"] if s.label_ == "PER"]

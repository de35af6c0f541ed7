"""Quote speakers: who says a quote when the clause has no subject of its own, and which names may speak
(general patterns studied on the tune halves of the dev set)."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact


def entity_of(doc, text):
    """The entity one of whose mentions reads ``text``."""
    return next(e for e in doc._.entities if any(compact(doc.text[a:b]) == compact(text) for a, b in e["mentions"]))


@pytest.mark.parametrize(
    ("text", "name", "reporter"),
    [
        # «به گزارش خبرنگار … خبرگزاری فارس، X»: the comma closes the attribution, the name after it is no
        # apposition of the reporter (who would then pass for the agency and never speak)
        ("عنوان\nبه گزارش خبرنگار اقتصادی خبرگزاری فارس، مهدی کرمانی مدیر بانک شهر امروز در نشستی گفت: "
         "وام‌های تازه از ماه آینده پرداخت می‌شود.",
         "مهدی کرمانی", "خبرنگار اقتصادی خبرگزاری فارس"),
        # ... a reporter of another outlet as well
        ("عنوان\nبه گزارش خبرنگار ایرنا، حسین صادقی استاندار یزد در این دیدار گفت: آب شرب شهر تامین است.",
         "حسین صادقی", "خبرنگار ایرنا"),
    ],
)
def test_reporter_is_no_apposition(nlp_rules, text, name, reporter):
    doc = nlp_rules(text)
    person = entity_of(doc, name)
    assert all(compact(doc.text[a:b]) != compact(reporter) for a, b in person["mentions"])
    assert [q["speaker"] for q in doc._.quotes] == [person["id"]]


@pytest.mark.parametrize(
    ("text", "role", "town"),
    [
        # «امام جمعه X» with a town the tables lack: the office and its town, not the title «امام» with a
        # name «جمعه X»
        ("عنوان\nامام جمعه دشتگلان در خطبه‌های نماز گفت: مردم باید در انتخابات شرکت کنند.",
         "امام جمعه دشتگلان", "دشتگلان"),
        # ... a governor of an unknown county
        ("عنوان\nفرماندار کوهکمرود در نشست شورای اداری گفت: جاده روستایی تا پایان سال آسفالت می‌شود.",
         "فرماندار کوهکمرود", "کوهکمرود"),
        # ... a role word («موقت») before the town
        ("عنوان\nامام جمعه موقت زیرکوهان در دیدار با کشاورزان گفت: آب کشاورزی باید عادلانه تقسیم شود.",
         "امام جمعه موقت زیرکوهان", "زیرکوهان"),
        # the town is a common word («اهرم»): the bare office, as a role
        ("عنوان\nامام جمعه اهرم در نشست خبری گفت: ساخت مدرسه ادامه دارد.", "امام جمعه", None),
    ],
)
def test_local_office_of_unknown_town(nlp_rules, text, role, town):
    doc = nlp_rules(text)
    speaker = entity_of(doc, role)
    assert speaker["roles"] == [role]
    assert [q["speaker"] for q in doc._.quotes] == [speaker["id"]]
    places = [doc.text[a:b] for e in doc._.entities if e["label"] == "LOC" for a, b in e["mentions"]]
    assert places == ([town] if town else [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a first name and a surname no table knows (ending in «ی», which adjectives share): a person, the
        # subject of the cue, not the organization of a clause inside the sentence («با اشاره به اینکه X …»)
        ("عنوان\nبه گزارش خبرنگار فارس؛ حسین دلگشایی در نشست خبری با اشاره به اینکه بانک مرکزی وام تازه "
         "می‌دهد، اظهار داشت: وام‌ها از فروردین پرداخت می‌شود.", "حسین دلگشایی"),
        # ... the same with the surname before a bare cue
        ("عنوان\nبه گزارش خبرنگار ایرنا؛ مجید کلپایی با بیان اینکه شهرداری بودجه کافی ندارد، گفت: پروژه "
         "نیمه‌کاره می‌ماند.", "مجید کلپایی"),
    ],
)
def test_first_name_with_unknown_surname(nlp_rules, text, name):
    doc = nlp_rules(text)
    person = entity_of(doc, name)
    assert {q["speaker"] for q in doc._.quotes} == {person["id"]}


LONG_QUOTE = ("عنوان\nمهدی کرمانی مدیر بانک شهر گفت: وام‌ها از ماه آینده پرداخت می‌شود. سقف وام تغییری ندارد. "
              "متقاضیان باید مدارک را کامل کنند. شعبه‌ها تا عصر باز هستند. صف‌ها کوتاه‌تر شده است.\n")


# a direct quote, then five sentences of narration with no person in them
NARRATED = ("عنوان\nمهدی کرمانی مدیر بانک شهر گفت: وام‌ها از ماه آینده پرداخت می‌شود.\nبانک شهر سال گذشته سود خوبی "
            "داشت. شعبه‌های تازه در استان باز شد. شمار مشتریان دو برابر شد. سپرده‌ها هم بیشتر شد. کارمندان تازه "
            "استخدام شدند.\n")


@pytest.mark.parametrize(
    "text",
    [
        # a cue with no subject after a long direct quote: the previous speaker, counted from where his quote
        # ends (a subheading between them)
        LONG_QUOTE + "* وام مسکن\nهمچنین افزود: وام مسکن هم به زودی افزایش می‌یابد.",
        # ... and with no subheading
        LONG_QUOTE + "در ادامه تاکید کرد: هیچ متقاضی بدون پاسخ نمی‌ماند.",
        # «وی افزود:» after a sub-heading, far from any name: «وی» is the last person who spoke
        NARRATED + "* وام مسکن\nوی افزود: وام مسکن هم به زودی افزایش می‌یابد.",
        # ... «او» with an adverb before the cue
        NARRATED + "* وام خودرو\nاو همچنین ادامه داد: وام خودرو هم سال آینده بیشتر می‌شود.",
    ],
)
def test_previous_speaker_after_long_quote(nlp_rules, text):
    doc = nlp_rules(text)
    assert [q["speaker_text"] for q in doc._.quotes] == ["مهدی کرمانی", "مهدی کرمانی"]


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        # a first name that is also a word («ایران») before an ezafe noun that starts with «ال» («الگوی»):
        # no Arabic surname (it has «گ», and «الگو» is a common word), so no person «ایران الگوی»
        ("عنوان\nوزیر آموزش گفت: دانش‌آموزان ایران الگوی همسالان خود در منطقه هستند.", "ایران الگوی"),
        # ... «اسلام [الگوی]» as well
        ("عنوان\nاستاد دانشگاه گفت: تمدن اسلام الگوی جوامع امروز است.", "اسلام الگوی"),
    ],
)
def test_no_arabic_surname_from_a_common_word(nlp_rules, text, not_a_person):
    doc = nlp_rules(text)
    people = [doc.text[a:b] for e in doc._.entities if e["label"] == "PER" for a, b in e["mentions"]]
    assert not_a_person not in people


@pytest.mark.parametrize(
    ("text", "name", "epithet"),
    [
        # the holder's surname with another given name is someone else of the family, not the epithet's holder
        ("عنوان\nسید هادی خامنه‌ای در همایش حزب گفت: جوانان باید در انتخابات فعال باشند. رهبر انقلاب هفته "
         "گذشته بر مشارکت مردم تاکید کرده بود.", "سید هادی خامنه‌ای", "رهبر انقلاب"),
        # ... a grandson of the founder
        ("عنوان\nسید حسن خمینی در مراسم سالگرد گفت: راه انقلاب ادامه دارد. بنیانگذار انقلاب همیشه به مردم "
         "تکیه می‌کرد.", "سید حسن خمینی", "بنیانگذار انقلاب"),
    ],
)
def test_epithet_holder_given_name(nlp_rules, text, name, epithet):
    doc = nlp_rules(text)
    assert entity_of(doc, name)["id"] != entity_of(doc, epithet)["id"]
    assert [q["speaker"] for q in doc._.quotes][0] == entity_of(doc, name)["id"]


PREACHER = (
    "عنوان\nبه گزارش خبرگزاری فارس از شهرکرد، روحانی شهر حجت‌الاسلام محمود صالحی در همایش بزرگداشت پیامبر اظهار داشت: "
    "پیامبر الگوی همه مسلمانان است.\nنماینده ولی فقیه در استان گفت: جوانان باید سیره پیامبر را بشناسند.\n"
    "صالحی با اشاره به اهانت‌ها به پیامبر گفت: دشمنان از رشد اسلام نگران هستند.\n"
    "امام جمعه شهرکرد تصریح کرد: مسلمانان باید در برابر توهین به پیامبر متحد باشند.")


def test_prophet_takes_no_role(nlp):
    """«پیامبر» is an epithet (data/epithets.tsv), not a name: the trained NER's name «پیامبر» was the
    nearest person with no role, and took the preacher's office and his quote."""
    doc = nlp(PREACHER)
    preacher = entity_of(doc, "امام جمعه شهرکرد")
    assert preacher["id"] != entity_of(doc, "پیامبر")["id"]
    assert doc._.quotes[-1]["speaker"] == preacher["id"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue inside a «که» clause that no comma or verb has closed: the clause's own subject says it, not
        # the sentence's subject
        ("عنوان\nوزیر خارجه آلمان هفته آینده درخواستی را بررسی می‌کند که ترکیه تاکید دارد همه شرایط آن را کامل "
         "کرده است.", [("ترکیه", "تاکید دارد")]),
        # ... «آنکه» after an earlier content that opened with another subject («که عراق …»): «X از Y خواست»
        # is X's request, not Y's
        ("عنوان\nروزنامه گاردین نوشت که عراق متحد مهم آمریکا در منطقه است و با وجود آنکه رئیس جمهور آمریکا از "
         "عراق خواست تا انتخابات را زودتر برگزار کند، واشنگتن فشاری نیاورد.",
         [("روزنامه گاردین", "نوشت"), ("رئیس جمهور آمریکا", "خواست")]),
        # ... inside «با بیان اینکه …»: the inner quote is the minister's; the main cue after the comma stays
        # with the sentence's subject
        ("عنوان\nحسن رضایی نماینده مجلس با بیان اینکه وزیر کشور تاکید کرده است که انتخابات سالم برگزار می‌شود، "
         "گفت: مردم باید در انتخابات شرکت کنند.",
         [("حسن رضایی", "با بیان"), ("وزیر کشور", "تاکید کرده است"), ("حسن رضایی", "گفت")]),
        # ... «با اشاره به اینکه X قول داده که …»
        ("عنوان\nمحمد کریمی استاندار فارس با اشاره به اینکه رئیس جمهور قول داده که بودجه استان افزایش یابد، گفت: "
         "طرح‌های نیمه تمام تا پایان سال تکمیل می‌شود.",
         [("محمد کریمی", "با اشاره"), ("رئیس جمهور", "قول داده"), ("محمد کریمی", "گفت")]),
    ],
)
def test_subordinate_clause_subject(nlp_rules, text, expected):
    doc = nlp_rules(text)
    assert [(q["speaker_text"], q["cue"]) for q in doc._.quotes] == expected



@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # «یک زمانی» (at one time) is when, not who: the office after it speaks (data/not_speakers.txt)
        ("عنوان\nیک زمانی فرماندار شهر به من گفت که این سد هرگز ساخته نمی‌شود.", ["فرماندار شهر"]),
        # «روزی» (one day) before the office: kept as a guard (the office already wins here)
        ("عنوان\nروزی فرماندار شهر به من گفت که این سد هرگز ساخته نمی‌شود.", ["فرماندار شهر"]),
        # a description that opens its clause still speaks
        ("عنوان\nفرماندار شهر به من گفت که این سد هرگز ساخته نمی‌شود.", ["فرماندار شهر"]),
    ],
)
def test_time_words_are_no_speakers(nlp_rules, text, speakers):
    doc = nlp_rules(text)
    names = {e["id"]: e["name"] for e in doc._.entities}
    assert [names.get(q["speaker"]) for q in doc._.quotes] == speakers

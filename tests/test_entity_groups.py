"""Group nouns told whose group they are («بسیجیان سقزی», «مقامات آمریکایی») are ORG mentions (rules only)."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact


def entity_named(doc, name):
    return next((e for e in doc._.entities if compact(e["name"]) == compact(name)), None)


def mention_texts(doc):
    return {compact(doc.text[s:e]) for ent in doc._.entities for s, e in ent["mentions"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a group noun and a city's adjective («سقزی» from the place «سقز»)
        ("بسیجیان سقزی روز جمعه به کوه رفتند.", "بسیجیان سقزی"),
        # ... and a country's adjective
        ("مقامات آمریکایی سفر خود را لغو کردند.", "مقامات آمریکایی"),
        ("نظامیان انگلیسی از شهر بیرون رفتند.", "نظامیان انگلیسی"),
        # ... a place with its head word («شهرستان X»)
        ("کشاورزان شهرستان دامغان از کمبود آب گله کردند.", "کشاورزان شهرستان دامغان"),
        # ... or the article's own province left unnamed
        ("مرزبانان استان سه قایق قاچاق را توقیف کردند.", "مرزبانان استان"),
        # a people's adjective not made from a country name in the tables («سعودی»)
        ("مزدوران سعودی از تپه عقب نشستند.", "مزدوران سعودی"),
        # a newer group noun («شورشیان») told by a country's adjective
        ("شورشیان لیبریایی به پایتخت نزدیک شدند.", "شورشیان لیبریایی"),
        # a count, a singular people noun and a people's adjective («سه سرباز عراقی»)
        ("سه سرباز عراقی در مرز زخمی شدند.", "سه سرباز عراقی"),
        # ... a count in digits with its scale word and the ezafe «ی» («۲ هزار دانشجوی …»)
        ("۲ هزار دانشجوی فرانسوی در میدان جمع شدند.", "۲ هزار دانشجوی فرانسوی"),
        # ... «صدها» as the count
        ("صدها زائر پاکستانی به مشهد رسیدند.", "صدها زائر پاکستانی"),
        # ... a soldier's noun («تفنگدار») counted by a number word
        ("دو تفنگدار آمریکایی در حمله زخمی شدند.", "دو تفنگدار آمریکایی"),
        # prosecutors («دادستان‌های») told by a country's adjective act as one body
        ("دادستان‌های آمریکایی علیه این شرکت شکایت کردند.", "دادستان‌های آمریکایی"),
        # ... the other plural of the office («دادستانان»)
        ("دادستانان فرانسوی پرونده را دوباره گشودند.", "دادستانان فرانسوی"),
        # hosts of pilgrims' stands («موکب‌داران») told by a country's adjective
        ("موکب‌داران عراقی از زائران ایرانی پذیرایی کردند.", "موکب‌داران عراقی"),
    ],
)
def test_group_told_by_place_is_org(nlp_rules, text, name):
    ent = entity_named(nlp_rules(text), name)
    assert ent is not None and ent["label"] == "ORG"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a bare group noun is generic (docs/annotation.md §3): no mention
        ("کشاورزان نگران قیمت محصول هستند.", "کشاورزان"),
        # «یکی از مقامات X» is one person described, not the group
        ("یکی از مقامات کویتی گفت که گفت‌وگو ادامه دارد.", "مقامات کویتی"),
        # an object «استان» before «را» ends no group («… استان را ترک کردند»)
        ("کارگران استان را ترک کردند.", "کارگران استان"),
    ],
)
def test_no_group_mention(nlp_rules, text, absent):
    assert compact(absent) not in mention_texts(nlp_rules(text))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a governor of the province just named: the role runs over «این استان» («this province»)
        ("استان گیلان باران زیادی داشت. استاندار این استان از روستاها بازدید کرد.", "استاندار این استان"),
        # ... a county's governor over «این شهرستان»
        ("شهرستان نهاوند میزبان جشنواره بود. فرماندار این شهرستان به جشنواره رفت.", "فرماندار این شهرستان"),
    ],
)
def test_role_of_a_place_pointed_back_at(nlp_rules, text, role):
    assert compact(role) in mention_texts(nlp_rules(text))


def test_pointed_place_stays_a_mention(nlp_rules):
    # «این استان» inside the role is still a mention of the province
    doc = nlp_rules("استان گیلان باران زیادی داشت. استاندار این استان از روستاها بازدید کرد.")
    assert compact("این استان") in mention_texts(doc)


@pytest.mark.parametrize(
    ("text", "group", "body"),
    [
        # «همه» and a count before a member of a named body: the members acting as one, an ORG group whose
        # span takes «همه» and the count in; the council stays a mention of its own
        ("همه ۹ عضو شورای اسلامی شهر کرمان در نامه‌ای به وزیر کشور اعتراض کردند.",
         "همه ۹ عضو شورای اسلامی شهر کرمان", "شورای اسلامی شهر کرمان"),
        # ... a count word and MPs of the parliament («بیست نماینده مجلس»)
        ("بیست نماینده مجلس شورای اسلامی خواستار استیضاح وزیر شدند.", "بیست نماینده مجلس شورای اسلامی",
         "مجلس شورای اسلامی"),
        # ... digits and «تمامی» before them
        ("تمامی ۷ عضو کمیسیون انرژی مجلس با وزیر نفت دیدار کردند.", "تمامی ۷ عضو کمیسیون انرژی مجلس",
         "کمیسیون انرژی مجلس"),
    ],
)
def test_counted_members_of_a_body_are_a_group(nlp_rules, text, group, body):
    doc = nlp_rules(text)
    ent = next((e for e in doc._.entities if any(compact(doc.text[s:t]) == compact(group) for s, t in e["mentions"])), None)
    assert ent is not None and ent["label"] == "ORG"
    assert compact(body) in mention_texts(doc)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # one member («یک عضو …») is a person described, not the group
        ("یک عضو شورای اسلامی شهر کرمان گفت که نامه ارسال شده است.", "عضو شورای اسلامی شهر کرمان"),
        # a number that completes «دوره» is no count of members: «در دوره ۸» and then his seat
        ("علی رضایی در دوره ۸ نماینده مردم شیراز در مجلس بود.", "نماینده مردم شیراز در مجلس"),
        # ... nor is a year («از ۱۳۸۸»)
        ("حسن کاظمی از ۱۳۸۸ عضو شورای شهر شیراز است.", "عضو شورای شهر شیراز"),
    ],
)
def test_one_member_stays_a_person(nlp_rules, text, role):
    doc = nlp_rules(text)
    ent = next((e for e in doc._.entities if any(compact(doc.text[s:t]) == compact(role) for s, t in e["mentions"])), None)
    assert ent is not None and ent["label"] == "PER"

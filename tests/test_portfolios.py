"""portfolios: an office's portfolio joined by «و» runs on to the body or place that closes it."""

from __future__ import annotations

import pytest

from khabar.stages.mentions import MentionFinder, Words
from khabar.stages.phrases import compact, load_tables
from khabar.stages.portfolios import joined_portfolio


def _roles(doc):
    return [compact(s.text) for s in doc.spans["roles"]]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a deputy's two fields in plain words, then the municipality and its city: one office
        ("معاون فنی و عمرانی شهرداری رشت گفت: کار ساخت پل تازه تا پایان سال تمام می‌شود.",
         ["معاون فنی و عمرانی شهرداری رشت"]),
        # a director general of endowments «و» charities, then the province: the first field is no table word
        ("مدیر کل اوقاف و امور خیریه استان سمنان گفت: ده موقوفه تازه در استان ثبت شد.",
         ["مدیر کل اوقاف و امور خیریه استان سمنان"]),
        # a field the tables know («پشتیبانی»), «و» and two plain words, then the governorate
        ("معاون پشتیبانی و منابع انسانی استانداری قم گفت: آزمون استخدامی به زودی برگزار می‌شود.",
         ["معاون پشتیبانی و منابع انسانی استانداری قم"]),
        # «خانواده» after «و» is the family affairs of an office, not other people
        ("سرپرست دفتر امور بانوان و خانواده استانداری گیلان گفت: طرح تازه اجرا می‌شود.",
         ["سرپرست دفتر امور بانوان و خانواده استانداری گیلان"]),
        # three fields listed with «و» before the province
        ("مدیر کل حمل و نقل و پایانه‌های استان زنجان از افزایش سفرها خبر داد.",
         ["مدیر کل حمل و نقل و پایانه‌های استان زنجان"]),
        # «و» joining two offices is two people: no run across a second head
        ("وزیر کشور و وزیر امور خارجه در این نشست شرکت کردند.", ["وزیر کشور", "وزیر امور خارجه"]),
        ("رئیس مجلس و رئیس قوه قضاییه با یکدیگر دیدار کردند.", ["رئیس مجلس", "رئیس قوه قضاییه"]),
        # a head that ends in a field («معاون سیاسی»): a second field after «و», then the governor it serves
        ("معاون سیاسی و امنیتی استاندار بوشهر گفت: انتخابات در آرامش برگزار شد.",
         ["معاون سیاسی و امنیتی استاندار بوشهر", "استاندار بوشهر"]),
        # a list of fields with a comma that «و» closes, before the province: one director general
        ("مدیرکل آموزش، پژوهش و فناوری استان ایلام گفت: مرکز تازه باز شد.",
         ["مدیرکل آموزش، پژوهش و فناوری استان ایلام"]),
        # one member of parliament for two towns joined by «و»: one seat, its places and the parliament
        ("نماینده مردم بابل و بابلسر در مجلس گفت: جاده ساحلی تعریض می‌شود.",
         ["نماینده مردم بابل و بابلسر در مجلس"]),
        # three towns, commas closed by «و»: still one seat
        ("نماینده مردم ساری، میاندورود و نکا گفت: بیمارستان تازه ساخته می‌شود.",
         ["نماینده مردم ساری، میاندورود و نکا"]),
        # the office's body: «فرهنگ» and «ارشاد» (a known body that is a field too) joined by «و», then the county
        ("رئیس اداره فرهنگ و ارشاد اسلامی شهرستان اردستان گفت: نمایشگاه کتاب برپا می‌شود.",
         ["رئیس اداره فرهنگ و ارشاد اسلامی شهرستان اردستان"]),
        # people after «و» are others, not a field of the office
        ("وزیر نیرو و کارشناسان شرکت آب استان تهران از سد بازدید کردند.", ["وزیر نیرو"]),
        # kin after «و» is another person, whom the office after it describes: no run to «شهردار X»
        ("معاون فنی و همسر شهردار تهران از پروژه بازدید کردند.", ["شهردار تهران"]),
        # people by trade after «و» are others too
        ("معاون فنی و مهندسان شهرداری رشت از پروژه بازدید کردند.", []),
    ],
)
def test_joined_portfolio_role(nlp_rules, text, roles):
    assert _roles(nlp_rules(text)) == [compact(r) for r in roles]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # the planning body's other name: two fields joined by «و» (data/role_words.txt), then the province
        ("رئیس سازمان مدیریت و برنامه‌ریزی استان سمنان از بودجه تازه خبر داد.",
         "سازمان مدیریت و برنامه‌ریزی استان سمنان"),
        # the body that closes a joined portfolio stays a mention of its own («… و بسیج [استانداری قم]»)
        ("معاون امور ایثارگران و بسیج استانداری قم گفت: این طرح اجرا می‌شود.", "استانداری قم"),
    ],
)
def test_joined_field_org(nlp_rules, text, org):
    doc = nlp_rules(text)
    assert compact(org) in [compact(s.text) for s in doc.spans["mentions"] if s.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # content before the verb: it starts after the whole office, not with the office's second field
        ("معاون فنی و عمرانی شهرداری کرمان ساخت این پل را برای شهر ضروری دانست.",
         "معاون فنی و عمرانی شهرداری کرمان", "ساخت این پل"),
    ],
)
def test_joined_portfolio_speaker(nlp_rules, text, speaker, content):
    doc = nlp_rules(text)
    quotes = doc._.quotes
    assert len(quotes) == 1
    assert compact(quotes[0]["speaker_text"]) == compact(speaker)
    assert doc.text[quotes[0]["start"]:quotes[0]["end"]].startswith(content)


@pytest.mark.parametrize(
    ("words", "end", "field", "expected"),
    [
        # «معاون | فنی و عمرانی | شهرداری ساری»: the municipality closes the joined portfolio
        ("معاون فنی و عمرانی شهرداری ساری گفت", 1, False, 4),
        # no «و» in the run: not this rule's
        ("معاون فنی شهرداری ساری گفت", 1, False, 1),
        # a body before «و» is the office's own: «و» after it joins another body
        ("معاون فنی شهرداری ساری و سازمان آب استان مازندران", 1, False, 1),
        # «و» right after the head joins another person unless the role has read a field already
        ("مدیرکل و معاون آموزش استان گیلان", 1, False, 1),
        ("معاون پشتیبانی و منابع انسانی استانداری قم", 2, True, 5),
        # a second office, a first name or other people after «و» stop the run
        ("معاون فنی و رئیس اداره برق استان گیلان", 1, False, 1),
        ("رئیس سابق و محسن کریمی استان گیلان", 1, False, 1),
        ("معاون فنی و مدیران شهرداری ساری", 1, False, 1),
        # «مسوول» is the office head «مسئول» spelt another way: a second person
        ("وزیر نیرو و مسوول سازمان آب استان گیلان", 2, True, 2),
        # a comma right after a role ends it: a body's name after it opens the next clause
        ("خبرنگار اقتصادی خبرگزاری فارس ، مرکز آمار و اطلاعات استان گیلان", 4, True, 4),
        # a run that no body or place closes («… و اقتصاد موضوعات …») is no office
        ("دبیر همایش رسانه و اقتصاد موضوعات را گفت", 1, False, 1),
        # a list comma that «و» closes, after a field the role has read: one body's fields, then the province
        ("مدیرکل میراث فرهنگی ، صنایع دستی و گردشگری استان یزد", 3, True, 8),
        # an office after the joined fields closes them: the deputy of the governor
        ("معاون سیاسی و امنیتی استاندار کرمان گفت", 2, True, 4),
        # but an office right after «و» is a second person
        ("معاون سیاسی و استاندار کرمان گفت", 2, True, 2),
        # plain fields right after the head, closed by the office the deputy serves
        ("معاون علمی و فناوری رئیس جمهور گفت", 1, False, 4),
        # an office after a body and «و» is a second person (a surname, then his office)
        ("رئیس سازمان مالیاتی و کریمی مدیرکل مالیات استان گفت", 3, True, 3),
        # a run after the role's complement that an office ends is the clause going on, not a portfolio
        ("کارشناس رسمی دادگستری هستم و اصلا پزشک وزیر نیستم", 3, True, 3),
        # a comma after the list's «و» opens the sentence's next item: no office closes across it
        ("مدیرکل میراث فرهنگی ، صنایع‌دستی و گردشگری ، رضا هدایت مدیرکل آموزش", 3, True, 3),
        # a known body right after «و» that is also a field («ارشاد») goes on with the portfolio to the county
        ("رئیس اداره فرهنگ و ارشاد اسلامی شهرستان نطنز گفت", 1, False, 7),
    ],
)
def test_joined_portfolio(words, end, field, expected):
    w = Words.of(words.split())
    assert joined_portfolio(MentionFinder(load_tables()), w, 0, end, field) == expected

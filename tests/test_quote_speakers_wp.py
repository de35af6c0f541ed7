"""Quote speakers and precision in world and politics news: who speaks, and which cue-like words report no
one's speech (general patterns studied on the tune3 and check3 halves of the dev set)."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact


def quotes_of(doc):
    return [(q["kind"], compact(q["cue"]), compact(q["text"])) for q in doc._.quotes]


@pytest.mark.parametrize(
    "text",
    [
        # «باید اشاره کرد که …»: a cue right after a modal is a short infinitive, the writer's own voice
        "در این باره باید اشاره کرد که تحریم‌های تازه بازار نفت را آشفته کرده است.",
        # ... «باید تاکید کرد که …» too
        "با این همه باید تاکید کرد که هیچ یک از دو طرف به توافق پایبند نمانده است.",
        # ... and «می‌توان ادعا کرد که …»
        "از این نظر می‌توان ادعا کرد که سیاست تازه کاخ سفید شکست خورده است.",
    ],
)
def test_modal_cue_is_no_quote(nlp_rules, text):
    assert quotes_of(nlp_rules(text)) == []


def speaker_name(doc, quote):
    """The first mention of the quote's speaker entity ("" when unknown)."""
    entity = next((e for e in doc._.entities if e["id"] == quote["speaker"]), None)
    return compact(doc.text[slice(*entity["mentions"][0])]) if entity else ""


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a time adverbial before the subject («بامداد دوشنبه X اعلام کرد»): the organization after it speaks
        ("بامداد دوشنبه وزارت خارجه فرانسه اعلام کرد که سفیر خود را از آن کشور فرا می‌خواند.",
         "وزارت خارجه فرانسه"),
        # ... «روز گذشته» before a country
        ("روز گذشته ترکیه اعلام کرد که مرزهای جنوبی خود را می‌بندد.", "ترکیه"),
    ],
)
def test_subject_after_time_adverbial(nlp_rules, text, speaker):
    doc = nlp_rules(text)
    assert [speaker_name(doc, q) for q in doc._.quotes] == [compact(speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # «در پاسخ به سؤال خبرنگاری که گفت: …؟»: the colon cue is the asker's, the question is no quote
        "سفیر در پاسخ به سؤال خبرنگاری که گفت: چرا گفت‌وگوها متوقف شده است؟ پاسخی نداد.",
        # ... «پرسش» and a reporter of a named outlet
        "وزیر در پاسخ به پرسش خبرنگار رادیو که گفت: چرا قیمت‌ها بالا رفته؟ سکوت کرد.",
    ],
)
def test_asker_colon_is_no_quote(nlp_rules, text):
    assert quotes_of(nlp_rules(text)) == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # «سخن X که فرمودند …»: a cue right after the «که» of a relative clause is said by the noun it hangs on
        # (the honorific plural «فرمودند» with no subject of its own)
        ("ما همواره به سخن رهبر انقلاب که فرمودند هیچ بن‌بستی در کشور وجود ندارد پایبند بوده‌ایم.",
         "فرمودند", "رهبر انقلاب"),
        # ... and not the subject of the sentence around it
        ("دکتر علی رضایی در این نشست به پیام وزیر نیرو که گفت آب شرب همه شهرها تامین است اشاره کرد.",
         "گفت", "وزیر نیرو"),
    ],
)
def test_relative_clause_antecedent_speaks(nlp_rules, text, cue, speaker):
    doc = nlp_rules(text)
    quotes = [q for q in doc._.quotes if compact(q["cue"]) == compact(cue)]
    assert [speaker_name(doc, q) for q in quotes] == [compact(speaker)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «به خاطر آنچه (که) وی X نامید، …»: «آنچه» is the deem's object, X (before the cue) what he called it;
        # the clause after the comma is the narrator's, no content
        ("نخست‌وزیر ژاپن به خاطر آنچه که وی تهدید موشکی همسایه شمالی نامید، بودجه دفاعی کشورش را افزایش داد.",
         [("indirect", compact("نامید"), compact("تهدید موشکی همسایه شمالی"))]),
        # ... inside the content of a later cue, which still reaches back over it
        ("وزیر خارجه فرانسه نسبت به آنچه دخالت بیگانگان در انتخابات خواند، ابراز نگرانی کرد.",
         [("indirect", compact("ابراز نگرانی کرد"), compact("نسبت به آنچه دخالت بیگانگان در انتخابات خواند")),
          ("indirect", compact("خواند"), compact("دخالت بیگانگان در انتخابات"))]),
    ],
)
def test_what_one_called(nlp_rules, text, expected):
    assert quotes_of(nlp_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # «باعث شد تا X، … متهم کرد»: «تا» opens a clause of its own, and the organization after it is its subject
        ("این اقدام باعث شد تا وزارت خارجه روسیه، آمریکا را به نقض توافق متهم کرد.", "وزارت خارجه روسیه"),
    ],
)
def test_subject_after_ta(nlp_rules, text, speaker):
    doc = nlp_rules(text)
    assert [speaker_name(doc, q) for q in doc._.quotes] == [compact(speaker)]


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # a think tank is an organization («اندیشکده», data/org_heads.tsv) that issues reports and speaks
        ("اندیشکده آمریکایی در گزارشی مدعی شده که صادرات چین کاهش یافته است.", ["اندیشکده آمریکایی"]),
        # ... and «این اندیشکده» points back to it (data/anaphors.tsv)
        ("یک اندیشکده آمریکایی روز گذشته گزارشی منتشر کرد. این اندیشکده مدعی شده که صادرات چین کاهش یافته است.",
         ["اندیشکده آمریکایی", "این اندیشکده"]),
    ],
)
def test_think_tank_speaks(nlp_rules, text, mentions):
    doc = nlp_rules(text)
    speakers = [e for e in doc._.entities if e["id"] in {q["speaker"] for q in doc._.quotes}]
    assert [(e["label"], [compact(doc.text[a:b]) for a, b in e["mentions"]]) for e in speakers] == [
        ("ORG", [compact(m) for m in mentions])]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # «به ادعای این گزارش، …» after «X در گزارشی مدعی شده که …»: the report is X's, not the last speaker's
        ("اندیشکده آمریکایی در گزارشی مدعی شده که صادرات چین کاهش یافته است. سخنگوی وزارت بازرگانی چین "
         "گفت که این ادعا نادرست است. به ادعای این گزارش، واردات این کشور هم کم شده است.", "به ادعای",
         "اندیشکده آمریکایی"),
        # ... «در این گزارش آمده است: …» after «X در گزارش خود اعلام کرد که …» (paragraphs, as in the news)
        ("عنوان\nبانک جهانی در گزارش خود اعلام کرد که رشد جهانی کند می‌شود.\nهاینس مولر، اقتصاددان آلمانی گفت "
         "که این پیش‌بینی بدبینانه است.\nدر این گزارش آمده است: تورم در بیشتر کشورها بالا می‌ماند.", "آمده است",
         "بانک جهانی"),
        # «این گزارش می‌افزاید، …» after «بنا بر گزارش روزنامه X، …» (not «به گزارش X»): X's report, not the
        # person named last
        ("عنوان\nبنا بر گزارش روزنامه گاردین، دولت بریتانیا بودجه دفاعی را افزایش می‌دهد.\nجان اسمیت نماینده "
         "پارلمان گفت که این کار لازم نیست.\nاین گزارش می‌افزاید، هزینه ارتش تا دو سال دیگر دو برابر خواهد شد.",
         "می‌افزاید", "روزنامه گاردین"),
        # ... «در این گزارش آمده است: …» after «بر اساس گزارش هفته‌نامه X، …»
        ("عنوان\nبر اساس گزارش هفته‌نامه اشپیگل، آلمان سفیر خود را فرا می‌خواند.\nیوهان مولر نماینده پارلمان "
         "گفت که این کار شتاب‌زده است.\nدر این گزارش آمده است: «برلین از رفتار مسکو خشمگین است.»", "آمده است",
         "هفته‌نامه اشپیگل"),
    ],
)
def test_this_report_is_its_issuers(nlp_rules, text, cue, speaker):
    doc = nlp_rules(text)
    quote = next(q for q in doc._.quotes if compact(q["cue"]) == compact(cue))
    assert speaker_name(doc, quote) == compact(speaker)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # «X … است و Y در حالی … را متهم می‌کند که …»: a verb and «و» close the first clause; the subject after
        # them speaks, not the first clause's subject
        ("بنا بر این گزارش، چین تولید فولاد خود را افزایش داده است و آمریکا در حالی این کشور را به دامپینگ "
         "متهم می‌کند که پکن این ادعا را رد کرده است.", "متهم می‌کند", "آمریکا"),
        # ... a past verb («شد») and a named person after «و»
        ("سفیر روسیه دیروز وارد تهران شد و محمد کریمی بر ضرورت گسترش روابط دو کشور تاکید کرد.",
         "تاکید کرد", "محمد کریمی"),
    ],
)
def test_subject_after_verb_and(nlp_rules, text, cue, speaker):
    doc = nlp_rules(text)
    quotes = [q for q in doc._.quotes if compact(q["cue"]) == compact(cue)]
    assert [speaker_name(doc, q) for q in quotes] == [compact(speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # «در این مراسم که … آغاز شد X افزود: …»: the verb closes the relative clause, the name after it opens the
        # main clause and speaks, not a name inside the relative clause
        ("در این مراسم که با سخنرانی کوتاه محمد رضایی آغاز شد علی حسینی افزود: امسال برنامه‌های متنوعی برای "
         "جوانان در نظر گرفته شده است.", "علی حسینی"),
        # ... a relative clause closed by «بود»
        ("در نشستی که به دعوت حسن محمدی برپا شده بود مریم احمدی گفت: کتابخانه شهر تا پایان سال بازسازی می‌شود.",
         "مریم احمدی"),
    ],
)
def test_subject_after_relative_clause(nlp_rules, text, speaker):
    doc = nlp_rules(text)
    assert [speaker_name(doc, q) for q in doc._.quotes] == [compact(speaker)]

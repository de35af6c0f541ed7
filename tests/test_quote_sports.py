"""Quotes: constructions of sports news (session 22, varzesh3), each counted over many articles of the
unannotated varzesh3 news rather than fitted to one: praise named by a noun, a medium's claim, and a colon cue
that ends its paragraph."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact
from stage_helpers import cue_text_speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «با تمجید از Y گفت: …»: praise named by a noun, like «با انتقاد از Y»
        ("عنوان\nمهدی تاج با تمجید از عملکرد داوران گفت: این فصل اشتباهات کمتر بود.",
         [("با تمجید", "از عملکرد داوران", "مهدی تاج"), ("گفت", "این فصل اشتباهات کمتر بود.", "مهدی تاج")]),
        # ... and «ضمن تمجید از Y»
        ("عنوان\nعلی دایی ضمن تمجید از روحیه بازیکنان جوان گفت: این تیم آینده خوبی دارد.",
         [("ضمن تمجید", "از روحیه بازیکنان جوان", "علی دایی"), ("گفت", "این تیم آینده خوبی دارد.", "علی دایی")]),
    ],
)
def test_praise_noun(nlp_rules, text, expected):
    assert cue_text_speaker(nlp_rules, text) == [(compact(c), compact(t), s) for c, t, s in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «طبق ادعای X، …»: a medium's claim, like «به ادعای X، …»
        ("عنوان\nطبق ادعای روزنامه آس، رئال مادرید برای جذب این مهاجم پیشنهاد تازه‌ای داده است.",
         [("طبق ادعای", "رئال مادرید برای جذب این مهاجم پیشنهاد تازه‌ای داده است", "روزنامه آس")]),
        # ... «بنا به ادعای X، …»
        ("عنوان\nبنا به ادعای روزنامه آس، بارسلونا قرارداد مدافع خود را تمدید نمی‌کند.",
         [("بنا به ادعای", "بارسلونا قرارداد مدافع خود را تمدید نمی‌کند", "روزنامه آس")]),
    ],
)
def test_claim_openers(nlp_rules, text, expected):
    assert cue_text_speaker(nlp_rules, text) == [(compact(c), compact(t), s) for c, t, s in expected]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # «… گفت:» ends its paragraph: the next paragraph is the quote
        ("عنوان\nسرمربی استقلال در نشست خبری پیش از بازی گفت:\nما برای این مسابقه آماده هستیم و بازیکنان "
         "انگیزه زیادی دارند.", "ما برای این مسابقه آماده هستیم و بازیکنان انگیزه زیادی دارند."),
        # ... and with «اظهار داشت:»
        ("عنوان\nکاپیتان تیم ملی پس از تمرین اظهار داشت:\nشرایط زمین تمرین خوب نبود اما همه تلاش کردیم.",
         "شرایط زمین تمرین خوب نبود اما همه تلاش کردیم."),
    ],
)
def test_colon_ends_paragraph(nlp_rules, text, content):
    assert compact(content) in [t for _, t, _ in cue_text_speaker(nlp_rules, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «از X به عنوان Y نام برده می‌شود»: a rumour in the passive, nobody named says it; text «از X به عنوان Y»
        ("عنوان\nباشگاه پیکان در حالی به دنبال مهاجم تازه است که از علی کریمی به عنوان گزینه اصلی این تیم "
         "نام برده می‌شود.", [("نام برده می‌شود", "از علی کریمی به عنوان گزینه اصلی این تیم", None)]),
        # ... with «یاد می‌شود»
        ("عنوان\nاز استقلال و پرسپولیس به عنوان مشتریان جدی این هافبک جوان یاد می‌شود.",
         [("یاد می‌شود", "از استقلال و پرسپولیس به عنوان مشتریان جدی این هافبک جوان", None)]),
        # ... but «در این مراسم از X یاد شد» (X was remembered) holds no «به عنوان»: no one's claim, no quote
        ("عنوان\nدر این مراسم از پیشکسوتان فوتبال استان یاد شد. از علی کریمی به عنوان گزینه اصلی تیم نام برده شد.",
         [("نام برده شد", "از علی کریمی به عنوان گزینه اصلی تیم", None)]),
        # ... nor «… که از او به عنوان X یاد می‌شود»: a relative clause that describes the one before it
        ("عنوان\nدروازه‌بانی که از او به عنوان ستاره آینده یاد می‌شود مصدوم شد. از علی کریمی به عنوان گزینه اصلی "
         "تیم نام برده شد.", [("نام برده شد", "از علی کریمی به عنوان گزینه اصلی تیم", None)]),
    ],
)
def test_named_as_passive(nlp_rules, text, expected):
    assert cue_text_speaker(nlp_rules, text) == [(compact(c), compact(t), s) for c, t, s in expected]



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «X … گفت‌وگویی انجام داد.» ends a paragraph: each first-person paragraph below it is X's answer, a
        # direct quote with the interview phrase as its cue (a short sub-heading between them is none)
        ("عنوان\nبه گزارش خبرنگار ما، علی کریمی پس از تمرین دیروز در مورد آینده تیم گفت‌وگویی انجام داد.\n"
         "فصل سختی داریم\nما در این فصل بازیکنان خوبی جذب کردیم و امیدواریم به جمع مدعیان برگردیم.",
         [("گفت‌وگویی انجام داد", "ما در این فصل بازیکنان خوبی جذب کردیم و امیدواریم به جمع مدعیان برگردیم.",
           "علی کریمی")]),
        # ... «به گفت‌وگو پرداخت»; the interviewer's question (ending in «؟») is no answer
        ("عنوان\nمهدی طارمی پس از بازگشت به تهران با خبرنگاران به گفت‌وگو پرداخت.\n"
         "آیا برای بازی بعدی آماده هستید و شرایط بدنی شما به حد مطلوب رسیده است؟\n"
         "من هر روز تمرین می‌کنم و فکر می‌کنم تا هفته آینده کاملا آماده باشم و به تیم کمک کنم.",
         [("به گفت‌وگو پرداخت", "من هر روز تمرین می‌کنم و فکر می‌کنم تا هفته آینده کاملا آماده باشم و به تیم "
           "کمک کنم.", "مهدی طارمی")]),
        # ... and a paragraph of narration in the third person is none either
        ("عنوان\nعلی دایی در مورد شرایط تیمش مصاحبه‌ای انجام داد.\n"
         "من از بازیکنان راضی هستم ولی باید در خط دفاع بهتر از این بازی کنیم تا امتیاز بگیریم.\n"
         "این تیم هفته آینده در ورزشگاه آزادی به مصاف صدرنشین جدول لیگ برتر خواهد رفت.",
         [("مصاحبه‌ای انجام داد", "من از بازیکنان راضی هستم ولی باید در خط دفاع بهتر از این بازی کنیم تا "
           "امتیاز بگیریم.", "علی دایی")]),
        # ... a paragraph with a cue of its own («X … گفت که ما …») is no answer: only its own quote
        ("عنوان\nعلی کریمی پس از تمرین دیروز در مورد آینده تیم گفت‌وگویی انجام داد.\n"
         "ما در این فصل بازیکنان خوبی جذب کردیم و امیدواریم به جمع مدعیان برگردیم.\n"
         "مهدی تاج رئیس فدراسیون فوتبال نیز در نشست خبری گفت که ما از عملکرد تیم ملی در جام جهانی راضی هستیم.",
         [("گفت‌وگویی انجام داد", "ما در این فصل بازیکنان خوبی جذب کردیم و امیدواریم به جمع مدعیان برگردیم.",
           "علی کریمی"), ("گفت", "ما از عملکرد تیم ملی در جام جهانی راضی هستیم", "مهدی تاج")]),
        # ... and the bare «گفت‌وگو انجام داد» is talks between officials, no interview: no answers follow
        ("عنوان\nمحمدجواد ظریف وزیر امور خارجه دیروز در مسکو با همتای روس خود گفت‌وگو انجام داد.\n"
         "ما در این دیدار درباره همکاری‌های اقتصادی دو کشور و پرونده هسته‌ای سخنان زیادی شنیدیم و امیدواریم.", []),
    ],
)
def test_interview_answers(nlp_rules, text, expected):
    assert cue_text_speaker(nlp_rules, text) == [(compact(c), compact(t), s) for c, t, s in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «X از Y تمجید کرد»: praise is read like «X از Y انتقاد کرد», the content «از Y»
        ("عنوان\nسرمربی پرسپولیس در نشست خبری از عملکرد دروازه‌بان جوان تیمش تمجید کرد.",
         [("تمجید کرد", "از عملکرد دروازه‌بان جوان تیمش", "سرمربی پرسپولیس")]),
        # ... «تعریف کرد» (praised)
        ("عنوان\nعلی دایی در گفت‌وگو با رسانه‌ها از بازیکنان جوان تیم ملی تعریف کرد.",
         [("تعریف کرد", "از بازیکنان جوان تیم ملی", "علی دایی")]),
        # ... but «تعریف کرد» with no «از» before it defines or tells a story: no quote
        ("عنوان\nسرمربی تیم نقش هافبک دفاعی را در این سیستم تازه تعریف کرد. علی دایی از بازیکنان جوان تعریف کرد.",
         [("تعریف کرد", "از بازیکنان جوان", "علی دایی")]),
        # ... but «دفاع کرد» is no cue: it is as often a military defence, «ارتش از شهر دفاع کرد»
        ("عنوان\nارتش سوریه دیروز پس از نبردی سنگین از شهر حلب در برابر حمله شورشیان دفاع کرد.", []),
    ],
)
def test_praise_verbs(nlp_rules, text, expected):
    assert cue_text_speaker(nlp_rules, text) == [(compact(c), compact(t), s) for c, t, s in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «X به تمجید از Y پرداخت»: praise told with «به … پرداخت», the content «از Y» up to the light verb
        ("عنوان\nسرمربی سپاهان پس از بازی به تمجید از مهاجم جوان تیمش، بهترین گلزن فصل پرداخت.",
         [("به تمجید", "از مهاجم جوان تیمش، بهترین گلزن فصل", "سرمربی سپاهان")]),
        # ... «به تمجید از Y می‌پردازد» in the present
        ("عنوان\nعلی دایی در این برنامه به تمجید از برنامه‌ریزی سازمان لیگ می‌پردازد.",
         [("به تمجید", "از برنامه‌ریزی سازمان لیگ", "علی دایی")]),
        # ... but with no «پرداخت» closing it, «به تمجید از» tells nothing said: no quote
        ("عنوان\nهواداران به تمجید از بازیکنان جوان در ورزشگاه ماندند. علی دایی به تمجید از دروازه‌بان تیم پرداخت.",
         [("به تمجید", "از دروازه‌بان تیم", "علی دایی")]),
        # ... nor does the noun «پرداخت» (payment) close it: «به تمجید از X و پرداخت پاداش … اشاره کرد»
        ("عنوان\nمدیرعامل باشگاه در این نشست به تمجید از هواداران و پرداخت پاداش بازیکنان پس از قهرمانی اشاره کرد.",
         []),
        # ... nor the noun «پردازش» (processing): the light verb after it closes the content
        ("عنوان\nمربی تیم به تمجید از سرعت پردازش اطلاعات در سامانه جدید ویدئوچک پرداخت.",
         [("به تمجید", "از سرعت پردازش اطلاعات در سامانه جدید ویدئوچک", "مربی تیم")]),
    ],
)
def test_praise_with_paid(nlp_rules, text, expected):
    assert cue_text_speaker(nlp_rules, text) == [(compact(c), compact(t), s) for c, t, s in expected]

"""Quotes: general forms found on the tune half of the dev set (titles, «بر اساس اعلام X، …» …)."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact


def quotes_of(doc):
    return [(q["kind"], compact(q["cue"]), compact(q["text"])) for q in doc._.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title with a cue verb is a quote like any lead or body sentence («X بر … تاکید کرد»)
        ("سرهنگ علی رضایی بر حفظ آرامش در شهر تاکید کرد\nخبرگزاری فارس: جلسه شورای امنیت استان دیروز برگزار شد.",
         [("indirect", compact("تاکید کرد"), compact("بر حفظ آرامش در شهر"))]),
        # ... a title «X … را Y خواند»
        ("وزیر راه ساخت جاده تازه را ضروری خواند\nخبرگزاری فارس: نشست کارشناسان حمل و نقل در تهران برگزار شد.",
         [("indirect", compact("خواند"), compact("ساخت جاده تازه را ضروری"))]),
    ],
)
def test_title_quotes(nlp_rules, text, expected):
    assert quotes_of(nlp_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # «بر اساس اعلام X، …» with X no known entity (plural, unnamed): a quote whose speaker is unknown
        ("بر اساس اعلام ناظران مستقل، دست‌کم ده نفر در درگیری‌ها زخمی شدند.", "دست‌کم ده نفر در درگیری‌ها زخمی شدند"),
        # ... «بنا بر اعلام X، …» as well
        ("بنا بر اعلام امدادگران محلی، راه روستا هنوز بسته است.", "راه روستا هنوز بسته است"),
        # «بر اساس اعلام قبلی، …» names no source: no quote
        ("بر اساس اعلام قبلی، کلاس‌های دانشگاه از شنبه حضوری می‌شوند.", None),
    ],
)
def test_announced_by_unnamed_source(nlp_rules, text, content):
    quotes = nlp_rules(text)._.quotes
    if content is None:
        assert quotes == []
    else:
        assert [(compact(q["text"]), q["speaker"]) for q in quotes] == [(compact(content), None)]


@pytest.mark.parametrize(
    "text",
    [
        # «X به سؤالات … پاسخ داد»: what stands before «پاسخ داد» was answered, not said
        "وزیر راه دیروز در مجلس به پرسش‌های نمایندگان درباره کرایه قطارها پاسخ داد.",
        # «این گزارش حاکی است، …»: the report's own narration («به نقل از» makes no speaker of it)
        "عنوان\nبه گزارش فارس به نقل از رویترز، قیمت طلا بالا رفت.\nاین گزارش حاکی است، بازار سهام آسیا نیز امروز رشد کرد.",
        # «گزارش‌ها حاکی است که …» as well
        "عنوان\nبه گزارش فارس از تهران، گزارش‌ها حاکی است که دو کشتی در بندر پهلو گرفته‌اند.",
        # «… که خواست نامش فاش نشود …»: the anonymity formula is no request (though «از» stands before it)
        "عنوان\nبه گزارش خبرگزاری فرانسه از بغداد، یک افسر ارتش که خواست نامش فاش نشود امروز در جمع خبرنگاران "
        "گفت: تمرین‌ها ادامه دارد.",
    ],
)
def test_no_speech(nlp_rules, text):
    assert [q["text"] for q in nlp_rules(text)._.quotes if q["kind"] == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "nested"),
    [
        # a named person inside a direct quote with a cue and the content after it: a second, nested quote
        ("عنوان\nسرتیپ علی نادری گفت: همان‌گونه که رهبر انقلاب فرموده‌اند امنیت مرزها خط قرمز ماست.",
         [("فرموده‌اند", "امنیت مرزها خط قرمز ماست", "رهبر انقلاب")]),
        # ... a promise told inside the quote («قول داد …», no «که»)
        ("عنوان\nسرتیپ علی نادری گفت: وزیر کشور دیروز در جلسه قول داد بودجه مرزبانی دو برابر شود.",
         [("قول داد", "بودجه مرزبانی دو برابر شود", "وزیر کشور")]),
        # an unnamed group opening the clause with a plural cue («برخی می‌گویند …»): a nested quote, no speaker
        ("عنوان\nسرتیپ علی نادری گفت: برخی می‌گویند مرزهای شرقی ناامن شده است.",
         [("می‌گویند", "مرزهای شرقی ناامن شده است", None)]),
        # ... experts as the group («کارشناسان پیش‌بینی می‌کنند …»)
        ("عنوان\nدکتر حسن کریمی گفت: کارشناسان پیش‌بینی می‌کنند بهای گندم تا پایان سال پایین بیاید.",
         [("پیش‌بینی می‌کنند", "بهای گندم تا پایان سال پایین بیاید", None)]),
        # ... a past cue after «برخی از X» («برخی از نمایندگان گفتند …»)
        ("عنوان\nسرتیپ علی نادری گفت: برخی از نمایندگان در نشست دیروز گفتند بودجه مرزبانی کافی نیست.",
         [("گفتند", "بودجه مرزبانی کافی نیست", None)]),
        # a plural cue with no subject word at all («گفتند …», the person ending is all): unnamed others, no speaker
        ("عنوان\nمربی تیم ملوان گفت: دیروز به ورزشگاه رفتیم. گفتند بازی ساعت هشت آغاز می‌شود.",
         [("گفتند", "بازی ساعت هشت آغاز می‌شود", None)]),
        # ... after «ولی» and an adverbial phrase, with «که»
        ("عنوان\nرئیس هیئت قایقرانی گفت: قایق‌ها هنوز نرسیده ولی در نامه‌ای اعلام کردند که تا آخر ماه ارسال می‌شود.",
         [("اعلام کردند", "تا آخر ماه ارسال می‌شود", None)]),
        # ... not with a pronoun that points back («آنها»، «خودشان»): someone the speaker told of
        ("عنوان\nرئیس هیئت قایقرانی گفت: آنها اعلام کردند که تا آخر ماه قایق ارسال می‌شود.", []),
        ("عنوان\nنماینده تهران گفت: این گروه برای مردم کاری نکرده و چنان‌که خودشان هم تاکید دارند تنها به انتخابات فکر می‌کنند.",
         []),
        # ... nor a clause with a subject word before the cue («همانطور که X هم گفتند …»: X's words, X not found)
        ("عنوان\nنماینده تهران گفت: همانطور که اعضای آن حزب هم بیان کردند، هدف اصلی این همایش انتخابات است.", []),
        # ... a stray double space before the cue is no clause boundary: the subject before it still counts
        ("عنوان\nنماینده تهران گفت: اعضای آن حزب در این همایش حرف‌هایی را  مطرح کردند، که نشان داد برنامه‌ای ندارند.", []),
        # ... nor a stance («معتقدند …»): the speaker's account of them
        ("عنوان\nمربی تیم ملوان گفت: معتقدند بازی باید بدون تماشاگر برگزار شود.", []),
    ],
)
def test_nested_clause_after_cue(nlp_rules, text, nested):
    doc = nlp_rules(text)
    inner = [(compact(q["cue"]), compact(q["text"]), q["speaker_text"]) for q in doc._.quotes if q["kind"] == "indirect"]
    assert inner == [(compact(c), compact(t), s) for c, t, s in nested]


@pytest.mark.parametrize(
    ("text", "nested"),
    [
        # a named person inside a direct quote with the content before a «از … خبر داد» cue: a nested quote
        ("عنوان\nسرتیپ علی نادری گفت: فرماندار زاهدان همچنین از ساخت سه پاسگاه تازه در مرز خبر داد.",
         [("خبر داد", "از ساخت سه پاسگاه تازه در مرز", "فرماندار زاهدان")]),
        # ... a «بر … تاکید کرد» cue
        ("عنوان\nسرتیپ علی نادری گفت: وزیر کشور در این جلسه بر تقویت نیروهای مرزی تاکید کرد.",
         [("تاکید کرد", "بر تقویت نیروهای مرزی", "وزیر کشور")]),
        # ... a deeming cue («X را Y دانست»)
        ("عنوان\nسرتیپ علی نادری گفت: رهبر انقلاب امنیت مرزها را خط قرمز کشور دانستند.",
         [("دانستند", "امنیت مرزها را خط قرمز کشور", "رهبر انقلاب")]),
    ],
)
def test_nested_clause_before_cue(nlp_rules, text, nested):
    doc = nlp_rules(text)
    inner = [(compact(q["cue"]), compact(q["text"]), q["speaker_text"]) for q in doc._.quotes if q["kind"] == "indirect"]
    assert inner == [(compact(c), compact(t), s) for c, t, s in nested]


@pytest.mark.parametrize(
    ("text", "anaphor", "antecedent"),
    [
        # «این روزنامه» goes back to a paper named with its kind («روزنامه X»), though the name's key drops it
        ("عنوان\nروزنامه گاردین نوشت: مذاکرات ادامه دارد.\nوزیر خارجه یونان گفت: ما آماده‌ایم.\n"
         "این روزنامه انگلیسی افزود: نشست بعدی در ژنو است.", "این روزنامه", "روزنامه گاردین"),
        # ... a name of two words, the anaphor with no adjective
        ("عنوان\nروزنامه واشنگتن پست نوشت: دو خبرنگار آزاد شدند.\nسخنگوی پلیس گفت: تحقیقات ادامه دارد.\n"
         "این روزنامه افزود: یک خبرنگار دیگر هنوز در بازداشت است.", "این روزنامه", "روزنامه واشنگتن پست"),
    ],
)
def test_media_anaphor(nlp_rules, text, anaphor, antecedent):
    doc = nlp_rules(text)
    names = [[doc.text[s:e] for s, e in ent["mentions"]] for ent in doc._.entities]
    assert any(anaphor in ms and antecedent in ms for ms in names)
    last = doc._.quotes[-1]
    assert doc.text[last["start"]:last["end"]].startswith("نشست" if "ژنو" in text else "یک خبرنگار")
    assert antecedent in next(ms for ent, ms in zip(doc._.entities, names, strict=True) if ent["id"] == last["speaker"])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # «در این گزارش آمده است: …» after «به گزارش Y، …»: Y's report speaks (the agency's «به گزارش فارس» never)
        ("عنوان\nبه گزارش فارس، یک مجله علمی درباره آب هشدار داد.\nبه گزارش مجله نیچر، ذخایر آب زیرزمینی کم شده است.\n"
         "در این گزارش آمده است: بیشتر چاه‌های کشاورزی در سه دهه گذشته خشک شده‌اند.", "مجله نیچر"),
        # ... «این گزارش می‌افزاید …» likewise
        ("عنوان\nبه گزارش فارس، یک مجله علمی درباره آب هشدار داد.\nبه گزارش مجله نیچر، ذخایر آب زیرزمینی کم شده است.\n"
         "این گزارش می‌افزاید منابع آب شهرهای بزرگ نیز در خطر است.", "مجله نیچر"),
    ],
)
def test_this_report_speaks_for_its_source(nlp_rules, text, speaker):
    doc = nlp_rules(text)
    assert doc._.quotes[-1]["speaker_text"] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # «همگی» («all of them») before a plural cue is no speaker: the speakers are unnamed
        "عنوان\nسرتیپ علی نادری گفت: کار ادامه دارد.\nدر این مراسم که مدیران استان حضور داشتند، همگی بر حفظ "
        "آرامش در بازار تاکید کردند.",
        # a singular «او» in a clause before a plural cue is not its subject
        "عنوان\nمهندس رضا امینی به وزارتخانه رسید.\nدستیاران رئیس‌جمهور هنگامی که او تازه کار را شروع کرده بود "
        "پیشنهاد کردند او طرح تازه‌ای برای حمل و نقل عمومی بنویسد.",
    ],
)
def test_plural_cue_unnamed_speaker(nlp_rules, text):
    quotes = nlp_rules(text)._.quotes
    assert quotes[-1]["kind"] == "indirect" and quotes[-1]["speaker"] is None


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # «X عقیده دارد که …» (believes), like «معتقد است که …»
        ("مهندس رضا امینی عقیده دارد که مصرف آب در شهرها باید کم شود.", "عقیده دارد", "مصرف آب در شهرها باید کم شود",
         "مهندس رضا امینی"),
        # ... «اعتقاد دارد که …»
        ("دکتر مریم احمدی اعتقاد دارد که بازار مسکن تا پاییز آرام می‌ماند.", "اعتقاد دارد",
         "بازار مسکن تا پاییز آرام می‌ماند", "دکتر مریم احمدی"),
    ],
)
def test_belief_cues(nlp_rules, text, cue, content, speaker):
    doc = nlp_rules(text)
    assert [(compact(q["cue"]), compact(q["text"]), q["speaker_text"]) for q in doc._.quotes] == [
        (compact(cue), compact(content), speaker)]


PRESS_REVIEW = "مرور مطبوعات\nخبرگزاری فارس: سرخط روزنامه‌های صبح امروز را در ادامه می‌خوانید.\n* اقتصاد\n"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a press review's list of headlines: «- X اعلام کرد: Y» is a direct quote, each line its own
        ("- وزیر نیرو اعلام کرد: قطعی برق تابستان کمتر می‌شود\n- رئیس بانک مرکزی خبر داد: نرخ سود بانکی ثابت می‌ماند\n",
         [("direct", "اعلام کرد", "قطعی برق تابستان کمتر می‌شود", "وزیر نیرو"),
          ("direct", "خبر داد", "نرخ سود بانکی ثابت می‌ماند", "رئیس بانک مرکزی")]),
        # ... a headline with the content before its cue («X از Y خبر داد») is an indirect quote
        ("- استاندار از ساخت سه بیمارستان تازه خبر داد\n- بازار خودرو همچنان راکد است\n",
         [("indirect", "خبر داد", "از ساخت سه بیمارستان تازه", "استاندار")]),
        # ... a first-person headline after a quoted one does not go on with it (a headline never runs on)
        ("- وزیر نیرو اعلام کرد: قطعی برق تابستان کمتر می‌شود\n- ما از حقوق خود کوتاه نمی‌آییم\n",
         [("direct", "اعلام کرد", "قطعی برق تابستان کمتر می‌شود", "وزیر نیرو")]),
    ],
)
def test_press_review_headlines(nlp_rules, lines, expected):
    doc = nlp_rules(PRESS_REVIEW + lines)
    assert [(q["kind"], compact(q["cue"]), compact(q["text"]), q["speaker_text"]) for q in doc._.quotes] == [
        (k, compact(c), compact(t), s) for k, c, t, s in expected]


@pytest.mark.parametrize(
    ("text", "cue", "content"),  # the cue is recorded as the phrase's first two words
    [
        # «ضمن ابراز خرسندی از …» opens an indirect quote like «با ابراز خرسندی از …» (the noun phrase is content)
        ("دکتر علی رضایی ضمن ابراز خرسندی از بازگشایی کتابخانه شهر، از خیران تشکر کرد.", "ضمن ابراز",
         "از بازگشایی کتابخانه شهر"),
        # ... «ضمن ابراز نگرانی از …»
        ("دکتر علی رضایی ضمن ابراز نگرانی از کمبود آب آشامیدنی، خواستار صرفه‌جویی شد.", "ضمن ابراز",
         "از کمبود آب آشامیدنی"),
        # ... «اظهار» for «ابراز»: «با اظهار نگرانی از …»
        ("دکتر علی رضایی با اظهار نگرانی از گرانی دارو، به مجلس نامه نوشت.", "با اظهار", "از گرانی دارو"),
        # «X با استقبال از …، …»: welcoming something is an indirect quote, the noun phrase its content
        ("دکتر علی رضایی با استقبال از پیشنهاد شورای شهر، ساخت پارک تازه را آغاز کرد.", "با استقبال",
         "از پیشنهاد شورای شهر"),
        ("وزیر نیرو با استقبال از طرح صرفه‌جویی آب، خواستار همکاری مردم شد.", "با استقبال", "از طرح صرفه‌جویی آب"),
        # ... «ضمن ابراز امیدواری که …»: the clause is the content
        ("دکتر علی رضایی ضمن ابراز امیدواری که جاده تا پاییز تمام شود، از پیمانکار تشکر کرد.",
         "ضمن ابراز", "جاده تا پاییز تمام شود"),
    ],
)
def test_while_expressing(nlp_rules, text, cue, content):
    quotes = nlp_rules(text)._.quotes
    assert (compact(cue), compact(content)) in [(compact(q["cue"]), compact(q["text"])) for q in quotes]


@pytest.mark.parametrize(
    "answer",
    [
        # «در پاسخ به پرسش خبرنگار ایسنا … گفت:»: the reporter (and his outlet) asks; the one who answers is
        # the speaker named before
        "در پاسخ به پرسش خبرنگار ایسنا درباره حقوق کارگران گفت: دستمزدها بالا می‌رود.",
        # ... «سؤال خبرنگار ایرنا» as well
        "در پاسخ به سؤال خبرنگار ایرنا درباره وام مسکن گفت: سقف وام بیشتر می‌شود.",
        # ... and a plural «سؤالات»
        "در پاسخ به سؤالات خبرنگار ایسنا درباره قیمت نان گفت: یارانه آرد ادامه دارد.",
    ],
)
def test_asker_is_no_speaker(nlp_rules, answer):
    doc = nlp_rules("عنوان خبر\nبه گزارش فارس، دکتر علی رضایی گفت: بودجه امسال کافی نیست.\n" + answer)
    assert [q["speaker_text"] for q in doc._.quotes] == ["دکتر علی رضایی", "دکتر علی رضایی"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «در این گزارش ادعا شده است: «…»»: a claim told in the passive, with a colon, is the report's direct
        # quote (the report relayed «به نقل از رویترز»)
        ("عنوان خبر\nبه گزارش فارس به نقل از رویترز، سازمان ملل گزارش تازه‌ای درباره یمن منتشر کرد.\n"
         "در این گزارش ادعا شده است: «بیش از نیمی از مردم یمن به کمک غذایی نیاز دارند.»",
         [("direct", "بیش از نیمی از مردم یمن به کمک غذایی نیاز دارند.", "رویترز")]),
    ],
)
def test_claimed_in_report(nlp_rules, text, expected):
    assert [(q["kind"], compact(q["text"]), q["speaker_text"]) for q in nlp_rules(text)._.quotes] == [
        (k, compact(t), s) for k, t, s in expected]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # «… دانست وگفت که …»: «و» glued to the cue (a missing space) before «که»
        ("دکتر علی رضایی آموزش معلمان را ضروری دانست وگفت که کلاس‌های تازه از مهر آغاز می‌شود.", "گفت",
         "کلاس‌های تازه از مهر آغاز می‌شود"),
        # ... and before a colon: «وافزود:»
        ("دکتر علی رضایی از ساخت مدرسه خبر داد وافزود: کار ساخت تا پاییز تمام می‌شود.", "افزود",
         "کار ساخت تا پاییز تمام می‌شود."),
    ],
)
def test_cue_glued_to_and(nlp_rules, text, cue, content):
    quotes = nlp_rules(text)._.quotes
    assert (compact(cue), compact(content), "علی رضایی") in [
        (compact(q["cue"]), compact(q["text"]), q["speaker_text"].replace("دکتر ", "")) for q in quotes]



@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        # «به گفته این منابع، …»: a demonstrative source with no mention of its own points back to the one
        # who spoke before (here a ministry's spokesman) ...
        ("به گزارش فارس، سخنگوی وزارت نفت گفت: صادرات نفت افزایش یافته است.", "سخنگوی وزارت نفت"),
        # ... or the ministry itself
        ("به گزارش فارس، وزارت نفت اعلام کرد: صادرات نفت افزایش یافته است.", "وزارت نفت"),
    ],
)
def test_opener_source_points_back(nlp_rules, first, speaker):
    doc = nlp_rules("عنوان خبر\n" + first + "\nبه گفته این منابع، دو پالایشگاه تازه هفته آینده افتتاح می‌شوند.")
    assert [(compact(q["text"]), q["speaker_text"]) for q in doc._.quotes][1:] == [
        (compact("دو پالایشگاه تازه هفته آینده افتتاح می‌شوند"), speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # «در خصوص …» before «هشدار داد»: a topic phrase names what was spoken about, not what was said
        "دبیرکل سازمان ملل در پایان سخنان خود در خصوص حمله نظامی به کشورهای همسایه هشدار داد.",
        # ... with «درباره»
        "وزیر خارجه درباره پیامدهای تحریم‌های تازه هشدار داد.",
        # ... with «در مورد» after the frame «در این نشست»
        "سرهنگ علی رضایی در این نشست در مورد افزایش سرقت‌های شبانه در شهر هشدار داد.",
    ],
)
def test_topic_phrase_before_cue(nlp_rules, text):
    assert quotes_of(nlp_rules(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «در پاسخ به این پرسش که X می‌گویند …»: the question's words are no quote, the answer after «گفت:» is
        ("وزیر در پاسخ به این پرسش که منتقدان دولت می‌گویند تورم کاهش نمی‌یابد، گفت: ما برنامه روشنی داریم.",
         [("direct", compact("گفت"), compact("ما برنامه روشنی داریم."))]),
        # ... what an asker in the audience said («دانشجویی که عنوان کرد …»)
        ("نماینده مجلس در پاسخ به دانشجویی که عنوان کرد دولت به وعده‌هایش عمل نکرده است، گفت: همه باید صبور باشند.",
         [("direct", compact("گفت"), compact("همه باید صبور باشند."))]),
        # ... before an indirect answer with «تاکید کرد که»
        ("رئیس دانشگاه در جواب خبرنگاری که گفت شهریه‌ها دو برابر شده است، تاکید کرد که افزایش شهریه منطقی بوده است.",
         [("indirect", compact("تاکید کرد"), compact("افزایش شهریه منطقی بوده است"))]),
    ],
)
def test_question_frame(nlp_rules, text, expected):
    assert quotes_of(nlp_rules(text)) == expected

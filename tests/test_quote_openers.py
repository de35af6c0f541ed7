"""Quotes: openers such as «به گفته X» and «به عقیده X» standing inside their clause (session 18, world and
politics news)."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact


@pytest.mark.parametrize(
    ("text", "cue", "content", "named"),
    [
        # «هدف … به عقیده Y … است»: an unnamed source inside the clause; the whole clause is what Y holds
        ("هدف این طرح به عقیده برخی کارشناسان اقتصادی کاهش هزینه‌های دولت است.", "به عقیده",
         "هدف این طرح به عقیده برخی کارشناسان اقتصادی کاهش هزینه‌های دولت است", False),
        # ... «به اعتقاد Y» as well
        ("این تصمیم تازه به اعتقاد ناظران مستقل گامی به عقب در مذاکرات است.", "به اعتقاد",
         "این تصمیم تازه به اعتقاد ناظران مستقل گامی به عقب در مذاکرات است", False),
        # «کار ما به گفته X …»: a named source inside the clause speaks the whole clause, not only what follows X
        ("کار اصلی ما به گفته علی رضایی ساختن مدرسه‌های تازه در روستاهاست.", "به گفته",
         "کار اصلی ما به گفته علی رضایی ساختن مدرسه‌های تازه در روستاهاست", True),
    ],
)
def test_opener_inside_its_clause(nlp_rules, text, cue, content, named):
    quotes = nlp_rules(text)._.quotes
    assert [(compact(q["cue"]), compact(q["text"]), q["speaker"] is not None) for q in quotes] == [
        (compact(cue), compact(content), named)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # «X دعوت کرد که …»: an invitation with a clause after it reports what X urged
        ("وزیر کشور از همه احزاب دعوت کرد که در انتخابات آینده نامزد معرفی کنند.", "دعوت کرد",
         "در انتخابات آینده نامزد معرفی کنند"),
        # «X اخطار داده است که …»: the perfect of «اخطار داد» with a clause after it
        ("رئیس‌جمهور این کشور به گروه‌های مسلح اخطار داده است که سلاح‌های خود را تحویل دهند.", "اخطار داده است",
         "سلاح‌های خود را تحویل دهند"),
        # «… را این‌گونه تفسیر کردند که …»: what the interpreters hold the text says
        ("برخی تحلیلگران این پیام را این‌گونه تفسیر کردند که دولت آماده گفت‌وگوست.", "تفسیر کردند",
         "دولت آماده گفت‌وگوست"),
    ],
)
def test_speech_acts_with_a_clause(nlp_rules, text, cue, content):
    quotes = nlp_rules(text)._.quotes
    assert [(compact(q["cue"]), compact(q["text"])) for q in quotes] == [(compact(cue), compact(content))]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # «X با بیان نگرانی از اینکه …، …»: concern stated with «بیان», like «با ابراز نگرانی از اینکه …»
        ("نماینده مردم شیراز با بیان نگرانی از اینکه بودجه راه‌ها کم شده است، خواستار پیگیری دولت شد.",
         "بودجه راه‌ها کم شده است"),
    ],
)
def test_concern_stated(nlp_rules, text, content):
    quotes = nlp_rules(text)._.quotes
    # the cue is recorded as its first two words, like «با بیان» of «با بیان اینکه»
    assert [(compact(q["cue"]), compact(q["text"])) for q in quotes] == [(compact("با بیان"), compact(content))]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # «X عنوان کرد که A. زیرا B.»: a sentence opening with «زیرا» gives the reason of the one before, and
        # the indirect quote runs on through it (not through the plain sentence after it)
        ("عنوان\nعلی رضایی عنوان کرد که دولت باید هزینه‌ها را کم کند. زیرا کسری بودجه هر سال بیشتر می‌شود. "
         "نشست تا ظهر ادامه داشت.",
         "دولت باید هزینه‌ها را کم کند. زیرا کسری بودجه هر سال بیشتر می‌شود"),
        # ... «به گفته X، A. چون B.» as well
        ("عنوان\nبه گفته برخی کارشناسان، ساخت سد تازه عجولانه است. چون آب رودخانه برای کشاورزی کافی نیست.",
         "ساخت سد تازه عجولانه است. چون آب رودخانه برای کشاورزی کافی نیست"),
        # ... and a restatement, «به عبارت دیگر»
        ("عنوان\nعلی رضایی گفت که بازار مسکن راکد مانده است. به عبارت دیگر خانه‌ای خرید و فروش نمی‌شود.",
         "بازار مسکن راکد مانده است. به عبارت دیگر خانه‌ای خرید و فروش نمی‌شود"),
    ],
)
def test_reason_sentence_runs_on(nlp_rules, text, content):
    quotes = nlp_rules(text)._.quotes
    assert [compact(q["text"]) for q in quotes] == [compact(content)]


@pytest.mark.parametrize(
    ("text", "kind", "speaker", "content"),
    [
        # «به نوشته X، …»: what a newspaper wrote is X's quote, like «به گفته X، …»
        ("عنوان\nبه نوشته روزنامه گاردین، دولت انگلیس مالیات سوخت را در سال آینده افزایش خواهد داد.", "indirect",
         "روزنامه گاردین", "دولت انگلیس مالیات سوخت را در سال آینده افزایش خواهد داد"),
        # ... with the medium's name in «…»: the source starts after the opening mark
        ("عنوان\nبه نوشته «نیویورک تایمز»، کاخ سفید طرح تازه‌ای برای کاهش مالیات آماده کرده است.", "indirect",
         "نیویورک تایمز", "کاخ سفید طرح تازه‌ای برای کاهش مالیات آماده کرده است"),
        # ... a name known only in part («واشنگتن» of «واشنگتن تایمز»): the content starts after the comma a word on
        ("عنوان\nبه نوشته واشنگتن تایمز، کاخ سفید طرح تازه‌ای برای کاهش مالیات آماده کرده است.", "indirect",
         "واشنگتن", "کاخ سفید طرح تازه‌ای برای کاهش مالیات آماده کرده است"),
        # «بنا به نوشته X، «…»»: the whole content in «…» is the paper's own words, a direct quote
        ("عنوان\nبنا به نوشته روزنامه گاردین، «دولت جدید هیچ برنامه روشنی برای مهار تورم ندارد.»", "direct",
         "روزنامه گاردین", "دولت جدید هیچ برنامه روشنی برای مهار تورم ندارد."),
        # ... an unnamed source as well
        ("عنوان\nبنا به نوشته این روزنامه، «دولت جدید هیچ برنامه روشنی برای مهار تورم ندارد.»", "direct",
         None, "دولت جدید هیچ برنامه روشنی برای مهار تورم ندارد."),
    ],
)
def test_written_by(nlp_rules, text, kind, speaker, content):
    quotes = nlp_rules(text)._.quotes
    assert [(q["kind"], q["speaker_text"], compact(q["text"])) for q in quotes] == [(kind, speaker, compact(content))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «به نوشته X، در بیانیه Y آمده است: …»: the opener names where the statement was read; only the colon
        # quote, Y's, is a quote
        ("عنوان\nبه نوشته روزنامه لوموند، در بیانیه وزارت خارجه فرانسه آمده است: پاریس از گفت‌وگوهای تازه حمایت می‌کند.",
         [("آمده است", "وزارت خارجه فرانسه")]),
        # «به نوشته واشنگتن تایمز، …» where only «واشنگتن» is found: the paper named in full before speaks
        ("عنوان\nروزنامه «واشنگتن تایمز» از طرح تازه دولت خبر داد. به نوشته واشنگتن تایمز، کاخ سفید طرح تازه‌ای برای "
         "کاهش مالیات آماده کرده است.", [("خبر داد", "روزنامه «واشنگتن تایمز»"), ("به نوشته", "روزنامه «واشنگتن تایمز»")]),
        # «گزارش X ادامه می‌دهد که …»: a report with no attribution opener before it speaks for its issuer
        ("عنوان\nبه گزارش خبرگزاری فارس، مجله «اکونومیست» گزارشی درباره بازار نفت منتشر کرد. گزارش مجله «اکونومیست» "
         "ادامه می‌دهد که قیمت نفت تا پایان سال بالا خواهد ماند.", [("ادامه می‌دهد", "مجله «اکونومیست»")]),
    ],
)
def test_report_sources(nlp_rules, text, expected):
    quotes = nlp_rules(text)._.quotes
    assert [(compact(q["cue"]), q["speaker_text"]) for q in quotes] == [(compact(c), s) for c, s in expected]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        # «در گزارش X درباره … آمده است که …»: what a report says, without a colon; the report's issuer speaks
        ("عنوان\nدر گزارش سازمان ملل درباره وضع پناهندگان آمده است که شمار آوارگان امسال دو برابر شده است.",
         "آمده است", "سازمان ملل", "شمار آوارگان امسال دو برابر شده است"),
        # «در دادخواست X ادعا شده …»: a claim in the passive in a lawsuit, its filer speaks
        ("عنوان\nدر دادخواست دولت آمریکا ادعا شده یک شرکت خارجی قوانین تحریم را نقض کرده است.",
         "ادعا شده", "دولت آمریکا", "یک شرکت خارجی قوانین تحریم را نقض کرده است"),
    ],
)
def test_said_in_a_document(nlp_rules, text, cue, speaker, content):
    quotes = nlp_rules(text)._.quotes
    assert [(compact(q["cue"]), q["speaker_text"], compact(q["text"])) for q in quotes] == [
        (compact(cue), speaker, compact(content))]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # «از گزارش X ادعا شده است: …»: a colon-only cue with no subject reads from X's report, X speaks
        ("عنوان\nدر بخش پایانی از گزارش سازمان ملل ادعا شده است: «آوارگان شمال منطقه هنوز آب آشامیدنی "
         "ندارند.»", "سازمان ملل", "آوارگان شمال منطقه هنوز آب آشامیدنی ندارند."),
        # ... the nearest issued text: «به گزارش X، …» before it is the agency's attribution, not the statement
        ("عنوان\nبه گزارش خبرگزاری رویترز از کابل، در بیانیه ارتش ناتو آمده است: سه خودروی گشتی در جاده‌ای کوهستانی "
         "آسیب دیدند.", "ارتش ناتو", "سه خودروی گشتی در جاده‌ای کوهستانی آسیب دیدند."),
    ],
)
def test_read_from_a_document(nlp_rules, text, speaker, content):
    quotes = nlp_rules(text)._.quotes
    assert [(q["kind"], q["speaker_text"], compact(q["text"])) for q in quotes] == [("direct", speaker, compact(content))]

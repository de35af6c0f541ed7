"""Quotes: the findings of a study told by «نشان داد» / «دریافت» (session 22, health news): a quote only when a
study or its researchers is the subject (data/finding_verbs.tsv, data/study_sources.txt)."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «تحقیقات تازه نشان می‌دهد که …»: what a study found, nobody named
        ("عنوان\nتحقیقات تازه نشان می‌دهد که خواب کوتاه در شب خطر فشار خون را بالا می‌برد.",
         [("نشان می‌دهد", None, "خواب کوتاه در شب خطر فشار خون را بالا می‌برد")]),
        # «پژوهشگران دریافتند که …»: unnamed researchers found
        ("عنوان\nپژوهشگران در این بررسی دریافتند که نوشیدن آب کافی سردرد را کمتر می‌کند.",
         [("دریافتند", None, "نوشیدن آب کافی سردرد را کمتر می‌کند")]),
        # «نتایج این مطالعه نشان داد که …»: a long subject before the verb
        ("عنوان\nنتایج حاصل از این مطالعه چند ساله نشان داد که ورزش صبحگاهی خلق و خو را بهتر می‌کند.",
         [("نشان داد", None, "ورزش صبحگاهی خلق و خو را بهتر می‌کند")]),
        # «مطالعات نشان داده است …» with a bare clause after the verb (no «که»)
        ("عنوان\nمطالعات نشان داده است کودکانی که صبحانه می‌خورند در مدرسه تمرکز بیشتری دارند.",
         [("نشان داده است", None, "کودکانی که صبحانه می‌خورند در مدرسه تمرکز بیشتری دارند")]),
        # «تحقیقاتی که … انجام داده‌اند نشان داده است که …»: a relative clause on the study
        ("عنوان\nتحقیقاتی که دانشجویان انجام داده‌اند نشان داده است که خواندن کتاب پیش از خواب آرامش می‌آورد.",
         [("نشان داده است", None, "خواندن کتاب پیش از خواب آرامش می‌آورد")]),
        # a person who showed something by what he did: no finding, no quote
        ("عنوان\nمربی تازه تیم با این تصمیم نشان داد که به بازیکنان جوان اعتماد دارد.", []),
        # «دریافت» as a noun («receipt») with no «که»: no quote
        ("عنوان\nمحققان برای دریافت بودجه تازه درخواست دادند.", []),
    ],
)
def test_study_findings(nlp_rules, text, expected):
    quotes = nlp_rules(text)._.quotes
    assert [(compact(q["cue"]), q["speaker_text"], compact(q["text"])) for q in quotes] == [
        (compact(c), s, compact(t)) for c, s, t in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «این مسئله نیاز به تحلیل دقیق دارد و نشان می‌دهد …»: the study word is in another clause (a verb between), no
        # quote (the verbs come from the tagger)
        ("عنوان\nاین مسئله نیاز به تحلیل دقیق دارد و نشان می‌دهد که مردم به این طرح اعتماد ندارند.", []),
        # ... and with the study as the subject, a quote
        ("عنوان\nتحلیل تازه این مرکز نشان می‌دهد که مردم به این طرح اعتماد ندارند.",
         [("نشان می‌دهد", None, "مردم به این طرح اعتماد ندارند")]),
    ],
)
def test_study_word_in_another_clause(nlp, text, expected):
    quotes = nlp(text)._.quotes
    assert [(compact(q["cue"]), q["speaker_text"], compact(q["text"])) for q in quotes] == [
        (compact(c), s, compact(t)) for c, s, t in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «… که به آن X گفته می‌شود …» (which is called X): a name given, no speech
        ("عنوان\nیکی از راه‌های درمان این بیماری که به آن کم‌خونی گفته می‌شود خوردن سبزی‌های تازه است.", []),
        # ... «به این حالت … گفته می‌شود» as well
        ("عنوان\nبه این حالت در پزشکی بی‌خوابی مزمن گفته می‌شود اگر بیش از سه ماه ادامه یابد.", []),
    ],
)
def test_naming_passive(nlp_rules, text, expected):
    assert [q["cue"] for q in nlp_rules(text)._.quotes] == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # «بر اساس گفته‌ای یک روانشناس، …»: the indefinite «گفته‌ای», an unnamed source up to the comma
        ("عنوان\nبر اساس گفته ای یک روانشناس، کم‌خوابی طولانی حافظه کوتاه‌مدت را ضعیف می‌کند.",
         "کم‌خوابی طولانی حافظه کوتاه‌مدت را ضعیف می‌کند"),
        # ... «طبق گفته‌ای» as well
        ("عنوان\nطبق گفته‌ای یک پزشک، نوشیدن چای داغ به گلو آسیب می‌زند.", "نوشیدن چای داغ به گلو آسیب می‌زند"),
    ],
)
def test_indefinite_saying_opener(nlp_rules, text, content):
    assert [compact(q["text"]) for q in nlp_rules(text)._.quotes] == [compact(content)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # «طبق گفته‌های X، …»: the plural «گفته‌های» is the same opener as «طبق گفته»
        ("عنوان\nطبق گفته‌های دکتر علی رضایی، نوشیدن آب کافی سردرد را کم می‌کند.", "نوشیدن آب کافی سردرد را کم می‌کند"),
        # ... and «به گفته‌های X، …» with an unnamed source
        ("عنوان\nبه گفته‌های این پزشک، خواب کافی برای رشد کودکان ضروری است.", "خواب کافی برای رشد کودکان ضروری است"),
        # ... and «بر اساس گفته‌های X، …»
        ("عنوان\nبر اساس گفته‌های متخصصان تغذیه، صبحانه مهم‌ترین وعده روز است.", "صبحانه مهم‌ترین وعده روز است"),
    ],
)
def test_plural_saying_opener(nlp_rules, text, content):
    assert [compact(q["text"]) for q in nlp_rules(text)._.quotes] == [compact(content)]

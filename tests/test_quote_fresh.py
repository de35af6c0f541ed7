"""Quotes: shapes found on fresh, unannotated Fars articles (session 26): who «وی» is after a scene phrase
(«در این نشست X گفت»), «این مسؤول» spelled the Arabic way, and where a text published in full ends;
spans without the spaces of a double space after the colon, and the dateline «از CITY» is no content."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact


def speakers(doc) -> list[tuple[str, str | None]]:
    """(cue, speaker) of each quote, the speakers named A, B, … in order of first appearance (None: nobody)."""
    names: dict[str, str] = {}
    out = []
    for q in doc._.quotes:
        who = q["speaker"] and names.setdefault(q["speaker"], "ABCDEFGH"[len(names)])
        out.append((compact(q["cue"]), who or None))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «این مسؤول» is «این مسئول» in the older spelling: it points back to the deputy like «وی»
        ("معاون درمان دانشگاه علوم پزشکی کرمان گفت: بیمارستان‌ها آماده‌اند.\n"
         "این مسؤول افزود: درمانگاه‌ها هم در تعطیلات باز می‌مانند.",
         [("گفت", "A"), ("افزود", "A")]),
        # «در این نشست X … گفت:» then «وی اضافه کرد:»: X opens the clause after the scene phrase, so «وی» is X,
        # not the speaker before
        ("رئیس دانشگاه تبریز گفت: کلاس‌ها برگزار شد.\n"
         "در این نشست علی احمدی معاون آموزشی دانشگاه اظهار کرد: امتحانات حضوری است.\n"
         "وی اضافه کرد: سالن‌ها ضدعفونی شده است.",
         [("گفت", "A"), ("اظهار کرد", "B"), ("اضافه کرد", "B")]),
        # ... and «در ادامه جلسه X»
        ("رئیس دانشگاه تبریز گفت: کلاس‌ها برگزار شد.\n"
         "در ادامه جلسه علی احمدی معاون آموزشی دانشگاه اظهار کرد: امتحانات حضوری است.\n"
         "وی اضافه کرد: سالن‌ها ضدعفونی شده است.",
         [("گفت", "A"), ("اظهار کرد", "B"), ("اضافه کرد", "B")]),
    ],
)
def test_fresh_speakers(nlp_rules, text, expected):
    assert speakers(nlp_rules(text)) == [(compact(c), s) for c, s in expected]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # a question to a minister printed after «… به شرح زیر است:», then the report goes on with the MP's own
        # words, each with its own cue: those are no part of the printed text
        ("نماینده مردم شیراز در نامه‌ای به وزیر نیرو گفت که مردم از خاموشی‌ها ناراضی‌اند.\n"
         "متن نامه این نماینده به وزیر به شرح زیر است:\n"
         "علت خاموشی‌های پی در پی شهرهای جنوبی استان در روزهای اخیر چیست و چه برنامه‌ای دارید؟\n"
         "این نماینده در گفت‌وگو با خبرنگار ما اظهار کرد: وزیر باید به مردم پاسخ بدهد.\n"
         "وی افزود: کارخانه‌ها از این خاموشی‌ها زیان دیده‌اند.",
         ["گفت", "به شرح زیر است", "اظهار کرد", "افزود"]),
        # a colon cue of someone the printed message itself quotes («امام فرمودند: …») does not end it: the
        # message runs on after it
        ("استاندار فارس در پیامی به معلمان گفت که جایگاه آنان والاست.\n"
         "متن پیام استاندار به شرح زیر است:\n"
         "معلمان چراغ راه جامعه‌اند و سهم بزرگی در پیشرفت کشور دارند.\n"
         "امام خمینی فرمودند: معلمی شغل انبیاست.\n"
         "شایسته است همه دستگاه‌ها در رفع مشکلات معیشتی این قشر زحمتکش بکوشند.",
         ["گفت", "به شرح زیر است", "فرمودند", "به شرح زیر است"]),
        # ... but the issuer speaking again with a colon cue is the report again: the text ended before it
        ("استاندار فارس در پیامی به معلمان گفت که جایگاه آنان والاست.\n"
         "متن پیام استاندار به شرح زیر است:\n"
         "معلمان چراغ راه جامعه‌اند و سهم بزرگی در پیشرفت کشور دارند.\n"
         "استاندار فارس همچنین در دیدار با فرهنگیان اظهار کرد: حقوق معلمان افزایش می‌یابد.\n"
         "به گفته او بودجه این کار در لایحه سال آینده آمده است.",
         ["گفت", "به شرح زیر است", "اظهار کرد", "به گفته"]),
    ],
)
def test_published_text_ends(nlp_rules, text, cues):
    assert [compact(q["cue"]) for q in nlp_rules(text)._.quotes] == [compact(c) for c in cues]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a double space after the colon: the text starts at its first word, not at the second space
        ("علی احمدی توضیح داد:  این کتاب برای دانشجویان نوشته شده است.",
         "این کتاب برای دانشجویان نوشته شده است."),
        # ... and a space left after the final stop is no part of it either
        ("علی احمدی توضیح داد:   این کتاب برای دانشجویان نوشته شده است.  ",
         "این کتاب برای دانشجویان نوشته شده است."),
    ],
)
def test_span_holds_text_only(nlp_rules, text, expected):
    assert [q["text"] for q in nlp_rules(text)._.quotes] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «به گزارش فارس از ساری، X … از Y خبر داد»: the dateline's «از ساری» is the agency's, so the content
        # opens at «از برگزاری» and X keeps the quote (X is the head named in the lead, as in Fars reports)
        ("رئیس اداره ورزش استان گفت: مسابقات برگزار می‌شود.\n"
         "به گزارش خبرگزاری فارس از ساری، علی رضایی در جمع خبرنگاران از برگزاری دوره تازه مسابقات کشتی خبر داد.",
         [("مسابقات برگزار می‌شود.", "A"), ("از برگزاری دوره تازه مسابقات کشتی", "A")]),
        # ... with «شهرستان» before the town, a title before the name and a colon quote after «و»
        ("به گزارش خبرگزاری فارس از شهرستان آمل، حجت‌الاسلام مهدی کریمی امروز از آغاز طرح تازه قرآنی"
         " در مدارس خبر داد و اظهار کرد: این طرح دو ماه طول می‌کشد.",
         [("از آغاز طرح تازه قرآنی در مدارس", "A"), ("این طرح دو ماه طول می‌کشد.", "A")]),
    ],
)
def test_dateline_is_no_content(nlp_rules, text, expected):
    names: dict[str, str] = {}
    got = [(q["text"], q["speaker"] and names.setdefault(q["speaker"], "ABC"[len(names)])) for q in nlp_rules(text)._.quotes]
    assert got == expected

"""Quotes: shapes found on fresh, unannotated Fars articles (session 26): who «وی» is after a scene phrase
(«در این نشست X گفت»), «این مسؤول» spelled the Arabic way, and where a text published in full ends."""

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
    ],
)
def test_published_text_ends(nlp_rules, text, cues):
    assert [compact(q["cue"]) for q in nlp_rules(text)._.quotes] == [compact(c) for c in cues]

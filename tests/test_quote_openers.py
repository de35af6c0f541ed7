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

"""Quotes: where the clause of a cue starts and where its quote runs (session 24). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact
from stage_helpers import cue_text_speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «… است ولی حالا Y از Z خبر داد»: «ولی» and a subject after it (past «حالا») open the cue's own
        # clause: Y speaks, and the content is only what follows Y
        ("عنوان\nباشگاه پرسپولیس از مشتریان جدی این مدافع است ولی حالا روزنامه آس از تلاش رئال مادرید برای "
         "جذب او خبر داد.",
         [("خبر داد", "از تلاش رئال مادرید برای جذب او", "روزنامه آس")]),
        # ... «اما اکنون Y …»: «اکنون» stands before the subject like a time phrase
        ("عنوان\nاین بازیکن با تیمش قرارداد دارد اما اکنون روزنامه مارکا از مذاکره بارسلونا با مدیر برنامه‌های "
         "او خبر داده است.",
         [("خبر داده است", "از مذاکره بارسلونا با مدیر برنامه‌های او", "روزنامه مارکا")]),
        # ... and «ولی Y بر Z تاکید کرد»: the one after «ولی» insists, not the subject of the first clause
        ("عنوان\nسرمربی تیم ملی از این بازیکن راضی نبود ولی کاپیتان تیم بر لزوم حمایت از او تاکید کرد.",
         [("تاکید کرد", "بر لزوم حمایت از او", "کاپیتان تیم")]),
    ],
)
def test_contrast_opens_clause(nlp_rules, text, expected):
    assert cue_text_speaker(nlp_rules, text) == [(compact(c), compact(t), s) for c, t, s in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «X گفت" …» with nothing to close the mark: it stands for the colon, and the whole rest of the
        # paragraph is X's direct quote
        ('عنوان\nهافبک تیم در مورد بازی دیروز به "ورزش سه" گفت" ما بازی خوبی انجام دادیم. داور اما چند اشتباه '
         'بزرگ داشت.',
         [("گفت", "ما بازی خوبی انجام دادیم. داور اما چند اشتباه بزرگ داشت.", "هافبک تیم")]),
    ],
)
def test_stray_mark_for_colon(nlp_rules, text, expected):
    assert cue_text_speaker(nlp_rules, text) == [(compact(c), compact(t), s) for c, t, s in expected]

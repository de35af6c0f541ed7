"""Quotes: the agency's own narration and what was spoken of are no quotes (session 26). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact
from stage_helpers import cue_text_speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feature's lead «فارس از … گزارش می‌دهد»: the agency tells what it reports, nobody is quoted
        # (guide §4: the agency is never the speaker, its narration no quote); the body's quote stays
        ("اردوی جهادی دانشجویان در روستاها\n"
         "فارس از برپایی اردوی جهادی دانشجویان دانشگاه‌های استان در روستاهای کم‌برخوردار گزارش می‌دهد.\n"
         "به گزارش خبرگزاری فارس از شیراز، علی رضایی امروز در این اردو اظهار کرد: "
         "دانشجویان در ساخت دو مدرسه کمک می‌کنند.",
         [("اظهار کرد", "دانشجویان در ساخت دو مدرسه کمک می‌کنند.", "علی رضایی")]),
        # a named outlet that reports the same way is still the speaker («رویترز از … خبر داد»)
        ("عنوان\nبه گزارش خبرگزاری فارس، رویترز از افزایش دو درصدی بهای طلا در بازار جهانی خبر داد.",
         [("خبر داد", "از افزایش دو درصدی بهای طلا در بازار جهانی", "رویترز")]),
    ],
)
def test_agency_lead_no_quote(nlp_rules, text, expected):
    assert cue_text_speaker(nlp_rules, text) == [(compact(c), compact(t), s) for c, t, s in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «X از [همکاری …] گفت و افزود: …»: «گفت» after «از» and a noun phrase names what was spoken of (as
        # «سخن گفت»), not what was said; the colon quote after it stays
        ("همکاری دو اداره در استان\nمدیرکل آب استان از همکاری نزدیک اداره آب و شهرداری گفت و افزود: "
         "این همکاری به نفع مردم است.",
         [("افزود", "این همکاری به نفع مردم است.", "مدیرکل آب استان")]),
        # «از X خبر داد» is a quote whose text opens with «از» (guide §4)
        ("همکاری دو اداره در استان\nمدیرکل آب استان از همکاری نزدیک اداره آب و شهرداری خبر داد.",
         [("خبر داد", "از همکاری نزدیک اداره آب و شهرداری", "مدیرکل آب استان")]),
        # «گفت» with a clause after it that holds a verb is still said («… گفت از X راضی است»)
        ("همکاری دو اداره در استان\nمدیرکل آب استان گفت از همکاری اداره آب و شهرداری راضی است.",
         [("گفت", "از همکاری اداره آب و شهرداری راضی است", "مدیرکل آب استان")]),
    ],
)
def test_spoke_of_no_quote(nlp_rules, text, expected):
    assert cue_text_speaker(nlp_rules, text) == [(compact(c), compact(t), s) for c, t, s in expected]

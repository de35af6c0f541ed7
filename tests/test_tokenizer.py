"""Khabar's normalizing tokenizer: UD-PerDT-style tokens, clitics kept attached."""

from __future__ import annotations

import pytest
import spacy

import khabar.stages  # noqa: F401  (registers khabar.tokenizer.v1)


@pytest.fixture(scope="module")
def tokenizer_nlp():
    return spacy.blank("fa", config={"nlp": {"tokenizer": {"@tokenizers": "khabar.tokenizer.v1"}}})


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # «خویش» (self) is a word, not «خوی» + clitic «ش» (spaCy's fa rules split it).
        ("او خویش را باخت", ["او", "خویش", "را", "باخت"]),
        # «بدان» (= به آن) stays one token, as PerDT writes it.
        ("بدان معنا نیست", ["بدان", "معنا", "نیست"]),
        # A decimal number is one token.
        ("نرخ تورم 1.5 درصد کم شد", ["نرخ", "تورم", "1.5", "درصد", "کم", "شد"]),
        # A Jalali date with slashes is one token.
        ("جلسه در 1402/07/26 برگزار شد", ["جلسه", "در", "1402/07/26", "برگزار", "شد"]),
        # Curly quotes around a name are split off it, as «» are.
        ("“کریم باقری” مربی تیم", ["“", "کریم", "باقری", "”", "مربی", "تیم"]),
        # Sentence period followed by a new sentence: split.
        ("پایان یافت. سردار گفت", ["پایان", "یافت", ".", "سردار", "گفت"]),
        # A hyphen between Persian words is split off: a route «ساری-گرگان», a dash glued to «اگر».
        ("جاده ساری-گرگان بسته شد", ["جاده", "ساری", "-", "گرگان", "بسته", "شد"]),
        ("ژاپن-اگر باران ببارد", ["ژاپن", "-", "اگر", "باران", "ببارد"]),
        # A list number glued to its item «۳-رعایت» is split; a model name «تی-۹۰» keeps its hyphen.
        ("۳-رعایت نوبت", ["۳", "-", "رعایت", "نوبت"]),
        ("3-رعایت نوبت", ["3", "-", "رعایت", "نوبت"]),
        ("تانک تی-۹۰ رسید", ["تانک", "تی-۹۰", "رسید"]),
        # The period glued to the next word is repaired by normalization first, then split.
        ("پایان یافت.سردار گفت", ["پایان", "یافت", ".", "سردار", "گفت"]),
        # Clitic pronoun after ZWNJ stays on its host («کتاب‌هایشان» = their books).
        ("کتاب‌هایشان را آورد", ["کتاب‌هایشان", "را", "آورد"]),
        # Persian guillemets, comma and colon are split off.
        ("«صلح»، گفت:", ["«", "صلح", "»", "،", "گفت", ":"]),
        # A web address stays whole.
        ("در www.example.ir خواند", ["در", "www.example.ir", "خواند"]),
    ],
)
def test_tokens(tokenizer_nlp, text, tokens):
    assert [t.text for t in tokenizer_nlp(text)] == tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic yeh and kaf become Persian ones before tokenizing.
        ("كتاب علي", "کتاب علی"),
    ],
)
def test_normalizes_first(tokenizer_nlp, text, expected):
    assert tokenizer_nlp(text).text == expected

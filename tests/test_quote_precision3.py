"""Quotes: speakers and false quotes (session 25). Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact


def _quotes(nlp_rules, text):
    return [(compact(q["cue"]), compact(q["text"]), q["speaker_text"]) for q in nlp_rules(text)._.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body's first attribution names no known agency after «به گزارش» («گروه اقتصاد فارس»), so the
        # structure takes the outlet relayed «به نقل از رویترز» for the agency: that outlet still speaks in the
        # lead («رویترز اعلام کرد: …»)
        ("بهای طلا در بازار جهانی بالا رفت\nرویترز اعلام کرد: بهای طلا در معاملات دیروز دو درصد افزایش یافت.\n"
         "به گزارش گروه اقتصاد فارس به نقل از رویترز، بازار طلا در هفته گذشته آرام بود.",
         [("اعلام کرد", "بهای طلا در معاملات دیروز دو درصد افزایش یافت.", "رویترز")]),
        # ... but the agency named after «به گزارش» never speaks («ایسنا» is the reporting agency)
        ("بهای طلا در بازار جهانی بالا رفت\nبه گزارش ایسنا، بازار طلا در هفته گذشته آرام بود.\n"
         "ایسنا اعلام کرد: بهای طلا در معاملات دیروز دو درصد افزایش یافت.",
         [("اعلام کرد", "بهای طلا در معاملات دیروز دو درصد افزایش یافت.", None)]),
    ],
)
def test_relayed_agency_speaks(nlp_rules, text, expected):
    assert _quotes(nlp_rules, text) == [(compact(c), compact(t), s) for c, t, s in expected]

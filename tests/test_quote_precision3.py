"""Quotes: speakers and false quotes (session 25). Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact
from stage_helpers import cue_text_speaker


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
    assert cue_text_speaker(nlp_rules, text) == [(compact(c), compact(t), s) for c, t, s in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «در واکنش به این سؤال که … برخی می‌گویند …، خاطرنشان کرد: …»: the cue inside the question is the
        # asker's report, no quote; the answer after the colon is
        ("عنوان\nمدیر باشگاه در واکنش به این سؤال که برخی می‌گویند هیئت مدیره از وزارت ورزش دستور می‌گیرد، "
         "خاطرنشان کرد: ما فقط به آرامش تیم فکر می‌کنیم.",
         [("خاطرنشان کرد", "ما فقط به آرامش تیم فکر می‌کنیم.", "مدیر باشگاه")]),
        # «در واکنش به اظهارات X که گفته بود …»: no question noun, X's earlier words stay a quote
        ("عنوان\nمدیر باشگاه در واکنش به اظهارات سرمربی تیم که گفته بود بازیکنان خسته هستند، خاطرنشان کرد: "
         "ما فقط به آرامش تیم فکر می‌کنیم.",
         [("گفته بود", "بازیکنان خسته هستند", "سرمربی تیم"),
          ("خاطرنشان کرد", "ما فقط به آرامش تیم فکر می‌کنیم.", "مدیر باشگاه")]),
    ],
)
def test_reaction_to_question(nlp_rules, text, expected):
    assert cue_text_speaker(nlp_rules, text) == [(compact(c), compact(t), s) for c, t, s in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paragraph that ends in «؟» with no colon cue is the interviewer's question: the cue inside it
        # («برخی می‌گویند …») reports what others say to frame the question, no quote (guide §4)
        ("عنوان\nآیا برنامه دولت برای مهار تورم کافی است یا مثل برخی منتقدان می‌گویند این برنامه هیچ اثری "
         "بر بازار نداشته است؟",
         []),
        # ... but a speaker's colon quote that ends in a question stays («وزیر گفت: … چرا …؟»)
        ("عنوان\nوزیر اقتصاد گفت: چرا باید هر سال بودجه کشور به فروش نفت وابسته باشد؟",
         [("گفت", "چرا باید هر سال بودجه کشور به فروش نفت وابسته باشد؟", "وزیر اقتصاد")]),
        # ... and an indirect quote in a paragraph that ends with a stop stays
        ("عنوان\nسخنگوی دولت گفت که این برنامه اثر خوبی بر بازار داشته است.",
         [("گفت", "این برنامه اثر خوبی بر بازار داشته است", "سخنگوی دولت")]),
        # ... and so does a named speaker's «که» quote in a paragraph that ends in his own question
        ("عنوان\nسخنگوی دولت گفت که این برنامه اثر خوبی بر بازار داشته است و پرسید چه کسی آن را انکار می‌کند؟",
         [("گفت", "این برنامه اثر خوبی بر بازار داشته است و پرسید چه کسی آن را انکار می‌کند", "سخنگوی دولت")]),
        # ... but not the interviewer's «شما گفتید که …؟»
        ("عنوان\nشما گفتید که این برنامه اثر خوبی بر بازار داشته است؟", []),
    ],
)
def test_question_paragraph(nlp_rules, text, expected):
    assert cue_text_speaker(nlp_rules, text) == [(compact(c), compact(t), s) for c, t, s in expected]

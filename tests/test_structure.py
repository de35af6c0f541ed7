"""Structure and sentences on articles we wrote in the seed's layout."""

from __future__ import annotations

import pytest

from khabar.stages.sentences import find_sentence_starts
from khabar.stages.structure import find_structure

# Our own article: kicker, title, lead, a sub-heading broken over two lines, body with «یافت.سردار»-style glue.
ARTICLE = "\n".join([
    "در حاشیه نشست اقتصادی تهران",  # kicker
    "دیدار وزیر نفت با هیئت تجاری ژاپن",  # title
    "وزیر نفت در دیدار با هیئت تجاری ژاپن بر گسترش همکاری‌ها تاکید کرد.",  # lead
    "به گزارش ایسنا، این دیدار عصر دوشنبه برگزار شد.",
    "رشد صادرات",  # sub-heading, first line
    "در سال جاری",  # sub-heading, second line
    "صادرات نفت 1.5 درصد رشد یافت. وزیر افزود: بازار آسیا مهم است.",
])


def test_structure_roles() -> None:
    s = find_structure(ARTICLE)
    assert s.kicker and s.kicker.text == "در حاشیه نشست اقتصادی تهران"
    assert s.title and s.title.text.startswith("دیدار وزیر نفت")
    assert s.lead and s.lead.text.endswith("تاکید کرد.")
    assert [" ".join(x.text for x in g) for g in s.subheadings] == ["رشد صادرات در سال جاری"]
    assert len(s.paragraphs) == 2
    assert s.agency and s.agency[2] == "ایسنا"


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("عنوان\nخبرگزاری فارس: وزیر کشور امروز گفت که انتخابات برگزار می‌شود.", "فارس"),  # «خبرگزاری X:»
        ("عنوان\nلید خبر کوتاه است.\nبه گزارش خبرنگار مهر در شیراز، جلسه برگزار شد.", "مهر"),  # reporter of X
        ("عنوان\nلید خبر.\nبه نقل از باشگاه خبرنگاران جوان، قیمت‌ها ثابت ماند.", "باشگاه خبرنگاران جوان"),  # multiword
        ("عنوان\nلید خبر بدون منبع است.", None),  # no attribution
    ],
)
def test_agency(text: str, agency: str | None) -> None:
    found = find_structure(text).agency
    assert (found[2] if found else None) == agency


def test_record_line_roles_skip_guessing() -> None:
    text = "عنوان بی‌نقطه\nلید بی‌نقطه\nبند اول."
    s = find_structure(text, line_roles=["title", "lead", "paragraph"])
    assert s.kicker is None and s.title and s.title.text == "عنوان بی‌نقطه"
    assert s.lead and s.lead.text == "لید بی‌نقطه"


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        ("حضور یافت. سردار گفت.", 2),  # a period then a space ends a sentence
        ("نرخ 1.5 درصد شد.", 1),  # never inside a number
        ("وی گفت: بازار آرام است.", 1),  # a colon does not end a sentence
        ("آیا آمد؟ نه، نیامد!", 2),  # Persian question mark
        ("گفت «کار تمام شد.» سپس رفت.", 2),  # the closing quote stays with its sentence
        ("در تبریز، ارومیه و... باران بارید.", 1),  # «و...» is «and so on»: the list goes on in its sentence
        ("باران بارید... سپس آفتاب شد.", 2),  # an ellipsis after a word still ends a sentence
    ],
)
def test_sentence_splitting(paragraph: str, sentences: int) -> None:
    starts = find_sentence_starts(paragraph, [(0, len(paragraph), "PARAGRAPH")])
    assert len(starts) == sentences


def test_pipeline_sentences_count(nlp_rules) -> None:
    doc = nlp_rules(ARTICLE)
    texts = [s.text.strip() for s in doc.sents if s.text.strip()]
    # kicker, title, lead, 1 body line, the sub-heading as one sentence, 2 sentences in the last line
    assert len(texts) == 7
    assert texts[4] == "رشد صادرات\nدر سال جاری"


def test_seed_counts(shared_dir, nlp_rules) -> None:
    """The founding article: 14 body paragraphs and 19 sentences, as its hand annotation counts them."""
    import json

    import khabar

    gold = json.loads((shared_dir / "seed" / "seed.gold.json").read_text(encoding="utf-8"))
    article = khabar.Article.from_doc(nlp_rules((shared_dir / "seed" / "seed.txt").read_text(encoding="utf-8")))
    assert len(article.structure["paragraphs"]) == gold["structure"]["body_paragraphs"]
    assert len(article.sentences) == gold["sentences"]

"""Quotes: direct and indirect speech, cues, speakers (rules only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.article import Article
from khabar.evaluate.gold import quote_problems
from khabar.stages.cues import cue_forms
from khabar.stages.phrases import compact

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


def speaker_name(doc, quote):
    ent = next((e for e in doc._.entities if e["id"] == quote["speaker"]), None)
    return ent["name"] if ent else None


@pytest.mark.parametrize(
    ("text", "kind", "cue", "content", "speaker"),
    [
        # cue + colon: direct, the text keeps its final stop
        ("سرتیپ علی نادری گفت: مرزها امن است.", "direct", "گفت", "مرزها امن است.", "علی نادری"),
        # «…» around the direct quote are dropped
        ("دکتر علی رضایی اظهار داشت: «دانشگاه باز می‌ماند.»", "direct", "اظهار داشت", "دانشگاه باز می‌ماند.",
         "علی رضایی"),
        # که-clause after the cue
        ("مهندس رضا امینی اعلام کرد که قیمت بنزین ثابت می‌ماند.", "indirect", "اعلام کرد",
         "قیمت بنزین ثابت می‌ماند", "رضا امینی"),
        # clause after the cue without که
        ("سردار حسن کریمی تاکید کرد امنیت مرزها حفظ می‌شود.", "indirect", "تاکید کرد", "امنیت مرزها حفظ می‌شود",
         "حسن کریمی"),
        # clause before a «بر … تاکید کرد» cue: the content opens with «بر»
        ("سرلشکر احمد نادری در این دیدار بر گسترش همکاری‌های دفاعی تاکید کرد.", "indirect", "تاکید کرد",
         "بر گسترش همکاری‌های دفاعی", "احمد نادری"),
        # «X را Y دانست»
        ("دکتر مریم احمدی این طرح را گامی مهم برای اقتصاد دانست.", "indirect", "دانست",
         "این طرح را گامی مهم برای اقتصاد", "مریم احمدی"),
        # «به گفته X، …»
        ("به گفته سرهنگ علی رضایی، سه نفر بازداشت شدند.", "indirect", "به گفته", "سه نفر بازداشت شدند",
         "علی رضایی"),
        # another tense of a cue
        ("دکتر علی رضایی گفته است که مذاکرات ادامه دارد.", "indirect", "گفته است", "مذاکرات ادامه دارد",
         "علی رضایی"),
    ],
)
def test_one_quote(nlp_rules, text, kind, cue, content, speaker):
    doc = nlp_rules(text)
    assert len(doc._.quotes) == 1
    q = doc._.quotes[0]
    assert (q["kind"], compact(q["cue"]), compact(q["text"])) == (kind, compact(cue), compact(content))
    assert doc.text[q["start"]:q["end"]] == q["text"]
    assert compact(speaker_name(doc, q)) == compact(speaker)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # «وی افزود:» continues with the same speaker, resolved through the pronoun
        ("سرتیپ علی نادری گفت: مرزها امن است. وی افزود: نیروها آماده‌اند.", ["علی نادری", "علی نادری"]),
        # the agency is never the speaker
        ("به گزارش فارس، دکتر علی رضایی گفت: کار تمام شد.", ["علی رضایی"]),
        # a multi-sentence direct quote is one quote
        ("دکتر علی رضایی گفت: کار تمام شد. نتیجه را اعلام می‌کنیم.", ["علی رضایی"]),
        # «گفت‌وگو کرد» is talks, not speech
        ("دکتر علی رضایی با وزیر نفت گفت و گو کرد.", []),
    ],
)
def test_speakers(nlp_rules, text, speakers):
    doc = nlp_rules(text)
    assert [compact(speaker_name(doc, q) or "") for q in doc._.quotes] == [compact(s) for s in speakers]


@pytest.mark.parametrize(
    ("cue", "form"),
    [
        ("تاکید کرد", "تاکید کردند"),  # plural
        ("تاکید کرد", "تاکید می‌کند"),  # present
        ("گفت", "می‌گوید"),  # vowel-final present stem
        ("افزود", "افزوده است"),  # present perfect
    ],
)
def test_cue_forms(cue, form):
    forms = cue_forms(cue, {"کرد": "کن", "گفت": "گو", "افزود": "افزا"})
    assert form in forms


@pytest.mark.parametrize(
    ("article", "gold"),
    [
        (REPO / "examples" / "article.txt", FIXTURES / "example.gold.json"),
        (FIXTURES / "diplomacy.txt", FIXTURES / "diplomacy.gold.json"),
    ],
)
def test_fixture_quotes(nlp_rules, article, gold):
    result = Article.from_doc(nlp_rules(article.read_text(encoding="utf-8"))).to_dict()
    assert quote_problems(result, json.loads(gold.read_text(encoding="utf-8"))) == []

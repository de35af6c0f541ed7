"""Quotes: direct and indirect speech, cues, speakers (rules only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.tokens import Doc

from khabar.article import Article
from khabar.evaluate.gold import quote_problems
from khabar.evaluate.quotes import align_entities, clusters
from khabar.stages.cues import Regions, cue_forms
from khabar.stages.phrases import PhraseTable, compact
from khabar.stages.salience import MAX_CLAUSE

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
        # a participial cue marked «noun»: the noun phrase after «بر» is the content
        ("دکتر علی رضایی ضمن تاکید بر لزوم صرفه‌جویی در مصرف آب، از مردم تشکر کرد.", "indirect", "ضمن تاکید",
         "بر لزوم صرفه‌جویی در مصرف آب", "علی رضایی"),
        # a person after a preposition is inside the speaker's description, not the speaker
        ("یک مقام نزدیک به آیت‌الله حسن مرادی گفت: انتخابات به موقع برگزار می‌شود.", "direct", "گفت",
         "انتخابات به موقع برگزار می‌شود.", "یک مقام نزدیک"),
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
        # an indirect quote before a «… و افزود:» in the same sentence
        ("سرتیپ علی نادری این رزمایش را گامی مهم برای امنیت منطقه دانست و افزود: نیروها آماده‌اند.",
         ["علی نادری", "علی نادری"]),
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


@pytest.mark.parametrize(
    ("ranges", "tok", "inside"),
    [
        ([(2, 5)], 2, True),  # first token of a region
        ([(2, 5)], 5, False),  # regions are half-open
        ([(2, 5), (4, 9)], 8, True),  # overlapping regions merge
        ([(2, 5), (7, 9)], 6, False),  # the gap between two regions
        ([(7, 9), (2, 5)], 3, True),  # given out of order
        ([], 0, False),  # no regions
    ],
)
def test_regions_cover(ranges, tok, inside):
    assert Regions(ranges).covers(tok) is inside


class CountingDoc(Doc):
    """A Doc that counts reads of ``doc.text`` (spaCy rebuilds the string on every read)."""

    reads = 0

    @property
    def text(self):
        CountingDoc.reads += 1
        return super().text


def test_quotes_read_doc_text_once(nlp_rules):
    # twenty direct quotes of one colonel in one paragraph
    base = nlp_rules.make_doc("خبر\n" + "سرهنگ علی رضایی گفت: ما آماده دفاع از مرزها هستیم. " * 20)
    doc = CountingDoc(nlp_rules.vocab, words=[t.text for t in base], spaces=[bool(t.whitespace_) for t in base])
    for name, proc in nlp_rules.pipeline:
        CountingDoc.reads = 0
        doc = proc(doc)
        if name == "khabar_quotes":
            break
    assert len(doc._.quotes) == 20
    assert CountingDoc.reads <= 1


def phrase_matches(nlp_rules, monkeypatch, text):
    """How many phrase-table look-ups the quotes stage makes on ``text``."""
    doc = nlp_rules.make_doc(text)
    for name, proc in nlp_rules.pipeline:
        if name == "khabar_quotes":
            break
        doc = proc(doc)
    calls = 0
    real = PhraseTable.match

    def counting(self, *args, **kwargs):
        nonlocal calls
        calls += 1
        return real(self, *args, **kwargs)

    monkeypatch.setattr(PhraseTable, "match", counting)
    nlp_rules.get_pipe("khabar_quotes")(doc)
    monkeypatch.setattr(PhraseTable, "match", real)
    return calls


@pytest.mark.parametrize(
    "unit",
    [
        "گفت: ",  # a bare cue and colon, over and over (QA: 16 KB took seconds)
        "وزیر دفاع گفت که ما آماده همکاری هستیم و ",  # one endless sentence of indirect quotes
    ],
)
def test_quote_finding_grows_linearly(nlp_rules, monkeypatch, unit):
    small = phrase_matches(nlp_rules, monkeypatch, "خبر بلند\n" + unit * 300)
    large = phrase_matches(nlp_rules, monkeypatch, "خبر بلند\n" + unit * 600)
    assert large <= 2.5 * small


def test_quote_in_endless_sentence_is_bounded(nlp_rules):
    # no sentence end at all: a quote after «گفت که» still stops within MAX_CLAUSE tokens
    doc = nlp_rules("خبر بلند\n" + "وزیر دفاع گفت که ما آماده همکاری هستیم و " * 300)
    assert doc._.quotes
    assert all(len(q["text"].split()) <= MAX_CLAUSE for q in doc._.quotes)


# «وزیر خارجه ایران» [0, 16) holds the nested place «ایران» [11, 16), which ends at the same character.
NESTED_GOLD = [{"id": "e1", "label": "LOC", "mentions": [[11, 16]]},
               {"id": "e2", "label": "PER", "mentions": [[0, 16], [30, 32]]}]


@pytest.mark.parametrize(
    ("pred", "expected"),
    [
        # the identical span wins over the nested one that ends with it
        ([{"id": "p1", "label": "PER", "mentions": [(0, 16), (30, 32)]}], {"p1": "e2"}),
        # a loose match still counts when nothing is identical
        ([{"id": "p1", "label": "LOC", "mentions": [(10, 16)]}], {"p1": "e1"}),
    ],
)
def test_align_entities_prefers_identical_spans(pred, expected):
    assert align_entities(pred, NESTED_GOLD) == expected


def test_coreference_pairs_identical_spans_first():
    pred = [{"id": "p1", "label": "PER", "mentions": [(0, 16), (30, 32)]},
            {"id": "p2", "label": "LOC", "mentions": [(11, 16)]}]
    key, response = clusters(pred, NESTED_GOLD, {"PER", "LOC"})
    assert sorted(map(sorted, key)) == sorted(map(sorted, response))

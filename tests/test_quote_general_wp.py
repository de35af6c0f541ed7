"""Quotes: general constructions of world and politics news (session 21), counted over many studied articles
rather than fitted to one: the impersonal passive, …"""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact


def _quotes(nlp_rules, text):
    return [(compact(q["cue"]), compact(q["text"]), q["speaker"]) for q in nlp_rules(text)._.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «گفته می‌شود …»: a claim nobody is named for, speaker null (not the last speaker)
        ("عنوان\nوزیر نیرو دیروز به سد کرج رفت. گفته می‌شود وزیر تا پایان ماه از سمت خود کناره می‌گیرد.",
         [("گفته می‌شود", "وزیر تا پایان ماه از سمت خود کناره می‌گیرد", None)]),
        # ... the spaced present «گفته می شود»
        ("عنوان\nگفته می شود دو کشتی باری در بندر عدن متوقف مانده‌اند.",
         [("گفته می شود", "دو کشتی باری در بندر عدن متوقف مانده‌اند", None)]),
        # ... the pluperfect with an adverb before it
        ("عنوان\nپیش از این ذکر شده بود جشنواره فیلم در اردیبهشت برگزار می‌شود.",
         [("ذکر شده بود", "جشنواره فیلم در اردیبهشت برگزار می‌شود", None)]),
        # (review 21) «همان‌طور که گفته شد، …»: a comma after it, the writer's own voice, no quote
        ("عنوان\nهمان‌طور که گفته شد، قطار تهران به مشهد امروز دیرتر حرکت می‌کند.", []),
        # ... nor with no comma: «همان‌طور که پیشتر گفته شد …» points back to the text, the writer's voice
        ("عنوان\nهمان‌طور که پیشتر گفته شد قطار تهران به مشهد امروز دیرتر حرکت می‌کند.", []),
        # ... but the present after it is «reportedly», a claim nobody is named for
        ("عنوان\nآن‌طور که گفته می‌شود قطار تهران به مشهد امروز دیرتر حرکت می‌کند.",
         [("گفته می‌شود", "قطار تهران به مشهد امروز دیرتر حرکت می‌کند", None)]),
        # ... the bare participle with no «که» after it is an adjective («موارد ذکر شده در …»)
        ("عنوان\nارقام ذکر شده در جدول بودجه با حساب خزانه جور درنمی‌آید.", []),
    ],
)
def test_impersonal_passive(nlp_rules, text, expected):
    assert _quotes(nlp_rules, text) == [(compact(c), compact(t), s) for c, t, s in expected]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # «… و آن را Y دانست»: an anaphoric object with a predicate of several words is X's view of what was told
        ("عنوان\nوزیر کشاورزی به خشکسالی امسال اشاره کرد و آن را بزرگ‌ترین تهدید کشاورزی کشور دانست.", "دانست",
         "آن را بزرگ‌ترین تهدید کشاورزی کشور"),
        # ... with «نامید»
        ("عنوان\nنماینده سازمان ملل از حمله دیروز یاد کرد و آن را خونین‌ترین رویداد ماه‌های اخیر نامید.", "نامید",
         "آن را خونین‌ترین رویداد ماه‌های اخیر"),
    ],
)
def test_anaphoric_object_with_predicate(nlp_rules, text, cue, content):
    assert (compact(cue), compact(content)) in [(c, t) for c, t, _ in _quotes(nlp_rules, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «… بیان کرد اما …»: a clause opening with «اما» is the writer's narration, not what was said
        ("عنوان\nوزیر نیرو این نکات را در جلسه بیان کرد اما نمایندگان قانع نشدند و جلسه را ترک کردند.", []),
        # «از X خبر داد، ولی …»: the content is the «از» phrase before the cue, not the «ولی» clause after it
        ("عنوان\nسخنگوی شهرداری از طرح تازه ترافیک خبر داد، ولی شورای شهر هنوز آن را تصویب نکرده است.",
         [("خبر داد", "از طرح تازه ترافیک")]),
    ],
)
def test_no_content_opening_with_contrast(nlp_rules, text, expected):
    assert [(c, t) for c, t, _ in _quotes(nlp_rules, text)] == [(compact(c), compact(t)) for c, t in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «X امیدوار است که …»: a hope told as a predicate, like «معتقد است»; X the speaker
        ("عنوان\nوزیر نیرو امیدوار است که سدهای استان تا پایان زمستان پر شوند.",
         [("امیدوار است", "سدهای استان تا پایان زمستان پر شوند", "وزیر نیرو")]),
        # ... the plural with its subject, a group of officials
        ("عنوان\nمقامات محلی امیدوارند که جاده کوهستانی تا فردا بازگشایی شود.",
         [("امیدوارند", "جاده کوهستانی تا فردا بازگشایی شود", "مقامات محلی")]),
        # ... the plural with no subject: speaker null, not the minister of the sentence before
        ("عنوان\nوزیر راه دیروز به تبریز رفت. در این استان امیدوارند که پل تازه تا بهار باز شود.",
         [("امیدوارند", "پل تازه تا بهار باز شود", None)]),
    ],
)
def test_hope_as_predicate(nlp_rules, text, expected):
    found = [(compact(q["cue"]), compact(q["text"]), q["speaker_text"] and compact(q["speaker_text"]))
             for q in nlp_rules(text)._.quotes]
    assert found == [(compact(c), compact(t), s and compact(s)) for c, t, s in expected]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # «سفیر X در Y»: the post is part of the diplomat's mention, not the start of what he rejected
        ("عنوان\nسفیر ایران در ونزوئلا گزارش‌های مربوط به توقیف کشتی‌ها را تکذیب کرد.", "سفیر ایران در ونزوئلا",
         "گزارش‌های مربوط به توقیف کشتی‌ها"),
        # ... «کاردار X در Y» with a deem cue
        ("عنوان\nکاردار سوئیس در تهران سفر هیئت تجاری را گامی مهم در روابط دو کشور خواند.", "کاردار سوئیس در تهران",
         "سفر هیئت تجاری را گامی مهم در روابط دو کشور"),
    ],
)
def test_posted_diplomat(nlp_rules, text, speaker, content):
    assert [(compact(q["speaker_text"] or ""), compact(q["text"])) for q in nlp_rules(text)._.quotes] == [
        (compact(speaker), compact(content))]

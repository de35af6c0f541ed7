"""Quotes: verb forms of the cues beyond the third person past (session 19, world and politics news): the past
progressive, the first person of an interviewee retelling his words, and «آنچه X … نامید»."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact


def _quotes(nlp_rules, text):
    return [(compact(q["cue"]), compact(q["text"])) for q in nlp_rules(text)._.quotes]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # «X همواره می‌گفت که …»: the past progressive of «گفت»
        ("وزیر پیشین در آن سال‌ها همواره می‌گفت که دولت هیچ بدهی به بانک‌ها ندارد.", "می‌گفت",
         "دولت هیچ بدهی به بانک‌ها ندارد"),
        # «X را Y می‌نامید»: the past progressive of a deem cue with a present stem («نامید»)
        ("سرهنگ احمد کاظمی خود را نجات‌دهنده تمام کشور می‌نامید.", "می‌نامید",
         "خود را نجات‌دهنده تمام کشور"),
        # «… تاکید می‌کردند که …»: the plural progressive of a light-verb cue
        ("نمایندگان مخالف بارها تاکید می‌کردند که این قرارداد به سود کشور نیست.", "تاکید می‌کردند",
         "این قرارداد به سود کشور نیست"),
    ],
)
def test_past_progressive(nlp_rules, text, cue, content):
    assert _quotes(nlp_rules, text) == [(compact(cue), compact(content))]


@pytest.mark.parametrize(
    "text",
    [
        # «می‌خواندند»: were reading (also the present of «خواندن»): «خواند» has no present stem in the tables
        "دانشجویان هر شب کتاب‌های تاریخ را در کتابخانه دانشکده می‌خواندند تا برای آزمون آماده شوند.",
        # «سخن می‌گفت»: spoke, with no clause after it
        "احمد کاظمی که در مسجد محله سخن می‌گفت به جوانان کمک کرد.",
    ],
)
def test_progressive_no_speech(nlp_rules, text):
    assert _quotes(nlp_rules, text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # «من … گفتم …»: the first person past in an interview is the guest retelling his own words
        ("عنوان\nعلی رضایی گفت که دولت باید پاسخ بدهد. من سال گذشته به همکارانم گفتم درهای اتاق‌ها را باز کنند.",
         "گفتم", "درهای اتاق‌ها را باز کنند"),
        # «قبلاً عنوان کردم …»: a light-verb cue in the first person
        ("عنوان\nعلی رضایی گفت که دولت باید پاسخ بدهد. قبلاً عنوان کردم مدیران باید اول از همه با فساد مبارزه کنند.",
         "عنوان کردم", "مدیران باید اول از همه با فساد مبارزه کنند"),
        # «من معتقد بودم …»: the first person past of a copular cue
        ("عنوان\nعلی رضایی گفت که دولت باید پاسخ بدهد. ولی من معتقد بودم شکایت از منتقدان درست نیست.",
         "معتقد بودم", "شکایت از منتقدان درست نیست"),
    ],
)
def test_first_person_past(nlp_rules, text, cue, content):
    quotes = nlp_rules(text)._.quotes
    first = next(q for q in quotes if compact(q["cue"]) == compact(cue))
    assert compact(first["text"]) == compact(content)
    assert first["speaker"] is not None and first["speaker"] == quotes[0]["speaker"]  # the guest, «I»


@pytest.mark.parametrize(
    "text",
    [
        # «معتقدم …», «بیان می‌کنم که …»: the present first person is what the guest says now, no retold words
        "عنوان\nعلی رضایی گفت که دولت باید پاسخ بدهد. من معتقدم مردم این مشکلات را دیده‌اند.",
        # «بیان کردم که …»: a clause cue in the first person tells an act
        "عنوان\nعلی رضایی گفت که دولت باید پاسخ بدهد. در آن جلسه بیان کردم که امکانات معطل باید فعال شوند.",
    ],
)
def test_first_person_no_quote(nlp_rules, text):
    assert [c for c, _ in _quotes(nlp_rules, text)] == [compact("گفت")]


def test_first_person_inside_direct_quote(nlp_rules):
    # «X گفت: من به Y گفتم …»: X's own earlier words, a nested quote spoken by X (not by Y)
    text = "عنوان\nمحمد جعفری گفت: من به حسن کریمی گفتم تو هرگز در روستا زندگی نکرده‌ای و از سختی‌ها خبر نداری."
    quotes = nlp_rules(text)._.quotes
    nested = [q for q in quotes if compact(q["cue"]) == compact("گفتم")]
    assert [compact(q["text"]) for q in nested] == [compact("تو هرگز در روستا زندگی نکرده‌ای و از سختی‌ها خبر نداری")]
    assert nested[0]["speaker"] == quotes[0]["speaker"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # «به خاطر آنچه که وی Y نامید»: the object of the relative clause is what X called it, not the clause after
        ("نخست‌وزیر کانادا به خاطر آنچه که وی دخالت آشکار در انتخابات کشورش نامید، سفیر را احضار کرد.", "نامید",
         "دخالت آشکار در انتخابات کشورش"),
    ],
)
def test_what_x_called(nlp_rules, text, cue, content):
    assert _quotes(nlp_rules, text) == [(compact(cue), compact(content))]


def test_name_ending_in_mi_before_cue(nlp_rules):
    # «ابراهیمی افزود:»: a name ending in «می» before a past cue is no glued progressive «ابراهی» + «می‌افزود»
    quotes = nlp_rules("عنوان\nحسن ابراهیمی افزود: مسجدهای شهر باید همه روزه باز بمانند.")._.quotes
    assert [(compact(q["cue"]), compact(q["speaker_text"] or "")) for q in quotes] == [
        (compact("افزود"), compact("حسن ابراهیمی"))]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # «X گفته که …»: the perfect of a one-word cue without «است», before «که»
        ("یک دیپلمات اروپایی گفته که گفت‌وگوهای هسته‌ای هفته آینده از سر گرفته می‌شود.", "گفته",
         "گفت‌وگوهای هسته‌ای هفته آینده از سر گرفته می‌شود"),
        # «X مدعی شده ۳ …»: a clause after the cue may open with a number
        ("وزارت خزانه‌داری آمریکا مدعی شده ۳ شرکت کشتیرانی تحریم‌ها را دور زده‌اند.", "مدعی شده",
         "۳ شرکت کشتیرانی تحریم‌ها را دور زده‌اند"),
    ],
)
def test_perfect_without_copula(nlp_rules, text, cue, content):
    assert _quotes(nlp_rules, text) == [(compact(cue), compact(content))]


@pytest.mark.parametrize(
    "text",
    [
        # «این گفته …»: a bare «گفته» with no «که» after it is a noun
        "این گفته وزیر در شبکه‌های اجتماعی بازتاب گسترده‌ای پیدا کرد.",
    ],
)
def test_bare_perfect_noun(nlp_rules, text):
    assert _quotes(nlp_rules, text) == []

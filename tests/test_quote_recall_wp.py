"""Quotes: recall in world and politics news (session 20): forms of reported speech that the cue rules missed
in fresh world and politics articles."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact


def _quotes(nlp_rules, text):
    return [(compact(q["cue"]), compact(q["text"])) for q in nlp_rules(text)._.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «X از Y سخن گفت»: what X spoke of, the «از» phrase before the cue, like «از … خبر داد»
        ("عنوان\nرئیس دانشگاه از لزوم گسترش همکاری‌های علمی با کشورهای همسایه سخن گفت.",
         [("سخن گفت", "از لزوم گسترش همکاری‌های علمی با کشورهای همسایه")]),
        # a second cue after «و» has its own content
        ("عنوان\nوزیر نیرو از کمبود آب در شهرهای جنوبی سخن گفت و افزود که سدها نیمه‌پر هستند.",
         [("سخن گفت", "از کمبود آب در شهرهای جنوبی"), ("افزود", "سدها نیمه‌پر هستند")]),
        # with no «از» phrase («در مراسم … سخن گفت») nothing is reported, and «سخن می‌گفت» takes no bare clause
        # after it («به جوانان کمک کرد» is the main clause): only the first sentence is a quote
        ("عنوان\nمعاون وزیر از ضرورت نوسازی ناوگان ریلی سخن گفت. رئیس دانشگاه در مراسم گشایش کتابخانه سخن گفت. "
         "احمد کاظمی که در مسجد محله سخن می‌گفت به جوانان کمک کرد.",
         [("سخن گفت", "از ضرورت نوسازی ناوگان ریلی")]),
    ],
)
def test_spoke_of(nlp_rules, text, expected):
    assert _quotes(nlp_rules, text) == [(compact(c), compact(t)) for c, t in expected]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # «… تاکید کردند «X» …»: a clause after the cue that opens with a name in quote marks
        ("عنوان\nمنابع محلی تاکید کردند «علی رضایی» هنگام انفجار در ساختمان حضور نداشت.", "تاکید کردند",
         "«علی رضایی» هنگام انفجار در ساختمان حضور نداشت"),
        # the same after «گفت»
        ("عنوان\nسخنگوی پلیس گفت \"حسن کریمی\" دو روز پیش از شهر خارج شده بود.", "گفت",
         "\"حسن کریمی\" دو روز پیش از شهر خارج شده بود"),
    ],
)
def test_clause_opening_with_quoted_name(nlp_rules, text, cue, content):
    assert _quotes(nlp_rules, text) == [(compact(cue), compact(content))]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # «این گزارش می‌افزاید، «A. B.»»: a cue, a comma and «…» over two sentences: the quote runs to the »
        ("عنوان\nروزنامه گاردین نوشت که مذاکرات متوقف شده است.\nاین گزارش می‌افزاید، «دولت لندن هنوز پاسخی نداده است. "
         "به نظر می‌رسد گفت‌وگوها تا پایان سال از سر گرفته نشود».", "می‌افزاید",
         "دولت لندن هنوز پاسخی نداده است. به نظر می‌رسد گفت‌وگوها تا پایان سال از سر گرفته نشود"),
        # «به نوشته این مقام سابق وزارت خارجه، «A. B.»»: an opener whose source runs three words past the mention
        # found («این مقام»), then «…» over two sentences
        ("عنوان\nجان اسمیت مشاور پیشین وزیر خارجه در مقاله‌ای نوشت که تحریم‌ها اثری نداشته است.\n"
         "به نوشته این مقام سابق وزارت خارجه، «تحریم‌ها تنها مردم عادی را آزرده است. دولت باید راه دیگری را بیازماید».",
         "به نوشته", "تحریم‌ها تنها مردم عادی را آزرده است. دولت باید راه دیگری را بیازماید"),
    ],
)
def test_quote_runs_to_closing_mark(nlp_rules, text, cue, content):
    quotes = _quotes(nlp_rules, text)
    # the first line's own quote, then one quote for the whole «…»: its second sentence is no quote of its own
    assert len(quotes) == 2
    assert quotes[1] == (compact(cue), compact(content))

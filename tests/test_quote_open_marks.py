"""A direct quote whose opening straight quote mark closes only a paragraph or two further on: the
paragraphs up to the closing mark are still the speaker's words (stages/quote_marks.py ``left_open``)."""

from __future__ import annotations

import pytest

LEAD = "پیروزی تیم در دیدار خانگی\nتیم دیشب در لیگ برتر فوتبال حریفش را با دو گل شکست داد.\n"


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # the closing " ends the next paragraph, which has no first-person word: it goes on with the quote
        (LEAD + 'به گزارش ورزش سه، علی کریمی پس از بازی گفت: "بازیکنان خوب کار کردند و نتیجه را گرفتند.\n'
         'ولی مهاجم جوان تیم در تمرینات هم همین‌طور تلاش می‌کند و برای همه الگوی خوبی است."',
         ['"بازیکنان خوب کار کردند و نتیجه را گرفتند.',
          'ولی مهاجم جوان تیم در تمرینات هم همین‌طور تلاش می‌کند و برای همه الگوی خوبی است."']),
        # ... a paragraph with no mark between them goes on too
        (LEAD + 'به گزارش ورزش سه، علی کریمی پس از بازی گفت: "بازیکنان خوب کار کردند و نتیجه را گرفتند.\n'
         "داور هم بازی را خوب قضاوت کرد و اشتباه بزرگی در این دیدار نداشت.\n"
         'ولی مهاجم جوان تیم در تمرینات هم همین‌طور تلاش می‌کند و برای همه الگوی خوبی است."',
         ['"بازیکنان خوب کار کردند و نتیجه را گرفتند.',
          "داور هم بازی را خوب قضاوت کرد و اشتباه بزرگی در این دیدار نداشت.",
          'ولی مهاجم جوان تیم در تمرینات هم همین‌طور تلاش می‌کند و برای همه الگوی خوبی است."']),
        # the quote closed in its own paragraph: the next third-person paragraph is the report's again
        (LEAD + 'به گزارش ورزش سه، علی کریمی پس از بازی گفت: "بازیکنان خوب کار کردند و نتیجه را گرفتند."\n'
         "داور هم بازی را خوب قضاوت کرد و اشتباه بزرگی در این دیدار نداشت.",
         ['"بازیکنان خوب کار کردند و نتیجه را گرفتند."']),
    ],
)
def test_open_mark_runs_to_its_close(nlp, text, contents):
    assert [q["text"] for q in nlp(text)._.quotes if q["kind"] == "direct"] == contents

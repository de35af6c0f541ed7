"""A club named short and in full in one sports report is one entity (stages/coref_clubs.py)."""

from __future__ import annotations

import pytest

from test_coref import assert_one_entity, assert_two_entities


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # the full name once («بایرن مونیخ»), its first word alone later: one club
        ("بایرن مونیخ در لیگ برتر فوتبال آلمان به پیروزی رسید. سرمربی بایرن پس از بازی از بازیکنانش تشکر کرد.",
         "بایرن مونیخ", "بایرن"),
        # ... the short name first in the title, the full one in the first body paragraph («استقلال»,
        # «استقلال تهران»)
        ("هواداران استقلال به ورزشگاه آمدند\nتمرین تیم پس از تساوی در لیگ برتر فوتبال برگزار شد.\n"
         "استقلال تهران هفته آینده به مصاف ذوب‌آهن می‌رود.", "استقلال", "استقلال تهران"),
    ],
)
def test_short_club_name_is_its_full_name(nlp, text, a, b):
    assert_one_entity(nlp(text), a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # two clubs start with the short name («رئال مادرید», «رئال سوسیداد»): it is neither of them
        ("رئال مادرید در لیگ برتر فوتبال اسپانیا به مصاف رئال سوسیداد رفت و هواداران رئال پس از بازی جشن گرفتند.",
         "رئال مادرید", "رئال"),
        # a full name met late, after the short one all along, is a namesake («استقلال» then «استقلال خوزستان»)
        ("مدافع ملوان در لیگ برتر فوتبال مقابل استقلال گل زد. او پس از بازی با استقلال گفت که روزهای خوبی دارد. "
         "مربی ملوان گفت که هفته بعد بازی سختی با استقلال خوزستان در پیش است.", "استقلال", "استقلال خوزستان"),
        # a match between namesakes: one sentence names both, so they are two clubs though the full
        # name opens the report
        ("استقلال امروز در لیگ برتر فوتبال به مصاف استقلال خوزستان رفت.\nسرمربی استقلال پس از بازی از "
         "بازیکنانش تشکر کرد.", "استقلال", "استقلال خوزستان"),
    ],
)
def test_short_name_of_two_clubs_stays_apart(nlp, text, a, b):
    assert_two_entities(nlp(text), a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # a kit-colour nickname («آبی‌پوشان») is the one club of that colour the report names («استقلال»)
        ("استقلال در لیگ برتر فوتبال امروز مقابل نساجی به میدان می‌رود. سرمربی آبی‌پوشان گفت که تیمش آماده است.",
         "استقلال", "آبی‌پوشان"),
        # ... the same nickname in a report on an English club is that club («چلسی»)
        ("چلسی در لیگ برتر فوتبال انگلیس به پیروزی رسید و آبی‌پوشان به صدر جدول نزدیک شدند.",
         "چلسی", "آبی‌پوشان"),
        # a short form that is not the club's first word («بارسا» for «بارسلونا»)
        ("بارسلونا در لیگ فوتبال اسپانیا به مصاف سویا رفت. هواداران بارسا پس از پیروزی جشن گرفتند.",
         "بارسلونا", "بارسا"),
        # the last word of a name written glued («یونایتد» for «منچستریونایتد»)
        ("منچستریونایتد در لیگ برتر فوتبال با یک گل پیروز شد. سرمربی یونایتد از بازیکنانش تشکر کرد.",
         "منچستریونایتد", "یونایتد"),
    ],
)
def test_club_alias_is_the_club_named(nlp, text, a, b):
    assert_one_entity(nlp(text), a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # the report names both clubs the nickname may stand for: it joins neither
        ("استقلال و چلسی در اردوی تابستانی فوتبال به مصاف هم رفتند و آبی‌پوشان بازی را بردند.",
         "استقلال", "آبی‌پوشان"),
        # the nickname is not for a club the report names («سرخ‌پوشان» is not «استقلال»)
        ("استقلال در لیگ برتر فوتبال امروز به میدان می‌رود و سرخ‌پوشان فردا بازی می‌کنند.",
         "استقلال", "سرخ‌پوشان"),
    ],
)
def test_club_alias_without_its_one_club_stays_apart(nlp, text, a, b):
    assert_two_entities(nlp(text), a, b)

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

"""Attacks told by the state's machines and clashes with one side named (session 33 evclash, issue 6).

«حملات جنگنده‌های X-ی علیه Y»: aircraft are no entity (the guide), so the state that the people's adjective
names is the doer, when the article names that state. «درگیری شبه‌نظامیان با نیروهای X»: a clash whose other
side no entity names still happened. Entities are given by hand, as in tests/test_events.py; the sentences
are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief
from khabar.stages.event_demonym import demonym_country
from khabar.stages.phrases import compact

UK = ("انگلیس", "l1", "LOC")
SAUDI = ("عربستان", "l2", "LOC")
FRANCE = ("فرانسه", "l3", "LOC")
ISIS = ("داعش", "o1", "ORG")
US_FORCES = ("نیروهای آمریکایی", "o2", "ORG")
ARMY = ("ارتش عراق", "o3", "ORG")
SANAA = ("صنعا", "l4", "LOC")
HOMS = ("استان حمص", "l5", "LOC")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «حملات جنگنده‌های انگلیسی علیه Y»: the adjective's country, named earlier, is the doer
            "انگلیس به ائتلاف پیوست. حملات جنگنده‌های انگلیسی علیه داعش ادامه دارد.",
            [UK, ISIS],
            [("ASSAULT", None, ["l1"], ["o1"], None, None, None, "asserted")],
        ),
        (  # «سعودی»: not built on the country's name (data/demonyms.txt, its country column); a word between
            "عربستان ائتلافی تشکیل داد. حملات هوایی جنگنده‌های سعودی به صنعا ادامه یافت.",
            [SAUDI, SANAA],
            [("ASSAULT", None, ["l2"], ["l4"], "l4", None, None, "asserted")],
        ),
        (  # machines bought, in a clause with an attack noun: the noun's doer is not looked for back in its clause
            "فرانسه قرارداد بست. خرید جنگنده‌های فرانسوی پس از حمله به داعش افزایش یافت.",
            [FRANCE, ISIS],
            [],
        ),
        (  # the machines as the subject of a verb: «بالگردهای فرانسوی به Y حمله کردند»
            "فرانسه عضو ائتلاف است. بالگردهای فرانسوی به داعش حمله کردند.",
            [FRANCE, ISIS],
            [("ASSAULT", None, ["l3"], ["o1"], None, None, None, "asserted")],
        ),
        (  # machines after «به» are attacked, not attacking: no doer, no event
            "آمریکا پهپاد فرستاد. شورشیان به پهپادهای آمریکایی حمله کردند.",
            [("آمریکا", "l6", "LOC")],
            [],
        ),
        (  # what a passive befell is no doer: «هواپیمای X هدف حمله قرار گرفت»
            "آمریکا پهپاد فرستاد. یک پهپاد آمریکایی هدف حمله قرار گرفت.",
            [("آمریکا", "l6", "LOC")],
            [],
        ),
        (  # a state the article never names: no doer, and a noun with no doer is no report
            "حملات جنگنده‌های روسی علیه داعش ادامه دارد.",
            [ISIS],
            [],
        ),
        (  # a clash with one side named: its other side is only unnamed
            "درگیری شبه‌نظامیان با نیروهای آمریکایی سه کشته برجای گذاشت.",
            [US_FORCES],
            [("ASSAULT", None, [], ["o2"], None, None, None, "asserted")],
        ),
        (  # the machines' dead counted, no target named: the state still did it
            "عربستان ائتلافی تشکیل داد. حملات جنگنده‌های سعودی در این استان پنج کشته برجای گذاشت.",
            [SAUDI],
            [("ASSAULT", None, ["l2"], [], None, None, None, "asserted")],
        ),
        (  # «در درگیری با X کشته شد»: no side before «با», the clash is a circumstance of a death
            "فرمانده شورشیان سال گذشته در درگیری با نیروهای آمریکایی کشته شد.",
            [US_FORCES],
            [],
        ),
        (  # «درگیری میان X و Y» with Y unfound: the sides are told, one is only missed; no half event
            "درگیری میان نیروهای آمریکایی و جنگجویان محلی ادامه دارد.",
            [US_FORCES],
            [],
        ),
        (  # a place is no side of a clash («درگیری در استان X»)
            "درگیری‌ها در استان حمص ادامه دارد.",
            [HOMS],
            [],
        ),
        (  # both sides named: as before
            "درگیری میان ارتش عراق و داعش ادامه دارد.",
            [ARMY, ISIS],
            [("ASSAULT", None, ["o3"], ["o1"], None, None, None, "asserted")],
        ),
    ],
)
def test_machines_and_clashes(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("انگلیسی", "بریتانیا"),  # a regular adjective: its stem is an alias of the country
        ("آمریکایی", "ایالات متحده"),  # «یی» after a final «ا»
        ("ترکیه‌ای", "ترکیه"),  # «ای» after a final «ه»
        ("سعودی", "عربستان سعودی"),  # not built on the country's name: data/demonyms.txt
        ("صهیونیستی", "اسرائیل"),  # the regime's adjective
        ("قضایی", None),  # an everyday adjective is no people's
    ],
)
def test_demonym_country(word, country) -> None:
    assert demonym_country(compact(word)) == (compact(country) if country else None)

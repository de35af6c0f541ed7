"""Which time dates an act told with a stretch of days (khabar.stages.event_place_time.find_time): a time
after «تا» ends the stretch and dates nothing; «و» before a party's longer phrase does not end a noun's phrase."""

from __future__ import annotations

import pytest

from events_helpers import REPLACED, events_brief

DATE = "2021-05-23"  # a Sunday
PARTIES = [("ارتش هند", "e1", "ORG"), ("کشمیر", "e2", "LOC"), ("پاکستان", "e3", "LOC")]


@pytest.fixture(scope="module")
def nlp_bare():
    import khabar

    return khabar.load(None, exclude=REPLACED)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # «تا صبح روز جمعه» is where the fighting ended: the attack told after it is undated
        ("ارتش هند طی نبردی که تا صبح روز جمعه طول کشید، به کشمیر حمله کرد.", (None, None)),
        # «از … تا …»: the stretch's first day dates the attack, not its last
        ("ارتش هند از روز دوشنبه تا روز جمعه به کشمیر حمله کرد.", ("روز دوشنبه", "2021-05-17")),
        # a clash noun, its second party a longer phrase after «و» («و گروه‌های مسلح X»): the day after it dates it
        ("درگیری ارتش هند و گروه‌های مسلح کشمیر از روز دوشنبه ۲۰ اردیبهشت ماه آغاز شد.",
         ("روز دوشنبه ۲۰ اردیبهشت ماه", "2021-05-10")),
        # «و» joining the clash to another happening, a preposition before any name: the day is not the clash's
        ("درگیری ارتش هند با کشمیر و در پی آن ناآرامی در پاکستان از روز دوشنبه آغاز شد.", (None, None)),
    ],
)
def test_time_of_a_stretch(nlp_bare, sentence, expected) -> None:
    found = [(e[5], e[6]) for e in events_brief(nlp_bare, sentence, PARTIES, date=DATE) if e[0] == "ASSAULT"]
    assert found[:1] == [expected]

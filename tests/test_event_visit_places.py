"""A visit with no place told happens where it goes, a withdrawal where it leaves
(khabar.stages.event_place_time.visited_places)."""

from __future__ import annotations

import pytest

from events_helpers import REPLACED, events_brief

PEOPLE = [("مدیرکل آژانس", "e1", "PER"), ("ایران", "e2", "LOC"), ("وزیر نیرو", "e3", "PER"),
          ("کرج", "e4", "LOC"), ("استاندار البرز", "e5", "PER")]


@pytest.fixture(scope="module")
def nlp_bare():
    import khabar

    return khabar.load(None, exclude=REPLACED)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # «حضور X در ایران»: the presence noun's country is where the visit is
        ("وی حضور مدیرکل آژانس در ایران را مثبت ارزیابی کرد.", [("e2", "e2")]),
        # the same as the object of a welcome: the city the minister is in is where
        ("مردم از حضور وزیر نیرو در کرج استقبال کردند.", [("e4", "e4")]),
        # a presence told as a subject («حضور X در کرج … طول کشید»)
        ("حضور مدیرکل آژانس در کرج دو روز طول کشید.", [("e4", "e4")]),
        # a visitor received by a person (no place among its targets): no place
        ("استاندار البرز وزیر نیرو را به حضور پذیرفت.", [("e5", None)]),
    ],
)
def test_visit_takes_the_place_it_goes_to(nlp_bare, sentence, expected) -> None:
    found = [(e[3][0] if e[3] else None, e[4]) for e in events_brief(nlp_bare, sentence, PEOPLE)
             if e[0] == "CONSULT"]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a withdrawal from a town happens there
        ("ارتش هند از کرج عقب‌نشینی کرد.", [("e4", "e4")]),
        # the same told in the perfect, with «نیز»
        ("ارتش هند نیز از کرج عقب نشینی کرده است.", [("e4", "e4")]),
    ],
)
def test_withdrawal_happens_in_the_land_left(nlp_bare, sentence, expected) -> None:
    parties = PEOPLE + [("ارتش هند", "e6", "ORG")]
    found = [(e[3][0] if e[3] else None, e[4]) for e in events_brief(nlp_bare, sentence, parties)
             if e[0] == "RETREAT"]
    assert found == expected

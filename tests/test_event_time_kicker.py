"""A headline kicker that tells only when something took place dates the act after its colon
(khabar.stages.event_place_time.kicker_time, data/kicker_verbs.txt)."""

from __future__ import annotations

import pytest

from events_helpers import REPLACED, TEST_DATE, events_brief

PEOPLE = [("وزیر نیرو", "e1", "PER"), ("استاندار البرز", "e2", "PER"), ("ارتش هند", "e3", "ORG"),
          ("کشمیر", "e4", "LOC")]


@pytest.fixture(scope="module")
def nlp_bare():
    import khabar

    return khabar.load(None, exclude=REPLACED)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # «دیروز صورت گرفت: دیدار …»: the kicker says when the meeting took place
        ("- دیروز صورت گرفت: دیدار وزیر نیرو با استاندار البرز", ("CONSULT", "دیروز", "2019-05-11")),
        # «رخ داد» the same, for an attack
        ("روز گذشته رخ داد: حمله ارتش هند به کشمیر", ("ASSAULT", "روز گذشته", "2019-05-11")),
        # a colon after a verb of saying opens a quote: the day is the speaking's, not the attack's
        ("ارتش هند دیروز اعلام کرد: به کشمیر حمله کردیم", ("ASSAULT", None, None)),
        # ... and so with the time first, where a kicker would stand: «اعلام کرد» is no kicker verb
        ("دیروز اعلام شد: حمله ارتش هند به کشمیر", ("ASSAULT", None, None)),
    ],
)
def test_kicker_dates_the_act(nlp_bare, headline, expected) -> None:
    found = [(e[0], e[5], e[6]) for e in events_brief(nlp_bare, headline, PEOPLE, date=TEST_DATE)]
    assert found == [expected]

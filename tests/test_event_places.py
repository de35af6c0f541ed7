"""Where an event happened (khabar.stages.event_place_time, khabar.stages.event_headline)."""

from __future__ import annotations

import pytest

from events_helpers import hand_entities, run_events
from khabar.article import make_doc
from khabar.io.readers import RawArticle
from khabar.stages.events import EventFinder

DATE = "2017-10-18"
PARTIES = [("پلیس گیلان", "e1", "ORG"), ("قاچاقچیان", "e2", "PER"), ("آستارا", "e3", "LOC"),
           ("وزیر کشور", "e4", "PER"), ("ارتش", "e5", "ORG"), ("رشت", "e6", "LOC"), ("ایران", "e7", "LOC"),
           ("این کشور", "e7", "LOC"), ("فلسطین", "e8", "LOC")]


@pytest.fixture(scope="module")
def nlp_bare():
    import khabar
    from events_helpers import REPLACED

    return khabar.load(None, exclude=REPLACED)


def _title_events(nlp, lines: list[str]) -> list[dict]:
    raw = RawArticle("\n".join(lines), "<test>", line_roles=["title", "lead", "paragraph"][:len(lines)], date=DATE)
    doc = nlp(make_doc(nlp, raw))
    doc._.entities = hand_entities(doc.text, PARTIES)
    return [e for e in EventFinder(nlp, "khabar_events")(doc)._.events if e["sentence"] == 0]


ARREST_TITLE = "پلیس گیلان قاچاقچیان را دستگیر کرد"


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        # the lead names the doers; its «در منطقه «X»» sets the town off by a head noun and guillemets
        ("خبرگزاری فارس: پلیس گیلان روز گذشته در منطقه «آستارا» عملیات گسترده‌ای انجام داد.", "e3"),
        # … or by a part of it («در یکی از روستاهای X»)
        ("خبرگزاری فارس: پلیس گیلان روز گذشته در یکی از روستاهای آستارا عملیات گسترده‌ای انجام داد.", "e3"),
        # a passive retelling names only those acted on: its «در X» is still the title act's place
        ("خبرگزاری فارس: قاچاقچیان مواد مخدر در آستارا به دام افتادند.", "e3"),
    ],
)
def test_title_event_placed_by_the_lead(nlp_bare, lead, place) -> None:
    events = _title_events(nlp_bare, [ARREST_TITLE, lead])
    assert [(e["type"], e["place"]) for e in events] == [("COERCE", place)]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # an attack on a city with no «در X» of its own happens in that city
        ("ارتش سحرگاه امروز به رشت حمله کرد.", "e6"),
        # a country attacked names no ground where it happened: the city beside it does
        ("ارتش سحرگاه امروز به ایران و رشت حمله کرد.", "e6"),
        # … nor does «این کشور», nor Palestine (a country, though not by its CLDR name)
        ("ارتش سحرگاه امروز به این کشور و رشت حمله کرد.", "e6"),
        ("ارتش سحرگاه امروز به فلسطین و رشت حمله کرد.", "e6"),
        # a comma typed on the country before it («ایران،») still steps back to the «به» of the list
        ("ارتش سحرگاه امروز به ایران، رشت و آستارا حمله کرد.", "e6"),
    ],
)
def test_attack_on_a_city_happens_there(nlp_bare, sentence, place) -> None:
    events = run_events(nlp_bare, sentence, PARTIES, date=DATE)._.events
    assert [(e["type"], e["place"]) for e in events] == [("ASSAULT", place)]

"""The seed's events against ../shared/seed/seed.gold.json (skips without ../shared).

Two runs: the event stage alone, on the gold entity mentions (tests the event rules only);
and the whole rules pipeline, entities and coreference included. ZWNJ differences are ignored.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import khabar
from events_helpers import REPLACED, check_events, gold_entities, to_gold_ids
from khabar.article import make_doc
from khabar.io.readers import read_path
from khabar.stages.events import EventFinder


@pytest.fixture(scope="module")
def gold(shared_dir) -> dict[str, Any]:
    return json.loads((shared_dir / "seed" / "seed.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_raw(shared_dir):
    (raw,) = [r for r in read_path(str(shared_dir / "seed" / "seed.txt"))]
    return raw


def test_seed_events_on_gold_entities(gold, seed_raw) -> None:
    nlp = khabar.load(None, exclude=REPLACED)
    doc = nlp(make_doc(nlp, seed_raw))
    doc._.entities = gold_entities(doc.text, gold)
    EventFinder(nlp, "khabar_events")(doc)
    ids = {g["id"]: g["id"] for g in gold["entities"]}
    assert check_events(doc._.events, ids, gold) == []


def test_seed_events_end_to_end(gold, seed_raw, nlp_rules) -> None:
    doc = nlp_rules(make_doc(nlp_rules, seed_raw))
    ids = to_gold_ids(doc._.entities or [], doc.text, gold)
    assert check_events(doc._.events, ids, gold) == []

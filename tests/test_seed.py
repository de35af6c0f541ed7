"""The founding article against its hand annotation (structure, entities, quotes).

Skips when ../shared is absent. Events are checked in test_seed_events.py.
"""

from __future__ import annotations

import json

import pytest

from khabar.article import Article
from khabar.evaluate.gold import entity_problems, quote_problems, z


@pytest.fixture(scope="module")
def seed(shared_dir, nlp_rules):
    gold = json.loads((shared_dir / "seed" / "seed.gold.json").read_text(encoding="utf-8"))
    text = (shared_dir / "seed" / "seed.txt").read_text(encoding="utf-8")
    return Article.from_doc(nlp_rules(text)).to_dict(), gold


def test_seed_structure(seed):
    article, gold = seed
    want = gold["structure"]
    s = article["structure"]
    # kicker, title, lead, the two-line sub-heading as one, the agency «فارس»
    assert z(s["kicker"]) == z(want["kicker"])
    assert z(s["title"]) == z(want["title"])
    assert z(s["lead"]) == z(want["lead"])
    assert [z(x) for x in s["subheadings"]] == [z(x) for x in want["subheadings"]]
    assert z(s["agency"]) == z(want["agency"])


def test_seed_entities(seed):
    # every entity with its label, canonical name, titles, roles and all listed mentions
    article, gold = seed
    assert entity_problems(article, gold) == []


def test_seed_quotes_required(seed):
    # every quote not marked optional, with speaker, kind and cue
    article, gold = seed
    assert quote_problems(article, gold, optional=False) == []


def test_seed_quotes_all(seed):
    # issue 5: the optional (harder indirect) quotes too
    article, gold = seed
    assert quote_problems(article, gold, optional=True) == []


def test_seed_agency_is_an_entity_not_a_speaker(seed):
    article, _ = seed
    agency = [e for e in article["entities"] if z(e["name"]) == z(article["structure"]["agency"])]
    assert agency and agency[0]["label"] == "ORG"
    assert all(q["speaker"] != agency[0]["id"] for q in article["quotes"])

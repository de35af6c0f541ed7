"""The founding article through the DEFAULT pipeline (`khabar analyze` with the trained model when it is in
the package): structure, entities, required quotes and required events all match the hand annotation.

The per-layer tests (test_seed*.py) use the rules-only pipeline; this one guards the trained components
from undoing the rules. Skips without ../shared.
"""

from __future__ import annotations

import json

import pytest

from events_helpers import check_events, to_gold_ids
from khabar.article import Article, make_doc
from khabar.evaluate.gold import entity_problems, quote_problems, z
from khabar.io.readers import read_path


@pytest.fixture(scope="module")
def seed(shared_dir, nlp):
    gold = json.loads((shared_dir / "seed" / "seed.gold.json").read_text(encoding="utf-8"))
    (raw,) = list(read_path(str(shared_dir / "seed" / "seed.txt")))
    doc = nlp(make_doc(nlp, raw))
    return doc, Article.from_doc(doc).to_dict(), gold


def test_structure(seed) -> None:
    _, article, gold = seed
    assert [z(x) for x in article["structure"]["subheadings"]] == [z(x) for x in gold["structure"]["subheadings"]]
    assert len(article["sentences"]) == gold["sentences"]


@pytest.mark.parametrize(
    ("layer", "problems"),
    [
        ("entities", lambda a, g: entity_problems(a, g)),  # every entity, label and listed mention
        ("quotes", lambda a, g: quote_problems(a, g, optional=False)),  # every required quote
    ],
)
def test_layers(seed, layer, problems) -> None:
    _, article, gold = seed
    assert problems(article, gold) == [], layer


def test_events(seed) -> None:
    doc, _, gold = seed
    ids = to_gold_ids(doc._.entities or [], doc.text, gold)
    assert check_events(doc._.events, ids, gold) == []

"""Every Article validates against the published JSON Schema, and Doc results survive serialization."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from spacy.tokens import Doc, DocBin

import khabar
from khabar.io.readers import read_path

REPO = Path(__file__).resolve().parents[1]
SCHEMA = json.loads(resources.files("khabar").joinpath("schema").joinpath("article.schema.json").read_text())


def validate(article: khabar.Article) -> dict:
    data = json.loads(article.to_json())
    jsonschema.validate(data, SCHEMA)
    for s in data["sentences"] + data["structure"]["paragraphs"]:
        assert 0 <= s["start"] < s["end"] <= len(data["text"])
    for ent in data["entities"]:
        for m in ent["mentions"]:
            assert data["text"][m["start"]:m["end"]] == m["text"]
    for q in data["quotes"]:
        assert data["text"][q["start"]:q["end"]] == q["text"]
    for ev in data["events"]:
        assert 0 <= ev["sentence"] < len(data["sentences"])
    return data


def test_example_article_validates(nlp) -> None:
    (raw,) = list(read_path(str(REPO / "examples" / "article.txt")))
    data = validate(next(khabar.article.analyze(nlp, [raw], date="2024-03-05")))
    assert data["date"] == "2024-03-05"
    assert data["id"] == khabar.article.article_id(data["source"], data["text"])


def test_seed_validates(nlp, shared_dir: Path) -> None:
    (raw,) = list(read_path(str(shared_dir / "seed" / "seed.txt")))
    validate(next(khabar.article.analyze(nlp, [raw])))


@pytest.mark.parametrize("store_user_data", [True])
def test_doc_results_serialize(nlp_rules, store_user_data: bool) -> None:
    text = (REPO / "examples" / "article.txt").read_text(encoding="utf-8")
    doc = nlp_rules(text)
    before = khabar.Article.from_doc(doc).to_dict()
    blob = DocBin(store_user_data=store_user_data, docs=[doc]).to_bytes()
    (back,) = list(DocBin().from_bytes(blob).get_docs(nlp_rules.vocab))
    assert isinstance(back, Doc)
    assert khabar.Article.from_doc(back).to_dict() == before

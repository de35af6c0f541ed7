"""khabar.load(syntax=False): no token-level syntax, and the same Article as the full pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

import khabar
from khabar.article import Article
from khabar.pipeline import SYNTAX, model_path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "article.txt"


@pytest.mark.parametrize(
    ("model", "tok2vec_kept"),
    [
        # The default pipeline's NER has a CNN of its own: the syntax CNN goes too.
        ("fa_khabar", False),
        # The fast pipeline's NER listens to the shared CNN: it stays.
        ("fa_khabar_fast", True),
    ],
)
def test_same_article_without_syntax(model, tok2vec_kept):
    if model_path(model) is None:
        pytest.skip(f"no trained pipeline {model} (run training/train.sh)")
    full = khabar.load(model)
    lean = khabar.load(model, syntax=False)
    assert not set(SYNTAX) & set(lean.pipe_names)
    assert ("tok2vec" in lean.pipe_names) is tok2vec_kept
    assert "ner" in lean.pipe_names and "khabar_events" in lean.pipe_names
    text = EXAMPLE.read_text(encoding="utf-8")
    # Our own example article: every stored field is the same.
    assert Article.from_doc(lean(text)).to_json() == Article.from_doc(full(text)).to_json()
    # The full pipeline still tags and parses; the lean one leaves tokens bare.
    assert full("وزیر امروز به تهران رفت.")[0].pos_ and not lean("وزیر امروز به تهران رفت.")[0].pos_


def test_rules_only_pipeline_ignores_syntax_flag():
    # Without a trained model there is no syntax to leave out.
    assert khabar.load(None, syntax=False).pipe_names == khabar.load(None).pipe_names


def test_pipe_batches_are_sized_for_articles():
    from khabar.pipeline import ARTICLE_BATCH_SIZE

    # spaCy's default (1,000 documents a batch) would hold a thousand articles' activations at once.
    assert khabar.load(None).batch_size == ARTICLE_BATCH_SIZE <= 16

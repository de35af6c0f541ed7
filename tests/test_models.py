"""The committed trained pipelines (src/khabar/models/fa_khabar and fa_khabar_fast): load offline and annotate."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import khabar.stages  # noqa: F401

MODELS = Path(__file__).resolve().parents[1] / "src" / "khabar" / "models"
MODEL = MODELS / "fa_khabar"

needs_model = pytest.mark.skipif(
    not (MODEL / "config.cfg").exists(), reason=f"no trained pipeline at {MODEL} (run training/train.sh)"
)

# Our own sentences, in news style.
SENTENCE = "علی لاریجانی، رئیس مجلس، روز دوشنبه در تهران با وزیر خارجه عراق دیدار کرد."


@pytest.fixture(scope="module", params=["fa_khabar", "fa_khabar_fast"])
def trained(request):
    path = MODELS / request.param
    if not (path / "config.cfg").exists():
        pytest.skip(f"no trained pipeline at {path} (run training/train.sh)")
    nlp = spacy.load(path)
    nlp.meta["path"] = str(path)
    return nlp


@needs_model
def test_components_and_size(trained):
    assert {"tok2vec", "morphologizer", "tagger", "trainable_lemmatizer", "parser", "ner"} <= set(
        trained.pipe_names
    )
    path = Path(trained.meta["path"])
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size <= 25 * 1024 * 1024, f"{path.name} is {size / 1e6:.1f} MB"
    assert (MODELS / "MODEL_CARD.md").exists()


@needs_model
@pytest.mark.parametrize(
    ("word", "attr", "expected"),
    [
        # The finite verb «کرد» heads the light-verb construction «دیدار کرد».
        ("کرد", "pos_", "VERB"),
        # «در» (in) is an adposition.
        ("در", "pos_", "ADP"),
        # «تهران» is a proper noun.
        ("تهران", "pos_", "PROPN"),
        # The main verb is the root of the sentence.
        ("کرد", "dep_", "ROOT"),
    ],
)
def test_tags_and_parse(trained, word, attr, expected):
    doc = trained(SENTENCE)
    token = next(t for t in doc if t.text == word)
    assert getattr(token, attr) == expected


@needs_model
@pytest.mark.parametrize(
    ("text", "entity", "label"),
    [
        # A person with first and last name.
        (SENTENCE, "علی لاریجانی", "PER"),
        # The capital city.
        (SENTENCE, "تهران", "LOC"),
        # A percentage (PEYMA/NSURL label set).
        ("نرخ بیکاری به ۱۲ درصد رسید.", "۱۲ درصد", "PERCENT"),
    ],
)
def test_entities(trained, text, entity, label):
    doc = trained(text)
    assert (entity, label) in {(e.text, e.label_) for e in doc.ents}


@needs_model
@pytest.mark.parametrize(
    ("text", "n_sents"),
    [
        # Two sentences, the second starting after a period.
        ("وزیر به مشهد رفت. او فردا بازمی‌گردد.", 2),
    ],
)
def test_sentences_and_lemmas(trained, text, n_sents):
    doc = trained(text)
    assert len(list(doc.sents)) == n_sents
    assert all(t.lemma_ for t in doc)

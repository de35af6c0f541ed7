"""khabar.models.blas: the trained components multiply through numpy's BLAS, with unchanged results."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from thinc.api import NumpyOps

import khabar
import khabar.stages  # noqa: F401
from khabar.models.blas import limit_blas_threads, use_numpy_blas

MODELS = Path(__file__).resolve().parents[1] / "src" / "khabar" / "models"

# Our own news-style sentences: a meeting with a place and a day, and a statement with a date.
TEXTS = [
    "علی لاریجانی، رئیس مجلس، روز دوشنبه در تهران با وزیر خارجه عراق دیدار کرد.",
    "سخنگوی وزارت امور خارجه روز ۱۲ آبان ۱۴۰۳ گفت که هیئتی به مسقط می‌رود.",
]


def _model(name: str) -> Path:
    path = MODELS / name
    if not (path / "config.cfg").exists():
        pytest.skip(f"no trained pipeline at {path} (run training/train.sh)")
    return path


def _analysis(nlp, text: str) -> list[tuple]:  # noqa: ANN001
    return [(t.text, t.tag_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in nlp(text)]


def _blas_flags(nlp) -> set[bool]:  # noqa: ANN001
    return {node.ops.use_blis for _, proc in nlp.pipeline if hasattr(getattr(proc, "model", None), "walk")
            for node in proc.model.walk()}


@pytest.mark.parametrize("name", ["fa_khabar", "fa_khabar_fast"])
def test_load_routes_every_layer_through_numpy(name):
    _model(name)
    nlp = khabar.load(name)
    # Every layer of every trained component: no layer is left on BLIS.
    assert _blas_flags(nlp) == {False}


@pytest.mark.parametrize("name", ["fa_khabar", "fa_khabar_fast"])
@pytest.mark.parametrize("text", TEXTS)
def test_same_analysis_with_blis_and_numpy(name, text):
    path = _model(name)
    blis = spacy.load(path)
    numpy_blas = spacy.load(path)
    assert use_numpy_blas(numpy_blas) > 0
    assert _blas_flags(blis) == {True}
    # Float rounding differs; tags, lemmas, the parse and the entities do not.
    assert _analysis(numpy_blas, text) == _analysis(blis, text)


def test_custom_ops_are_left_alone():
    class OwnOps(NumpyOps):
        name = "own"

    nlp = spacy.load(_model("fa_khabar_fast"))
    tok2vec = nlp.get_pipe("tok2vec").model
    own = OwnOps()
    for node in tok2vec.walk():
        node.ops = own
    use_numpy_blas(nlp)
    # A user's (or a GPU's) ops class is not replaced; plain NumpyOps elsewhere are.
    assert {type(node.ops) for node in tok2vec.walk()} == {OwnOps}
    assert {node.ops.use_blis for node in nlp.get_pipe("parser").model.walk()} == {False}


def test_limit_blas_threads():
    from threadpoolctl import threadpool_info, threadpool_limits

    with threadpool_limits(limits=None):  # restore the test process's own setting afterwards
        limit_blas_threads(1)
        blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
        assert blas, "numpy has a BLAS"
        assert {pool["num_threads"] for pool in blas} == {1}

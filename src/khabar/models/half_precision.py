"""Store the trained weights in float16 on disk, compute in float32.

Khabar's pipeline must stay under 25 MB; its CNN weights and static vectors are
38 MB in float32. ``training/assemble.py`` casts every weight array and the
vectors to float16 before saving. This component sits last among the trained
components, so spaCy loads it after all of them: its ``from_disk`` casts every
weight back to float32 (thinc's CPU kernels need float32). At run time it does
nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.tokens import Doc


def _models(nlp: Language) -> Iterable:
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and hasattr(model, "walk"):
            yield model


def cast_weights(nlp: Language, dtype: str) -> None:
    """Cast every component's weights and the static vectors to ``dtype``."""
    for model in _models(nlp):
        for node in model.walk():
            for name in node.param_names:
                if node.has_param(name):
                    node.set_param(name, node.get_param(name).astype(dtype))
    vectors = nlp.vocab.vectors
    if vectors.data.size and vectors.data.dtype != numpy.dtype(dtype):
        vectors.data = vectors.data.astype(dtype)


class HalfPrecision:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> HalfPrecision:
        cast_weights(self.nlp, "float32")
        return self


@Language.factory("khabar_half_precision")
def make_half_precision(nlp: Language, name: str) -> HalfPrecision:
    return HalfPrecision(nlp)

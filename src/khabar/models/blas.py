"""Matrix products of the trained components through numpy's BLAS instead of thinc's bundled BLIS.

thinc's ``NumpyOps.gemm`` calls the ``blis`` wheel, which picks its kernel from the CPU model. It
ships kernels for Intel Haswell and AMD Zen 2 only; on other CPUs (newer AMD EPYC servers among
them) it falls back to BLIS's portable reference kernel, 3–4× slower than numpy's OpenBLAS, which
chooses among many kernels at run time. The tok2vec CNN and the parser's and NER's precomputed
layers are almost all such products, so Khabar routes them through numpy (``use_blis=False``).
The parser's per-step loop is compiled against BLIS and is not affected. Results are the same up
to float rounding.

OpenBLAS is multi-threaded by default. A process that runs several pipelines side by side
(Khabar's own worker pools) calls :func:`limit_blas_threads` so that its workers do not compete
for the same cores; a single process keeps numpy's default (``OPENBLAS_NUM_THREADS`` decides).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.util import registry
from thinc.api import NumpyOps


def use_numpy_blas(nlp: Language) -> int:
    """Give every CPU (``NumpyOps``) layer of ``nlp``'s trained components numpy's gemm; returns the count."""
    ops = NumpyOps(use_blis=False)
    changed = 0
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            # Only plain CPU ops: a GPU pipeline (CupyOps) or a user's custom ops stay as they are.
            if type(node.ops) is NumpyOps:
                node.ops = ops
                changed += 1
    return changed


@registry.callbacks("khabar.numpy_blas.v1")
def numpy_blas_callback() -> Callable[[Language], Language]:
    """``[nlp.after_pipeline_creation]`` for training configs: ``spacy train`` through numpy's BLAS too."""

    def apply(nlp: Language) -> Language:
        use_numpy_blas(nlp)
        return nlp

    return apply


def limit_blas_threads(threads: int = 1) -> None:
    """Cap the BLAS thread pools of this process (a worker that shares the machine with others)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=threads, user_api="blas")

"""Side by side: the trained components with thinc's bundled BLIS gemm and with numpy's BLAS.

``khabar.load()`` routes the trained components' matrix products through numpy
(``khabar.models.blas``). This benchmark loads each model twice in one process, puts one copy back
on thinc's default ``NumpyOps()`` (BLIS), and times the two copies in alternating rounds on the same
articles: CPU seconds of the trained components (tokenizer included), medians over the rounds.
It also checks that both copies give the same tags, parse and entities.

Usage: python bench/blas_speed.py [--articles 150] [--rounds 3] [--model fa_khabar,fa_khabar_fast]
Run it with OPENBLAS_NUM_THREADS=1 to compare one core with one core.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from thinc.api import NumpyOps

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline_speed import NEWS, articles  # noqa: E402

import khabar.stages  # noqa: E402,F401  (registers the factories the pipelines name)
from khabar.models.blas import use_numpy_blas  # noqa: E402


def trained_only(model: str, blas: str):  # noqa: ANN201  (a spaCy Language)
    import spacy

    from khabar.pipeline import model_path

    path = model_path(model)
    if path is None:
        sys.exit(f"blas_speed: no pipeline named {model}")
    nlp = spacy.load(path)
    if blas == "numpy":
        use_numpy_blas(nlp)
    else:
        for _, proc in nlp.pipeline:
            if hasattr(getattr(proc, "model", None), "walk"):
                for node in proc.model.walk():
                    node.ops = NumpyOps()
    return nlp


def output(doc) -> tuple:  # noqa: ANN001
    return tuple((t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--model", default="fa_khabar,fa_khabar_fast")
    args = parser.parse_args()
    if not NEWS.is_dir():
        sys.exit(f"blas_speed: {NEWS} is absent (needs ../shared)")
    texts = articles(args.articles)
    words = sum(len(t.split()) for t in texts)
    print(f"{args.articles} articles, {words:,} words, {args.rounds} rounds (CPU seconds, median)")
    print("| model | BLIS words/s | numpy words/s | ratio | same output |")
    print("|---|---:|---:|---:|---|")
    for model in args.model.split(","):
        nlps = {blas: trained_only(model, blas) for blas in ("blis", "numpy")}
        seconds: dict[str, list[float]] = {blas: [] for blas in nlps}
        outputs: dict[str, list[tuple]] = {}
        for nlp in nlps.values():
            list(nlp.pipe(texts[:5]))  # warm up
        for _ in range(args.rounds):
            for blas, nlp in nlps.items():
                start = time.process_time()
                docs = list(nlp.pipe(texts, batch_size=16))
                seconds[blas].append(time.process_time() - start)
                outputs[blas] = [output(doc) for doc in docs]
        rate = {blas: words / statistics.median(s) for blas, s in seconds.items()}
        same = sum(a == b for a, b in zip(outputs["blis"], outputs["numpy"], strict=True))
        print(f"| {model} | {rate['blis']:,.0f} | {rate['numpy']:,.0f} | {rate['numpy'] / rate['blis']:.2f}× "
              f"| {same}/{len(texts)} articles |")


if __name__ == "__main__":
    main()

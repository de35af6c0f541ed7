"""Words per second of Khabar's pipeline on real articles, and peak memory.

Each measurement runs in a fresh subprocess so that its peak RSS is its own:
- ``trained``: the trained pipeline alone (spacy.load of src/khabar/models/fa_khabar, numpy's BLAS as in
  ``khabar.load()``);
- ``full``: ``khabar.load()`` (trained pipeline + rule-based stages), one process;
- ``full-2proc``: the same with ``nlp.pipe(n_process=2)``;
- ``rules``: ``khabar.load(None)``, the rule-based stages alone (no trained model), one process.

Usage: python bench/pipeline_speed.py [--articles 300] [--modes trained,full,full-2proc,rules]
                                     [--model fa_khabar[,OTHER,...]]   (names or pipeline folders, run in turn)
Articles: ../shared/data/news (title, lead and paragraphs joined by newlines).
Words are whitespace-separated chunks of the input, so every pipeline is counted alike.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import zlib
from pathlib import Path

from khabar.pipeline import ARTICLE_BATCH_SIZE  # what khabar.load() sets as nlp.batch_size

REPO = Path(__file__).resolve().parents[1]
NEWS = REPO.parent / "shared" / "data" / "news"
MODEL = REPO / "src" / "khabar" / "models" / "fa_khabar"


def articles(limit: int) -> list[str]:
    texts: list[str] = []
    for path in sorted(NEWS.glob("*/*.json")):
        for art in json.loads(path.read_text(encoding="utf8")):
            parts = [art.get("title") or "", art.get("abstract") or "", *(art.get("paragraphs") or [])]
            texts.append("\n".join(p for p in parts if p))
    # Interleave the sources so that a limit still mixes news, sport and health.
    texts.sort(key=lambda t: zlib.crc32(t.encode()))
    return texts[:limit]


def measure(mode: str, limit: int, model: str = "fa_khabar") -> dict:
    texts = articles(limit)
    if mode == "trained":
        import spacy

        import khabar.stages  # noqa: F401
        from khabar.models.blas import use_numpy_blas
        from khabar.pipeline import model_path

        nlp = spacy.load(model_path(model) or MODEL)
        use_numpy_blas(nlp)  # as khabar.load() does
    else:
        import khabar

        nlp = khabar.load(None if mode == "rules" else model)
    n_process = 2 if mode == "full-2proc" else 1
    for _ in nlp.pipe(texts[:5]):  # warm up
        pass
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=n_process, batch_size=ARTICLE_BATCH_SIZE):
        pass
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "mode": mode,
        "model": None if mode == "rules" else model,
        "pipeline": nlp.pipe_names,
        "articles": len(texts),
        "words": words,
        "seconds": round(seconds, 2),
        "words_per_second": round(words / seconds),
        "peak_rss_mb": round(max(peak, children) / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--modes", default="trained,full,full-2proc")
    parser.add_argument("--model", default="fa_khabar", help="comma-separated pipeline names or folders")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not NEWS.is_dir():
        sys.exit(f"pipeline_speed: {NEWS} is absent (needs ../shared)")
    if not (MODEL / "config.cfg").exists():
        sys.exit(f"pipeline_speed: no trained pipeline at {MODEL} (run training/train.sh)")
    if args.one:
        print(json.dumps(measure(args.one, args.articles, args.model)))
        return
    for mode in args.modes.split(","):
        for model in args.model.split(",") if mode != "rules" else ["none"]:
            cmd = [sys.executable, __file__, "--one", mode, "--articles", str(args.articles), "--model", model]
            out = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if out.returncode != 0:
                print(json.dumps({"mode": mode, "model": model, "error": out.stderr.strip().splitlines()[-1:]}))
            else:
                print(out.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()

"""CPU seconds per pipeline stage on real articles, one process: where an article's time goes.

The articles go through in batches of ``khabar.load()``'s own size (``nlp.batch_size``), as ``nlp.pipe``
sends them; within a batch each stage runs over all its articles before the next one starts (its own
``pipe`` when it has one), so a stage's time is its own. The tokenizer is the ``make_doc`` row.

Usage: python bench/stage_speed.py [--articles 150] [--model fa_khabar] [--syntax] [--rounds 3]
    --syntax   the full ``khabar.load()`` pipeline (default: ``syntax=False``, as ingest and analyze load it)
Articles: ../shared/data/news, as in bench/pipeline_speed.py. Medians over the rounds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline_speed import NEWS, articles  # noqa: E402

import khabar  # noqa: E402


def one_round(nlp, texts: list[str]) -> dict[str, float]:  # noqa: ANN001  (a spaCy Language)
    seconds: dict[str, float] = {"make_doc": 0.0} | {name: 0.0 for name in nlp.pipe_names}
    size = nlp.batch_size
    for first in range(0, len(texts), size):
        start = time.process_time()
        docs = [nlp.make_doc(t) for t in texts[first:first + size]]
        seconds["make_doc"] += time.process_time() - start
        for name, proc in nlp.pipeline:
            start = time.process_time()
            docs = list(proc.pipe(docs, batch_size=size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            seconds[name] += time.process_time() - start
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--model", default="fa_khabar")
    parser.add_argument("--syntax", action="store_true")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not NEWS.is_dir():
        sys.exit(f"stage_speed: {NEWS} is absent (needs ../shared)")
    nlp = khabar.load(None if args.model == "none" else args.model, syntax=args.syntax)
    texts = articles(args.articles)
    one_round(nlp, texts[:5])  # warm up
    rounds = [one_round(nlp, texts) for _ in range(args.rounds)]
    median = {name: statistics.median(r[name] for r in rounds) for name in rounds[0]}
    total = sum(median.values())
    print(f"{args.articles} articles, model {args.model}, syntax {args.syntax}, {args.rounds} rounds (CPU s, median)")
    print("| stage | seconds | ms / article | share |")
    print("|---|---:|---:|---:|")
    for name, sec in sorted(median.items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {sec:.2f} | {1000 * sec / args.articles:.1f} | {100 * sec / total:.1f} % |")
    print(f"| total | {total:.2f} | {1000 * total / args.articles:.1f} | |")


if __name__ == "__main__":
    main()

"""Batch throughput: the local engine (1 and 2 processes) and Spark (local[1], local[2]) on the shared news.

Usage: python bench/batch_bench.py [--articles 300] [--model fa_khabar|none] [--repeats 1]
Prints a table (articles/s, median of repeats) and what 1,000,000 articles/day would need.
Not part of CI. Needs ../shared, pyarrow, and for Spark pyspark + Java 17.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


def make_input(n: int, folder: Path) -> Path:
    """The first n shared news records (fars, varzesh3, namnak in turn) as one JSONL file."""
    files = sorted((SHARED / "data" / "news").glob("*/*.json"))
    pools = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    out = folder / "news.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        i = 0
        while i < n:
            for pool in pools:
                if i < n and i // len(pools) < len(pool):
                    fh.write(json.dumps(pool[i // len(pools)], ensure_ascii=False) + "\n")
                i += 1
    return out


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--model", default="fa_khabar")
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--no-spark", action="store_true")
    args = ap.parse_args()
    from khabar.batch.local import run_local

    tmp = Path(tempfile.mkdtemp(prefix="khabar-bench-"))
    src = make_input(args.articles, tmp)
    runs = {
        "local engine, 1 process": lambda: run_local([str(src)], tmp / "l1", model=args.model, processes=1),
        "local engine, 2 processes": lambda: run_local([str(src)], tmp / "l2", model=args.model, processes=2),
    }
    if not args.no_spark:
        from khabar.batch.spark import run_spark

        runs["spark local[1]"] = lambda: run_spark([str(src)], str(tmp / "s1"), model=args.model, master="local[1]",
                                                   partitions=1)
        runs["spark local[2]"] = lambda: run_spark([str(src)], str(tmp / "s2"), model=args.model, master="local[2]",
                                                   partitions=2)
    rates: dict[str, float] = {}
    for name, fn in runs.items():
        secs = statistics.median(timed(fn) for _ in range(args.repeats))
        rates[name] = args.articles / secs
    print(f"| run ({args.articles} articles, model {args.model}) | articles/s |")
    print("|---|---:|")
    for name, rate in rates.items():
        print(f"| {name} | {rate:.1f} |")
    if "spark local[2]" in rates:
        print(f"\nscaling local[1] -> local[2]: {rates['spark local[2]'] / rates['spark local[1]']:.2f}x")
        overhead = 1 - rates["spark local[2]"] / rates["local engine, 2 processes"]
        print(f"Spark overhead vs local engine (2 cores): {overhead * 100:.0f}%")
    per_core = rates["local engine, 1 process"]
    print(f"cores for 1,000,000 articles/day at {per_core:.1f} articles/s/core: {1_000_000 / 86400 / per_core:.1f}")


if __name__ == "__main__":
    main()

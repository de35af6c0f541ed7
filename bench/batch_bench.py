"""Batch throughput: the local engine (1 and 2 processes) and Spark (local[1], local[2]) on the shared news.

Usage: python bench/batch_bench.py [--articles 1000] [--small 200] [--model none] [--repeats 1] [--no-spark]

Every run is one full ``khabar batch`` job in a fresh Python process (imports, Spark session, reading,
analysis, Parquet, manifest), timed from outside. Each engine runs on two input sizes, so the fixed cost
(process and JVM start, Spark session, loading the pipeline, JVM warm-up) is told apart from the per-article
cost: steady rate = (N - n) / (T(N) - T(n)), fixed = T(n) - n / steady rate. The runs are interleaved
(every configuration once per repeat) so that load from other work hits them alike; medians are reported.
Not part of CI. Needs ../shared, pyarrow, and for Spark pyspark + Java 17.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
LOCAL = "from khabar.batch.local import run_local; from pathlib import Path; run_local([{src!r}], Path({out!r}), model={model!r}, processes={n})"
SPARK = "from khabar.batch.spark import run_spark; run_spark([{src!r}], {out!r}, model={model!r}, master='local[{n}]', partitions={n})"
CONFIGS = {
    "local engine, 1 process": (LOCAL, 1), "local engine, 2 processes": (LOCAL, 2),
    "Spark local[1]": (SPARK, 1), "Spark local[2]": (SPARK, 2),
}


def make_input(n: int, folder: Path) -> Path:
    """The first n shared news records (fars, varzesh3, namnak in turn) as one JSONL file."""
    files = sorted((SHARED / "data" / "news").glob("*/*.json"))
    pools = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    out = folder / f"news-{n}.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        i = 0
        while i < n:
            for pool in pools:
                if i < n and i // len(pools) < len(pool):
                    fh.write(json.dumps(pool[i // len(pools)], ensure_ascii=False) + "\n")
                i += 1
    return out


def timed_run(code: str) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"batch_bench: a run failed:\n{done.stderr[-2000:]}")
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--small", type=int, default=200, help="the smaller input, for the fixed cost (0: skip)")
    ap.add_argument("--model", default="none")
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--no-spark", action="store_true")
    ap.add_argument("--cores", type=int, choices=(1, 2), help="only the runs on this many cores")
    args = ap.parse_args()
    configs = {k: v for k, v in CONFIGS.items()
               if not (args.no_spark and v[0] is SPARK) and args.cores in (None, v[1])}
    tmp = Path(tempfile.mkdtemp(prefix="khabar-bench-"))
    sizes = [s for s in (args.small, args.articles) if s]
    inputs = {s: make_input(s, tmp) for s in sizes}
    secs: dict[tuple[str, int], list[float]] = {}
    for _ in range(args.repeats):
        for name, (template, n) in configs.items():
            for size in sizes:
                code = template.format(src=str(inputs[size]), out=str(tmp / "out"), model=args.model, n=n)
                secs.setdefault((name, size), []).append(timed_run(code))
                print(f"  {name}, {size} articles: {secs[name, size][-1]:.1f} s", file=sys.stderr, flush=True)
    big, small = args.articles, args.small
    steady: dict[str, float] = {}
    print(f"| run (model {args.model}) | {big} articles, s | end to end, art/s | steady, art/s | fixed, s |")
    print("|---|---:|---:|---:|---:|")
    for name in configs:
        t_big = statistics.median(secs[name, big])
        row = f"| {name} | {t_big:.1f} | {big / t_big:.1f} |"
        if small:
            t_small = statistics.median(secs[name, small])
            steady[name] = (big - small) / max(t_big - t_small, 1e-9)
            row += f" {steady[name]:.1f} | {t_small - small / steady[name]:.1f} |"
        print(row + ("" if small else " | |"))
    ends = {name: big / statistics.median(secs[name, big]) for name in configs}
    if {"Spark local[1]", "Spark local[2]"} <= set(configs):
        print(f"\nscaling Spark local[1] -> local[2]: end to end {ends['Spark local[2]'] / ends['Spark local[1]']:.2f}x", end="")
        print(f", steady {steady['Spark local[2]'] / steady['Spark local[1]']:.2f}x" if steady else "")
    for label, rates in (("end to end", ends), ("steady", steady)):
        if rates:
            for cores in (1, 2):
                if f"Spark local[{cores}]" in rates:
                    local = rates["local engine, 1 process" if cores == 1 else "local engine, 2 processes"]
                    print(f"Spark overhead vs local engine, {cores} core(s), {label}: "
                          f"{(1 - rates[f'Spark local[{cores}]'] / local) * 100:.0f}%")
    per_core = (steady or ends).get("local engine, 1 process", 0) or (steady or ends)["local engine, 2 processes"] / 2
    print(f"cores for 1,000,000 articles/day at {per_core:.1f} articles/s/core: {1_000_000 / 86400 / per_core:.1f}")


if __name__ == "__main__":
    main()

"""Batch throughput: the local engine (1 and 2 processes) and Spark (local[1], local[2]) on the shared news.

Usage: python bench/batch_bench.py [--articles 1000] [--small 200] [--model none|fa_khabar] [--repeats 1]
       [--cores 1|2] [--no-spark]

Every run is one full ``khabar batch`` job in a fresh Python process (imports, Spark session, reading,
analysis, Parquet, manifest), timed from outside. Each engine runs on two input sizes, so the fixed cost
(process and JVM start, Spark session, loading the pipeline, JVM warm-up) is told apart from the per-article
cost: steady rate = (N - n) / (T(N) - T(n)), fixed = T(n) - n / steady rate. The runs are interleaved
(every configuration once per repeat) so that load from other work hits them alike; medians are reported.
Besides wall time, every run's CPU-seconds (all its processes: driver, JVM, PySpark daemon and workers,
``/proc`` sampled every 0.1 s) are reported, steady and fixed alike: on a box where other work holds a core,
wall time is partly queueing, and CPU per article is what decides throughput once the cores are full.
``--model fa_khabar`` runs the trained pipeline users get by default.
Not part of CI. Needs ../shared, pyarrow, and for Spark pyspark + Java 17.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
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


_TICK = os.sysconf("SC_CLK_TCK")


def tree_cpu(root: int, seen: dict[tuple[int, str], float]) -> None:
    """Record the CPU-seconds (user + system) so far of ``root`` and every process below it, keyed by
    (pid, start time); a process's last sample stands for it after it exits."""
    parents: dict[int, int] = {}
    stats: dict[int, list[str]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                text = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            fields = text[text.rindex(")") + 2:].split()  # after "pid (comm) "
            stats[int(entry.name)] = fields
            parents[int(entry.name)] = int(fields[1])
    for pid, fields in stats.items():
        p = pid
        while p > 1 and p != root:
            p = parents.get(p, 0)
        if p == root:
            seen[pid, fields[19]] = (int(fields[11]) + int(fields[12])) / _TICK


def timed_run(code: str, interval: float = 0.1) -> tuple[float, float]:
    """Wall seconds and CPU-seconds of every process of one run (driver, JVM, PySpark daemon, workers)."""
    seen: dict[tuple[int, str], float] = {}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(interval):
            tree_cpu(proc.pid, seen)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"batch_bench: a run failed:\n{err[-2000:]}")
    return wall, sum(seen.values())


def steady_fixed(big: int, small: int, t_big: float, t_small: float) -> tuple[float, float]:
    """Per-article cost of the N - n extra articles, and what the small run cost beyond n of them."""
    per_article = (t_big - t_small) / (big - small)
    return per_article, t_small - small * per_article


def overhead(spark_cost: float, local_cost: float) -> float:
    """1 - (Spark rate / local rate), from costs (seconds) per article or per run: rate is 1 / cost."""
    return 1 - local_cost / spark_cost


def report(secs: dict[tuple[str, int], list[tuple[float, float]]], configs: list[str], big: int, small: int,
           model: str) -> None:
    med = {key: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
           for key, runs in secs.items()}
    print(f"| model {model}, medians | {big} art.: wall s | CPU s | end to end art/s | steady art/s "
          "| fixed wall s | steady CPU ms/art | fixed CPU s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    steady: dict[str, tuple[float, float]] = {}
    for name in configs:
        (w_big, c_big) = med[name, big]
        row = f"| {name} | {w_big:.1f} | {c_big:.1f} | {big / w_big:.1f} |"
        if small:
            (w_small, c_small) = med[name, small]
            (w_per, w_fixed), (c_per, c_fixed) = steady_fixed(big, small, w_big, w_small), steady_fixed(big, small, c_big, c_small)
            steady[name] = (w_per, c_per)
            row += f" {1 / w_per:.1f} | {w_fixed:.1f} | {c_per * 1000:.0f} | {c_fixed:.1f} |"
        else:
            row += " | | | |"
        print(row)
    print()
    for cores in (1, 2):
        name, local = f"Spark local[{cores}]", "local engine, 1 process" if cores == 1 else "local engine, 2 processes"
        if {name, local} <= set(configs):
            parts = [f"wall end to end {overhead(med[name, big][0], med[local, big][0]):.0%}",
                     f"CPU end to end {overhead(med[name, big][1], med[local, big][1]):.0%}"]
            if small:
                parts += [f"wall steady {overhead(steady[name][0], steady[local][0]):.0%}",
                          f"CPU steady {overhead(steady[name][1], steady[local][1]):.0%}"]
            print(f"Spark overhead vs local engine, {cores} core(s): " + ", ".join(parts))
    if {"Spark local[1]", "Spark local[2]"} <= set(configs):
        print(f"scaling Spark local[1] -> local[2], end to end: "
              f"{med['Spark local[1]', big][0] / med['Spark local[2]', big][0]:.2f}x")
    if "local engine, 1 process" in configs:
        per_core = 1 / steady["local engine, 1 process"][0] if small else big / med["local engine, 1 process", big][0]
        print(f"cores for 1,000,000 articles/day at {per_core:.1f} articles/s/core: {1_000_000 / 86400 / per_core:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--small", type=int, default=200, help="the smaller input, for the fixed cost (0: skip)")
    ap.add_argument("--model", default="none", help="'none' (rules only) or a trained pipeline such as fa_khabar")
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--no-spark", action="store_true")
    ap.add_argument("--cores", type=int, choices=(1, 2), help="only the runs on this many cores")
    ap.add_argument("--no-class-archive", action="store_true",
                    help="Spark without the opt-in JVM class archive (KHABAR_SPARK_CDS, spark_cds.py)")
    args = ap.parse_args()
    if not args.no_class_archive:
        os.environ.setdefault("KHABAR_SPARK_CDS", "on")  # opt-in for users; on here, as measured
    configs = {k: v for k, v in CONFIGS.items()
               if not (args.no_spark and v[0] is SPARK) and args.cores in (None, v[1])}
    tmp = Path(tempfile.mkdtemp(prefix="khabar-bench-"))
    sizes = [s for s in (args.small, args.articles) if s]
    inputs = {s: make_input(s, tmp) for s in sizes}
    secs: dict[tuple[str, int], list[tuple[float, float]]] = {}
    print(f"load average before: {os.getloadavg()[0]:.1f}", file=sys.stderr)
    if any(template is SPARK for template, _ in configs.values()):
        # Untimed: the first local Spark run on a machine writes the JVM's class archive (spark_cds.py), a
        # one-off cost; the timed runs measure what every later run costs.
        warm = make_input(20, tmp)
        wall, cpu = timed_run(SPARK.format(src=str(warm), out=str(tmp / "warm"), model=args.model, n=2))
        print(f"  warm-up Spark local[2], 20 articles: {wall:.1f} s, {cpu:.1f} CPU-s", file=sys.stderr, flush=True)
    for _ in range(args.repeats):
        for name, (template, n) in configs.items():
            for size in sizes:
                code = template.format(src=str(inputs[size]), out=str(tmp / "out"), model=args.model, n=n)
                secs.setdefault((name, size), []).append(timed_run(code))
                wall, cpu = secs[name, size][-1]
                print(f"  {name}, {size} articles: {wall:.1f} s, {cpu:.1f} CPU-s, load {os.getloadavg()[0]:.1f}",
                      file=sys.stderr, flush=True)
    report(secs, list(configs), args.articles, args.small, args.model)


if __name__ == "__main__":
    main()

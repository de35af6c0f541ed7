"""Khabar's normalizer beside hazm, shekar, parsivar and python-negar, on the same inputs.

    .venv/bin/python bench/normalize_peers.py [--venvs ~/.cache/khabar-peers] [--runs 3]

Each peer is installed from PyPI into its OWN virtual environment (created on first use; hazm
0.12 needs Python 3.12, taken from pyenv when present) and run in a subprocess that normalizes
the input lines one by one. Inputs: the seed article (stripped ZWNJs), UD PerDT dev with its
ZWNJs stripped, with them typed as spaces, and as it is (already correct). Khabar runs with a
lexicon built WITHOUT PerDT, so its PerDT scores are held-out. Prints a Markdown table (medians
of --runs timings). Not part of the install or of CI.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from khabar.evaluate.normalize import conllu_sentences, score_predictions
from khabar.text import normalize
from khabar.text.chars import ZWNJ

ROOT = Path(__file__).resolve().parents[1]
PY312 = Path("/root/.pyenv/versions/3.12.1/bin/python")

# name: (pip requirement, python for the venv, code that defines norm(text) -> str)
PEERS = {
    "hazm": ("hazm==0.12.*", PY312, "from hazm import Normalizer\n_n = Normalizer()\nnorm = _n.normalize"),
    "shekar": ("shekar", None, "from shekar import Normalizer\n_n = Normalizer()\nnorm = _n"),
    "parsivar": ("parsivar", None, "from parsivar import Normalizer\n_n = Normalizer()\nnorm = _n.normalize"),
    "python-negar": (
        "python-negar",
        None,
        "from negar.virastar import PersianEditor\ndef norm(t):\n    return PersianEditor(t).cleanup()",
    ),
}

WORKER = """
import json, sys, time
{setup}
lines = json.load(sys.stdin)
runs = int(sys.argv[1])
out, times = None, []
for _ in range(runs):
    t0 = time.perf_counter()
    res = []
    for line in lines:
        try:
            res.append(str(norm(line)))
        except Exception as exc:  # a peer that crashes on a line scores that line as unchanged
            res.append(line)
    times.append(time.perf_counter() - t0)
    out = res
json.dump({{"out": out, "times": times}}, sys.stdout, ensure_ascii=False)
"""


def ensure_venv(venvs: Path, name: str, requirement: str, python: Path | None) -> Path:
    env = venvs / name
    py = env / "bin/python"
    if not (env / ".ok").exists():
        base = str(python) if python and python.exists() else sys.executable
        subprocess.run([base, "-m", "venv", "--clear", str(env)], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", requirement], check=True)
        (env / ".ok").write_text(requirement)
    return py


def run_peer(py: Path, setup: str, lines: list[str], runs: int) -> tuple[list[str], float]:
    code = WORKER.format(setup=setup)
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    proc = subprocess.run(
        [str(py), "-c", code, str(runs)],
        input=json.dumps(lines, ensure_ascii=False),
        capture_output=True,
        text=True,
        env=env,
        timeout=3600,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed")
    data = json.loads(proc.stdout)
    return data["out"], statistics.median(data["times"])


def khabar_without_perdt(shared: Path):  # -> Lexicon
    sys.path.insert(0, str(ROOT / "training"))
    import build_zwnj_lexicon as build  # type: ignore[import-not-found]

    ev = build.collect_static(shared)
    ev.perdt, ev.perdt_bigrams = Counter(), Counter()
    return build.decide(ev)


def cases(shared: Path) -> dict[str, tuple[list[str], list[str]]]:
    seed_src = (shared / "seed/seed.txt").read_text(encoding="utf-8").split("\n")
    seed_gold = (shared / "seed/seed.gold.txt").read_text(encoding="utf-8").split("\n")
    gold = conllu_sentences(shared / "data/ud/fa_perdt-ud-dev.conllu")
    return {
        "seed": (seed_gold, seed_src),
        "perdt-stripped": (gold, [g.replace(ZWNJ, "") for g in gold]),
        "perdt-spaced": (gold, [g.replace(ZWNJ, " ") for g in gold]),
        "perdt-correct": (gold, gold),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--venvs", type=Path, default=Path.home() / ".cache/khabar-peers")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--peers", default=",".join(PEERS), help="comma-separated subset of " + ", ".join(PEERS))
    ap.add_argument("--json", type=Path, help="also write the full results here")
    args = ap.parse_args()
    if not (args.shared / "seed/seed.txt").exists():
        sys.exit(f"error: {args.shared}: no seed/ (expected ../shared)")
    inputs = cases(args.shared)
    results: dict[str, dict[str, dict]] = {}

    lex = khabar_without_perdt(args.shared)
    results["khabar"] = {}
    for case, (golds, srcs) in inputs.items():
        normalize("\n".join(srcs), lexicon=lex)  # warm-up
        times, preds = [], []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            preds = [normalize(s, lexicon=lex) for s in srcs]
            times.append(time.perf_counter() - t0)
        results["khabar"][case] = score_predictions(golds, preds, seconds=statistics.median(times))

    args.venvs.mkdir(parents=True, exist_ok=True)
    for name in args.peers.split(","):
        requirement, python, setup = PEERS[name]
        try:
            py = ensure_venv(args.venvs, name, requirement, python)
            results[name] = {}
            for case, (golds, srcs) in inputs.items():
                preds, seconds = run_peer(py, setup, srcs, args.runs)
                results[name][case] = score_predictions(golds, preds, seconds=seconds)
        except (subprocess.SubprocessError, RuntimeError, OSError) as exc:
            print(f"{name}: skipped ({exc})", file=sys.stderr)
            results.pop(name, None)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(table(results))


def table(results: dict[str, dict[str, dict]]) -> str:
    head = (
        "| tool | seed restored (fp) | PerDT stripped P / R / F1 | PerDT spaced F1 "
        "| correct text: ZWNJ added / other changes per word | words/s (stripped PerDT) |"
    )
    rows = [head, "|" + "---|" * 6]
    for name, r in results.items():
        seed, st, sp, co = r["seed"], r["perdt-stripped"], r["perdt-spaced"], r["perdt-correct"]
        other = (co["space_added"] + co["space_removed"] + co["letters"]) / max(co["words"], 1)
        rows.append(
            f"| {name} | {seed['tp']}/41 ({seed['fp']}) | {st['precision']:.3f} / {st['recall']:.3f} / {st['f1']:.3f} "
            f"| {sp['f1']:.3f} | {co['zwnj_added_per_word']:.4f} / {other:.4f} | {st['words_per_s']:,} |"
        )
    return "\n".join(rows)


if __name__ == "__main__":
    main()

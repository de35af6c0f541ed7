"""Speed of ``khabar.text.normalize`` on one core: input words (split on whitespace) per second.

    .venv/bin/python bench/normalize_speed.py [--words 1000000] [--repeat 3]

The text is the news articles of ../shared/data/news (stripped of nothing: as they come), repeated
until it holds at least ``--words`` words, normalized once as a warm-up and then ``--repeat``
times. Prints JSON with the median wall-clock and CPU rates. Not part of CI.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path

from khabar.text import normalize

ROOT = Path(__file__).resolve().parents[1]


def news_text(shared: Path) -> str:
    parts: list[str] = []
    for path in sorted((shared / "data/news").glob("*/*.json")):
        for art in json.loads(path.read_text(encoding="utf-8")):
            parts.append(art.get("title") or "")
            parts.append(art.get("abstract") or "")
            parts.extend(p for p in art.get("paragraphs") or [] if isinstance(p, str))
    return "\n".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--words", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if not (args.shared / "data/news").is_dir():
        sys.exit(f"error: {args.shared}: no data/news folder (expected ../shared)")
    base = news_text(args.shared)
    text = base
    while len(text.split()) < args.words:
        text += "\n" + base
    n_words = len(text.split())
    normalize(text)  # warm-up: loads the lexicon, fills the caches
    wall, cpu = [], []
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        normalize(text)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    print(
        json.dumps(
            {
                "words": n_words,
                "words_per_s_wall": round(n_words / statistics.median(wall)),
                "words_per_s_cpu": round(n_words / statistics.median(cpu)),
                "python": platform.python_version(),
                "machine": platform.machine(),
            }
        )
    )


if __name__ == "__main__":
    main()

"""Build ``src/khabar/data/gazetteer/frequent_words.txt``: the most frequent words of hazm's word lexicon.

``khabar_entity_types`` runs a person the NER ended at a first name on over a word that no table knows
(«[حسین] انواری»); a word this frequent in general Persian text is a common word, not a surname
(«جان», «فرش», «شور»), even when the NER corpora never used it. hazm's ``words.dat`` (MIT) gives
each word a corpus frequency; the words at or above ``MIN_FREQ`` are listed, compacted.

Derived facts only (words), no sentences.
Usage: .venv/bin/python training/build_frequent_words.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from khabar.stages.phrases import compact

OUT = Path(__file__).resolve().parents[1] / "src/khabar/data/gazetteer/frequent_words.txt"
# About 3,200 words; «پیشرو», «صفوی» (under half a million) stay out, «فرش» (3.4 million) is in.
MIN_FREQ = 1_000_000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    args = ap.parse_args()
    words = set()
    for line in (Path(args.shared) / "data/lexicons/hazm/words.dat").read_text(encoding="utf8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1].isdigit() and int(parts[1]) >= MIN_FREQ and compact(parts[0]):
            words.add(compact(parts[0]))
    header = f"# hazm words.dat (MIT) words with a frequency of at least {MIN_FREQ:,}: common words, no surnames\n"
    OUT.write_text(header + "".join(f"{w}\n" for w in sorted(words)), encoding="utf8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()

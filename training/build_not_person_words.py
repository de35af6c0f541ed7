"""Build ``src/khabar/data/gazetteer/not_person_words.txt``: words that are almost never part of a person's name.

The trained NER sometimes tags a common word as a person by its context alone («… گفت» after a noun:
«تنش», «الان», «ساعتی»), and the rule stages then make it a speaker or a coreference mention.
``khabar_entity_types`` drops a PER entity made only of these words. A word is listed when the NER
corpora use it at least ``MIN_SEEN`` times and tag it inside a PER name in under ``MAX_PER_SHARE`` of
them. A first name of the names lexicon (even one that is mostly a common word: «طیبه», «امید»), and a
word that ``person_words.txt`` lists (a surname alone), are never listed.

Derived facts only (words and counts), no sentences.
Usage: .venv/bin/python training/build_not_person_words.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from khabar.tables import key

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gazetteers import _PERSIAN, LABELS, OUT, ner_files, read_iob  # noqa: E402

MIN_SEEN = 5
# Under 1 in 50 uses inside a person's name: «زمانی» (a surname too) is tagged PER more often than that.
MAX_PER_SHARE = 0.02


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    args = ap.parse_args()
    data = Path(args.shared) / "data"
    # the training files only: the dev files score the NER and the repair
    corpora = ner_files(data, with_dev=False)
    seen: Counter[str] = Counter()
    per: Counter[str] = Counter()
    for path, sep in corpora:
        for sent in read_iob(path, sep):
            for word, tag in sent:
                k = key(word)
                seen[k] += 1
                if tag != "O" and LABELS.get(tag[2:]) == "PER":
                    per[k] += 1
    names = json.loads((data / "lexicons/names/names.json").read_text(encoding="utf-8"))
    first = {key(n) for n in names}
    person_words = set((OUT / "person_words.txt").read_text(encoding="utf-8").splitlines()[1:])
    rows = []
    for w, n in seen.items():
        if n < MIN_SEEN or " " in w or not _PERSIAN.match(w) or w in person_words or w in first:
            continue
        if per[w] / n < MAX_PER_SHARE:
            rows.append(w)
    (OUT / "not_person_words.txt").write_text(
        "# words of the NER corpora almost never inside a person's name (training/build_not_person_words.py)\n"
        + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print("not_person_words.txt", len(rows))


if __name__ == "__main__":
    main()

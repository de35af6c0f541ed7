"""Build ``src/khabar/data/gazetteer/feature_words.tsv``: the words the NER's gazetteer flags mark.

Only lexicons from outside the NER corpora are used, so that the flags carry knowledge the
training labels do not already hold (a list built from the labels would be trusted blindly):
- ``first_name``: the names lexicon (``first_names.tsv`` rows not flagged as mostly common words);
- ``country``: babel's Persian country names (``countries.tsv``) written as one word;
- ``place``: Iranian provinces, counties and cities (the places lexicon) written as one word.
Words of ``common_words.txt`` are left out of every class. Keys are normalized as Khabar's
tokenizer writes them. Usage: .venv/bin/python training/build_feature_words.py [SHARED_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from khabar.text import normalize

GAZ = Path("src/khabar/data/gazetteer")


def table_words(path: Path, column: int = 0, keep=lambda row: True) -> set[str]:  # noqa: ANN001
    out = set()
    for line in path.read_text(encoding="utf8").splitlines():
        if line and not line.startswith("#"):
            row = line.split("\t")
            if keep(row):
                out.add(normalize(row[column]).strip())
    return out


def main(shared: Path) -> None:
    common = table_words(GAZ / "common_words.txt")
    classes: dict[str, set[str]] = {
        "first_name": table_words(GAZ / "first_names.tsv", keep=lambda r: len(r) < 3 or r[2] != "1"),
        "country": table_words(GAZ / "countries.tsv"),
        "place": set(),
    }
    places = shared / "data/lexicons/places"
    for name in ("iran-provinces.json", "iran-cities.json"):
        for row in json.loads((places / name).read_text(encoding="utf8")).values():
            classes["place"].add(normalize(row["name"]).strip())
    rows = []
    for label, words in classes.items():
        for word in sorted(words):
            if word and " " not in word and word not in common:
                rows.append(f"{word}\t{label}")
    header = "# word<TAB>class, for the NER's gazetteer flags (training/build_feature_words.py; derived names only)\n"
    (GAZ / "feature_words.tsv").write_text(header + "\n".join(rows) + "\n", encoding="utf8")
    print(len(rows), "rows")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared"))

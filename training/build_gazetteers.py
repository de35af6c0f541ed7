"""Build the committed name tables under ``src/khabar/data/gazetteer/`` from ../shared/data.

Derived facts only (names and counts), no sentences:
- ``countries.tsv``: Persian country names from babel's CLDR data (``Locale('fa').territories``).
- ``places.txt``: Iranian provinces and counties (places lexicon) and place names tagged LOC in
  the NER corpora at least ``MIN_COUNT`` times, mostly as LOC.
- ``persons.txt``: multi-word person names tagged PER at least ``MIN_COUNT`` times.
- ``orgs.txt``: organization names tagged ORG at least ``MIN_COUNT`` times, mostly as ORG.

Usage: .venv/bin/python training/build_gazetteers.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from khabar.tables import key, load_table

MIN_COUNT = 2
REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "khabar" / "data" / "gazetteer"
_PERSIAN = re.compile(r"^[\u0600-\u06ff\u200c ]+$")
LABELS = {"PER": "PER", "PERS": "PER", "LOC": "LOC", "ORG": "ORG"}


MAX_NAME_WORDS = 6
# Words a corpus tags inside a name but that name nothing alone: «خارجه» of «وزارت امور خارجه»
# (alone it made an organization of «وزرای خارجه», «وزیر خارجه»).
NOT_NAMES = frozenset({"خارجه"})
# A one-word county name seen this often in the NER corpora, and tagged LOC in less than this share of
# its occurrences, is a common word first.
COMMON_MIN, COMMON_RATIO = 20, 0.2


def read_iob(path: Path, sep: str | None) -> list[list[tuple[str, str]]]:
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        line = line.strip()
        if not line or line.startswith("-DOCSTART-"):
            if cur:
                sents.append(cur)
            cur = []
            continue
        parts = line.split(sep) if sep else line.rsplit(None, 1)
        if len(parts) != 2:
            continue
        cur.append((parts[0], parts[1].replace("_", "-").upper()))
    if cur:
        sents.append(cur)
    return sents


def spans(sent: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out = []
    label, words = None, []
    for word, tag in sent + [("", "O")]:
        if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and tag[2:] != label):
            if label and words:
                out.append((label, " ".join(words)))
            label, words = (tag[2:], [word]) if tag != "O" else (None, [])
        else:
            words.append(word)
    return out


def ner_files(data: Path, *, with_dev: bool) -> list[tuple[Path, str | None]]:
    """The NER corpora (path, column separator; None: whitespace); ``with_dev`` adds PEYMA's and ParsTwiNER's
    dev files, which a table that the NER is scored against must leave out."""
    files = [(data / "ner/peyma/train.txt", "|"), (data / "ner/nsurl/train-600k.txt", "\t"),
             (data / "ner/arman/train_fold1.txt", None), (data / "ner/parstwiner/train.txt", "\t")]
    dev = [(data / "ner/peyma/dev.txt", "|"), (data / "ner/parstwiner/dev.txt", "\t")]
    return files + dev if with_dev else files


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    args = ap.parse_args()
    data = Path(args.shared) / "data"
    corpora = ner_files(data, with_dev=True)
    tagged: dict[str, Counter[str]] = {}
    token_tags: dict[str, Counter[str]] = {}  # word -> label counts, inside any span
    plain: Counter[str] = Counter()
    for path, sep in corpora:
        for sent in read_iob(path, sep):
            words = [key(w) for w, _ in sent]
            # every 1-4 word n-gram, to know how often a name is NOT tagged
            for n in range(1, 5):
                for i in range(len(words) - n + 1):
                    plain[" ".join(words[i:i + n])] += 1
            for word, tag in sent:
                if tag != "O" and tag[2:] in LABELS:
                    token_tags.setdefault(LABELS[tag[2:]], Counter())[key(word)] += 1
            for label, text in spans(sent):
                lab = LABELS.get(label)
                if lab:
                    tagged.setdefault(lab, Counter())[key(text)] += 1

    def keep(lab: str, *, multi_only: bool, ratio: float) -> list[str]:
        rows = []
        for name, c in tagged.get(lab, Counter()).items():
            if c < MIN_COUNT or not _PERSIAN.match(name) or len(name) < 2 or name in NOT_NAMES:
                continue
            # Long names are runs of corpus text: keep the table to short names (facts, not sentences).
            if len(name.split()) > MAX_NAME_WORDS:
                continue
            if multi_only and " " not in name:
                continue
            # a single word counts every time it is tagged, alone or inside a longer name
            if " " not in name:
                c = max(c, token_tags.get(lab, Counter())[name])
            total = max(plain[name], c)
            if c / total >= ratio:
                rows.append(name)
        return sorted(rows)

    OUT.mkdir(parents=True, exist_ok=True)
    from babel import Locale

    countries = Locale("fa").territories
    rows = sorted({f"{name}\t{code}" for code, name in countries.items() if code.isalpha()})
    (OUT / "countries.tsv").write_text(
        "# Persian country and region names (babel/CLDR Locale('fa').territories)\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    # A name that starts with an organization head («استانداری خراسان رضوی», «دانشگاه شریف») is a body or
    # a facility that one corpus tags LOC; Khabar's own tables read it as an organization.
    org_heads = {line.split("\t")[0] + " " for line in (REPO / "src/khabar/data/org_heads.tsv").read_text(
        encoding="utf-8").splitlines() if line and not line.startswith("#")}
    places = {p for p in keep("LOC", multi_only=False, ratio=0.6) if not p.startswith(tuple(org_heads))}
    lex = data / "lexicons/places"
    for p in json.loads((lex / "iran-provinces.json").read_text(encoding="utf-8")).values():
        places.add(key(p["name"]))
    for c in json.loads((lex / "iran-cities.json").read_text(encoding="utf-8")).values():
        name = key(c["name"])
        # Small towns named like common words («آباد») only when the NER corpora agree; a county too
        # when its name is mostly a common word there («مهر», «بهار», «نور», «بافت»: the month, spring,
        # light, texture) — a place head still names it («شهرستان نور»).
        common = plain[name] >= COMMON_MIN and token_tags.get("LOC", Counter())[name] / plain[name] < COMMON_RATIO
        if (c.get("is_county") and not common) or name in places or plain[name] == 0:
            places.add(name)
    header = "# derived by training/build_gazetteers.py from ../shared/data (names only)\n"
    (OUT / "places.txt").write_text(header + "\n".join(sorted(places)) + "\n", encoding="utf-8")
    (OUT / "persons.txt").write_text(
        header + "\n".join(keep("PER", multi_only=True, ratio=0.5)) + "\n", encoding="utf-8"
    )
    (OUT / "orgs.txt").write_text(header + "\n".join(keep("ORG", multi_only=False, ratio=0.6)) + "\n",
                                  encoding="utf-8")
    # First names (names lexicon), flagged when the NER corpora mostly use them as common words.
    names = json.loads((data / "lexicons/names/names.json").read_text(encoding="utf-8"))
    per_tokens = token_tags.get("PER", Counter())
    titles = {key(row[0]) for row in load_table("titles.tsv")}
    rows = []
    for n in sorted(names):
        k = key(n)
        if len(k) < 2:
            continue
        # two-word names stay when they end in «الله» («روح الله», «حبیب الله»): the phrase table matches
        # them written with a space, a ZWNJ («روح‌الله») or glued; other two-word rows («آبان دخت») are rare
        # and would swallow a surname
        if " " in k and (not k.endswith(" الله") or k in titles):
            continue  # not «آیت الله»: a title
        seen = plain[k] if " " not in k else 0
        common = 1 if seen >= 3 and per_tokens[k] / seen < 0.5 else 0
        gender = {"MALE": "m", "FEMALE": "f"}.get(names[n].get("gender", ""), "")
        rows.append(f"{k}\t{gender}\t{common}")
    (OUT / "first_names.tsv").write_text(
        "# first name<TAB>gender<TAB>common (1 = mostly a common word in the NER corpora)\n"
        + "\n".join(rows) + "\n", encoding="utf-8")
    # Single words tagged PER most of the time (surnames such as «لاریجانی»).
    words = sorted(w for w, c in per_tokens.items()
                   if c >= 3 and c / max(plain[w], c) >= 0.7 and _PERSIAN.match(w) and len(w) > 2)
    (OUT / "person_words.txt").write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    # Common words: frequent in the NER corpora and almost never inside a name. Unknown names
    # («سمیر غضبان») are told from descriptions («تحویل پیام کتبی») with this list.
    inside: Counter[str] = Counter()
    for tags in token_tags.values():
        inside.update(tags)
    common = sorted(w for w, c in plain.items()
                    if " " not in w and c >= 5 and inside[w] / c < 0.05 and _PERSIAN.match(w))
    (OUT / "common_words.txt").write_text(
        "# frequent words of the NER corpora that are almost never part of a name (derived)\n"
        + "\n".join(common) + "\n", encoding="utf-8")
    for f in sorted(OUT.iterdir()):
        print(f.name, sum(1 for _ in f.open(encoding="utf-8")))


if __name__ == "__main__":
    main()

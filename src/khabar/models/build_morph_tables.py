"""Build the tables of ``khabar_morph_rules`` from the PerDT training slice and hazm's lexicon.

Usage: python -m khabar.models.build_morph_tables [TRAIN_CONLLU] [SHARED_DIR] [OUT_DIR]
(defaults: training/corpus/ud-train.conllu, ../shared, src/khabar/data/morph).

Writes facts derived from the data, never its text:
- ``lemma_forms.tsv``: form, lemma, for forms whose training lemma is unambiguous;
- ``merged_forms.tsv``: form, lemma, UPOS, XPOS, features of multi-word tokens (clitics);
- ``lexicon.tsv``: hazm's words that carry a part of speech, with their tags (N, AJ, ...);
- ``plurals.tsv``: plural, singular, for hazm's plurals and Arabic broken plurals;
- ``animacy.tsv``: noun lemma, ANM or IANM (PerDT's XPOS N_ANM / N_IANM).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from khabar.models.plurals import broken_candidates, sound_candidates

HEADER = "# Built by python -m khabar.models.build_morph_tables; do not edit by hand.\n"


def read_tokens(path: Path) -> list[list[str]]:
    """CoNLL-U rows, words and multi-word tokens (ids like 3-4)."""
    rows = []
    for line in path.read_text(encoding="utf8").splitlines():
        row = line.split("\t")
        if len(row) == 10 and row[0][:1].isdigit() and "." not in row[0]:
            rows.append(row)
    return rows


def merged_tokens(rows: list[list[str]]) -> list[tuple[str, str, str, str, str]]:
    """(form, lemma, UPOS, XPOS, feats) of each multi-word token, merged as the evaluation merges it."""
    out = []
    for k, row in enumerate(rows):
        if "-" not in row[0]:
            continue
        a, b = (int(x) for x in row[0].split("-"))
        words = rows[k + 1 : k + 2 + b - a]
        ids = {w[0] for w in words}
        root = next((w for w in words if w[6] not in ids), words[0])
        feats: dict[str, set[str]] = defaultdict(set)
        for w in words:
            for item in w[5].split("|"):
                if "=" in item:
                    key, val = item.split("=", 1)
                    feats[key].update(val.split(","))
        feat = "|".join(f"{key}={','.join(sorted(v))}" for key, v in sorted(feats.items()))
        out.append((row[1], " ".join(w[2] for w in words), root[3], "_".join(w[4] for w in words), feat))
    return out


def lexicon(shared: Path) -> dict[str, tuple[int, set[str]]]:
    out = {}
    for line in (shared / "data/lexicons/hazm/words.dat").read_text(encoding="utf8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[2] != "0":
            out[parts[0]] = (int(parts[1]) if parts[1].isdigit() else 0, set(parts[2].split(",")))
    return out


def plural_table(lex: dict[str, tuple[int, set[str]]], lemmas: Counter[str]) -> dict[str, str]:
    """Plural -> singular, for lexicon plurals whose singular the lexicon knows."""
    singular = {w: f for w, (f, tags) in lex.items() if tags & {"N", "AJ"} and "PL" not in tags}
    table = {}
    for word, (freq, tags) in lex.items():
        if "PL" not in tags and not word.startswith("م"):
            continue
        broken = [c for c in broken_candidates(word) if c in singular or c in lemmas] if "PL" in tags else []
        # A suffix plural more frequent than its singular is a word of its own («انتخابات»).
        sound = [c for c in sound_candidates(word) if singular.get(c, 0) > freq]
        if broken:  # a lemma seen in the treebank wins, then the most frequent word
            table[word] = max(broken, key=lambda c: (lemmas[c], singular.get(c, 0)))
        elif sound:  # «ذرات» → «ذره» before «ذرت»: the suffix candidates come most likely first
            table[word] = next((c for c in sound if lemmas[c]), sound[0])
    return table


def build(train: Path, shared: Path, out: Path) -> None:
    rows = read_tokens(train)
    words = [r for r in rows if "-" not in r[0]]
    lemmas_of: dict[str, Counter[str]] = defaultdict(Counter)
    for r in words:
        lemmas_of[r[1]][r[2]] += 1
    # A form written both as one word and as word + clitic goes with the more frequent reading.
    plain = Counter(r[1] for r in words)
    merged_all = merged_tokens(rows)
    merged_count = Counter(m[0] for m in merged_all)
    merged = [m for m in merged_all if merged_count[m[0]] > plain[m[0]]]
    merged_forms = {m[0] for m in merged}
    nominal_lemmas = Counter(r[2] for r in words if r[3] in ("NOUN", "ADJ", "PROPN"))
    lex = lexicon(shared)
    plurals = plural_table(lex, nominal_lemmas)
    for r in words:  # the treebank's own plural -> singular pairs win
        if r[3] in ("NOUN", "ADJ", "PROPN") and "Number=Plur" in r[5] and r[2] != r[1]:
            if len(lemmas_of[r[1]]) == 1:
                plurals[r[1]] = r[2]
    animacy: dict[str, Counter[str]] = defaultdict(Counter)
    for r in words:
        if r[4].startswith(("N_ANM", "N_IANM")):
            animacy[r[2]][r[4].split("_")[1]] += 1
    out.mkdir(parents=True, exist_ok=True)
    with (out / "animacy.tsv").open("w", encoding="utf8") as f:
        f.write(HEADER + "# noun lemma<TAB>ANM|IANM: animacy of at least 90% of its training tokens\n")
        for lemma, c in sorted(animacy.items()):
            label, n = c.most_common(1)[0]
            if n >= 0.9 * sum(c.values()):
                f.write(f"{lemma}\t{label}\n")
    with (out / "lemma_forms.tsv").open("w", encoding="utf8") as f:
        f.write(HEADER + "# form<TAB>lemma: forms with one lemma in the PerDT training slice\n")
        for form, c in sorted(lemmas_of.items()):
            if len(c) == 1 and form not in merged_forms:
                f.write(f"{form}\t{next(iter(c))}\n")
    with (out / "merged_forms.tsv").open("w", encoding="utf8") as f:
        f.write(HEADER + "# form<TAB>lemma<TAB>UPOS<TAB>XPOS<TAB>features: merged clitic tokens\n")
        counts = Counter(merged)
        best: dict[str, tuple[str, str, str, str, str]] = {}
        for m, _ in counts.most_common():
            best.setdefault(m[0], m)
        for form in sorted(best):
            f.write("\t".join(best[form]) + "\n")
    with (out / "lexicon.tsv").open("w", encoding="utf8") as f:
        f.write(HEADER + "# word<TAB>tags: hazm words.dat entries with a part of speech\n")
        for word in sorted(lex):
            f.write(f"{word}\t{','.join(sorted(lex[word][1]))}\n")
    with (out / "plurals.tsv").open("w", encoding="utf8") as f:
        f.write(HEADER + "# plural<TAB>singular\n")
        for word in sorted(plurals):
            f.write(f"{word}\t{plurals[word]}\n")
    print(f"{out}: {len(lemmas_of)} forms, {len(best)} merged, {len(lex)} lexicon, {len(plurals)} plurals")


if __name__ == "__main__":
    args = sys.argv[1:]
    build(
        Path(args[0] if args else "training/corpus/ud-train.conllu"),
        Path(args[1] if len(args) > 1 else "../shared"),
        Path(args[2] if len(args) > 2 else "src/khabar/data/morph"),
    )

"""Build Khabar's ZWNJ lexicon tables from ../shared/data (counts only; no text is copied).

    python training/build_zwnj_lexicon.py                 # write src/khabar/text/data/*
    python training/build_zwnj_lexicon.py --kfold 5       # held-out PerDT scores (JSON)

Evidence and weights («votes»; L(c) = 1 + log2(c) so one big corpus cannot outvote the rest):
- UD PerDT text is ZWNJ-consistent: its glued and ZWNJ spellings both count, 10 x L.
- hazm words.dat: lemmas with a POS count 5, bare word forms 2 (ZWNJ) / 1 (glued).
- Parsivar's joined -> ZWNJ pairs count 5 for the ZWNJ spelling.
- News, NER corpora, Seraji, PerSpellData, Shekasteh: inconsistent, so only their ZWNJ spellings
  count (1 x L); PEYMA's space-inside-token spellings count as ZWNJ spellings too.
A glued key gets its best ZWNJ spelling when that outvotes the glued spelling.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from khabar.text import normalize
from khabar.text.chars import NON_JOINING, WORD_CHARS, ZWNJ
from khabar.text.lexicon import DATA_DIR, Lexicon, read_affixes, verb_forms
from khabar.text.zwnj import Restorer

ROOT = Path(__file__).resolve().parents[1]
_WORD = re.compile(f"[{WORD_CHARS}{ZWNJ}]+")
MIN_ZWNJ_VOTES = 2.0
MIN_PAIR_VOTES = 4.0
PAIR_MARGIN = 2.0  # a pair joins only when its ZWNJ votes exceed this many times its spaced votes
STEM_BONUS = 20
STEM_MIN_COUNT = 3  # the restorer's threshold for splitting a suffix off a stem (zwnj_words.py)
GLUED_KNOWN_COUNT = 5
PHRASE_MIN_COUNT = 5  # a hazm lemma counts as this many corpus occurrences when used as a stem


def L(c: float) -> float:
    return 1 + math.log2(c) if c > 0 else 0.0


def clean(text: str) -> str:
    return normalize(text, zwnj=False)


def words(text: str) -> list[str]:
    return _WORD.findall(clean(text))


def perdt_sentences(shared: Path) -> list[str]:
    path = shared / "data/ud/fa_perdt-ud-dev.conllu"
    return [
        line[9:] for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("# text = ")
    ]


@dataclass
class Evidence:
    perdt: Counter[str] = field(default_factory=Counter)  # all PerDT tokens
    other_zwnj: Counter[str] = field(default_factory=Counter)
    corpus: Counter[str] = field(default_factory=Counter)  # glued tokens everywhere (stems)
    hazm_lemma: dict[str, str] = field(default_factory=dict)  # word -> POS
    hazm_form: set[str] = field(default_factory=set)
    parsivar: set[str] = field(default_factory=set)
    perdt_bigrams: Counter[tuple[str, str]] = field(default_factory=Counter)
    other_bigrams: Counter[tuple[str, str]] = field(default_factory=Counter)
    verb_stems: list[tuple[str, str]] = field(default_factory=list)


def _other_texts(shared: Path) -> list[str]:
    data = shared / "data"
    texts: list[str] = []
    for path in sorted((data / "news").glob("*/*.json")):
        for art in json.loads(path.read_text(encoding="utf-8")):
            parts = [art.get("title") or "", art.get("abstract") or "", *(art.get("paragraphs") or [])]
            texts.append("\n".join(p for p in parts if isinstance(p, str)))
    for path in sorted((data / "ud").glob("fa_seraji-ud-*.conllu")):
        texts.append(
            "\n".join(
                x[9:] for x in path.read_text(encoding="utf-8").splitlines() if x.startswith("# text = ")
            )
        )
    texts.append((data / "spell/perspelldata/correct.txt").read_text(encoding="utf-8"))
    for line in (data / "spell/shekasteh/dev.tsv").read_text(encoding="utf-8").splitlines():
        texts.append(" ".join(line.split("\t")[1:3]))
    ner_files = [
        ("ner/arman/train_fold1.txt", " "),
        ("ner/nsurl/train-600k.txt", "\t"),
        ("ner/parstwiner/train.txt", "\t"),
        ("ner/parstwiner/dev.txt", "\t"),
    ]
    for rel, sep in ner_files:
        lines = (data / rel).read_text(encoding="utf-8").splitlines()
        texts.append(" ".join(x.split(sep)[0] for x in lines if x and not x.startswith("-DOCSTART")))
    return texts


def collect_static(shared: Path) -> Evidence:
    """Everything except PerDT (which is split into folds for held-out scores)."""
    ev = Evidence()
    for text in _other_texts(shared):
        for w in words(text):
            if ZWNJ in w:
                ev.other_zwnj[w] += 1
            else:
                ev.corpus[w] += 1
        spaced = clean(text).split()
        ev.other_bigrams.update(zip(spaced, spaced[1:], strict=False))
    for rel in ("ner/peyma/train.txt", "ner/peyma/dev.txt"):
        for line in (shared / "data" / rel).read_text(encoding="utf-8").splitlines():
            tok = clean(line.rpartition("|")[0].replace(" ", ZWNJ))
            if _WORD.fullmatch(tok or "-"):
                (ev.other_zwnj if ZWNJ in tok else ev.corpus)[tok] += 1
    lex = shared / "data/lexicons"
    for line in (lex / "hazm/words.dat").read_text(encoding="utf-8").splitlines():
        word, _, pos = (clean(x) for x in (line.split("\t") + ["", ""])[:3])
        if not _WORD.fullmatch(word or "-"):
            continue
        if pos and pos != "0":
            ev.hazm_lemma[word] = pos
        else:
            ev.hazm_form.add(word)
    for path in sorted((lex / "parsivar").glob("Dic*_new.txt")):
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            parts = clean(line).split()
            if len(parts) == 2 and ZWNJ in parts[1]:
                ev.parsivar.add(parts[1])
    for line in (lex / "hazm/verbs.dat").read_text(encoding="utf-8").splitlines():
        past, _, present = clean(line).partition("#")
        ev.verb_stems.append((past, present))
    return ev


def add_perdt(ev: Evidence, sentences: list[str]) -> None:
    for sent in sentences:
        toks = words(sent)
        ev.perdt.update(toks)
        ev.corpus.update(t for t in toks if ZWNJ not in t)
        spaced = clean(sent).split()
        ev.perdt_bigrams.update(zip(spaced, spaced[1:], strict=False))


def decide(ev: Evidence) -> Lexicon:
    """Turn evidence into the lexicon the restorer uses."""
    zvotes: dict[str, float] = defaultdict(float)
    for w, c in ev.perdt.items():
        if ZWNJ in w:
            zvotes[w] += 10 * L(c)
    for w, c in ev.other_zwnj.items():
        zvotes[w] += L(c)
    for w in ev.hazm_lemma:
        if ZWNJ in w:
            zvotes[w] += 5
    for w in ev.hazm_form:
        if ZWNJ in w:
            zvotes[w] += 2
    for w in ev.parsivar:
        zvotes[w] += 5

    affixes = read_affixes(DATA_DIR / "affixes.tsv")
    prefixes, suffixes, stops = affixes.prefixes, affixes.suffixes, affixes.stops

    def affixal(form: str) -> bool:
        """A ZWNJ at an affix boundary or after a final ه: the glued spelling is never accepted."""
        parts = form.split(ZWNJ)
        return any(p.endswith("ه") or p in prefixes for p in parts[:-1]) or any(
            p in suffixes for p in parts[1:]
        )

    def optional(form: str) -> bool:
        """«تیم‌شان»: a suffix that needs a ZWNJ only after ه/ی; glued after other letters is standard."""
        parts = form.split(ZWNJ)
        for left, right in zip(parts, parts[1:], strict=False):
            kind = suffixes.get(right)
            if (kind == "he" and left[-1] != "ه") or (kind == "heye" and left[-1] not in "هی"):
                return True
        return False

    def gvotes(key: str, form: str) -> float:
        if ev.perdt.get(key, 0) or key in ev.hazm_lemma:
            return math.inf  # attested glued in ZWNJ-consistent text: an accepted spelling
        news = 0.0 if affixal(form) else 2 * L(ev.corpus.get(key, 0))
        return news + (1 if key in ev.hazm_form else 0)

    best: dict[str, tuple[float, str]] = {}
    for w, v in zvotes.items():
        key = w.replace(ZWNJ, "")
        if key not in best or v > best[key][0]:
            best[key] = (v, w)
    forms = {
        k: w for k, (v, w) in best.items() if v >= MIN_ZWNJ_VOTES and v > gvotes(k, w) and not optional(w)
    }

    # Seen glued often and never with a ZWNJ anywhere: an ordinary word («بیاید», «همکارش»).
    zwnj_keys = {w.replace(ZWNJ, "") for w in zvotes}
    frequent = {w for w, c in ev.corpus.items() if c >= GLUED_KNOWN_COUNT and w not in zwnj_keys}
    glued = set(ev.hazm_lemma) | {w for w in ev.perdt if ZWNJ not in w} | frequent
    known = {w for w in glued if ZWNJ not in w and w not in forms}
    counts = {w: c for w, c in ev.corpus.items() if c >= 2 and w not in forms}
    # «هلی‌کوپتر» / «هلیکوپتر»: a ZWNJ between pieces that are not words (nor affixes) is a
    # spelling variant, not a morpheme boundary. When the glued spelling is attested too, both
    # are accepted: the glued word is never split, and it serves as a stem («هلیکوپتر‌های»).
    bound_elements = set(prefixes) | set(suffixes) | affixes.heads | affixes.leads

    def is_word(piece: str) -> bool:
        return (
            ev.corpus.get(piece, 0) >= GLUED_KNOWN_COUNT or piece in ev.hazm_lemma or piece in bound_elements
        )

    for key, form in forms.items():
        attested = ev.corpus.get(key, 0) > 0 or key in ev.hazm_form
        if attested and not affixal(form) and not any(is_word(p) for p in form.split(ZWNJ)):
            known.add(key)
            counts[key] = max(ev.corpus.get(key, 0), STEM_MIN_COUNT)
    for w in ev.hazm_lemma:
        if ZWNJ not in w:
            counts[w] = counts.get(w, 0) + STEM_BONUS
    for w in known:
        counts.setdefault(w, 1)
    adjectives = {w for w, pos in ev.hazm_lemma.items() if "AJ" in pos.split(",") and ZWNJ not in w}

    pairs: set[tuple[str, str]] = set()
    for w, v in zvotes.items():
        if w.count(ZWNJ) != 1 or v < MIN_PAIR_VOTES:
            continue
        a, b = w.split(ZWNJ)
        if (
            a in stops
            or b in stops
            or a in prefixes
            or a in suffixes
            or b in suffixes
            or len(a) < 2
            or len(b) < 2
        ):
            continue
        together = ev.other_bigrams.get((a, b), 0)
        spaced = 10 * L(ev.perdt_bigrams.get((a, b), 0)) + 4 * L(together)
        # «هلی کوپتر»: one half hardly occurs without the other, so the space is a typing habit.
        bound = together >= 3 and min(ev.corpus.get(a, 0), ev.corpus.get(b, 0)) <= 1.25 * together
        if spaced * PAIR_MARGIN < v or bound:
            pairs.add((a, b))
    # Frequent two-word phrases: an unknown glued word made of one («رئیسستاد») is split there.
    phrases = {
        (a, b)
        for (a, b), c in (ev.other_bigrams + ev.perdt_bigrams).items()
        if c >= PHRASE_MIN_COUNT
        and a not in stops
        and len(a) >= 2
        and len(b) >= 2
        and _WORD.fullmatch(a + b)
        and ZWNJ not in a + b
        and a[-1] not in NON_JOINING
    }
    lex = Lexicon(
        forms=forms,
        phrases=phrases,
        known=known,
        counts=counts,
        adjectives=adjectives,
        pairs=pairs,
        verbs=verb_forms(ev.verb_stems),
        **affixes.as_kwargs(),  # type: ignore[arg-type]
    )
    # hazm's bare word forms include glued errors («میشود»): accept only those no rule explains.
    probe = Restorer(lex)
    for w in ev.hazm_form:
        if ZWNJ not in w and w not in forms and w not in known and not (probe._verb(w) or probe._suffixed(w)):
            lex.known.add(w)
            lex.counts.setdefault(w, 1)
    return lex


def write(lex: Lexicon, verb_stems: list[tuple[str, str]], out: Path) -> None:
    """Write the tables the runtime lexicon loader reads (see khabar/text/lexicon.py)."""
    forms = sorted(lex.forms.values())
    header = "# Built by training/build_zwnj_lexicon.py from ../shared/data (derived counts only).\n"

    def gz(name: str, lines: list[str]) -> None:
        with gzip.GzipFile(out / name, "wb", mtime=0) as fh:
            fh.write((header + "".join(x + "\n" for x in lines)).encode("utf-8"))

    gz("zwnj_forms.txt.gz", forms)
    rows = []
    for w in sorted(set(lex.counts) | lex.known):
        flags = ("k" if w in lex.known else "") + ("a" if w in lex.adjectives else "")
        rows.append(f"{w}\t{lex.counts.get(w, 0)}\t{flags or '-'}")
    gz("words.tsv.gz", rows)
    gz("zwnj_pairs.txt.gz", sorted(f"{a} {b}" for a, b in lex.pairs))
    gz("phrases.txt.gz", sorted(f"{a} {b}" for a, b in lex.phrases))
    stems = sorted(set(verb_stems))
    (out / "verb_stems.tsv").write_text(header + "".join(f"{p}\t{q}\n" for p, q in stems), encoding="utf-8")
    print(
        f"forms={len(forms)} words={len(rows)} pairs={len(lex.pairs)} phrases={len(lex.phrases)} verbs={len(stems)}",
        file=sys.stderr,
    )


def kfold(shared: Path, k: int, seed: int = 13) -> dict[str, object]:
    """Build without one PerDT fold, score on it; repeat for every fold."""
    from khabar.evaluate.normalize import merge_scores, score_corpus

    sents = perdt_sentences(shared)
    order = list(range(len(sents)))
    random.Random(seed).shuffle(order)
    static = collect_static(shared)
    results = []
    for fold in range(k):
        held = {i for j, i in enumerate(order) if j % k == fold}
        ev = Evidence(
            **{
                **static.__dict__,
                "perdt": Counter(),
                "perdt_bigrams": Counter(),
                "corpus": Counter(static.corpus),
            }
        )
        add_perdt(ev, [s for i, s in enumerate(sents) if i not in held])
        lex = decide(ev)
        results.append(score_corpus([s for i, s in enumerate(sents) if i in held], lexicon=lex))
        print(f"fold {fold}: {json.dumps(results[-1]['summary'])}", file=sys.stderr)
    return merge_scores(results)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=DATA_DIR)
    ap.add_argument("--kfold", type=int, default=0, help="score held-out PerDT folds instead of writing")
    ap.add_argument(
        "--pair-margin", type=float, default=PAIR_MARGIN, help="evidence margin for spaced compounds"
    )
    args = ap.parse_args()
    if not (args.shared / "data").is_dir():
        sys.exit(f"error: {args.shared}: no data/ folder (expected ../shared)")
    globals()["PAIR_MARGIN"] = args.pair_margin
    if args.kfold:
        print(json.dumps(kfold(args.shared, args.kfold), ensure_ascii=False, indent=1))
        return
    ev = collect_static(args.shared)
    add_perdt(ev, perdt_sentences(args.shared))
    write(decide(ev), ev.verb_stems, args.out)


if __name__ == "__main__":
    main()

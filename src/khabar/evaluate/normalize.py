"""Score normalization: ZWNJ precision/recall/F1, damage and speed, as plain JSON-like data.

Test pairs come from ZWNJ-correct text in three ways: ZWNJs stripped («میشود»), ZWNJs typed
as spaces («می شود») and the text as it is (already correct: anything changed is damage).
Texts are compared on their "skeleton" (every character except spaces and ZWNJs) and on the
boundary after each skeleton character: nothing, a ZWNJ, or a space.
"""

from __future__ import annotations

import difflib
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from khabar.text import normalize
from khabar.text.chars import ZWNJ
from khabar.text.lexicon import Lexicon

_GAPS = frozenset(" \t\n" + ZWNJ)
MAX_DAMAGE_LISTED = 40


def skeleton(text: str) -> tuple[str, list[str]]:
    """Characters other than spaces/ZWNJs, and the boundary after each: '', 'z' or 's'."""
    chars: list[str] = []
    marks: list[str] = []
    for ch in text:
        if ch in _GAPS:
            if chars:
                marks[-1] = "s" if ch != ZWNJ else (marks[-1] or "z")
        else:
            chars.append(ch)
            marks.append("")
    return "".join(chars), marks


def _context(skel: str, i: int) -> str:
    return skel[max(0, i - 12) : i + 1] + "|" + skel[i + 1 : i + 13]


def compare(gold: str, pred: str) -> dict[str, Any]:
    """Counts for one line of text: ZWNJ tp/fp/fn, spaces added/removed, letter damage."""
    gs, gm = skeleton(gold)
    ps, pm = skeleton(pred)
    out: dict[str, Any] = {
        "tp": 0,
        "fp": 0,
        "fn": 0,
        "joined": 0,
        "space_added": 0,
        "space_removed": 0,
        "letters": 0,
    }
    damage: list[dict[str, str]] = []
    if gs == ps:
        aligned: list[tuple[int, int]] = [(i, i) for i in range(len(gs))]
    else:  # letters changed: score the boundaries inside the unchanged stretches
        aligned = []
        matcher = difflib.SequenceMatcher(None, gs, ps, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                aligned.extend(zip(range(i1, i2), range(j1, j2), strict=True))
            else:
                out["letters"] += 1
                damage.append(
                    {
                        "kind": "letters",
                        "gold": gs[max(0, i1 - 8) : i2 + 8],
                        "pred": ps[max(0, j1 - 8) : j2 + 8],
                    }
                )
    for gi, pi in aligned:
        g, p = gm[gi], pm[pi]
        if g == "z" or p == "z":
            if g == p:
                out["tp"] += 1
            elif p == "z":
                out["fp"] += 1
                if g == "s":  # two words joined by a ZWNJ: a ZWNJ decision, listed
                    out["joined"] += 1
                    damage.append({"kind": "joined", "at": _context(ps, pi)})
            else:
                out["fn"] += 1
        elif g != p:
            kind = "space_added" if p == "s" else "space_removed"
            out[kind] += 1
            damage.append({"kind": kind, "at": _context(ps, pi)})
    out["damage"] = damage
    return out


def _prf(c: dict[str, Any]) -> dict[str, Any]:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    words = max(c["words"], 1)
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        **{k: c[k] for k in ("tp", "fp", "fn", "joined", "space_added", "space_removed", "letters", "words")},
        "zwnj_added_per_word": round(c["fp"] / words, 5),
        "spaces_or_letters_changed_per_word": round(
            (c["space_added"] + c["space_removed"] + c["letters"]) / words, 5
        ),
    }


def _tally(golds: Sequence[str], preds: Sequence[str]) -> tuple[dict[str, Any], list[dict[str, str]]]:
    """Sum the per-line comparisons; missing predicted lines are not scored (see lines_lost)."""
    keys = ("tp", "fp", "fn", "joined", "space_added", "space_removed", "letters")
    totals: dict[str, Any] = dict.fromkeys(keys, 0)
    damage: list[dict[str, str]] = []
    for gold, pred in zip(golds, preds, strict=False):
        counts = compare(gold, pred)
        for key in keys:
            totals[key] += counts[key]
        damage.extend(counts["damage"])
    return totals, damage


def score_pairs(
    golds: Sequence[str],
    sources: Sequence[str],
    *,
    normalizer: Callable[[str], str] | None = None,
    lexicon: Lexicon | None = None,
) -> dict[str, Any]:
    """Normalize ``sources`` (one line each) and score them against ``golds``."""
    run = normalizer or (lambda text: normalize(text, lexicon=lexicon))
    text = "\n".join(s.replace("\n", " ") for s in sources)
    run(text)  # warm-up: fills the caches, as a long-running stream would
    start = time.perf_counter()
    preds = run(text).split("\n")
    seconds = time.perf_counter() - start
    totals, damage = _tally(golds, preds)
    totals["words"] = len(text.split())
    result = _prf(totals)
    result["lines_lost"] = len(sources) - len(preds)
    result["words_per_s"] = round(totals["words"] / seconds) if seconds else None
    result["damage"] = damage[:MAX_DAMAGE_LISTED]
    return result


def score_predictions(
    golds: Sequence[str], preds: Sequence[str], *, seconds: float | None = None
) -> dict[str, Any]:
    """Score already-normalized lines (e.g. another toolkit's output) against ``golds``."""
    if len(golds) != len(preds):
        raise ValueError(f"{len(preds)} predicted lines for {len(golds)} gold lines")
    totals, damage = _tally(golds, [p.replace("\n", " ") for p in preds])
    totals["words"] = sum(len(g.split()) for g in golds)
    result = _prf(totals)
    result["words_per_s"] = round(totals["words"] / seconds) if seconds else None
    result["damage"] = damage[:MAX_DAMAGE_LISTED]
    return result


def score_corpus(
    sentences: Sequence[str],
    *,
    lexicon: Lexicon | None = None,
    normalizer: Callable[[str], str] | None = None,
) -> dict[str, Any]:
    """The three cases for ZWNJ-correct sentences: stripped, spaced, already correct."""
    golds = [s.replace("\n", " ") for s in sentences]
    cases = {
        "stripped": [g.replace(ZWNJ, "") for g in golds],
        "spaced": [g.replace(ZWNJ, " ") for g in golds],
        "correct": list(golds),
    }
    result = {
        name: score_pairs(golds, src, lexicon=lexicon, normalizer=normalizer) for name, src in cases.items()
    }
    return {"sentences": len(golds), **result, "summary": _summary(result)}


def _summary(result: dict[str, Any]) -> dict[str, Any]:
    return {
        "stripped_f1": result["stripped"]["f1"],
        "stripped_p": result["stripped"]["precision"],
        "spaced_f1": result["spaced"]["f1"],
        "correct_zwnj_added": result["correct"]["zwnj_added_per_word"],
        "correct_changed": result["correct"]["spaces_or_letters_changed_per_word"],
    }


def merge_scores(results: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Pool the counts of several folds (micro-averaged), median words/s."""
    merged: dict[str, Any] = {"folds": len(results), "sentences": sum(r["sentences"] for r in results)}
    for case in ("stripped", "spaced", "correct"):
        keys = ("tp", "fp", "fn", "joined", "space_added", "space_removed", "letters", "words")
        pooled: dict[str, Any] = {k: sum(r[case][k] for r in results) for k in keys}
        merged[case] = _prf(pooled)
        merged[case]["words_per_s"] = statistics.median(r[case]["words_per_s"] or 0 for r in results)
        merged[case]["damage"] = [d for r in results for d in r[case]["damage"]][:MAX_DAMAGE_LISTED]
    merged["summary"] = _summary(merged)
    return merged


def conllu_sentences(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line[9:] for line in lines if line.startswith("# text = ")]


def read_gold(path: Path) -> list[str]:
    """Sentences of a ZWNJ-correct file: CoNLL-U ``# text`` lines, or non-empty plain lines."""
    if path.suffix == ".conllu":
        return conllu_sentences(path)
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_seed(seed_dir: Path, *, lexicon: Lexicon | None = None) -> dict[str, Any]:
    """The founding article: stripped text against the hand-restored gold."""
    source = (seed_dir / "seed.txt").read_text(encoding="utf-8")
    gold = (seed_dir / "seed.gold.txt").read_text(encoding="utf-8")
    result = score_pairs(gold.split("\n"), source.split("\n"), lexicon=lexicon)
    result["restored"] = f"{result['tp']}/{gold.count(ZWNJ)}"
    return result


def score_virastar(pairs_path: Path) -> dict[str, Any]:
    """Characters, digits and punctuation only (Virastar's joining style is not Khabar's)."""
    rows = [line.split("\t") for line in pairs_path.read_text(encoding="utf-8").splitlines()[1:]]
    rows = [r for r in rows if len(r) == 2]

    def bare(text: str) -> str:
        return "".join(ch for ch in text.replace("\\n", "\n") if ch not in _GAPS)

    mismatches = []
    for src, expected in rows:
        pred = normalize(src.replace("\\n", "\n"), digits="persian", punct="persian")
        if bare(pred) != bare(expected):
            mismatches.append({"input": src[:80], "expected": expected[:80], "got": pred[:80]})
    return {
        "pairs": len(rows),
        "match": len(rows) - len(mismatches),
        "mismatches": mismatches[:MAX_DAMAGE_LISTED],
    }


def evaluate_normalize(files: Sequence[Path] = (), shared: Path | None = None) -> dict[str, Any]:
    """What ``khabar evaluate normalize`` prints: given files, else PerDT dev, plus seed and Virastar."""
    report: dict[str, Any] = {}
    for path in files:
        report[str(path)] = score_corpus(read_gold(path))
    if shared is not None and shared.is_dir():
        perdt = shared / "data/ud/fa_perdt-ud-dev.conllu"
        if not files and perdt.exists():
            report["perdt-dev"] = score_corpus(conllu_sentences(perdt))
            report["perdt-dev"]["note"] = (
                "PerDT dev is inside the committed lexicon; held-out scores: "
                "python training/build_zwnj_lexicon.py --kfold 5"
            )
        if (shared / "seed/seed.txt").exists():
            report["seed"] = score_seed(shared / "seed")
        virastar = shared / "data/spell/virastar/cleanup-pairs.tsv"
        if virastar.exists():
            report["virastar"] = score_virastar(virastar)
    return report

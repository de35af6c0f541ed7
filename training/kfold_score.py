"""Score the cross-validation folds of training/kfold_syntax.sh and print their mean as JSON.

The folds are scored without ``khabar_morph_rules``: its tables come from the shipped model's training
slice (folds 0-3), so with them a fold would be scored on sentences the rules were built from. The
trained components alone are what the folds compare. Fold 4 is the shipped syntax model
(``training/output/syntax-sj``) on its own held-out slice.
Usage: python training/kfold_score.py [FOLD ...]   (default 0 1 2 3 4)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from khabar.evaluate.ud import evaluate_ud
from khabar.pipeline import AFTER_TRAINED, load

CORPUS = Path("training/corpus")
OUT = Path("training/output/kfold")
MEASURES = ["upos", "xpos", "ufeats", "lemma", "uas", "las"]
# the morphology rules (see above) and the article stages, which no syntax score reads
EXCLUDE = ["khabar_morph_rules", *AFTER_TRAINED]


def fold_paths(fold: int) -> tuple[Path, Path]:
    if fold == 4:
        return Path("training/output/syntax-sj/model-best"), CORPUS / "ud-dev.conllu"
    return OUT / f"stage2-f{fold}" / "model-best", CORPUS / f"ud-dev-f{fold}.conllu"


def main(folds: list[int]) -> None:
    scores = {}
    for fold in folds:
        model, gold = fold_paths(fold)
        result = evaluate_ud(load(str(model), exclude=EXCLUDE), gold)
        scores[fold] = {m: result[m]["f1"] for m in MEASURES}
    mean = {m: round(sum(s[m] for s in scores.values()) / len(scores), 2) for m in MEASURES}
    print(json.dumps({"folds": scores, "mean": mean}, indent=2))


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [0, 1, 2, 3, 4])

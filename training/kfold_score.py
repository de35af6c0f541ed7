"""Score the cross-validation folds of training/kfold_syntax.sh and print their mean as JSON.

The folds are scored without ``khabar_morph_rules``: its tables come from the shipped model's training
slice (folds 0-3), so with them a fold would be scored on sentences the rules were built from. The
trained components alone are what the folds compare. Fold 4 is the shipped syntax model
(``training/output/syntax-src``) on its own held-out slice.
Usage: python training/kfold_score.py [--recipe sj] [FOLD ...]   (default 0 1 2 3 4, recipe src)
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


# Stage-two outputs by recipe (kfold_syntax.sh RECIPE): fold 4 is train.sh's own run on the shipped slice.
STAGE_TWO = {"src": ("src-f", "syntax-src"), "sj": ("stage2-f", "syntax-sj"), "silver": ("srcsilver-f", "syntax-src")}


def fold_paths(fold: int, recipe: str = "src") -> tuple[Path, Path]:
    # another recipe name is a self-training run's TAG (kfold_syntax.sh SILVER=… TAG=…): src{TAG}-f{N}
    prefix, shipped = STAGE_TWO.get(recipe, (f"src{recipe}-f", "syntax-src"))
    if fold == 4:
        return Path(f"training/output/{shipped}/model-best"), CORPUS / "ud-dev.conllu"
    return OUT / f"{prefix}{fold}" / "model-best", CORPUS / f"ud-dev-f{fold}.conllu"


def main(folds: list[int], recipe: str = "src") -> None:
    scores = {}
    for fold in folds:
        model, gold = fold_paths(fold, recipe)
        result = evaluate_ud(load(str(model), exclude=EXCLUDE), gold)
        scores[fold] = {m: result[m]["f1"] for m in MEASURES}
    mean = {m: round(sum(s[m] for s in scores.values()) / len(scores), 2) for m in MEASURES}
    print(json.dumps({"folds": scores, "mean": mean}, indent=2))


if __name__ == "__main__":
    args = sys.argv[1:]
    recipe = "src"
    if args[:1] == ["--recipe"]:
        recipe, args = args[1], args[2:]
    main([int(a) for a in args] or [0, 1, 2, 3, 4], recipe)

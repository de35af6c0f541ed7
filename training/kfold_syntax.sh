#!/usr/bin/env bash
# Cross-validate the syntax recipe (train.sh syntax-seraji + syntax-sj) over PerDT dev: for each fold,
# hold out every fifth group of 10 sentences starting at that fold, train both stages on the rest and
# score the held-out fold with `khabar evaluate ud`. Fold 4 is the slice the shipped model is scored on
# (train.sh); this runs folds 0-3 by default. Scores: training/output/kfold/ud-f{N}.json.
# Usage: training/kfold_syntax.sh [FOLD ...]      (after train.sh data vectors; ~11 min per fold)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
SHARED=${SHARED:-../shared}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
C=training/corpus; O=training/output/kfold
mkdir -p "$O"
folds=("$@"); [ ${#folds[@]} -eq 0 ] && folds=(0 1 2 3)
for f in "${folds[@]}"; do
  $PY training/convert_ud.py "$SHARED" "$C" "$f"
  (cd training && ../$PY convert_seraji.py "../$SHARED" corpus "-f$f") > "$O/convert-f$f.log"
  $PY -m spacy train training/syntax-seraji.cfg --code training/khabar_code.py \
    --paths.train "$C/ud-seraji-mix-f$f.spacy" --paths.dev "$C/ud-dev-f$f.spacy" \
    --output "$O/stage1-f$f" > "$O/stage1-f$f.log" 2>&1
  $PY training/export_tok2vec.py "$O/stage1-f$f/model-best" "$O/tok2vec-f$f.bin"
  $PY -m spacy train training/pretrain.cfg --code training/khabar_code.py \
    --paths.train "$C/ud-train-f$f.spacy" --paths.dev "$C/ud-dev-f$f.spacy" \
    --paths.init_tok2vec "$O/tok2vec-f$f.bin" --output "$O/stage2-f$f" > "$O/stage2-f$f.log" 2>&1
  .venv/bin/khabar evaluate ud "$C/ud-dev-f$f.conllu" --model "$O/stage2-f$f/model-best" > "$O/ud-f$f.json"
done

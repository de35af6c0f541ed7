#!/usr/bin/env bash
# Cross-validate the syntax recipe (train.sh syntax-seraji + syntax-src) over PerDT dev: for each fold,
# hold out every fifth group of 10 sentences starting at that fold, train both stages on the rest and
# score it with training/kfold_score.py. Fold 4 is the slice the shipped model is scored on (train.sh);
# this runs folds 0-3 by default. RECIPE=sj trains session 5's stage two (stage one's tok2vec only) into
# stage2-f{N}; the default, train.sh syntax-src's, into src-f{N}. SILVER=4 then also self-trains (session 15):
# silver_ud.py parses every 4th news article with src-f{N}, and both stages run again into srcsilver-f{N}
# (TAG=s2 SILVER=2: into srcs2-f{N}; TEACHER=srcsilver-f{N}: a second round of self-training).
# VARIANT=name CFG1=training/other.cfg trains stage one from another config into stage1name-f{N} and stage two
# into srcname-f{N} (score with kfold_score.py --recipe name), so that two recipes run side by side; CONVERT=0
# skips the data conversion, which two runs at once must not both do (convert every fold first).
# Usage: training/kfold_syntax.sh [FOLD ...]      (after train.sh data vectors; ~11 min per fold)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
SHARED=${SHARED:-../shared}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
C=training/corpus; O=training/output/kfold
mkdir -p "$O"
folds=("$@"); [ ${#folds[@]} -eq 0 ] && folds=(0 1 2 3)
V=${VARIANT:-}; CFG1=${CFG1:-training/syntax-seraji.cfg}
for f in "${folds[@]}"; do
  if [ "${CONVERT:-1}" != 0 ]; then
    $PY training/convert_ud.py "$SHARED" "$C" "$f"
    (cd training && ../$PY convert_seraji.py "../$SHARED" corpus "-f$f") > "$O/convert-f$f.log"
  fi
  # Stage one is kept when it exists (FRESH=1 retrains it), so that recipes compare over the same stage one.
  if [ -n "${FRESH:-}" ] || [ ! -d "$O/stage1$V-f$f/model-best" ]; then
    $PY -m spacy train "$CFG1" --code training/khabar_code.py \
      --paths.train "$C/ud-seraji-mix-f$f.spacy" --paths.dev "$C/ud-dev-f$f.spacy" \
      --output "$O/stage1$V-f$f" > "$O/stage1$V-f$f.log" 2>&1
  fi
  if [ "${RECIPE:-src}" = sj ]; then  # session 5's stage two: stage one's tok2vec only
    $PY training/export_tok2vec.py "$O/stage1-f$f/model-best" "$O/tok2vec-f$f.bin"
    $PY -m spacy train training/pretrain.cfg --code training/khabar_code.py \
      --paths.train "$C/ud-train-f$f.spacy" --paths.dev "$C/ud-dev-f$f.spacy" \
      --paths.init_tok2vec "$O/tok2vec-f$f.bin" --output "$O/stage2-f$f" > "$O/stage2-f$f.log" 2>&1
  else  # train.sh syntax-src: stage one's tok2vec and parser
    $PY -m spacy train training/syntax-src.cfg --code training/khabar_code.py \
      --paths.train "$C/ud-train-f$f.spacy" --paths.dev "$C/ud-dev-f$f.spacy" \
      --paths.stage_one "$O/stage1$V-f$f/model-best" --output "$O/src$V-f$f" > "$O/src$V-f$f.log" 2>&1
  fi
  if [ -n "${SILVER:-}" ]; then  # session 15: self-training; the fold's own model parses every SILVER-th article
    # TAG names the run's outputs (src$TAG-f$f; score with kfold_score.py --recipe $TAG); TEACHER is the
    # model that parses the news, by default the fold's src-f$f (session 16: TEACHER=srcsilver-f$f, a second round)
    T=${TAG:-silver}; TEACHER=${TEACHER:-src-f$f}
    mkdir -p "$C/$T-f$f"
    $PY training/silver_ud.py "$SHARED" "$O/$TEACHER/model-best" "$C/$T-f$f/silver.spacy" --every "$SILVER"
    cp "$C/ud-seraji-mix-f$f.spacy" "$C/$T-f$f/mix.spacy"
    $PY -m spacy train training/syntax-seraji.cfg --code training/khabar_code.py \
      --paths.train "$C/$T-f$f" --paths.dev "$C/ud-dev-f$f.spacy" \
      --output "$O/stage1$T-f$f" > "$O/stage1$T-f$f.log" 2>&1
    $PY -m spacy train training/syntax-src.cfg --code training/khabar_code.py \
      --paths.train "$C/ud-train-f$f.spacy" --paths.dev "$C/ud-dev-f$f.spacy" \
      --paths.stage_one "$O/stage1$T-f$f/model-best" --output "$O/src$T-f$f" > "$O/src$T-f$f.log" 2>&1
  fi
done

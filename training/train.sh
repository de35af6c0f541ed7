#!/usr/bin/env bash
# Reproduce Khabar's trained pipeline (src/khabar/models/fa_khabar) from ../shared.
# One step at a time, single-threaded, fixed seeds. Usage: training/train.sh [step ...]
# Steps: data vectors syntax-seraji syntax-src ner ner2 ner3 assemble joint joint2 joint3 assemble-fast
#        (default: all); syntax-sj (stage two from stage one's tok2vec only, session 5's recipe), syntax
#        (PerDT only, the recipe before it), pretrain syntax-pt (optional: syntax
#        from a tok2vec pretrained on the raw news), ner4 (NER with gazetteer flags, one run), ner5 (ner4,
#        narrower), silver ner7 (a narrow NER self-trained on the news); kfold_syntax.sh cross-validates the
#        syntax steps.
# Each training step is ≤ 90 min on 2 cores.
#   fa_khabar (default pipeline): syntax-seraji + syntax-src, ner + ner2 + ner3 → assemble (the NER has a
#   tok2vec of its own); since session 9 the shipped one is data-all + syntax-all + assemble-all: the same
#   recipe trained on all of PerDT dev once cross-validation had fixed it.
#   fa_khabar_fast: joint + joint2 + joint3 → assemble-fast (one tok2vec shared by all components).
#   Since session 15 the shipped fa_khabar is: data-all vectors vectors-shipped silver-ud, then
#   VECTORS=training/output/vectors-shipped for syntax-all-silver, then NER=<the packaged fa_khabar, copied
#   elsewhere first> assemble-all: stage one also reads the previous model's parses of the news (self-training;
#   +0.7 LAS on two cross-validation folds), and the NER is the packaged one, unchanged. Since session 17 the
#   parser is 128 wide (syntax-seraji.cfg; +0.66 LAS on two folds), and since session 24 it reads 13 state
#   tokens instead of 8 (extra_state_tokens; +0.40 LAS over four folds).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
SHARED=${SHARED:-../shared}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
mkdir -p training/corpus training/output
steps=("$@"); [ ${#steps[@]} -eq 0 ] && steps=(data vectors syntax-seraji syntax-src ner ner2 ner3 assemble joint joint2 joint3 assemble-fast)
for step in "${steps[@]}"; do
  case $step in
    data)
      $PY training/convert_ud.py "$SHARED" training/corpus
      $PY training/convert_ner.py "$SHARED" training/corpus ;;
    vectors)
      $PY training/build_vectors.py "$SHARED" training/corpus training/output/vectors ;;
    joint)
      $PY -m spacy train training/joint.cfg --code training/khabar_code.py \
        --output training/output/joint > training/output/joint.log 2>&1 ;;
    joint2)  # continue joint/model-best at a lower learning rate with 1000-word batches
      $PY -m spacy train training/joint2.cfg --code training/khabar_code.py \
        --output training/output/joint2 > training/output/joint2.log 2>&1 ;;
    joint3)  # a fresh trainable lemmatizer over the frozen joint2 pipeline (see joint3.cfg)
      $PY -m spacy train training/joint3.cfg --code training/khabar_code.py \
        --output training/output/joint3 > training/output/joint3.log 2>&1 ;;
    pretrain)  # spaCy's character objective on the raw shared news (annotated dev/test articles left out)
      $PY training/pretrain_text.py "$SHARED" training/corpus/news-raw.jsonl
      $PY -m spacy pretrain training/pretrain.cfg training/output/pretrain --code training/khabar_code.py \
        > training/output/pretrain.log 2>&1 ;;
    syntax-pt)  # syntax.cfg's pipeline, its tok2vec initialized from the pretrained weights
      $PY -m spacy train training/pretrain.cfg --code training/khabar_code.py \
        --paths.init_tok2vec "${PRETRAINED:-training/output/pretrain/model-last.bin}" \
        --output training/output/syntax-pt > training/output/syntax-pt.log 2>&1 ;;
    syntax-seraji)  # stage one: tok2vec + UPOS + parser on Seraji and the PerDT slice; keep its tok2vec
      $PY training/convert_seraji.py "$SHARED" training/corpus
      $PY -m spacy train training/syntax-seraji.cfg --code training/khabar_code.py \
        --output training/output/syntax-seraji > training/output/syntax-seraji.log 2>&1
      $PY training/export_tok2vec.py training/output/syntax-seraji/model-best training/output/seraji-tok2vec.bin ;;
    syntax-src)  # the PerDT pipeline with stage one's tok2vec and parser, trained on PerDT (the default)
      $PY -m spacy train training/syntax-src.cfg --code training/khabar_code.py \
        --paths.stage_one training/output/syntax-seraji/model-best \
        --output training/output/syntax-src > training/output/syntax-src.log 2>&1 ;;
    data-all)  # PerDT dev with nothing held out (the recipe and its step count are fixed by kfold_syntax.sh)
      $PY training/convert_ud.py "$SHARED" training/corpus all
      (cd training && ../$PY convert_seraji.py "../$SHARED" corpus -all) ;;
    syntax-all)  # stage one and syntax-src's stage two on all of PerDT dev; both keep their last step
      $PY -m spacy train training/syntax-seraji.cfg --code training/khabar_code.py \
        --paths.train training/corpus/ud-seraji-mix-all.spacy --paths.dev training/corpus/ud-dev-all.spacy \
        --output training/output/all/stage1 > training/output/all-stage1.log 2>&1
      $PY -m spacy train training/syntax-src.cfg --code training/khabar_code.py \
        --paths.train training/corpus/ud-train-all.spacy --paths.dev training/corpus/ud-dev-all.spacy \
        --paths.stage_one training/output/all/stage1/model-last \
        --output training/output/all/src > training/output/all-src.log 2>&1 ;;
    vectors-shipped)  # the packaged model's vector table (the shipped NER's) as a vectors model to train over
      $PY training/export_vectors.py src/khabar/models/fa_khabar training/output/vectors training/output/vectors-shipped ;;
    silver-ud)  # session 15: the shipped syntax model's parses of a quarter of the raw news (silver_ud.py)
      mkdir -p training/corpus/silver-ud-all
      $PY training/silver_ud.py "$SHARED" "${TEACHER:-src/khabar/models/fa_khabar}" \
        training/corpus/silver-ud-all/silver.spacy --every 4
      cp training/corpus/ud-seraji-mix-all.spacy training/corpus/silver-ud-all/mix.spacy ;;
    syntax-all-silver)  # syntax-all with the silver news parses beside Seraji and PerDT in stage one
      $PY -m spacy train training/syntax-seraji.cfg --code training/khabar_code.py \
        --paths.train training/corpus/silver-ud-all --paths.dev training/corpus/ud-dev-all.spacy \
        --paths.vectors "${VECTORS:-training/output/vectors}" --output training/output/all-silver/stage1 > training/output/all-silver-stage1.log 2>&1
      $PY -m spacy train training/syntax-src.cfg --code training/khabar_code.py \
        --paths.train training/corpus/ud-train-all.spacy --paths.dev training/corpus/ud-dev-all.spacy \
        --paths.stage_one training/output/all-silver/stage1/model-last --paths.vectors "${VECTORS:-training/output/vectors}" \
        --output training/output/all-silver/src > training/output/all-silver-src.log 2>&1 ;;
    assemble-all)  # the shipped fa_khabar: syntax-all(-silver) with ner3, its rule tables from all of PerDT dev
      $PY -m khabar.models.build_morph_tables training/corpus/ud-train-all.conllu "$SHARED"
      $PY training/assemble.py "${SYNTAX:-training/output/all-silver/src}/model-last" \
        "${NER:-training/output/ner3/model-best}" src/khabar/models/fa_khabar "$SHARED" training/corpus/ud-train-all.conllu ;;
    syntax-sj)  # the PerDT pipeline (syntax.cfg's, in pretrain.cfg) from the Seraji-trained tok2vec only
      $PY -m spacy train training/pretrain.cfg --code training/khabar_code.py \
        --paths.init_tok2vec training/output/seraji-tok2vec.bin \
        --output training/output/syntax-sj > training/output/syntax-sj.log 2>&1 ;;
    syntax)
      $PY -m spacy train training/syntax.cfg --code training/khabar_code.py \
        --output training/output/syntax > training/output/syntax.log 2>&1 ;;
    ner)
      $PY -m spacy train training/ner.cfg --code training/khabar_code.py \
        --output training/output/ner > training/output/ner.log 2>&1 ;;
    ner2)  # continue the NER from ner/model-best with 1000-word batches
      $PY -m spacy train training/ner2.cfg --code training/khabar_code.py \
        --output training/output/ner2 > training/output/ner2.log 2>&1 ;;
    ner3)  # continue ner2/model-best for 4000 steps, learning rate decaying to zero
      $PY -m spacy train training/ner3.cfg --code training/khabar_code.py \
        --output training/output/ner3 > training/output/ner3.log 2>&1 ;;
    ner4)  # one run from scratch with the gazetteer flags (training/build_feature_words.py builds their table)
      $PY -m spacy train training/ner4.cfg --code training/khabar_code.py \
        --output training/output/ner4 > training/output/ner4.log 2>&1 ;;
    ner5)  # ner4 with a width-96 CNN (tried for speed, not adopted)
      $PY -m spacy train training/ner5.cfg --code training/khabar_code.py \
        --output training/output/ner5 > training/output/ner5.log 2>&1 ;;
    silver)  # the shipped NER's entities on the raw shared news (annotated articles left out), half of them
      $PY training/silver_ner.py "$SHARED" training/corpus/ner-silver.spacy --every 2
      mkdir -p training/corpus/ner-train-silver
      cp training/corpus/ner-train.spacy training/corpus/ner-train-silver/gold.spacy
      mv training/corpus/ner-silver.spacy training/corpus/ner-train-silver/silver.spacy ;;
    ner7)  # a width-96 NER self-trained on the gold corpora + silver (tried in session 12, not adopted)
      $PY -m spacy train training/ner7.cfg --code training/khabar_code.py \
        --output training/output/ner7 > training/output/ner7.log 2>&1 ;;
    ner6)  # continue ner3 with averaged parameters (tried in session 9, not adopted)
      $PY -m spacy train training/ner6.cfg --code training/khabar_code.py \
        --output training/output/ner6 > training/output/ner6.log 2>&1 ;;
    assemble)
      $PY training/assemble.py training/output/syntax-src/model-best training/output/ner3/model-best \
        src/khabar/models/fa_khabar "$SHARED" ;;
    assemble-fast)
      $PY training/assemble.py training/output/joint3/model-best - src/khabar/models/fa_khabar_fast "$SHARED" ;;
    *) echo "train.sh: unknown step '$step'" >&2; exit 2 ;;
  esac
done

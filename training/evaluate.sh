#!/usr/bin/env bash
# Score a pipeline on Khabar's held-out slices (written by training/train.sh data).
# Usage: training/evaluate.sh [MODEL_DIR]   (default: src/khabar/models/fa_khabar)
# JSON scores go to training/output/scores/.
set -euo pipefail
cd "$(dirname "$0")/.."
KHABAR=${KHABAR:-.venv/bin/khabar}
SHARED=${SHARED:-../shared}
MODEL=${1:-src/khabar/models/fa_khabar}
OUT=${OUT:-training/output/scores}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
mkdir -p "$OUT"
$KHABAR evaluate ud training/corpus/ud-dev.conllu --model "$MODEL" > "$OUT/ud-perdt-heldout.json"
$KHABAR evaluate ner "$SHARED/data/ner/peyma/dev.txt" --format peyma --model "$MODEL" > "$OUT/ner-peyma-dev.json"
$KHABAR evaluate ner "$SHARED/data/ner/parstwiner/dev.txt" --format conll --model "$MODEL" > "$OUT/ner-parstwiner-dev.json"
$KHABAR evaluate ner training/corpus/ner-arman-dev.conll --format conll --model "$MODEL" > "$OUT/ner-arman-heldout.json"
$KHABAR evaluate ner training/corpus/ner-nsurl-dev.conll --format conll --model "$MODEL" > "$OUT/ner-nsurl-heldout.json"
for f in "$OUT"/*.json; do
  echo "$(basename "$f" .json): $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print({k: v["f1"] for k, v in d.items()} if "overall" not in d else d["overall"]["f1"])' "$f")"
done

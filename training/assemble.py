"""Combine the trained syntax and NER pipelines into one package directory.

Usage: python training/assemble.py SYNTAX_MODEL NER_MODEL OUT_DIR
The result loads with ``spacy.load(OUT_DIR)`` after ``import khabar.stages``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import spacy

import khabar.stages  # noqa: F401  (registers khabar.tokenizer.v1)


def main(syntax: Path, ner: Path, out: Path) -> None:
    nlp = spacy.load(syntax)
    ner_nlp = spacy.load(ner)
    # Both were trained over the same static vectors, so the sourced NER sees the same table.
    assert nlp.vocab.vectors.name == ner_nlp.vocab.vectors.name
    nlp.add_pipe("ner", source=ner_nlp)
    nlp.meta.update(
        {
            "name": "khabar",
            "version": "0.1.0",
            "description": "Khabar's Persian pipeline: normalizing tokenizer, UPOS/XPOS/features, "
            "lemmas, dependencies, sentences and named entities. See MODEL_CARD.md.",
            "author": "Khabar",
            "license": "research use only (trained on ARMAN and PEYMA); see MODEL_CARD.md",
            "sources": [
                {"name": "UD Persian-PerDT (dev split, 80%)", "license": "CC BY-SA 4.0"},
                {"name": "ARMAN (fold 1 train, 90%)", "license": "academic research use only"},
                {"name": "PEYMA (train)", "license": "not stated; research use"},
                {"name": "NSURL-2019 Persian NER (train, 90% of documents)", "license": "not stated"},
                {"name": "ParsTwiNER (train)", "license": "MIT"},
                {"name": "hazm words.dat, persian-names, iran cities, babel", "license": "MIT / BSD"},
            ],
        }
    )
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"{out}: {nlp.pipe_names}, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))

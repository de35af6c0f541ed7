"""Write a packaged pipeline's static vectors as a vectors model that ``spacy train`` can start from.

The shipped NER was trained over one vector table; a syntax model retrained to sit beside it in the
package must read the same rows. ``training/train.sh vectors`` rebuilds the table from the current corpora,
which drift with the normalizer and the data, so the retrained syntax reads the packaged table instead.
The package stores it as float16 (``khabar_half_precision``); it is written back as float32.

Usage: python training/export_vectors.py PACKAGE_DIR TEMPLATE_VECTORS_DIR OUT_DIR
    TEMPLATE_VECTORS_DIR: a vectors model written by build_vectors.py (its config and tokenizer are kept)
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import numpy
import spacy
from spacy.vectors import Vectors
from spacy.vocab import Vocab

import khabar.stages  # noqa: F401  (registers the tokenizer)


def main(package: Path, template: Path, out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(template, out)
    nlp = spacy.load(out)
    source = Vocab().from_disk(package / "vocab")
    table = Vectors(data=numpy.asarray(source.vectors.data, dtype="float32"), keys=None)
    for key, row in source.vectors.key2row.items():
        table.add(key, row=row)
    nlp.vocab.vectors = table
    for string in source.strings:
        nlp.vocab.strings.add(string)
    nlp.to_disk(out)
    print(f"{out}: {table.shape[0]} vectors × {table.shape[1]} from {package}", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))

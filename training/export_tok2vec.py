"""Write a trained pipeline's tok2vec weights in the form ``[initialize] init_tok2vec`` reads.

Usage: python training/export_tok2vec.py MODEL_DIR OUT.bin   (train.sh syntax-seraji)
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

import khabar.stages  # noqa: F401  (registers the tokenizer and callbacks the config names)


def main(model: Path, out: Path) -> None:
    out.write_bytes(spacy.load(model).get_pipe("tok2vec").model.to_bytes())
    print(out, out.stat().st_size, "bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))

"""Seraji + the PerDT training slice, for a first syntax stage whose tok2vec seeds the PerDT model.

The issue found that training on Seraji and PerDT mixed makes every PerDT score worse: the two
treebanks differ in tokenization and XPOS. Here Seraji only teaches the shared CNN and the parser:
stage one (``training/syntax-seraji.cfg``) trains tok2vec + morphologizer + parser on both treebanks,
without XPOS or lemmas, and ``train.sh syntax-src`` then trains the usual PerDT pipeline from that
tok2vec and parser (``training/syntax-src.cfg``), so the tagging heads it ships are learned from PerDT
alone. PerDT's held-out slice stays out of both stages.

Usage: python training/convert_seraji.py SHARED_DIR OUT_DIR [SUFFIX]   (after ``train.sh data``)
"""

from __future__ import annotations

import sys
from pathlib import Path

from convert_ud import GROUP, detach_final_punct, split_blocks, stable_under_normalization
from spacy.tokens import DocBin
from spacy.training.converters import conllu_to_docs
from spacy.vocab import Vocab

SERAJI = ["fa_seraji-ud-dev.conllu", "fa_seraji-ud-test.conllu"]


def main(shared: Path, out: Path, suffix: str = "") -> None:
    blocks = [
        detach_final_punct(b)
        for name in SERAJI
        for b in split_blocks((shared / "data/ud" / name).read_text(encoding="utf8"))
    ]
    text = "\n\n".join(blocks) + "\n\n"
    seraji = stable_under_normalization(conllu_to_docs(text, n_sents=GROUP, merge_subtokens=True, no_print=True))
    for doc in seraji:  # Seraji's XPOS are another tag set, and its lemmas follow other rules
        for tok in doc:
            tok.tag_ = ""
            tok.lemma_ = ""
    perdt = list(DocBin().from_disk(out / f"ud-train{suffix}.spacy").get_docs(Vocab()))
    DocBin(docs=seraji + perdt, store_user_data=False).to_disk(out / f"ud-seraji-mix{suffix}.spacy")
    print("seraji", len(blocks), "sentences,", len(seraji), "docs; perdt", len(perdt), "docs")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), *sys.argv[3:4])

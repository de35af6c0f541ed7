"""Convert UD PerDT dev into spaCy training data with a fixed held-out slice.

Multi-word tokens are merged (as ``spacy convert -T`` does): Khabar keeps clitics
attached, so «ماتمش» is one token. Sentences are grouped 10 per Doc so that the
parser learns sentence boundaries. Every fifth group (k % 5 == 4) is held out.

Usage: python training/convert_ud.py SHARED_DIR OUT_DIR [FOLD | all]

``all`` holds nothing out (``ud-train-all``, for the shipped model once the recipe is fixed by
cross-validation); its ``ud-dev-all`` is fold 4's slice, which spaCy only logs.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.training.converters import conllu_to_docs

from khabar.text import normalize

GROUP = 10
HELD_OUT_EVERY = 5


def split_blocks(text: str) -> list[str]:
    return [b for b in text.strip().split("\n\n") if b.strip()]


def detach_final_punct(block: str) -> str:
    """PerDT sometimes puts sentence punctuation inside a multi-word token («میزم.» = میز + م + .).

    Khabar's tokenizer always splits punctuation off, so move it out of the range.
    """
    rows = [line.split("\t") for line in block.splitlines()]
    by_id = {r[0]: r for r in rows if len(r) == 10}
    out: list[list[str]] = []
    for r in rows:
        if len(r) == 10 and "-" in r[0]:
            start, end = (int(x) for x in r[0].split("-"))
            last = by_id[str(end)]
            if last[3] == "PUNCT" and r[1].endswith(last[1]) and len(r[1]) > len(last[1]):
                last[9] = r[9]
                if end - 1 == start:
                    by_id[str(start)][9] = "SpaceAfter=No"
                    continue
                r = [f"{start}-{end - 1}", r[1][: -len(last[1])]] + r[2:9] + ["SpaceAfter=No"]
        out.append(r)
    return "\n".join("\t".join(r) for r in out)


def stable_under_normalization(docs: Iterable[Doc]) -> list[Doc]:
    """Keep the Docs whose text Khabar's normalizer leaves alone.

    spaCy trains on ``nlp.make_doc(text)`` (so that the parser learns sentence
    starts), and our tokenizer normalizes first: a text that normalization changes
    (a space turned into a ZWNJ) cannot be aligned. Such a Doc is cut into its
    sentences and the changed sentences are dropped.
    """
    kept: list[Doc] = []
    for doc in docs:
        if normalize(doc.text) == doc.text:
            kept.append(doc)
            continue
        for sent in doc.sents:
            sdoc = sent.as_doc()
            if normalize(sdoc.text) == sdoc.text:
                kept.append(sdoc)
            else:
                print("dropped a sentence that normalization changes:", len(sdoc), "tokens")
    return kept


ALL = -1  # hold nothing out


def main(shared: Path, out: Path, fold: int = HELD_OUT_EVERY - 1) -> None:
    """Write the training and held-out slices; ``fold`` picks which fifth of the groups is held out
    (the default, 4, is the slice the shipped model is scored on; 0–3 are for cross-validation and
    are written with a ``-f{fold}`` suffix; ALL trains on every group, suffix ``-all``)."""
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if fold == HELD_OUT_EVERY - 1 else "-all" if fold == ALL else f"-f{fold}"
    perdt = (shared / "data/ud/fa_perdt-ud-dev.conllu").read_text(encoding="utf8")
    blocks = [detach_final_punct(b) for b in split_blocks(perdt)]
    train_blocks: list[str] = []
    dev_blocks: list[str] = []
    for k in range(0, len(blocks), GROUP):
        group = blocks[k : k + GROUP]
        held = (k // GROUP) % HELD_OUT_EVERY == (HELD_OUT_EVERY - 1 if fold == ALL else fold)
        if held:
            dev_blocks.extend(group)
        if not held or fold == ALL:
            train_blocks.extend(group)
    for name, part in ((f"ud-train{suffix}", train_blocks), (f"ud-dev{suffix}", dev_blocks)):
        text = "\n\n".join(part) + "\n\n"
        (out / f"{name}.conllu").write_text(text, encoding="utf8")
        docs = stable_under_normalization(
            conllu_to_docs(text, n_sents=GROUP, merge_subtokens=True, no_print=True)
        )
        DocBin(docs=docs, store_user_data=False).to_disk(out / f"{name}.spacy")
        print(name, len(part), "sentences", len(docs), "docs")
    # Raw training text for the static vectors (held-out text stays unseen).
    raw = [
        line[len("# text = ") :]
        for b in train_blocks
        for line in b.splitlines()
        if line.startswith("# text = ")
    ]
    if not suffix:
        (out / "ud-train.txt").write_text("\n".join(raw) + "\n", encoding="utf8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), *(ALL if a == "all" else int(a) for a in sys.argv[3:4]))

"""Silver NER data: the shipped NER's entities on the raw shared news, for self-training a student NER.

The NER corpora are a few hundred thousand words from other years and sources; the shared news is the
text Khabar reads. Every article annotated in ``dev/annotations`` (dev and test alike) is left out, so
the held-out articles never reach training. Each article becomes one Doc: Khabar's tokens, the teacher's
entities, every other token O (the teacher annotates all ten labels).

Usage: python training/silver_ner.py SHARED_DIR OUT.spacy [--model fa_khabar] [--every 1]
    --every N   keep one article in N of those not annotated (a smaller silver set)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin

import khabar.stages  # noqa: F401  (registers the tokenizer)
from khabar.evaluate.devset import join_fields, load_devset
from khabar.models.blas import use_numpy_blas
from khabar.pipeline import model_path

REPO = Path(__file__).resolve().parent.parent


def annotated(devset_dir: Path) -> set[tuple[str, int]]:
    """(file, index) of every annotated article, whatever its split."""
    return {(r["file"], r["index"]) for r in load_devset(devset_dir)}


def news_texts(shared: Path, skip: set[tuple[str, int]], every: int) -> list[str]:
    texts = []
    for path in sorted((shared / "data" / "news").glob("*/*.json")):
        rel = str(path.relative_to(shared / "data"))
        for index, art in enumerate(json.loads(path.read_text(encoding="utf8"))):
            if (rel, index) not in skip:
                texts.append(join_fields(art))
    return texts[::every]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--model", default="fa_khabar")
    ap.add_argument("--every", type=int, default=1)
    args = ap.parse_args()
    skip = annotated(REPO / "dev" / "annotations")
    texts = news_texts(args.shared, skip, args.every)
    nlp = spacy.load(model_path(args.model), exclude=["tok2vec", "morphologizer", "tagger", "parser",
                                                        "trainable_lemmatizer", "khabar_lemma_rules"])
    use_numpy_blas(nlp)
    bin_ = DocBin(attrs=["ENT_IOB", "ENT_TYPE"])
    words = ents = 0
    for doc in nlp.pipe(texts, batch_size=16):
        bin_.add(doc)
        words += len(doc)
        ents += len(doc.ents)
    bin_.to_disk(args.out)
    print(f"{len(texts)} articles ({len(skip)} annotated ones left out), {words} tokens, {ents} entities "
          f"→ {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

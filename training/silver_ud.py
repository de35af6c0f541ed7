"""Silver syntax data: a syntax model's tags and parses of the raw shared news, for self-training.

PerDT dev (1,456 sentences) is all the gold syntax we have, and it is not news. The shared news is the
text Khabar reads. A teacher (a stage-two syntax model) parses a sample of the news articles, and the
first sentences of each become silver training Docs (UPOS, features, heads, relations, sentence
starts) for stage one beside Seraji and the PerDT slice. Every article annotated in ``dev/annotations``
(dev and test alike) is left out.

For cross-validation the teacher must be the fold's own model (trained without the held-out fold), or
the silver data would carry what the teacher learned from the held-out sentences.

Usage: python training/silver_ud.py SHARED_DIR TEACHER_DIR OUT.spacy [--every 10] [--sentences 10]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from spacy.tokens import Doc, DocBin

from khabar.pipeline import AFTER_TRAINED, load

sys.path.insert(0, str(Path(__file__).resolve().parent))
from silver_ner import REPO, annotated, news_texts  # noqa: E402

ATTRS = ["POS", "MORPH", "HEAD", "DEP", "SENT_START", "TAG", "LEMMA"]
# Sentences this short or long parse worst and teach least.
MIN_TOKENS, MAX_TOKENS = 5, 50


def first_sentences(doc: Doc, limit: int) -> Doc | None:
    """The first ``limit`` well-sized sentences of ``doc`` as one Doc (a run the parser must split)."""
    kept = [s for s in doc.sents if MIN_TOKENS <= len(s) <= MAX_TOKENS][:limit]
    if not kept:
        return None
    return Doc.from_docs([s.as_doc() for s in kept], ensure_whitespace=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", type=Path)
    ap.add_argument("teacher", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--every", type=int, default=10, help="keep one article in N of those not annotated")
    ap.add_argument("--sentences", type=int, default=10, help="sentences kept per article")
    args = ap.parse_args()
    skip = annotated(REPO / "dev" / "annotations")
    texts = news_texts(args.shared, skip, args.every)
    # the runtime's own sentence rules run before the parser; the table-based morphology repair and the
    # article stages do not (stage one learns what the trained components predict)
    nlp = load(str(args.teacher), exclude=["ner", "khabar_morph_rules", "khabar_entity_types", "khabar_entity_shapes",
                                         *AFTER_TRAINED])
    bin_ = DocBin(attrs=ATTRS)
    sentences = tokens = 0
    for doc in nlp.pipe(texts, batch_size=16):
        silver = first_sentences(doc, args.sentences)
        if silver is None:
            continue
        bin_.add(silver)
        sentences += sum(1 for _ in silver.sents)
        tokens += len(silver)
    bin_.to_disk(args.out)
    print(f"{len(texts)} articles, {sentences} sentences, {tokens} tokens → {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Score a pipeline's named entities (``doc.ents``) against an IOB-tagged corpus.

Formats: ``arman`` (``token TAG``), ``peyma`` (``token|TAG``), ``conll``
(``token<TAB>TAG``); sentences are separated by blank lines, ``-DOCSTART-`` lines
are skipped. Each gold token is normalized as Khabar's tokenizer would (PEYMA's
spaces inside tokens become ZWNJ), the sentence is built from those tokens, and
the pipeline runs on it. Scores are exact-span precision, recall and F1.

Corpus labels and Khabar labels meet through ``LABEL_MAP`` (corpus tag, lower
case, without B-/I-). Only labels that the corpus annotates are scored: for
``arman`` and ``peyma`` the label sets below; for ``conll`` the labels seen in
the gold file. Predictions of other labels (a DATE in ARMAN) are dropped, except
FAC: a corpus that has no FAC label files facilities under LOC (PEYMA, NSURL and
ParsTwiNER tag «فرودگاه …», «ورزشگاه …», «خیابان …» as LOC; ARMAN tags them FAC),
so there a FAC prediction is scored as LOC (``FOLDED``).

| corpus tag            | Khabar label |
|-----------------------|--------------|
| pers, per             | PER          |
| org, pog (ParsTwiNER) | ORG          |
| loc                   | LOC          |
| fac                   | FAC          |
| event, eve            | EVENT        |
| pro                   | PRODUCT      |
| dat                   | DATE         |
| tim                   | TIME         |
| mon                   | MONEY        |
| pct                   | PERCENT      |
| nat (ParsTwiNER)      | not scored   |

Khabar's own label names (``B-PRODUCT``) are accepted too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from khabar.text import normalize

ZWNJ = "\u200c"
LABELS = ["PER", "ORG", "LOC", "FAC", "EVENT", "PRODUCT", "DATE", "TIME", "MONEY", "PERCENT"]
LABEL_MAP: dict[str, str | None] = {
    "pers": "PER", "per": "PER", "org": "ORG", "pog": "ORG", "loc": "LOC", "fac": "FAC",
    "event": "EVENT", "eve": "EVENT", "pro": "PRODUCT", "dat": "DATE", "tim": "TIME",
    "mon": "MONEY", "pct": "PERCENT", "nat": None,
    # Khabar's own labels, for files written in them (training/convert_ner.py).
    "product": "PRODUCT", "date": "DATE", "time": "TIME", "money": "MONEY", "percent": "PERCENT",
}  # fmt: skip
FORMATS = {"arman": " ", "peyma": "|", "conll": "\t"}
ANNOTATED = {
    "arman": {"PER", "ORG", "LOC", "FAC", "EVENT", "PRODUCT"},
    "peyma": {"PER", "ORG", "LOC", "DATE", "TIME", "MONEY", "PERCENT"},
}
_TAG = re.compile(r"^([BI])[-_]([A-Za-z]+)$")
# A Khabar label scored as another where the corpus lacks it (see the module docstring).
FOLDED = {"FAC": "LOC"}

Span = tuple[int, int, str]


class NERFormatError(ValueError):
    """The gold file does not match the declared format."""


def read_iob(path: str | Path, fmt: str) -> Iterator[list[tuple[str, str]]]:
    """Yield sentences as [(token, tag)]; a line with no tag counts as O."""
    if fmt not in FORMATS:
        raise NERFormatError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    sep = FORMATS[fmt]
    sent: list[tuple[str, str]] = []
    for line in Path(path).read_text(encoding="utf8").splitlines():
        if line.startswith("-DOCSTART-") or not line.strip():
            if sent:
                yield sent
            sent = []
            continue
        token, found, tag = line.rpartition(sep)
        sent.append((token, tag.strip()) if found else (line, "O"))
    if sent:
        yield sent


def map_label(tag: str) -> str | None:
    """Khabar label of an IOB tag such as ``B-pers`` or ``I_DAT``; None for O and unknown tags."""
    m = _TAG.match(tag)
    return LABEL_MAP.get(m.group(2).lower()) if m else None


def gold_sentence(sent: list[tuple[str, str]], fmt: str) -> tuple[list[str], set[Span], set[str]]:
    """Normalized words, gold spans (word offsets, Khabar labels) and every label seen."""
    words: list[str] = []
    spans: list[list] = []
    seen: set[str] = set()
    prev: str | None = None
    for token, tag in sent:
        if fmt == "peyma":
            token = token.strip().replace(" ", ZWNJ)
        pieces = normalize(token).split() or [token.strip() or "_"]
        label = map_label(tag)
        m = _TAG.match(tag)
        if m and label is None and m.group(2).lower() not in LABEL_MAP:
            seen.add(m.group(2))
        start = len(words)
        words.extend(pieces)
        if label is not None:
            seen.add(label)
            if m and m.group(1) == "I" and prev == label and spans:
                spans[-1][1] = len(words)
            else:
                spans.append([start, len(words), label])
        prev = label
    return words, {(a, b, lab) for a, b, lab in spans}, seen


def evaluate_ner(nlp: Language, path: str | Path, fmt: str, *, batch_size: int = 64) -> dict:
    """P/R/F1 (in %) overall and per label, exact span match."""
    sentences = [gold_sentence(s, fmt) for s in read_iob(path, fmt)]
    if not sentences:
        raise NERFormatError(f"{path}: no sentences found")
    scored = set(ANNOTATED.get(fmt, set().union(*(seen for _, _, seen in sentences)) & set(LABELS)))
    docs = (Doc(nlp.vocab, words=w) for w, _, _ in sentences)
    tp: dict[str, int] = dict.fromkeys(scored, 0)
    n_gold = dict(tp)
    n_pred = dict(tp)
    for doc, (_, gold, _) in zip(nlp.pipe(docs, batch_size=batch_size), sentences, strict=True):
        labels = ((e, e.label_ if e.label_ in scored else FOLDED.get(e.label_)) for e in doc.ents)
        pred = {(e.start, e.end, label) for e, label in labels if label in scored}
        gold = {g for g in gold if g[2] in scored}
        for *_, lab in gold:
            n_gold[lab] += 1
        for span in pred:
            n_pred[span[2]] += 1
            tp[span[2]] += span in gold

    def prf(t: int, g: int, p: int) -> dict[str, float | int]:
        pr = t / p if p else 0.0
        rc = t / g if g else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        return {
            "precision": round(100 * pr, 2),
            "recall": round(100 * rc, 2),
            "f1": round(100 * f, 2),
            "gold": g,
            "predicted": p,
        }

    return {
        "overall": prf(sum(tp.values()), sum(n_gold.values()), sum(n_pred.values())),
        "per_label": {lab: prf(tp[lab], n_gold[lab], n_pred[lab]) for lab in sorted(scored)},
        "sentences": len(sentences),
    }

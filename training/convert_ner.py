"""Convert the four Persian NER corpora to spaCy DocBins with Khabar's labels.

Every token goes through ``khabar.text.normalize`` (the runtime normalizer), and
PEYMA's «روش های» tokens get the ZWNJ they lost. Labels are mapped with
``khabar.evaluate.ner.LABEL_MAP`` (one table for training and scoring); a corpus that does not annotate a label (``MISSING``) leaves the
tokens that *could* carry it as missing ("-"), not O: words that are inside such
entities at least ``CUE_RATE`` of the time in the corpora that do annotate them,
plus one token on each side. Splits: PEYMA dev and ParsTwiNER dev as given, and
the last 10% of ARMAN sentences and of NSURL documents are held out.

Usage: python training/convert_ner.py SHARED_DIR OUT_DIR
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from khabar.evaluate.ner import LABEL_MAP, LABELS
from khabar.text import normalize, normalize_with_offsets

ZWNJ = "\u200c"
ANNOTATES = {
    "arman": {"PER", "ORG", "LOC", "FAC", "EVENT", "PRODUCT"},
    "peyma": {"PER", "ORG", "LOC", "DATE", "TIME", "MONEY", "PERCENT"},
    "nsurl": {"PER", "ORG", "LOC", "DATE", "TIME", "MONEY", "PERCENT"},
    "parstwiner": {"PER", "ORG", "LOC", "EVENT"},
}
CUE_RATE = 0.2
CUE_MIN = 3
GROUP = 8  # sentences per Doc
_TAG = re.compile(r"^([BI])[-_]([A-Za-z]+)$")

Sentence = list[tuple[str, str]]


def read(path: Path, sep: str) -> Iterator[tuple[int, Sentence]]:
    """Yield (document number, [(token, tag)]) per sentence."""
    doc_no, sent = 0, []
    for line in path.read_text(encoding="utf8").splitlines():
        if line.startswith("-DOCSTART-"):
            if sent:
                yield doc_no, sent
            doc_no, sent = doc_no + 1, []
            continue
        if not line.strip():
            if sent:
                yield doc_no, sent
            sent = []
            continue
        token, _, tag = line.rpartition(sep) if sep in line else (line, "", "O")
        sent.append((token, tag.strip()))
    if sent:
        yield doc_no, sent


def to_biluo_labels(sent: Sentence, corpus: str) -> tuple[list[str], list[str]]:
    """Normalize tokens and map tags to (words, IOB with Khabar labels)."""
    words: list[str] = []
    iob: list[str] = []
    for token, tag in sent:
        if corpus == "peyma":
            token = token.strip().replace(" ", ZWNJ)
        m = _TAG.match(tag)
        label = LABEL_MAP.get(m.group(2).lower()) if m else None
        pieces = normalize(token).split()
        for i, piece in enumerate(pieces):
            words.append(piece)
            if label is None:
                iob.append("O")
            else:
                iob.append(("B-" if m and m.group(1) == "B" and i == 0 else "I-") + label)
    # Repair I- without a preceding entity of the same label.
    for i, t in enumerate(iob):
        if t.startswith("I-") and (i == 0 or iob[i - 1][2:] != t[2:]):
            iob[i] = "B-" + t[2:]
    return words, iob


def find_cues(corpora: dict[str, list[tuple[int, list[str], list[str]]]]) -> dict[str, set[str]]:
    """Words that often sit inside an entity of each label, from corpora annotating it."""
    inside: dict[str, Counter[str]] = {lab: Counter() for lab in LABELS}
    total: dict[str, Counter[str]] = {lab: Counter() for lab in LABELS}
    for corpus, sents in corpora.items():
        for _, words, iob in sents:
            for w, t in zip(words, iob, strict=True):
                for lab in ANNOTATES[corpus]:
                    total[lab][w] += 1
                    if t[2:] == lab:
                        inside[lab][w] += 1
    cues: dict[str, set[str]] = {}
    for lab in LABELS:
        cues[lab] = {w for w, n in inside[lab].items() if n >= CUE_MIN and n / total[lab][w] >= CUE_RATE}
        cues[lab] |= {w for w in inside[lab] if any(c.isdigit() for c in w)}
    return cues


def make_doc(
    nlp: spacy.Language, sents: list[tuple[list[str], list[str]]], missing_cues: set[str], digits: bool
) -> Doc:
    """One Doc; O tokens near a cue of an unannotated label become missing (any number, if ``digits``)."""
    words = [w for ws, _ in sents for w in ws]
    iob = [t for _, ts in sents for t in ts]
    sent_starts = [i == 0 for ws, _ in sents for i in range(len(ws))]
    unknown = [False] * len(words)
    for i, w in enumerate(words):
        if w in missing_cues or (digits and any(c.isdigit() for c in w)):
            for j in (i - 1, i, i + 1):
                if 0 <= j < len(words) and iob[j] == "O":
                    unknown[j] = True
    ents = ["" if unk else t for t, unk in zip(iob, unknown, strict=True)]
    return retokenize(nlp, Doc(nlp.vocab, words=words, sent_starts=sent_starts, ents=ents), ents)


def retokenize(nlp: spacy.Language, doc: Doc, tags: list[str]) -> Doc:
    """Re-cut ``doc`` the way the runtime tokenizer cuts its text, carrying the tags over.

    Normalization works on the whole text, not word by word: it may join a spaced compound
    («بی پایه» → «بی‌پایه») into one token. spaCy aligns gold and predicted tokens only when their
    texts are equal, so the gold Doc must hold exactly the tokenizer's text.
    """
    pred = nlp.make_doc(doc.text)
    if pred.text == doc.text:
        return doc
    out, offsets = normalize_with_offsets(doc.text)
    if out != pred.text:
        raise ValueError(f"tokenizer text differs from normalize_with_offsets: {doc.text[:40]!r}")
    starts = [t.idx for t in doc]
    words, spaces, sent_starts, ents = [], [], [], []
    prev_src = -1
    for tok in pred:
        src = max(bisect_right(starts, offsets[tok.idx]) - 1, 0)
        tag = tags[src]
        if src == prev_src and tag.startswith("B-"):
            tag = "I-" + tag[2:]
        if tag.startswith("I-") and (not ents or ents[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        words.append(tok.text)
        spaces.append(bool(tok.whitespace_))
        sent_starts.append(bool(doc[src].is_sent_start) and src != prev_src)
        ents.append(tag)
        prev_src = src
    return Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=sent_starts, ents=ents)


def main(shared: Path, out: Path) -> None:
    ner = shared / "data/ner"
    sources = {
        ("arman", "all"): (ner / "arman/train_fold1.txt", " "),
        ("peyma", "train"): (ner / "peyma/train.txt", "|"),
        ("peyma", "dev"): (ner / "peyma/dev.txt", "|"),
        ("nsurl", "all"): (ner / "nsurl/train-600k.txt", "\t"),
        ("parstwiner", "train"): (ner / "parstwiner/train.txt", "\t"),
        ("parstwiner", "dev"): (ner / "parstwiner/dev.txt", "\t"),
    }
    data: dict[tuple[str, str], list[tuple[int, list[str], list[str]]]] = {}
    for key, (path, sep) in sources.items():
        data[key] = [(d, *to_biluo_labels(s, key[0])) for d, s in read(path, sep)]
    # Fixed held-out slices: the last 10% of ARMAN sentences and of NSURL documents.
    arman = data.pop(("arman", "all"))
    cut = len(arman) * 9 // 10
    data["arman", "train"], data["arman", "dev"] = arman[:cut], arman[cut:]
    nsurl = data.pop(("nsurl", "all"))
    last_doc = max(d for d, _, _ in nsurl)
    data["nsurl", "train"] = [s for s in nsurl if s[0] <= last_doc * 9 // 10]
    data["nsurl", "dev"] = [s for s in nsurl if s[0] > last_doc * 9 // 10]
    cues = find_cues({c: s for (c, split), s in data.items() if split == "train"})
    import khabar.stages  # noqa: F401  (registers the runtime tokenizer)

    nlp = spacy.blank("fa", config={"nlp": {"tokenizer": {"@tokenizers": "khabar.tokenizer.v1"}}})
    out.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev"):
        docs: list[Doc] = []
        for corpus in ANNOTATES:
            missing = set().union(*(cues[lab] for lab in LABELS if lab not in ANNOTATES[corpus]))
            sents = [(w, t) for _, w, t in data[corpus, split]]
            digits = "DATE" not in ANNOTATES[corpus]
            corpus_docs = [
                make_doc(nlp, sents[i : i + GROUP], missing, digits) for i in range(0, len(sents), GROUP)
            ]
            DocBin(docs=corpus_docs).to_disk(out / f"ner-{corpus}-{split}.spacy")
            write_conll(out / f"ner-{corpus}-{split}.conll", data[corpus, split])
            docs.extend(corpus_docs)
            print(corpus, split, len(sents), "sentences")
        DocBin(docs=docs).to_disk(out / f"ner-{split}.spacy")


def write_conll(path: Path, sents: list[tuple[int, list[str], list[str]]]) -> None:
    """Gold in Khabar labels and ``token<TAB>TAG`` form, for ``khabar evaluate ner``."""
    lines = ["\n".join(f"{w}\t{t}" for w, t in zip(ws, ts, strict=True)) + "\n" for _, ws, ts in sents]
    path.write_text("\n".join(lines), encoding="utf8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))

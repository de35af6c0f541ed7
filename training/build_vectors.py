"""Build small static word vectors for Khabar's pipeline from the shared data.

Each row is [PPMI-SVD context vector | hazm POS tags | gazetteer flags]:
- SVD_DIMS dims from word co-occurrence (window 2) in raw training text: the
  news articles, the Seraji treebank text, PerDT *training* sentences and the
  NER training corpora (held-out slices are not read);
- one dim per hazm POS tag (words.dat), so words never seen in training still
  get a tag hint;
- first name (names.json), Iranian place word, country/region word (babel).

Usage: python training/build_vectors.py SHARED_DIR CORPUS_DIR OUT_DIR
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import DocBin
from spacy.vectors import Vectors

import khabar.stages  # noqa: F401  (registers khabar.tokenizer.v1)
from khabar.text import normalize

SVD_DIMS = 48
MAX_WORDS = 40000
MIN_COUNT = 3
N_CONTEXTS = 2000
WINDOW = 2
HAZM_TAGS = ["N", "AJ", "NUM", "ADV", "PL", "RES", "CL", "AJC", "P", "CONJ", "DET", "ZVR", "PRO", "PR", "V"]
GAZETTEERS = ["first_name", "iran_place", "country"]
# Lexicon words never seen in the text: keep the most frequent ones (hazm's counts) to stay small.
MAX_LEXICON_ONLY = 12000


def raw_sentences(shared: Path, corpus: Path) -> list[list[str]]:
    nlp = spacy.blank("fa", config={"nlp": {"tokenizer": {"@tokenizers": "khabar.tokenizer.v1"}}})
    texts: list[str] = []
    for path in sorted((shared / "data/news").glob("*/*.json")):
        for art in json.loads(path.read_text(encoding="utf8")):
            texts.extend([art.get("title") or "", art.get("abstract") or "", *(art.get("paragraphs") or [])])
    for name in ("fa_seraji-ud-dev.conllu", "fa_seraji-ud-test.conllu"):
        lines = (shared / "data/ud" / name).read_text(encoding="utf8").splitlines()
        texts.extend(line[9:] for line in lines if line.startswith("# text = "))
    texts.extend((corpus / "ud-train.txt").read_text(encoding="utf8").splitlines())
    sents = [[t.text for t in nlp(x)] for x in texts if x.strip()]
    for path in sorted(corpus.glob("ner-*-train.spacy")):
        sents.extend([t.text for t in d] for d in DocBin().from_disk(path).get_docs(nlp.vocab))
    return sents


def svd_vectors(sents: list[list[str]]) -> tuple[list[str], np.ndarray]:
    counts = Counter(w for s in sents for w in s)
    words = [w for w, n in counts.most_common(MAX_WORDS) if n >= MIN_COUNT]
    index = {w: i for i, w in enumerate(words)}
    contexts = {w: i for i, w in enumerate(words[:N_CONTEXTS])}
    co = np.zeros((len(words), len(contexts)), dtype=np.float32)
    for s in sents:
        ids = [index.get(w, -1) for w in s]
        ctx = [contexts.get(w, -1) for w in s]
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for j in range(max(0, i - WINDOW), min(len(s), i + WINDOW + 1)):
                if j != i and ctx[j] >= 0:
                    co[wi, ctx[j]] += 1.0 / abs(i - j)
    # Positive PMI with context-distribution smoothing (alpha 0.75).
    ctx_p = co.sum(0) ** 0.75
    ctx_p /= ctx_p.sum()
    word_p = co.sum(1, keepdims=True) / co.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((co / co.sum()) / (word_p * ctx_p[None, :]))
    ppmi = np.nan_to_num(np.maximum(pmi, 0), posinf=0.0).astype(np.float32)
    gram = ppmi.T @ ppmi
    eigval, eigvec = np.linalg.eigh(gram)
    top = eigvec[:, ::-1][:, :SVD_DIMS]
    vecs = ppmi @ top
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-8
    return words, vecs.astype(np.float32)


def lexicon_flags(shared: Path) -> tuple[dict[str, np.ndarray], Counter[str]]:
    """word -> [hazm tag dims | gazetteer dims], and hazm's word frequencies."""
    width = len(HAZM_TAGS) + len(GAZETTEERS)
    flags: dict[str, np.ndarray] = {}
    freq: Counter[str] = Counter()

    def row(word: str) -> np.ndarray:
        return flags.setdefault(normalize(word), np.zeros(width, dtype=np.float32))

    for line in (shared / "data/lexicons/hazm/words.dat").read_text(encoding="utf8").splitlines():
        parts = line.split("\t")
        tags = [t for t in (parts[2].split(",") if len(parts) > 2 else []) if t in HAZM_TAGS]
        if tags:
            r = row(parts[0])
            freq[normalize(parts[0])] += int(parts[1]) if parts[1].isdigit() else 0
            for t in tags:
                r[HAZM_TAGS.index(t)] = 1.0
    base = len(HAZM_TAGS)
    for name in json.loads((shared / "data/lexicons/names/names.json").read_text(encoding="utf8")):
        row(name)[base] = 1.0
    for fname in ("iran-cities.json", "iran-provinces.json"):
        data = json.loads((shared / "data/lexicons/places" / fname).read_text(encoding="utf8"))
        for item in data.values() if isinstance(data, dict) else data:
            for w in str(item.get("name", "")).split():
                if len(w) > 1:
                    row(w)[base + 1] = 1.0
    from babel import Locale

    for territory in Locale("fa").territories.values():
        for w in territory.split():
            if len(w) > 1:
                row(w)[base + 2] = 1.0
                freq[normalize(w)] += 10**9  # gazetteer words are always kept
    for name in json.loads((shared / "data/lexicons/names/names.json").read_text(encoding="utf8")):
        freq[normalize(name)] += 10**6
    return flags, freq


def main(shared: Path, corpus: Path, out: Path) -> None:
    words, svd = svd_vectors(raw_sentences(shared, corpus))
    flags, freq = lexicon_flags(shared)
    known = set(words)
    extra = sorted((w for w in flags if w not in known), key=lambda w: -freq[w])[:MAX_LEXICON_ONLY]
    keys = words + extra
    width = SVD_DIMS + len(HAZM_TAGS) + len(GAZETTEERS)
    table = np.zeros((len(keys), width), dtype=np.float32)
    table[: len(words), :SVD_DIMS] = svd
    for i, w in enumerate(keys):
        if w in flags:
            table[i, SVD_DIMS:] = flags[w] * 0.5
    nlp = spacy.blank("fa")
    nlp.vocab.vectors = Vectors(
        strings=nlp.vocab.strings, data=table, keys=[nlp.vocab.strings.add(k) for k in keys]
    )
    nlp.vocab.vectors.name = "khabar_fa_vectors"
    nlp.to_disk(out)
    print(f"{len(keys)} vectors ({len(words)} from text), width {width}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))

"""Score a pipeline against a UD treebank, starting from raw text (CoNLL 2018 style).

The raw text of each document is its sentences' ``# text =`` lines joined with
spaces; a file without ``# newdoc`` marks is cut into runs of 10 sentences.
System and gold tokens are aligned by character offsets over the text without
whitespace (and without ZWNJ, which normalization may add or drop).

Khabar keeps clitics attached, so a gold multi-word token («ماتمش» = ماتم + ش) is
scored as one token, as ``spacy convert -T`` merges it: the UPOS, relation and
head of the word whose head lies outside the token, the XPOS tags joined with
``_``, the lemmas joined with a space and the union of the features. Relations
are compared on their universal part (``compound:lv`` = ``compound``), as in
CoNLL 2018. Every score is an F1 over gold and system tokens.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from khabar.text import normalize

RUN = 10
METRICS = ["tokens", "sentences", "upos", "xpos", "ufeats", "lemma", "uas", "las"]


class UDFormatError(ValueError):
    """The gold file is not CoNLL-U."""


@dataclass
class GoldToken:
    form: str
    upos: str
    xpos: str
    feats: str
    lemma: str
    head: int  # index of the head token in the sentence, -1 for the root
    deprel: str


@dataclass
class GoldSentence:
    text: str
    tokens: list[GoldToken]
    newdoc: bool = False


@dataclass
class _Counts:
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(METRICS, 0))
    system: dict[str, int] = field(default_factory=lambda: dict.fromkeys(METRICS, 0))
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(METRICS, 0))


def _feats(value: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for item in value.split("|"):
        if "=" in item:
            key, vals = item.split("=", 1)
            out.setdefault(key, set()).update(vals.split(","))
    return out


def _merge_sentence(rows: list[list[str]], text: str, newdoc: bool, where: str) -> GoldSentence:
    words = {r[0]: r for r in rows if r[0].isdigit()}
    ranges = {int(r[0].split("-")[0]): r for r in rows if "-" in r[0]}
    token_of: dict[int, int] = {}  # word id -> token index
    spans: list[tuple[str, list[int]]] = []
    i = 1
    while str(i) in words:
        if i in ranges:
            a, b = (int(x) for x in ranges[i][0].split("-"))
            spans.append((ranges[i][1], list(range(a, b + 1))))
            i = b + 1
        else:
            spans.append((words[str(i)][1], [i]))
            i += 1
    for t, (_, ids) in enumerate(spans):
        for w in ids:
            token_of[w] = t
    if len(token_of) != len(words):
        raise UDFormatError(f"{where}: word ids are not 1..n")
    tokens = []
    for form, ids in spans:
        rs = [words[str(w)] for w in ids]
        root = next((r for r in rs if int(r[6]) not in ids), rs[0])
        head = -1 if root[6] == "0" else token_of[int(root[6])]
        feats: dict[str, set[str]] = {}
        for r in rs:
            for k, v in _feats(r[5]).items():
                feats.setdefault(k, set()).update(v)
        feat_str = "|".join(f"{k}={','.join(sorted(v))}" for k, v in sorted(feats.items()))
        tokens.append(
            GoldToken(
                form, root[3], "_".join(r[4] for r in rs), feat_str, " ".join(r[2] for r in rs), head, root[7]
            )
        )
    if not text:
        text = "".join(t.form + " " for t in tokens).strip()
    return GoldSentence(text, tokens, newdoc)


def read_conllu(path: str | Path) -> list[GoldSentence]:
    """Read a CoNLL-U file into sentences of (merged) tokens."""
    sentences: list[GoldSentence] = []
    rows: list[list[str]] = []
    text, newdoc = "", False
    lines = Path(path).read_text(encoding="utf8").splitlines() + [""]
    for n, line in enumerate(lines, 1):
        if line.startswith("#"):
            if line.startswith("# text ="):
                text = line.split("=", 1)[1].strip()
            elif line.startswith("# newdoc"):
                newdoc = True
        elif line.strip():
            row = line.split("\t")
            if len(row) != 10:
                raise UDFormatError(f"{path}:{n}: expected 10 tab-separated columns, got {len(row)}")
            if "." not in row[0]:  # skip empty nodes
                rows.append(row)
        elif rows:
            sentences.append(_merge_sentence(rows, text, newdoc, f"{path}:{n}"))
            rows, text, newdoc = [], "", False
    if not sentences:
        raise UDFormatError(f"{path}: no sentences found")
    return sentences


def documents(sentences: list[GoldSentence]) -> list[list[GoldSentence]]:
    """Group sentences by ``# newdoc`` marks, or in runs of 10 when there are none."""
    if any(s.newdoc for s in sentences[1:]):
        docs: list[list[GoldSentence]] = []
        for s in sentences:
            if s.newdoc or not docs:
                docs.append([])
            docs[-1].append(s)
        return docs
    return [sentences[i : i + RUN] for i in range(0, len(sentences), RUN)]


def _strip(text: str) -> str:
    return "".join(c for c in text if not c.isspace() and c != "\u200c")


def _spans(forms: Iterable[str]) -> tuple[str, list[tuple[int, int]]]:
    stream: list[str] = []
    spans = []
    pos = 0
    for form in forms:
        chars = _strip(form)
        stream.append(chars)
        spans.append((pos, pos + len(chars)))
        pos += len(chars)
    return "".join(stream), spans


def _char_map(system: str, gold: str) -> list[int]:
    """For each system character, the index of the same character in the gold stream (-1: none)."""
    if system == gold:
        return list(range(len(system)))
    out = [-1] * len(system)
    for block in difflib.SequenceMatcher(None, system, gold, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            out[block.a + k] = block.b + k
    return out


def _score_document(doc: Doc, gold: list[GoldSentence], counts: _Counts) -> None:
    gold_tokens = [t for s in gold for t in s.tokens]
    offsets = [0]
    for s in gold:
        offsets.append(offsets[-1] + len(s.tokens))
    g_stream, g_spans = _spans(normalize(t.form) for t in gold_tokens)
    sys_tokens = [t for t in doc if _strip(t.text)]
    s_stream, s_raw = _spans(t.text for t in sys_tokens)
    cmap = _char_map(s_stream, g_stream)
    s_spans = [
        (cmap[a], cmap[b - 1] + 1) if cmap[a] >= 0 and cmap[b - 1] >= 0 else (-1, -1) for a, b in s_raw
    ]
    gold_at = {span: i for i, span in enumerate(g_spans)}
    align = {j: gold_at[s_spans[j]] for j in range(len(sys_tokens)) if s_spans[j] in gold_at}
    sys_index = {t.i: j for j, t in enumerate(sys_tokens)}
    gold_sent = {(g_spans[offsets[k]][0], g_spans[offsets[k + 1] - 1][1]) for k in range(len(gold))}
    sys_sent = set()
    for sent in doc.sents:
        idx = [sys_index[t.i] for t in sent if t.i in sys_index]
        if idx:
            sys_sent.add((s_spans[idx[0]][0], s_spans[idx[-1]][1]))
    counts.gold["sentences"] += len(gold_sent)
    counts.system["sentences"] += len(sys_sent)
    counts.correct["sentences"] += len(gold_sent & sys_sent)
    sent_of = [k for k in range(len(gold)) for _ in gold[k].tokens]
    for metric in METRICS:
        if metric != "sentences":
            counts.gold[metric] += len(gold_tokens)
            counts.system[metric] += len(sys_tokens)
    counts.correct["tokens"] += len(align)
    for j, gi in align.items():
        tok, gtok = sys_tokens[j], gold_tokens[gi]
        counts.correct["upos"] += tok.pos_ == gtok.upos
        counts.correct["xpos"] += tok.tag_ == gtok.xpos
        counts.correct["ufeats"] += _feats(str(tok.morph)) == _feats(gtok.feats)
        counts.correct["lemma"] += tok.lemma_ == gtok.lemma
        g_head = -1 if gtok.head < 0 else offsets[sent_of[gi]] + gtok.head
        s_head = -1 if tok.head.i == tok.i else align.get(sys_index.get(tok.head.i, -2), -2)
        if s_head == g_head:
            counts.correct["uas"] += 1
            counts.correct["las"] += tok.dep_.lower().split(":")[0] == gtok.deprel.lower().split(":")[0]


def evaluate_ud(nlp: Language, path: str | Path, *, batch_size: int = 16) -> dict[str, dict[str, float]]:
    """Run ``nlp`` on the raw text of each document in ``path``; return P/R/F1 per metric (in %)."""
    docs = documents(read_conllu(path))
    counts = _Counts()
    texts = (" ".join(s.text for s in d) for d in docs)
    for doc, gold in zip(nlp.pipe(texts, batch_size=batch_size), docs, strict=True):
        _score_document(doc, gold, counts)
    scores: dict[str, dict[str, float]] = {}
    for m in METRICS:
        p = counts.correct[m] / counts.system[m] if counts.system[m] else 0.0
        r = counts.correct[m] / counts.gold[m] if counts.gold[m] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        scores[m] = {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(100 * f, 2)}
    return scores

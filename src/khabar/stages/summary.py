"""Extractive summary (sentence indices) and keyphrases.

The lead is the best one-sentence summary of a news article; the other picks
are the body sentences that mention the most frequent entities and content words.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from khabar.extensions import register_extensions
from khabar.stages.tokenizer import doc_text
from khabar.tables import key, load_list

_WORD = re.compile(r"[\u0600-\u06ff\u200c]{3,}")


def content_words(text: str, stop: frozenset[str]) -> list[str]:
    get = _KEYS.get
    return [w for w in _WORD.findall(text) if (get(w) or _key(w)) not in stop]


# Lookup key of each word seen so far: words repeat, so most are a dict hit instead of a normalization.
_KEYS: dict[str, str] = {}


def _key(word: str) -> str:
    if len(_KEYS) >= 300_000:
        _KEYS.clear()
    k = _KEYS[word] = key(word)
    return k


def find_summary(
    sentences: list[str], lead_index: int | None, *, size: int, stop: frozenset[str]
) -> list[int]:
    """Pure step: indices of the summary sentences, in text order."""
    freq = Counter(w for s in sentences for w in set(content_words(s, stop)))
    scores = []
    for i, s in enumerate(sentences):
        words = content_words(s, stop)
        if len(words) < 4:  # titles, sub-headings and fragments
            continue
        scores.append((sum(freq[w] for w in set(words)) / (len(words) ** 0.5), i))
    picked = [lead_index] if lead_index is not None else []
    for _, i in sorted(scores, reverse=True):
        if len(picked) >= size:
            break
        if i not in picked:
            picked.append(i)
    return sorted(picked)


def find_keyphrases(text: str, names: list[str], *, size: int, stop: frozenset[str]) -> list[str]:
    """Entity names first (most mentioned), then frequent content-word pairs and words."""
    phrases: list[str] = []
    for name in names:
        if name not in phrases:
            phrases.append(name)
    words = content_words(text, stop)
    pairs = Counter(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    singles = Counter(words)
    ranked = [p for p, c in pairs.most_common() if c >= 2] + [w for w, c in singles.most_common() if c >= 2]
    for p in ranked:
        if len(phrases) >= size:
            break
        if not any(p in q or q in p for q in phrases):
            phrases.append(p)
    return phrases[:size]


class Summarizer:
    def __init__(self, nlp: Language, name: str, *, sentences: int, keyphrases: int) -> None:
        register_extensions()
        self.name = name
        self.size = sentences
        self.keyphrases = keyphrases
        self.stop = frozenset(key(w) for w in load_list("stopwords.txt"))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        lead_index = None
        for span in doc.spans.get("structure", []):
            if span.label_ == "LEAD":
                lead_index = next((i for i, s in enumerate(sents) if s.start_char >= span.start_char), None)
        # a span's text is the doc text between its offsets (Span.text would walk its tokens)
        texts = [text[s.start_char:s.end_char] for s in sents]
        doc._.summary = find_summary(texts, lead_index, size=self.size, stop=self.stop)
        ents = sorted(doc._.entities or [], key=lambda e: -len(e["mentions"]))
        names = [e["name"] for e in ents if e["label"] in {"PER", "ORG", "LOC", "EVENT"}][:4]
        doc._.keyphrases = find_keyphrases(text, names, size=self.keyphrases, stop=self.stop)
        return doc


@Language.factory(
    "khabar_summary",
    assigns=["doc._.summary", "doc._.keyphrases"],
    default_config={"sentences": 3, "keyphrases": 8},
)
def make_summary(nlp: Language, name: str, sentences: int, keyphrases: int) -> Summarizer:
    return Summarizer(nlp, name, sentences=sentences, keyphrases=keyphrases)

"""The normalizing tokenizer: ``nlp(text)`` repairs the text, then splits it.

spaCy's own ``fa`` rules split clitics wrongly («خویش» → «خوی» + «ش»), so
Khabar splits only on whitespace and punctuation; clitics stay attached, as
they are in UD PerDT's merged tokens.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import registry
from spacy.vocab import Vocab

from khabar.stages.glued_cues import split_glued_cues
from khabar.text import normalize
from khabar.text.chars import WORD_CHARS, ZWNJ

# Punctuation split off words. Persian «» ، ؛ ؟ are included, and the curly quotes “” that some sites
# put around a name («“دیوید مویس” مربی …»: the name, not «“دیوید», is a word).
_PUNCT = r"""[\.\,\;\:\!\?\(\)\[\]\{\}"'«»“”،؛؟…٬\-–—/\\*%٪]"""
_PREFIX = re.compile(r"^" + _PUNCT)
_SUFFIX = re.compile(_PUNCT + r"$")
# Split punctuation inside a token, except a period or comma between digits (1.5, 1,000)
# and a hyphen or slash between digits (dates such as 1391/12/22). A hyphen before a Persian letter
# is split too («قزوین-رشت», a list item «۲-داشتن», a glued dash «کره‌شمالی-اگر»): UD Persian has no
# such token; a Latin or model name («covid-19», «اس-۱۹») keeps its hyphen.
_INFIX = re.compile(
    rf"(?<![0-9۰-۹])[\.,/](?![0-9۰-۹])|[«»“”،؛؟:!?()\[\]\"]|(?<=[{WORD_CHARS}{ZWNJ}0-9۰-۹])-(?=[{WORD_CHARS}])"
)
# URLs, e-mail addresses and numbers stay whole.
_URL = re.compile(r"^(?:https?://|www\.)\S+$|^[\w.+-]+@[\w-]+\.[\w.]+$|^[0-9۰-۹]+(?:[.,/:][0-9۰-۹]+)+$")


# spaCy rebuilds ``doc.text`` from the tokens on every access (a Python object per token); the
# tokenizer keeps the text it was given, which is the same string, for the stages to read.
TEXT_KEY = "khabar.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, read from the tokenizer's copy when it still fits the tokens."""
    text = doc.user_data.get(TEXT_KEY)
    if isinstance(text, str) and len(doc) and len(text) == doc[-1].idx + len(doc[-1].text_with_ws):
        return text
    return doc.text


def sentence_spans(doc: Doc) -> list[Span]:
    """The non-empty sentences, in order (a doc without sentence starts is one sentence)."""
    text = doc_text(doc)
    if not doc.has_annotation("SENT_START"):
        return [doc[:]] if text.strip() else []
    return [s for s in doc.sents if text[s.start_char:s.end_char].strip()]


# Text of each ORTH hash seen so far (the hash is of the text itself, so the same in every vocab): seven stages
# read every doc's token texts, and a dict hit is half the cost of decoding the string from the StringStore.
# Emptied when it grows too large.
_TEXTS: dict[int, str] = {}
_TEXTS_MAX = 300_000


def _orth_text(strings: StringStore, orth: int) -> str:
    if len(_TEXTS) >= _TEXTS_MAX:
        _TEXTS.clear()
    text = _TEXTS[orth] = strings[orth]
    return text


def token_texts(doc: Doc) -> list[str]:
    """``[t.text for t in doc]`` from the token array, without a Token object per token."""
    strings, get = doc.vocab.strings, _TEXTS.get
    return [get(orth) or _orth_text(strings, orth) for orth in doc.to_array(ORTH).tolist()]


def token_at_char(doc: Doc) -> dict[int, int]:
    """``{t.idx: t.i for t in doc}`` (each token's first character → its index) from the token array."""
    return {idx: i for i, idx in enumerate(doc.to_array(IDX).tolist())}


class NormalizingTokenizer:
    """Normalize the text with :func:`khabar.text.normalize`, then tokenize it."""

    def __init__(self, vocab: Vocab, *, normalize_text: bool = True) -> None:
        self.vocab = vocab
        self.normalize_text = normalize_text
        self.inner = Tokenizer(
            vocab,
            prefix_search=_PREFIX.search,
            suffix_search=_SUFFIX.search,
            infix_finditer=_INFIX.finditer,
            url_match=_URL.match,
        )

    def __call__(self, text: str) -> Doc:
        if self.normalize_text:
            text = normalize(text)
        doc = split_glued_cues(self.inner(text))
        doc.user_data[TEXT_KEY] = text  # see doc_text()
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # The rules are code, so serialization only needs to round-trip nothing.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> NormalizingTokenizer:
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, **kwargs: Any) -> NormalizingTokenizer:
        return self


@registry.tokenizers("khabar.tokenizer.v1")
def create_tokenizer(normalize_text: bool = True) -> Callable[[Language], NormalizingTokenizer]:
    def make(nlp: Language) -> NormalizingTokenizer:
        return NormalizingTokenizer(nlp.vocab, normalize_text=normalize_text)

    return make

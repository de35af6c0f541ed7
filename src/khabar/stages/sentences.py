"""Sentence boundaries from the article structure and final punctuation.

The kicker, the title and each sub-heading are one sentence each, even when a
sub-heading is broken over two lines. Inside the lead and body paragraphs a
sentence ends at . ! ? ؟ followed by a space (after any closing quote), so
«یافت. سردار» splits while «1.5» and a colon do not; «و...» ending a list («and so on») does not.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from khabar.extensions import SPAN_STRUCTURE, register_extensions
from khabar.stages.tokenizer import doc_text

_WHOLE = {"KICKER", "TITLE", "SUBHEADING"}
_SPLIT = {"LEAD", "PARAGRAPH"}


def find_sentence_starts(text: str, parts: list[tuple[int, int, str]], *, enders: str = ".!?؟") -> list[int]:
    """Pure step: character offsets where sentences start, given (start, end, label) parts."""
    pattern = re.compile(r"[" + re.escape(enders) + r"]+[»\")\]]*\s+(?=\S)")
    starts: set[int] = set()
    for start, end, label in parts:
        if label not in _WHOLE and label not in _SPLIT:
            continue
        starts.add(start)
        if label in _SPLIT:
            for m in pattern.finditer(text, start, end):
                if m.group().startswith("..") and _ETC.search(text[max(start, m.start() - 3):m.start()]):
                    continue  # «عراق و افغانستان و... رخ داده»: «و ...» is «and so on», inside the sentence
                starts.add(m.end())
    return sorted(starts)


# «و» alone before an ellipsis: the «and so on» of a list.
_ETC = re.compile(r"(?:^|\s)و\s*$")


class SentenceSplitter:
    def __init__(self, nlp: Language, name: str, *, enders: str) -> None:
        register_extensions()
        self.name = name
        self.enders = enders

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        parts = [(s.start_char, s.end_char, s.label_) for s in doc.spans.get(SPAN_STRUCTURE, [])]
        if not parts:  # no structure stage: treat each line as a paragraph
            parts = [(m.start(), m.end(), "PARAGRAPH") for m in re.finditer(r"[^\n]+", text)]
        self.set_annotations(doc, find_sentence_starts(text, parts, enders=self.enders))
        return doc

    def set_annotations(self, doc: Doc, starts: list[int]) -> None:
        # One array write: setting token.is_sent_start one token at a time rescans the doc each time.
        # Token offsets from an array, not Token objects.
        flags = numpy.where(numpy.isin(doc.to_array(IDX), numpy.array(starts, dtype="uint64")), 1, -1)
        if len(flags):
            flags[0] = 1
        values = flags.astype("int64").astype("uint64")  # spaCy stores -1 as uint64
        doc.from_array([SENT_START], values.reshape(-1, 1))  # type: ignore[arg-type]


@Language.factory("khabar_sentences", assigns=["token.is_sent_start"], default_config={"enders": ".!?؟"})
def make_sentences(nlp: Language, name: str, enders: str) -> SentenceSplitter:
    return SentenceSplitter(nlp, name, enders=enders)

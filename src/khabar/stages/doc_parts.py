"""The parts of an analyzed Doc that several stages read: paragraphs, sentences, the first body paragraph."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from khabar.extensions import SPAN_STRUCTURE
from khabar.stages.salience import Sentences
from khabar.stages.structure import TERMINAL
from khabar.stages.tokenizer import doc_text


def first_body(doc: Doc) -> tuple[int, int]:
    """Tokens of the first paragraph after the title and the lead ((0, 0) if none)."""
    parts = [s for s in doc.spans.get(SPAN_STRUCTURE, []) if s.label_ in {"LEAD", "PARAGRAPH"}]
    lead_seen = any(s.label_ == "LEAD" for s in parts)
    body = [s for s in parts if s.label_ == "PARAGRAPH"] if lead_seen else parts[1:]
    return (body[0].start, body[0].end) if body else (0, 0)


def paragraphs_of(doc: Doc, *, title: bool = False) -> list[tuple[int, int]]:
    """Tokens of the lead and body paragraphs (and the title with ``title``)."""
    labels = {"LEAD", "PARAGRAPH", "TITLE"} if title else {"LEAD", "PARAGRAPH"}
    parts = [(s.start, s.end) for s in doc.spans.get(SPAN_STRUCTURE, []) if s.label_ in labels]
    return parts or [(0, len(doc))]


def heading_lines(doc: Doc) -> list[tuple[int, int]]:
    """Tokens of each line of the sub-headings: a run of short lines (a list of headlines in a press
    review, «- X اعلام کرد: Y») is one sub-heading, its lines apart at the tokens that hold a line break."""
    out = []
    for s in doc.spans.get(SPAN_STRUCTURE, []):
        if s.label_ != "SUBHEADING":
            continue
        a = s.start
        for k in range(s.start, s.end):
            if "\n" in doc[k].text:
                if a < k:
                    out.append((a, k))
                a = k + 1
        if a < s.end:
            out.append((a, s.end))
    return out


def sentences_of(doc: Doc) -> Sentences:
    starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    return Sentences(starts, len(doc))


# A body line without final punctuation (``structure.TERMINAL``) is a headline: ``structure``'s sub-headings, and
# the longer headlines of a digest that the structure stage keeps as paragraphs, up to this many words (a long
# unpunctuated line is a paragraph that lost its full stop, not a headline)
HEADLINE_WORDS = 20
DIGEST_ITEMS = 3  # headlines in a body, at least, for a digest
DIGEST_PARAGRAPHS = 1.5  # finished paragraphs per headline, at most, in a digest: each item one short story


@dataclass
class Items:
    """The items of an article: a sub-heading opens a section, and in a digest (several short stories one
    after another, each under its own headline) every headline opens a story of its own."""

    starts: list[int]  # the token where each item after the first begins
    digest: bool

    def index(self, tok: int) -> int:
        return bisect_right(self.starts, tok)

    def apart(self, at: int, other: int) -> bool:
        """Whether a mention at ``other`` is out of reach of one at ``at``: a later item (a section's person
        is introduced in it, not before its heading), or in a digest any other item (another story)."""
        return self.index(at) != self.index(other) and (self.digest or other > at)


def news_items(doc: Doc) -> Items:
    """The items of ``doc`` (``Items``)."""
    parts = [s for s in doc.spans.get(SPAN_STRUCTURE, []) if s.label_ in {"PARAGRAPH", "SUBHEADING"}]
    heads = sorted(a for a, _ in heading_lines(doc))
    # each paragraph's text sliced once from the doc's text (``span.text`` builds it anew from the tokens)
    text = doc_text(doc)
    paragraphs = [(s.start, text[s.start_char:s.end_char]) for s in parts if s.label_ == "PARAGRAPH"]
    unfinished = [a for a, said in paragraphs if not said.rstrip().endswith(TERMINAL)
                  and len(said.split()) <= HEADLINE_WORDS]
    finished = [a for a, said in paragraphs if heads and a > heads[0] and said.rstrip().endswith(TERMINAL)]
    lines = sorted({*heads, *(a for a in unfinished if heads and a > heads[0])})
    # every item tells its story: a finished paragraph under each headline (two headlines in a row: no digest)
    ends = [*lines[1:], len(doc) + 1] if lines else []
    told = all(any(a < f < b for f in finished) for a, b in zip(lines, ends, strict=True))
    digest = len(lines) >= DIGEST_ITEMS and len(finished) <= DIGEST_PARAGRAPHS * len(lines) and told
    return Items(lines if digest else heads, digest)

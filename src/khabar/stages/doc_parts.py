"""The parts of an analyzed Doc that several stages read: paragraphs, sentences, the first body paragraph."""

from __future__ import annotations

from spacy.tokens import Doc

from khabar.extensions import SPAN_STRUCTURE
from khabar.stages.salience import Sentences


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

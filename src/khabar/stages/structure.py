"""Find an article's parts: kicker (روتیتر), title, lead, sub-headings, body paragraphs, agency.

Plain-text layout: optional kicker line, title, lead, then body paragraphs, one per
line. Short lines without final punctuation inside the body are sub-headings;
a sub-heading broken over two lines is merged. Records read from JSON carry the
role of each line in ``doc._.meta["line_roles"]`` and skip the guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from khabar.extensions import SPAN_STRUCTURE, register_extensions
from khabar.stages.tokenizer import doc_text
from khabar.tables import key, load_list

TERMINAL = tuple(".!?؟:؛…")  # final punctuation of a paragraph (doc_parts reads it too)
_WORD = re.compile(r"\S+")
# Attribution openers; the agency name follows.
_ATTRIBUTION = re.compile(
    r"(?:^|[\s«(])(?:به\s+گزارش|به\s+نقل\s+از|خبرگزاری)\s+"
    r"(?:(?:خبرگزاری|خبرنگار|پایگاه\s+خبری|سایت|روزنامه|شبکه)\s+)?"
)


@dataclass
class Line:
    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.text))

    @property
    def headline_words(self) -> int:
        """The words of its longest part: a title of several headlines joined by «/» («X شد/ Y است/ …»)
        is long as a whole, each headline short."""
        return max(len(_WORD.findall(part)) for part in self.text.split("/"))

    @property
    def terminated(self) -> bool:
        return self.text.rstrip().endswith(TERMINAL)


@dataclass
class Structure:
    kicker: Line | None = None
    title: Line | None = None
    lead: Line | None = None
    subheadings: list[list[Line]] = field(default_factory=list)
    paragraphs: list[Line] = field(default_factory=list)
    agency: tuple[int, int, str] | None = None


def split_lines(text: str) -> list[Line]:
    lines = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped[0])
            lines.append(Line(start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return lines


def find_agency(text: str, lines: list[Line], agencies: dict[str, str]) -> tuple[int, int, str] | None:
    """The first attribution in the lead or the first body lines: (start, end, name)."""
    longest = max((len(k.split()) for k in agencies), default=1)
    for line in lines:
        for m in _ATTRIBUTION.finditer(line.text):
            rest = line.text[m.end():]
            words = [(w.start(), w.group()) for w in _WORD.finditer(rest)]
            for n in range(min(longest, len(words)), 0, -1):
                cand = " ".join(w for _, w in words[:n]).rstrip("،:,»)")
                if key(cand) in agencies:
                    start = line.start + m.end() + words[0][0]
                    return start, start + len(cand), cand
    return None


def find_structure(
    text: str,
    *,
    line_roles: list[str] | None = None,
    max_heading_words: int = 20,
    max_subheading_words: int = 12,
    agencies: dict[str, str] | None = None,
) -> Structure:
    """Pure step: decide the role of every non-empty line of ``text``."""
    lines = split_lines(text)
    result = Structure()
    if not lines:
        return result
    if line_roles is not None:
        roles = list(line_roles) + ["paragraph"] * (len(lines) - len(line_roles))
        body = []
        for line, role in zip(lines, roles, strict=False):
            if role == "kicker":
                result.kicker = line
            elif role == "title":
                result.title = line
            elif role == "lead":
                result.lead = line
            else:
                body.append(line)
    else:
        header = 0
        while (
            header < len(lines) - 1
            and header < 3
            and not lines[header].terminated
            and lines[header].headline_words <= max_heading_words
        ):
            header += 1
        if header >= 2:
            result.kicker = lines[0]
            result.title = lines[1]
            body_start = 2
            # A third unterminated short line continues the title.
            if header == 3:
                body_start = 3
                result.subheadings.append([lines[2]])
        elif header == 1:
            result.title = lines[0]
            body_start = 1
        else:
            body_start = 0
        if body_start < len(lines):
            result.lead = lines[body_start]
            body_start += 1
        body = lines[body_start:]
    pending: list[Line] = []
    for i, line in enumerate(body):
        is_last = i == len(body) - 1
        if not is_last and not line.terminated and line.words <= max_subheading_words:
            pending.append(line)
            continue
        if pending:
            result.subheadings.append(pending)
            pending = []
        result.paragraphs.append(line)
    if pending:
        result.subheadings.append(pending)
    order = [x for x in (result.lead,) if x] + result.paragraphs[:2]
    result.agency = find_agency(text, order, agencies if agencies is not None else agency_table())
    return result


def agency_table() -> dict[str, str]:
    return {key(name): name for name in load_list("agencies.txt")}


def structure_to_dict(s: Structure) -> dict[str, Any]:
    return {
        "kicker": s.kicker.text if s.kicker else None,
        "title": s.title.text if s.title else None,
        "lead": s.lead.text if s.lead else None,
        "subheadings": [" ".join(x.text for x in group) for group in s.subheadings],
        "paragraphs": [{"start": p.start, "end": p.end} for p in s.paragraphs],
        "agency": s.agency[2] if s.agency else None,
    }


class StructureFinder:
    """Sets ``doc._.structure`` and the ``doc.spans["structure"]`` group."""

    def __init__(self, nlp: Language, name: str, *, max_heading_words: int, max_subheading_words: int) -> None:
        register_extensions()
        self.name = name
        self.max_heading_words = max_heading_words
        self.max_subheading_words = max_subheading_words
        self.agencies = agency_table()

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.meta or {}
        found = find_structure(
            doc_text(doc),
            line_roles=meta.get("line_roles"),
            max_heading_words=self.max_heading_words,
            max_subheading_words=self.max_subheading_words,
            agencies=self.agencies,
        )
        self.set_annotations(doc, found)
        return doc

    def set_annotations(self, doc: Doc, found: Structure) -> None:
        doc._.structure = structure_to_dict(found)
        spans: list[Span] = []

        def add(start: int, end: int, label: str) -> None:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)

        for line, label in ((found.kicker, "KICKER"), (found.title, "TITLE"), (found.lead, "LEAD")):
            if line:
                add(line.start, line.end, label)
        for group in found.subheadings:
            add(group[0].start, group[-1].end, "SUBHEADING")
        for p in found.paragraphs:
            add(p.start, p.end, "PARAGRAPH")
        if found.agency:
            add(found.agency[0], found.agency[1], "AGENCY")
        doc.spans[SPAN_STRUCTURE] = SpanGroup(doc, name=SPAN_STRUCTURE, spans=spans)


@Language.factory(
    "khabar_structure",
    assigns=["doc._.structure", "doc.spans"],
    default_config={"max_heading_words": 20, "max_subheading_words": 12},
)
def make_structure(nlp: Language, name: str, max_heading_words: int, max_subheading_words: int) -> StructureFinder:
    return StructureFinder(
        nlp, name, max_heading_words=max_heading_words, max_subheading_words=max_subheading_words
    )

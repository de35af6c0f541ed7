"""``khabar.Article``: a plain, JSON-ready view of an analyzed Doc."""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from khabar.extensions import register_extensions
from khabar.io.readers import RawArticle
from khabar.stages.tokenizer import doc_text, sentence_spans


def plain(value: Any) -> Any:
    """Lists, dicts and scalars only: msgpack round trips turn lists into tuples."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def article_id(source: str | None, text: str) -> str:
    """Stable id from the source and the normalized text."""
    return hashlib.sha1(f"{source or ''}\n{text}".encode()).hexdigest()[:16]


@dataclass
class Article:
    id: str
    source: str | None
    date: str | None
    url: str | None
    text: str
    structure: dict[str, Any]
    sentences: list[dict[str, int]]
    entities: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    summary: list[int] = field(default_factory=list)
    keyphrases: list[str] = field(default_factory=list)

    @classmethod
    def from_doc(cls, doc: Doc) -> Article:
        register_extensions()
        meta = doc._.meta or {}
        structure = plain(doc._.structure) or {
            "kicker": None, "title": None, "lead": None, "subheadings": [], "paragraphs": [], "agency": None,
        }
        source = meta.get("source") or structure.get("agency")
        text = doc_text(doc)  # spaCy rebuilds doc.text on every access; the tokenizer kept a copy
        sentences = []
        if doc.has_annotation("SENT_START"):
            for s in sentence_spans(doc):
                end = s.start_char + len(text[s.start_char:s.end_char].rstrip())
                sentences.append({"start": s.start_char, "end": end})
        entities = []
        for ent in plain(doc._.entities or []):
            spans = {field: [{"start": s, "end": e, "text": text[s:e]} for s, e in ent[field]]
                     for field in ("mentions", "home_mentions") if field in ent}  # «کشورمان»: home_mentions
            entities.append({**ent, "mentions": [], **spans})
        return cls(
            id=meta.get("id") or article_id(source, text),
            source=source,
            date=meta.get("date"),
            url=meta.get("url"),
            text=text,
            structure=structure,
            sentences=sentences,
            entities=entities,
            quotes=plain(doc._.quotes or []),
            events=plain(doc._.events or []),
            summary=plain(doc._.summary or []),
            keyphrases=plain(doc._.keyphrases or []),
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def make_doc(nlp: Language, raw: RawArticle, *, date: str | None = None) -> Doc:
    """Tokenize ``raw`` and attach its metadata; the pipeline's components run later."""
    register_extensions()
    doc = nlp.make_doc(raw.text)
    doc._.meta = {
        "source": raw.source,
        "date": raw.date or date,
        "url": raw.url,
        "origin": raw.origin,
        "line_roles": raw.line_roles,
    }
    return doc


def analyze(
    nlp: Language, raws: Iterable[RawArticle], *, date: str | None = None, batch_size: int | None = None
) -> Iterator[Article]:
    """Run the pipeline over articles; ``date`` is the fallback publication date (ISO).

    ``batch_size`` defaults to the pipeline's own (``khabar.load()`` sets one sized for articles).
    """
    docs = (make_doc(nlp, raw, date=date) for raw in raws)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield Article.from_doc(doc)


def analyze_each(
    nlp: Language, raws: Iterable[RawArticle], on_error: Callable[[RawArticle, str], None], *,
    date: str | None = None, batch_size: int | None = None,
) -> Iterator[tuple[RawArticle, Article]]:
    """Like :func:`analyze`, with each article paired to its result; an article that breaks the pipeline
    is reported to ``on_error(raw, problem)`` and skipped, and the others still get done. A batch is
    analyzed whole; only when one of it fails is it redone article by article."""
    size = batch_size or nlp.batch_size or 1
    chunk: list[RawArticle] = []
    for raw in itertools.chain(raws, [None]):
        if raw is not None:
            chunk.append(raw)
            if len(chunk) < size:
                continue
        if not chunk:
            break
        try:
            done = list(zip(chunk, analyze(nlp, chunk, date=date, batch_size=size), strict=True))
        except Exception as exc:  # one article broke the batch: redo them one by one (a batch of one: no redo)
            done = []
            for one in chunk if len(chunk) > 1 else []:
                try:
                    done.append((one, next(analyze(nlp, [one], date=date))))
                except Exception as one_exc:
                    on_error(one, _problem(one_exc))
            if len(chunk) == 1:
                on_error(chunk[0], _problem(exc))
        yield from done
        chunk = []


def _problem(exc: Exception) -> str:
    return f"analysis failed: {type(exc).__name__}: {exc}"


def analyze_text(text: str, *, nlp: Language | None = None, date: str | None = None) -> Article:
    """Analyze one article given as text (kicker/title/lead/paragraph lines)."""
    from khabar.pipeline import load

    return next(analyze(nlp or load(), [RawArticle(text, "<text>")], date=date))

"""Read articles from plain text, JSON and JSONL files (or stdin).

Readers never raise for one bad article: they yield an ``InputError`` in its
place, so a batch reports it and goes on with the rest.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.io.dates import DateError, date_from_link, parse_date
from khabar.io.decode import DecodeError, decode, persian_ratio

MAX_ARTICLE_BYTES = 2_000_000  # one article; larger inputs are refused, not truncated
MAX_JSON_FILE_BYTES = 512_000_000  # a JSON array is parsed whole; JSONL streams
_PERSIAN = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass
class RawArticle:
    text: str
    origin: str  # where it came from: "path", "path#3" or "<stdin>"
    line_roles: list[str] | None = None
    source: str | None = None
    date: str | None = None  # ISO
    url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class InputError:
    origin: str
    problem: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.problem}"


def check_text(text: str, origin: str) -> InputError | None:
    if not text.replace("\u200c", "").strip():
        return InputError(origin, "empty article")
    if _SURROGATE.search(text):
        return InputError(origin, "invalid Unicode (a lone surrogate code point)")
    if not _PERSIAN.search(text) or persian_ratio(text) < 0.2:
        return InputError(origin, "no Persian text")
    return None


def _paragraphs(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [p for p in value.split("\n")]
    if isinstance(value, list):
        return [str(p) for p in value]
    raise ValueError("'paragraphs'/'body' must be a string or a list of strings")


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def record_to_article(rec: Any, origin: str) -> RawArticle | InputError:
    """A news-shaped record (title, abstract/lead, paragraphs/body, date, url/link, source)."""
    if not isinstance(rec, dict):
        return InputError(origin, "record is not a JSON object")
    try:
        lines: list[str] = []
        roles: list[str] = []
        for name, role in (("kicker", "kicker"), ("title", "title")):
            if rec.get(name):
                lines.append(_one_line(rec[name]))
                roles.append(role)
        lead = rec.get("abstract") or rec.get("lead")
        if lead:
            lines.append(_one_line(lead))
            roles.append("lead")
        for p in _paragraphs(rec.get("paragraphs", rec.get("body"))):
            if p.strip():
                lines.append(_one_line(p))
                roles.append("paragraph")
        if not lines and isinstance(rec.get("text"), str):  # Khabar's own schema, or plain text
            return _text_article(rec["text"], origin, rec)
    except ValueError as exc:
        return InputError(origin, str(exc))
    text = "\n".join(lines)
    if (bad := check_text(text, origin)) is not None:
        return bad
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        return InputError(origin, f"article larger than the {MAX_ARTICLE_BYTES // 1_000_000} MB limit")
    return _with_meta(RawArticle(text, origin, line_roles=roles), rec)


def _text_article(text: str, origin: str, rec: dict[str, Any]) -> RawArticle | InputError:
    bad = check_text(text, origin)
    return bad or _with_meta(RawArticle(text, origin), rec)


def _with_meta(art: RawArticle, rec: dict[str, Any]) -> RawArticle | InputError:
    art.url = rec.get("url") or rec.get("link")
    art.source = rec.get("source")
    raw_date = rec.get("date")
    try:
        if raw_date:
            art.date = parse_date(str(raw_date)).isoformat()
        elif (d := date_from_link(art.url)) is not None:
            art.date = d.isoformat()
    except DateError as exc:
        return InputError(art.origin, str(exc))
    art.extra = {k: rec[k] for k in ("cat", "subcat", "tags") if k in rec}
    return art


def read_bytes(data: bytes, origin: str, *, suffix: str = "") -> Iterator[RawArticle | InputError]:
    """Articles in ``data``: JSON/JSONL by suffix or content, plain text otherwise."""
    if not data:
        yield InputError(origin, "empty file")
        return
    try:
        text = decode(data)
    except DecodeError as exc:
        yield InputError(origin, str(exc))
        return
    stripped = text.lstrip("\ufeff \t\r\n")
    if suffix == ".jsonl" or (suffix != ".json" and stripped.startswith("{") and "\n{" in stripped):
        yield from _jsonl(text.splitlines(), origin)
        return
    if suffix == ".json" or (stripped and stripped[0] in "[{"):
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError as exc:
            yield InputError(origin, f"invalid JSON at line {exc.lineno}: {exc.msg}")
            return
        except RecursionError:
            yield InputError(origin, "invalid JSON: nested too deeply")
            return
        records = obj if isinstance(obj, list) else [obj]
        for i, rec in enumerate(records):
            yield record_to_article(rec, f"{origin}#{i}" if isinstance(obj, list) else origin)
        return
    if len(data) > MAX_ARTICLE_BYTES:
        yield InputError(origin, f"article larger than the {MAX_ARTICLE_BYTES // 1_000_000} MB limit")
        return
    # Old Mac files end lines with a lone CR: keep them as line breaks.
    yield _text_article(text.replace("\r\n", "\n").replace("\r", "\n"), origin, {})


def _jsonl(lines: Any, origin: str) -> Iterator[RawArticle | InputError]:
    for n, line in enumerate(lines, 1):
        if line.strip():
            yield _jsonl_record(line, f"{origin}:{n}")


def _jsonl_record(line: str, where: str) -> RawArticle | InputError:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(where, f"invalid JSON: {exc.msg}")
    except RecursionError:
        return InputError(where, "invalid JSON: nested too deeply")
    return record_to_article(rec, where)


def read_path(path: str) -> Iterator[RawArticle | InputError]:
    """Every article in a file (or ``-`` for stdin). Never raises for bad input."""
    try:
        yield from _read_path(path)
    except Exception as exc:  # a reader bug must still name the input and spare the batch
        yield InputError(path, f"cannot read: {type(exc).__name__}: {exc}")


def _read_path(path: str) -> Iterator[RawArticle | InputError]:
    if path == "-":
        yield from read_bytes(sys.stdin.buffer.read(), "<stdin>")
        return
    p = Path(path)
    if not p.exists():
        yield InputError(path, "no such file")
        return
    if p.is_dir():
        yield InputError(path, "is a directory (give the files, e.g. DIR/*.txt)")
        return
    suffix = p.suffix.lower()
    size = p.stat().st_size
    if suffix == ".jsonl":
        yield from _stream_jsonl(p, path)
        return
    limit = MAX_JSON_FILE_BYTES if suffix == ".json" else MAX_ARTICLE_BYTES
    if size > limit:
        yield InputError(path, f"file larger than the {limit // 1_000_000} MB limit for one {suffix or 'text'} input")
        return
    try:
        data = p.read_bytes()
    except OSError as exc:
        yield InputError(path, f"cannot read ({exc.strerror})")
        return
    yield from read_bytes(data, path, suffix=suffix)


def _stream_jsonl(p: Path, origin: str) -> Iterator[RawArticle | InputError]:
    """JSONL streams line by line: a large batch is not bad input."""
    try:
        with p.open("rb") as fh:
            for n, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                if len(raw) > MAX_ARTICLE_BYTES:
                    yield InputError(f"{origin}:{n}", f"record larger than the {MAX_ARTICLE_BYTES // 1_000_000} MB limit")
                    continue
                try:
                    line = decode(raw.lstrip(b"\xef\xbb\xbf") if n == 1 else raw)
                except DecodeError as exc:
                    yield InputError(f"{origin}:{n}", str(exc))
                    continue
                yield _jsonl_record(line, f"{origin}:{n}")
    except OSError as exc:
        yield InputError(origin, f"cannot read ({exc.strerror})")

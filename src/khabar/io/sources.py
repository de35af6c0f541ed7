"""Every input the corpus takes: files, folders and globs, dispatched to the right reader.

Yields ``RawArticle | InputError`` like ``khabar.io.readers``: one bad file (or record) is an
``InputError`` in the stream, never an exception. Records in Khabar's own Article JSON
(``khabar analyze -f jsonl`` output) carry the analyzed article in ``extra["article"]``, so the
corpus can store them without running the pipeline again.
"""

from __future__ import annotations

import glob
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from khabar.io.decode import DecodeError, decode
from khabar.io.readers import MAX_ARTICLE_BYTES, InputError, RawArticle, read_path, record_to_article

HTML = (".html", ".htm", ".xhtml")
FEEDS = (".rss", ".atom", ".xml")
WARC = (".warc", ".warc.gz", ".arc", ".arc.gz")
TEXT = (".txt", ".json", ".jsonl")
KNOWN = HTML + FEEDS + WARC + TEXT
ARTICLE_KEYS = {"id", "text", "structure", "sentences"}


def kind(path: Path) -> str:
    name = path.name.lower()
    for suffixes, what in ((WARC, "warc"), (HTML, "html"), (FEEDS, "feed"), ((".json", ".jsonl"), "json")):
        if name.endswith(suffixes):
            return what
    return "text"


def is_article_json(rec: Any) -> bool:
    return isinstance(rec, dict) and ARTICLE_KEYS <= rec.keys() and isinstance(rec.get("text"), str)


def _record(rec: Any, origin: str) -> RawArticle | InputError:
    if is_article_json(rec):
        if not rec["text"].strip():
            return InputError(origin, "empty article")
        return RawArticle(rec["text"], origin, source=rec.get("source"), date=rec.get("date"),
                          url=rec.get("url"), extra={"article": rec})
    return record_to_article(rec, origin)


def read_json(path: Path, origin: str) -> Iterator[RawArticle | InputError]:
    """JSON and JSONL in the news shape or Khabar's own; bad files get readers' error messages."""
    if path.name.lower().endswith(".jsonl"):
        try:
            with path.open("rb") as fh:
                for n, raw in enumerate(fh, 1):
                    if not raw.strip():
                        continue
                    where = f"{origin}:{n}"
                    if len(raw) > MAX_ARTICLE_BYTES:
                        yield InputError(where, f"record larger than the {MAX_ARTICLE_BYTES // 1_000_000} MB limit")
                        continue
                    try:
                        rec = json.loads(decode(raw.lstrip(b"\xef\xbb\xbf")))
                    except (DecodeError, json.JSONDecodeError) as exc:
                        yield InputError(where, f"invalid JSON: {getattr(exc, 'msg', exc)}")
                        continue
                    yield _record(rec, where)
        except OSError as exc:
            yield InputError(origin, f"cannot read ({exc.strerror})")
        return
    try:
        obj = json.loads(decode(path.read_bytes()).lstrip("\ufeff"))
    except (OSError, DecodeError, json.JSONDecodeError, RecursionError):
        yield from read_path(str(path))  # the plain reader names the problem
        return
    records = obj if isinstance(obj, list) else [obj]
    for i, rec in enumerate(records):
        yield _record(rec, f"{origin}#{i}" if isinstance(obj, list) else origin)


def read_file(path: Path) -> Iterator[RawArticle | InputError]:
    origin = str(path)
    what = kind(path)
    if what == "html":
        from khabar.io.html import read_html

        yield from read_html(path, origin)
    elif what == "feed":
        from khabar.io.feeds import read_feed

        yield from read_feed(path, origin)
    elif what == "warc":
        from khabar.io.warc import read_warc

        yield from read_warc(path, origin)
    elif what == "json":
        yield from read_json(path, origin)
    else:
        yield from read_path(origin)


def expand(path: str) -> Iterator[Path | InputError]:
    """The files a path names: a file, every known file under a folder, or a glob's matches."""
    if any(c in path for c in "*?["):
        matches = sorted(glob.glob(path, recursive=True))
        if not matches:
            yield InputError(path, "no files match this pattern")
        for m in matches:
            p = Path(m)
            if p.is_dir():
                yield from _folder(p)
            else:
                yield p
        return
    p = Path(path)
    if p.is_dir():
        yield from _folder(p)
    elif not p.exists():
        yield InputError(path, "no such file or folder")
    else:
        yield p


def _folder(folder: Path) -> Iterator[Path | InputError]:
    files = sorted(f for f in folder.rglob("*") if f.is_file() and f.name.lower().endswith(KNOWN)
                   and not any(part.startswith(".") for part in f.relative_to(folder).parts))
    if not files:
        yield InputError(str(folder), f"no article files in this folder ({', '.join(KNOWN)})")
    yield from files


def read_sources(paths: list[str]) -> Iterator[RawArticle | InputError]:
    """Every article under ``paths`` (files, folders, globs, or ``-`` for stdin), in a stable order."""
    for path in paths:
        if path == "-":
            yield from read_path("-")
            continue
        if (Path(path) / "manifest.json").is_file():
            yield from read_batch_output(Path(path))
            continue
        for item in expand(path):
            if isinstance(item, InputError):
                yield item
            else:
                yield from read_file(item)


def read_batch_output(folder: Path) -> Iterator[RawArticle | InputError]:
    """The analyzed articles of a ``khabar batch`` output folder (recognized by its manifest.json)."""
    try:
        from khabar.batch.output import iter_articles

        for article in iter_articles(folder):
            rec = article.to_dict()
            yield RawArticle(article.text, f"{folder}#{article.id}", source=article.source, date=article.date,
                             url=article.url, extra={"article": rec})
    except ImportError:
        yield InputError(str(folder), "reading batch output needs pyarrow: pip install 'khabar[parquet]'")
    except Exception as exc:  # a damaged Parquet file: name the folder, keep the other inputs going
        yield InputError(str(folder), f"cannot read batch output: {type(exc).__name__}: {exc}")

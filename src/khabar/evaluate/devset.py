"""The annotated dev set: load it, rebuild the raw text it points into, and verify it.

The annotations (docs/annotation.md) hold offsets into the raw article fields joined by "\\n";
they carry no article text, so the text is rebuilt from the shared data to score against.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

SPLITS = ("dev", "test")
MODALITIES = ("asserted", "planned", "denied", "negated")
QUOTE_KINDS = ("direct", "indirect")


class DevsetError(ValueError):
    """A dev-set file or record is malformed or no longer matches the shared data."""


def load_devset(path: str | Path, *, split: str | None = None) -> list[dict[str, Any]]:
    """Every record in a .jsonl file, or in all *.jsonl files of a directory (sorted by name)."""
    root = Path(path)
    if root.is_dir():
        files = sorted(root.glob("*.jsonl"))
    elif root.is_file():
        files = [root]
    else:
        raise DevsetError(f"{root}: no such file or directory")
    records: list[dict[str, Any]] = []
    for file in files:
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DevsetError(f"{file}:{number}: not JSON ({exc.msg})") from None
            if not isinstance(record, dict) or "file" not in record or "index" not in record:
                raise DevsetError(f"{file}:{number}: a record needs 'file' and 'index'")
            if split is None or record.get("split") == split:
                records.append(record)
    return records


def join_fields(article: dict[str, Any]) -> str:
    """Title, abstract, then each paragraph, joined by newlines, exactly as stored."""
    parts = [article.get("title") or "", article.get("abstract") or ""]
    parts.extend(article.get("paragraphs") or [])
    return "\n".join(parts)


def raw_text(shared_dir: Path, file: str, index: int) -> str:
    """The raw joined text of article `index` in `shared_dir/data/file`."""
    source = Path(shared_dir) / "data" / file
    try:
        articles = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DevsetError(f"{source}: no such file") from None
    if not isinstance(articles, list) or not 0 <= index < len(articles):
        raise DevsetError(f"{source}: no article at index {index}")
    return join_fields(articles[index])


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def spans(record: dict[str, Any]) -> list[tuple[str, list[int]]]:
    """Every (where, [start, end]) span in a record, for checking."""
    found: list[tuple[str, list[int]]] = []
    for entity in record.get("entities", []):
        found += [(f"entity {entity['id']}", span) for span in entity["mentions"]]
    for n, quote in enumerate(record.get("quotes", [])):
        found += [(f"quote {n} cue", quote["cue"]), (f"quote {n} text", quote["text"])]
    for n, event in enumerate(record.get("events", [])):
        found.append((f"event {n} trigger", event["trigger"]))
        if event.get("time"):
            found.append((f"event {n} time", event["time"]["span"]))
    return found


def check(record: dict[str, Any], shared_dir: Path) -> list[str]:
    """Problems with one record: sha1 drift, bad spans, unknown entity ids. Empty means fine."""
    name = f"{record.get('file')}#{record.get('index')}"
    text = raw_text(shared_dir, record["file"], record["index"])
    problems: list[str] = []
    if record.get("sha1") != text_sha1(text):
        problems.append(f"{name}: sha1 differs from the shared text")
    if record.get("split") not in SPLITS:
        problems.append(f"{name}: split must be one of {SPLITS}")
    for where, span in spans(record):
        start, end = span
        piece = text[start:end] if 0 <= start < end <= len(text) else ""
        if not piece or piece != piece.strip() or "\n" in piece:
            problems.append(f"{name}: {where} span {span} is empty, padded or crosses a line")
    ids = {entity["id"] for entity in record.get("entities", [])}
    for n, quote in enumerate(record.get("quotes", [])):
        if quote.get("speaker") not in ids | {None}:
            problems.append(f"{name}: quote {n} speaker {quote.get('speaker')} is no entity")
        if quote.get("kind") not in QUOTE_KINDS:
            problems.append(f"{name}: quote {n} kind must be one of {QUOTE_KINDS}")
    for n, event in enumerate(record.get("events", [])):
        refs = list(event.get("actors", [])) + list(event.get("targets", []))
        refs += [event["place"]] if event.get("place") else []
        problems += [f"{name}: event {n} refers to unknown entity {ref}" for ref in refs if ref not in ids]
        if event.get("modality") not in MODALITIES:
            problems.append(f"{name}: event {n} modality must be one of {MODALITIES}")
    return problems


def select_split(path: str | Path, split: str, shared_dir: Path) -> list[dict[str, Any]]:
    """The records of ``split`` (dev, test or all) for an evaluate command; DevsetError says what is wrong."""
    if split not in ("dev", "test", "all"):
        raise DevsetError(f"--split {split}: use dev, test or all")
    if not (Path(shared_dir) / "data").is_dir():
        raise DevsetError(f"--shared {shared_dir}: no data folder there")
    records = load_devset(path, split=None if split == "all" else split)
    if not records:
        raise DevsetError(f"{path}: no {split} records")
    return records

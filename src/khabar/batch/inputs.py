"""Batch inputs as work units: one JSONL line, one Parquet row, or one whole file (.txt, WARC).

Both engines cut the input into the same units with the same ``origin`` names,
so their output rows are identical.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.io.readers import InputError, RawArticle, read_bytes, record_to_article

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")


@dataclass(frozen=True)
class Unit:
    origin: str
    kind: str  # "line" (a JSONL line), "record" (a dict), "file" (bytes of a whole file)
    payload: Any
    suffix: str = ""


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def unit_to_raws(unit: Unit) -> list[RawArticle | InputError]:
    """The articles inside one unit; bad ones become InputError, never exceptions."""
    if unit.kind == "line":
        try:
            rec = json.loads(unit.payload.lstrip("\ufeff"))
        except json.JSONDecodeError as exc:
            return [InputError(unit.origin, f"invalid JSON: {exc.msg}")]
        return [record_to_article(rec, unit.origin)]
    if unit.kind == "record":
        rec = {k: v for k, v in unit.payload.items() if v is not None}
        return [record_to_article(rec, unit.origin)]
    if is_warc(unit.origin):
        try:
            from khabar.io.warc import read_warc_bytes  # type: ignore[attr-defined]
        except ImportError:
            return [InputError(unit.origin, "WARC input needs the corpus extras (warcio, trafilatura)")]
        return list(read_warc_bytes(unit.payload, unit.origin))
    return list(read_bytes(unit.payload, unit.origin, suffix=unit.suffix))


def list_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith((".", "_")))
    return [path]


def local_units(inputs: list[str]) -> Iterator[Unit | InputError]:
    """Units from local paths (files or folders), in a fixed order."""
    for name in inputs:
        path = Path(name)
        if not path.exists():
            yield InputError(name, "no such file or folder")
            continue
        for f in list_files(path):
            origin = str(f)
            suffix = f.suffix.lower()
            if suffix == ".jsonl":
                with f.open(encoding="utf-8-sig", errors="replace") as fh:
                    for n, line in enumerate(fh, 1):
                        if line.strip():
                            yield Unit(f"{origin}:{n}", "line", line)
            elif suffix == ".parquet":
                import pyarrow.parquet as pq

                for i, rec in enumerate(pq.read_table(f).to_pylist()):
                    yield Unit(f"{origin}#{i}", "record", rec)
            else:
                yield Unit(origin, "file", f.read_bytes(), suffix)

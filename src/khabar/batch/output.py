"""Write and read a batch output folder: one Parquet dataset per table, partitioned by date, and a manifest."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from khabar.article import Article
from khabar.batch.rows import KEYS, TABLES, article_from_rows

MANIFEST = "manifest.json"


def arrow_schema(table: str) -> Any:
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64()}
    return pa.schema([(name, types[kind]) for name, kind in TABLES[table]])


def sort_rows(table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    keys = KEYS[table]
    return sorted(rows, key=lambda r: tuple("" if r[k] is None else r[k] for k in keys))


def write_local_tables(out: Path, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Overwrite each table's folder with its rows (hive partitions ``date=…``)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    for table in TABLES:
        folder = out / table
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        data = sort_rows(table, rows.get(table, []))
        if data:
            pq.write_to_dataset(pa.Table.from_pylist(data, schema=arrow_schema(table)), folder, partition_cols=["date"],
                               basename_template="part-{i}.parquet")


def write_manifest(out: Path, *, inputs: list[str], engine: str, model: str, counts: dict[str, int],
                   started: datetime) -> dict[str, Any]:
    from khabar import __version__
    from khabar.pipeline import model_path

    path = model_path(model) if model != "none" else None
    model_version = "rules-only"
    if path is not None:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8")) if (path / "meta.json").exists() else {}
        model_version = f"{meta.get('name', model)}-{meta.get('version', '0')}"
    manifest = {
        "khabar_version": __version__, "model": model, "model_version": model_version, "engine": engine,
        "inputs": inputs, "counts": counts, "tables": list(TABLES),
        "started": started.isoformat(timespec="seconds"), "finished": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return manifest


def is_batch_output(path: Path) -> bool:
    return (path / MANIFEST).is_file()


def read_table(out: Path, table: str) -> list[dict[str, Any]]:
    """All rows of one table, sorted by its key, with ``date`` back as a string."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    folder = out / table
    if not folder.exists() or not any(folder.rglob("*.parquet")):
        return []
    # Spark writes its own part files and _SUCCESS markers; read only the Parquet files, dates as strings.
    partitioning = ds.partitioning(pa.schema([("date", pa.string())]), flavor="hive")
    dataset = ds.dataset(folder, format="parquet", partitioning=partitioning, exclude_invalid_files=True)
    rows = dataset.to_table().to_pylist()
    return sort_rows(table, rows)


def iter_articles(out: Path) -> Iterator[Article]:
    """Rebuild the Articles of a batch output folder (``khabar ingest DIR`` uses this)."""
    children: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for table in ("entities", "mentions", "quotes", "events"):
        for row in read_table(out, table):
            children.setdefault(row["article_id"], {}).setdefault(table, []).append(row)
    for art in read_table(out, "articles"):
        yield article_from_rows(art, children.get(art["id"], {}))

"""The local engine: a multiprocessing pool, no Spark. Writes the same tables as the Spark engine."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from khabar.batch.inputs import Unit, local_units
from khabar.batch.output import write_local_tables, write_manifest
from khabar.batch.process import pipeline, process_units
from khabar.batch.rows import TABLES
from khabar.io.readers import InputError

_MODEL = "none"


def _init(model: str) -> None:
    global _MODEL
    _MODEL = model
    pipeline(model)  # load once per worker process


def _work(units: list[Unit | InputError]) -> list[tuple[str, dict[str, Any]]]:
    return list(process_units(units, _MODEL))


def _chunks(units: Iterator[Unit | InputError], size: int) -> Iterator[list[Unit | InputError]]:
    while chunk := list(itertools.islice(units, size)):
        yield chunk


def run_local(inputs: list[str], out: Path, *, model: str = "fa_khabar", processes: int = 1,
              chunk_size: int = 32) -> dict[str, Any]:
    """Analyze ``inputs`` into ``out``; returns the manifest."""
    started = datetime.now(UTC)
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    units = local_units(inputs)
    if processes <= 1:
        for table, row in process_units(units, model):
            rows[table].append(row)
    else:
        with get_context("fork").Pool(processes, initializer=_init, initargs=(model,)) as pool:
            for result in pool.imap(_work, _chunks(units, chunk_size)):
                for table, row in result:
                    rows[table].append(row)
    out.mkdir(parents=True, exist_ok=True)
    write_local_tables(out, rows)
    counts = {t: len(r) for t, r in rows.items()}
    return write_manifest(out, inputs=inputs, engine="local", model=model, counts=counts, started=started)

"""Analyze units into table rows. Shared by the local and the Spark engine.

The pipeline is loaded once per process and cached here, so a Spark executor's
Python worker (reused across tasks) and a pool worker load it once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language

from khabar.article import analyze_each
from khabar.batch.inputs import Unit, unit_to_raws
from khabar.batch.rows import article_rows, error_row
from khabar.io.readers import InputError, RawArticle

_PIPELINES: dict[str, Language] = {}
# Test-only: when this environment variable names a file, every pipeline load appends "pid model" to it.
LOAD_LOG = "KHABAR_BATCH_LOAD_LOG"


def pipeline(model: str) -> Language:
    if model not in _PIPELINES:
        from khabar.models.blas import limit_blas_threads
        from khabar.pipeline import load

        limit_blas_threads()  # one core per worker (pool worker or Spark task)
        _PIPELINES[model] = load(None if model == "none" else model, syntax=False)  # rows hold the Article view
        if log := os.environ.get(LOAD_LOG):
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(f"{os.getpid()} {model}\n")
    return _PIPELINES[model]


def process_units(units: Iterable[Unit | InputError], model: str, batch_size: int = 32) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (table, row) for every unit; one bad article never stops the others."""
    nlp = pipeline(model)
    pending: list[RawArticle] = []

    def flush() -> Iterator[tuple[str, dict[str, Any]]]:
        failures: list[tuple[str, dict[str, Any]]] = []
        pairs = list(analyze_each(nlp, pending, lambda raw, problem: failures.append(
            ("errors", error_row(raw.origin, problem))), batch_size=batch_size))
        yield from failures
        for raw, article in pairs:
            for table, rows in article_rows(article, raw.origin).items():
                for row in rows:
                    yield table, row
        pending.clear()

    for unit in units:
        items = [unit] if isinstance(unit, InputError) else unit_to_raws(unit)
        for item in items:
            if isinstance(item, InputError):
                yield "errors", error_row(item.origin, item.problem)
            else:
                pending.append(item)
        if len(pending) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()

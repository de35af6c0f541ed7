"""``khabar ingest``: read every input, plan it, analyze the new articles, commit per batch.

Planning (``Adder.plan``) happens in input order as spaCy pulls documents, before any analysis,
so known articles cost a hash look-up and copies are never analyzed. Articles that arrive as
Khabar Article JSON are stored as they are. Each batch is one transaction: a SIGKILL loses at
most the batch in flight, and a rerun redoes exactly that.
"""

from __future__ import annotations

import dataclasses
import itertools
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult
from typing import Any

from spacy.language import Language

from khabar.article import Article, make_doc
from khabar.io.readers import InputError, RawArticle
from khabar.io.sources import read_sources
from khabar.models.blas import limit_blas_threads
from khabar.store.adder import Plan
from khabar.store.corpus import Corpus

ARTICLE_FIELDS = [f.name for f in dataclasses.fields(Article)]


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0


def article_from_json(rec: dict[str, Any]) -> Article:
    """An Article from its JSON; missing optional fields take their defaults."""
    data = {k: rec[k] for k in ARTICLE_FIELDS if k in rec}
    for name in ("id", "source", "date", "url"):
        data.setdefault(name, None)
    data.setdefault("structure", {})
    data.setdefault("sentences", [])
    return Article(**data)


def read_inputs(paths: list[str], on_error: Callable[[str], None]) -> tuple[list[RawArticle], list[str]]:
    raws: list[RawArticle] = []
    errors: list[str] = []
    for item in read_sources(paths):
        if isinstance(item, InputError):
            errors.append(str(item))
            on_error(str(item))
        else:
            raws.append(item)
    return raws, errors


def ingest(
    paths: list[str], db_path: str, *, model: str | None = "fa_khabar", nlp: Language | None = None,
    processes: int = 2, batch_size: int = 32, progress: bool = False,
    on_error: Callable[[str], None] = lambda message: None,
) -> IngestReport:
    """Ingest ``paths`` into the corpus at ``db_path`` with ``nlp`` (or the pipeline ``model``)."""
    started = time.perf_counter()
    raws, errors = read_inputs(paths, on_error)
    report = IngestReport(read=len(raws), errors=errors)
    with Corpus(db_path) as corpus, _Progress(len(raws), progress) as bar:
        adder = corpus.adder
        ready: list[tuple[Plan, Article]] = []  # Article JSON inputs: no analysis needed

        def commit(items: list[tuple[Plan, Article]]) -> None:
            copies = adder.pending_duplicates() + sum(len(p.duplicates) for p, _ in items)
            report.stored += adder.write(items)
            bar.advance(len(items) + copies)

        def to_analyze() -> Iterator[tuple[Any, Plan]]:
            for raw in raws:
                given = raw.extra.get("article")
                plan = adder.plan(raw.text, source=raw.source, url=raw.url, date=raw.date, origin=raw.origin,
                                  article_id=given.get("id") if given else None)
                if plan.action == "skip":
                    report.skipped += 1
                    bar.advance(1)
                elif plan.action == "duplicate":
                    report.duplicates += 1
                elif "article" in raw.extra:
                    ready.append((plan, article_from_json(raw.extra["article"])))
                    if len(ready) >= batch_size:
                        commit(ready[:])
                        ready.clear()
                else:
                    yield raw, plan

        pending = to_analyze()
        first = next(pending, None)  # the pipeline is loaded only if something needs analysis
        if first is not None:
            if nlp is None:
                from khabar.pipeline import load

                nlp = load(model, syntax=False)  # the corpus keeps the Article view only
            todo = itertools.chain([first], pending)
            n_process = processes if len(raws) >= 4 * batch_size else 1
            batch: list[tuple[Plan, Article]] = []
            for plan, article in analyze_plans(nlp, todo, n_process=n_process, batch_size=batch_size):
                batch.append((plan, article))
                if len(batch) >= batch_size:
                    commit(batch)
                    batch = []
            ready.extend(batch)
        commit(ready)
    report.seconds = time.perf_counter() - started
    return report


def analyze_plans(
    nlp: Language, todo: Iterator[tuple[RawArticle, Plan]], *, n_process: int, batch_size: int
) -> Iterator[tuple[Plan, Article]]:
    """(plan, Article) for each planned raw article, in input order."""
    if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
        yield from _analyze_forked(nlp, todo, n_process=n_process, batch_size=batch_size)
        return
    docs = ((make_doc(nlp, raw), plan) for raw, plan in todo)
    for doc, plan in nlp.pipe(docs, as_tuples=True, batch_size=batch_size):
        yield plan, Article.from_doc(doc)


# The pipeline of the forked analysis workers: set before the fork, inherited, never pickled.
_WORKER_NLP: Language | None = None


def _analyze_batch(raws: list[RawArticle]) -> list[Article]:
    nlp = _WORKER_NLP
    assert nlp is not None
    return [Article.from_doc(doc) for doc in nlp.pipe((make_doc(nlp, raw) for raw in raws), batch_size=len(raws))]


def _analyze_forked(
    nlp: Language, todo: Iterator[tuple[RawArticle, Plan]], *, n_process: int, batch_size: int
) -> Iterator[tuple[Plan, Article]]:
    """Workers tokenize, analyze and build the Articles; this process only plans and writes.

    spaCy's own ``nlp.pipe(n_process=…)`` tokenizes here, ships whole Docs both ways and leaves
    the Article conversion here too: on two cores that busy main process slowed the workers.
    Plans are still made here, in input order, as batches are taken (the Adder and its SQLite
    connection stay in this thread); a few batches are in flight at a time, results in order.
    """
    global _WORKER_NLP
    _WORKER_NLP = nlp
    in_flight: deque[tuple[list[Plan], AsyncResult[list[Article]]]] = deque()
    try:
        with multiprocessing.get_context("fork").Pool(n_process, initializer=limit_blas_threads) as pool:
            while True:
                chunk = list(itertools.islice(todo, batch_size))
                if chunk:
                    task = pool.apply_async(_analyze_batch, ([raw for raw, _ in chunk],))
                    in_flight.append(([plan for _, plan in chunk], task))
                while in_flight and (not chunk or len(in_flight) > 2 * n_process):
                    plans, task = in_flight.popleft()
                    yield from zip(plans, task.get(), strict=True)
                if not chunk:
                    break
    finally:
        _WORKER_NLP = None


class _Progress:
    """A rich progress bar on stderr (articles/s and ETA), or nothing."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.enabled = total, enabled
        self.bar: Any = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(
                TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} articles/s"), TextColumn("ETA"), TimeRemainingColumn(),
                console=Console(stderr=True), transient=False,
            )
            self.bar.start()
            self.task = self.bar.add_task("ingest", total=self.total, rate="–")
        return self

    def advance(self, n: int) -> None:
        if self.bar is not None and n:
            self.bar.advance(self.task, n)
            speed = self.bar.tasks[0].speed
            self.bar.update(self.task, rate=f"{speed:.1f}" if speed else "–")

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

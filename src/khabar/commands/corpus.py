"""``khabar ingest``, ``khabar search`` and ``khabar export``: the SQLite corpus from the command line."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer

from khabar.cli import app, err, fail, report


class SearchFormat(StrEnum):
    table = "table"
    json = "json"


class ExportWhat(StrEnum):
    articles = "articles"
    entities = "entities"
    quotes = "quotes"
    events = "events"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


DB_OPTION = typer.Option("khabar.db", "--db", help="The corpus (SQLite file).")
PATHS_ARGUMENT = typer.Argument(..., help="Files, folders or globs: .txt .json .jsonl .html .rss/.atom/.xml .warc(.gz).")
SEARCH_FORMAT_OPTION = typer.Option(SearchFormat.table, "--format", "-f")
EXPORT_WHAT_OPTION = typer.Option(ExportWhat.articles, "--what", help="Which table.")
EXPORT_FORMAT_OPTION = typer.Option(ExportFormat.jsonl, "--format", "-f")


@app.command()
def ingest(
    paths: list[str] = PATHS_ARGUMENT,
    db: str = DB_OPTION,
    model: str = typer.Option("fa_khabar", "--model", help="Trained pipeline name; 'none' for rules only."),
    processes: int = typer.Option(2, "--processes", "-p", min=1, max=16, help="Analysis processes."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, max=10_000, help="Articles per batch and transaction."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on a terminal."),
) -> None:
    """Add articles to the corpus. Safe to repeat (unchanged articles are skipped) and to interrupt."""
    from khabar.store.ingest import ingest as run

    try:
        result = run(paths, db, model=None if model == "none" else model, processes=processes,
                     batch_size=batch_size, progress=progress and sys.stderr.isatty(), on_error=report)
    except OSError as exc:
        fail(f"{db}: cannot write the corpus ({exc})")
    err.print(f"khabar: {result.stored} stored, {result.duplicates} near-duplicates linked, {result.skipped} "
              f"unchanged skipped, {len(result.errors)} failed; {result.read} read in {result.seconds:.1f}s "
              f"({result.rate:.1f} articles/s) → {db}", markup=False, highlight=False)
    if result.errors:  # the good inputs are in; the exit status still tells a script that some failed
        fail(f"{len(result.errors)} input(s) failed" + ("; the rest were ingested" if result.read else ""))


def _open(db: str):  # type: ignore[no-untyped-def]
    from khabar.store import Corpus

    if not Path(db).is_file():
        fail(f"{db}: no corpus there (create one with `khabar ingest … --db {db}`)", 2)
    return Corpus(db)


@app.command()
def search(
    query: str = typer.Argument("", help="Words (all must match); \"quoted words\" are a phrase."),
    entity: str | None = typer.Option(None, "--entity", help="Only articles mentioning this entity (name, alias or id)."),
    label: str | None = typer.Option(None, "--label", help="Entity label: PER, ORG, LOC, ..."),
    source: str | None = typer.Option(None, "--source", help="Only this source (agency)."),
    since: str | None = typer.Option(None, "--since", help="From this date (Gregorian or Jalali)."),
    until: str | None = typer.Option(None, "--until", help="Up to this date (Gregorian or Jalali)."),
    limit: int = typer.Option(20, "--limit", "-n", min=1, max=10_000),
    format: SearchFormat = SEARCH_FORMAT_OPTION,
    db: str = DB_OPTION,
) -> None:
    """Search the corpus in Persian: «گفتگو» finds «گفت‌وگو», ي/ی and ك/ک match."""
    from khabar.io.dates import DateError

    corpus = _open(db)
    try:
        hits = corpus.search(query, entity=entity, label=label, source=source, since=since, until=until, limit=limit)
    except DateError as exc:
        fail(f"--since/--until: {exc}", 2)
    if format is SearchFormat.json:
        sys.stdout.write(json.dumps(hits, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("date", "source", "title", "snippet", "id", show_lines=True)
    for h in hits:
        snippet = "".join(f"[bold yellow]{_escape(t)}[/]" if hit else _escape(str(t)) for t, hit in h["snippet_parts"])
        table.add_row(h["date"] or "", h["source"] or "", _escape(h["title"] or ""), snippet, h["id"])
    Console().print(table)
    report(f"{len(hits)} article(s)")


def _escape(text: object) -> str:
    from rich.markup import escape

    return escape(str(text))


@app.command()
def export(
    what: ExportWhat = EXPORT_WHAT_OPTION,
    format: ExportFormat = EXPORT_FORMAT_OPTION,
    db: str = DB_OPTION,
    output: str = typer.Option("-", "--output", "-o", help="File to write (required for parquet); - is stdout."),
) -> None:
    """Export articles, entities, quotes or events as JSONL, CSV or Parquet."""
    from khabar.store import export as ex

    corpus = _open(db)
    if format is ExportFormat.parquet:
        if output == "-":
            fail("--format parquet: give a file with -o (Parquet is binary)", 2)
        try:
            n = ex.write_parquet(corpus.db, what.value, output)
        except RuntimeError as exc:
            fail(str(exc), 2)
    else:
        writer = ex.write_jsonl if format is ExportFormat.jsonl else ex.write_csv
        if output == "-":
            n = writer(corpus.db, what.value, sys.stdout)
        else:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                n = writer(corpus.db, what.value, fh)
    report(f"{n} {what.value} exported")

"""The ``khabar`` command line: thin commands over plain functions.

Errors are one line on stderr naming the input and the problem; no tracebacks
(set KHABAR_DEBUG=1 to see them).
"""

from __future__ import annotations

import importlib
import itertools
import os
import sys
from collections.abc import Iterator
from enum import StrEnum
from typing import NoReturn

import typer
from rich.console import Console

app = typer.Typer(
    name="khabar",
    help="Read Persian news the way an analyst does.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
evaluate_app = typer.Typer(help="Score Khabar against gold data; prints JSON.", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")

err = Console(stderr=True, highlight=False, soft_wrap=True)

# Modules under khabar.commands that add their own commands (one line each).
COMMAND_MODULES: list[str] = [
    "khabar.commands.batch",
    "khabar.commands.web",
    "khabar.commands.evaluate_ud_ner",
    "khabar.commands.corpus",
    "khabar.commands.events",
    "khabar.commands.quotes",
    "khabar.text.commands",
]


def fail(message: str, code: int = 1) -> NoReturn:
    """Print a one-line error and exit."""
    err.print(f"[bold red]khabar:[/] {message}", markup=True)
    raise typer.Exit(code)


def report(message: str) -> None:
    err.print(f"[yellow]khabar:[/] {message}", markup=True)


def date_option(value: str | None) -> str | None:
    """A --date option (Gregorian or Jalali) as an ISO date; a bad one is a usage error."""
    from khabar.io.dates import DateError, parse_date

    if not value:
        return None
    try:
        return parse_date(value).isoformat()
    except DateError as exc:
        fail(f"--date: {exc}", 2)


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


def failed(origin: str, problem: str, errors: list[str]) -> None:
    """Report one article that could not be done, and count it."""
    report(f"{origin}: {problem}")
    errors.append(f"{origin}: {problem}")


def iter_inputs(paths: list[str], errors: list[str]) -> Iterator:
    """Articles from every path; bad ones are reported and counted, never raised."""
    from khabar.io.readers import InputError, read_path

    for path in paths:
        for item in read_path(path):
            if isinstance(item, InputError):
                report(str(item))
                errors.append(str(item))
            else:
                yield item


def progress_wrap(items: Iterator, *, enabled: bool, label: str = "articles") -> Iterator:
    if not enabled:
        yield from items
        return
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.completed} " + label), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task(label, total=None)
        for item in items:
            yield item
            bar.advance(task)


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help="Article files (.txt, .json, .jsonl) or - for stdin."),
    format: Format | None = typer.Option(None, "--format", "-f", help="json (one article), jsonl (several), text."),
    date: str | None = typer.Option(None, "--date", help="Publication date, Gregorian or Jalali (1396/07/26)."),
    model: str = typer.Option("fa_khabar", "--model", help="Trained pipeline name; 'none' for rules only."),
    output: typer.FileTextWrite = typer.Option("-", "--output", "-o", help="Write here instead of stdout."),
) -> None:
    """Analyze articles: structure, entities, quotes, events. One JSON object per article."""
    from khabar.article import analyze_each
    from khabar.io.writers import write_articles
    from khabar.pipeline import load

    iso = date_option(date)
    errors: list[str] = []
    raws = iter_inputs(paths, errors)
    # Peek at two articles: one article from one path prints pretty JSON, anything more streams JSONL.
    head = list(itertools.islice(raws, 2))
    fmt = format.value if format else ("json" if len(paths) == 1 and len(head) == 1 else "jsonl")
    done = 0
    if head:
        nlp = load(None if model == "none" else model, syntax=False)  # Article JSON holds no token syntax
        stream = itertools.chain(head, raws)
        pairs = analyze_each(nlp, stream, lambda raw, problem: failed(raw.origin, problem, errors), date=iso)
        articles = progress_wrap((a for _, a in pairs), enabled=len(head) > 1 and sys.stderr.isatty())
        done = write_articles(articles, output, fmt)
    if errors:
        fail(f"{len(errors)} input(s) failed, {done} analyzed")


def _register() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(name)


def main() -> None:
    _register()
    try:
        app()
    except KeyboardInterrupt:
        err.print("khabar: interrupted")
        sys.exit(130)
    except Exception as exc:  # last resort: one line, no traceback
        if os.environ.get("KHABAR_DEBUG"):
            raise
        err.print(f"khabar: error: {type(exc).__name__}: {exc}", markup=False)
        sys.exit(1)

"""``khabar events`` (GDELT-like event rows) and ``khabar evaluate events`` (dev-set scores)."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path

import typer

from khabar.cli import app, date_option, evaluate_app, fail, failed, iter_inputs, progress_wrap
from khabar.commands import devset_options


class EventFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"


PATHS_ARGUMENT = typer.Argument(..., help="Article files (.txt, .json, .jsonl) or - for stdin.")
FORMAT_OPTION = typer.Option(EventFormat.csv, "--format", "-f", help="csv (with a header) or jsonl.")
OUTPUT_OPTION = typer.Option("-", "--output", "-o", help="Write here instead of stdout.")


@app.command("events")
def events(
    paths: list[str] = PATHS_ARGUMENT,
    format: EventFormat = FORMAT_OPTION,
    date: str | None = typer.Option(None, "--date", help="Publication date, Gregorian or Jalali (1396/07/26)."),
    model: str = typer.Option("fa_khabar", "--model", help="Trained pipeline name; 'none' for rules only."),
    output: typer.FileTextWrite = OUTPUT_OPTION,
) -> None:
    """Events of articles as rows: date, actor, role, country, type, mode, target, …, place, sentence."""
    from khabar.article import analyze_each
    from khabar.pipeline import load
    from khabar.stages.event_export import COLUMNS, event_rows

    iso = date_option(date)
    errors: list[str] = []
    raws = list(iter_inputs(paths, errors))
    done = 0
    if raws:
        nlp = load(None if model == "none" else model)
        writer = csv.DictWriter(output, fieldnames=COLUMNS) if format == EventFormat.csv else None
        if writer is not None:
            writer.writeheader()
        pairs = analyze_each(nlp, raws, lambda raw, problem: failed(raw.origin, problem, errors), date=iso)
        articles = progress_wrap((a for _, a in pairs), enabled=len(raws) > 1 and sys.stderr.isatty())
        for article in articles:
            done += 1
            for row in event_rows(article.to_dict()):
                if writer is not None:
                    writer.writerow(row)
                else:
                    output.write(json.dumps(row, ensure_ascii=False) + "\n")
    if errors:
        fail(f"{len(errors)} input(s) failed, {done} analyzed")


@evaluate_app.command("events")
def evaluate_events_command(
    annotations: Path = devset_options.ANNOTATIONS,
    split: str = devset_options.SPLIT,
    model: str = devset_options.MODEL,
    shared: Path = devset_options.SHARED,
    gold_entities: bool = typer.Option(False, "--gold-entities", help="Score the event rules alone, on the annotated entities."),
) -> None:
    """Events precision, recall, F1 (type + actors + targets), place, time value and modality accuracy."""
    from khabar.evaluate.devset import DevsetError, select_split
    from khabar.evaluate.events import ENTITY_STAGES, evaluate_events
    from khabar.pipeline import load

    try:
        records = select_split(annotations, split, shared)
        nlp = load(None if model == "none" else model, exclude=ENTITY_STAGES if gold_entities else ())
        scores = evaluate_events(nlp, records, shared, gold_entities=gold_entities)
    except (DevsetError, ValueError) as exc:
        fail(str(exc), 2)
    typer.echo(json.dumps({"split": split, "model": model, "gold_entities": gold_entities, **scores}, ensure_ascii=False, indent=2))

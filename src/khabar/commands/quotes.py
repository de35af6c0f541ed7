"""``khabar evaluate quotes``: quote P/R/F1, speaker accuracy and coreference MUC/B³ on the dev set."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from khabar.cli import evaluate_app, fail
from khabar.commands import devset_options


@evaluate_app.command("quotes")
def evaluate_quotes_command(
    annotations: Path = devset_options.ANNOTATIONS,
    split: str = devset_options.SPLIT,
    model: str = devset_options.MODEL,
    shared: Path = devset_options.SHARED,
) -> None:
    """Quotes precision, recall, F1 (speaker + 0.8 of the gold span), speaker accuracy, MUC and B³ F1."""
    from khabar.evaluate.devset import DevsetError, select_split
    from khabar.evaluate.quotes import evaluate_quotes
    from khabar.pipeline import load

    try:
        records = select_split(annotations, split, shared)
        nlp = load(None if model == "none" else model)
        scores = evaluate_quotes(nlp, records, shared)
    except (DevsetError, ValueError) as exc:
        fail(str(exc), 2)
    typer.echo(json.dumps({"split": split, "model": model, **scores}, ensure_ascii=False, indent=2))


@evaluate_app.command("agreement")
def evaluate_agreement_command(
    first: Path = typer.Argument(..., help="The first annotation (.jsonl file or folder); the gold side."),
    second: Path = typer.Argument(..., help="The second annotation of some of the same articles."),
) -> None:
    """How far two annotations of the same articles agree: quotes, speakers, coreference, events."""
    from khabar.evaluate.agreement import agreement
    from khabar.evaluate.devset import DevsetError, load_devset

    try:
        scores = agreement(load_devset(first), load_devset(second))
    except (DevsetError, KeyError, TypeError) as exc:
        fail(f"{second}: {exc}", 2)
    typer.echo(json.dumps(scores, ensure_ascii=False, indent=2))

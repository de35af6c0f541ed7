"""``khabar evaluate quotes``: quote P/R/F1, speaker accuracy and coreference MUC/B³ on the dev set."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from khabar.cli import evaluate_app, fail

REPO_SHARED = Path(__file__).resolve().parents[3].parent / "shared"


@evaluate_app.command("quotes")
def evaluate_quotes_command(
    annotations: Path = typer.Argument(Path("dev/annotations"), help="A .jsonl file or a folder of them."),  # noqa: B008
    split: str = typer.Option("dev", "--split", help="dev, test or all."),
    model: str = typer.Option("none", "--model", help="Pipeline name; 'none' for rules only."),
    shared: Path = typer.Option(REPO_SHARED, "--shared", help="The shared data folder."),  # noqa: B008
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

"""``khabar evaluate ud`` and ``khabar evaluate ner``: score the trained pipeline; print JSON."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from khabar.cli import evaluate_app, fail


def _load(model: str):  # noqa: ANN202 - returns a spaCy Language
    from khabar.pipeline import AFTER_TRAINED, load, model_path

    if model != "none" and model_path(model) is None:
        fail(f"--model {model}: no trained pipeline there (train one with training/train.sh)", 2)
    # the article stages play no part in these scores
    return load(None if model == "none" else model, exclude=AFTER_TRAINED)


@evaluate_app.command("ud")
def ud(
    gold: Path = typer.Argument(..., help="Gold treebank (CoNLL-U)."),  # noqa: B008
    model: str = typer.Option("fa_khabar", "--model", help="Pipeline name or directory."),
) -> None:
    """Tokens, sentences, UPOS, XPOS, UFeats, lemma, UAS, LAS from raw text (CoNLL 2018 style)."""
    from khabar.evaluate.ud import UDFormatError, evaluate_ud

    if not gold.is_file():
        fail(f"{gold}: no such file", 2)
    try:
        scores = evaluate_ud(_load(model), gold)
    except (UDFormatError, UnicodeDecodeError) as exc:
        fail(f"{gold}: not a CoNLL-U file ({exc})", 2)
    typer.echo(json.dumps(scores, ensure_ascii=False, indent=2))


@evaluate_app.command("ner")
def ner(
    gold: Path = typer.Argument(..., help="Gold IOB file."),  # noqa: B008
    format: str = typer.Option(
        "conll", "--format", help="arman (token TAG), peyma (token|TAG), conll (token<TAB>TAG)."
    ),
    model: str = typer.Option("fa_khabar", "--model", help="Pipeline name or directory."),
) -> None:
    """Exact-span precision, recall and F1 of doc.ents, overall and per label."""
    from khabar.evaluate.ner import FORMATS, NERFormatError, evaluate_ner

    if format not in FORMATS:
        fail(f"--format {format}: use one of {', '.join(FORMATS)}", 2)
    if not gold.is_file():
        fail(f"{gold}: no such file", 2)
    try:
        scores = evaluate_ner(_load(model), gold, format)
    except (NERFormatError, UnicodeDecodeError) as exc:
        fail(f"{gold}: {exc}", 2)
    typer.echo(json.dumps(scores, ensure_ascii=False, indent=2))

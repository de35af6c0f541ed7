"""Arguments shared by the dev-set scorers (``khabar evaluate quotes`` and ``khabar evaluate events``)."""

from __future__ import annotations

from pathlib import Path

import typer

REPO_SHARED = Path(__file__).resolve().parents[3].parent / "shared"

ANNOTATIONS = typer.Argument(Path("dev/annotations"), help="A .jsonl file or a folder of them.")
SPLIT = typer.Option("dev", "--split", help="dev, test or all.")
# The trained pipeline is what users get from khabar.load(), so it is what is scored by default.
MODEL = typer.Option("fa_khabar", "--model", help="Pipeline name or folder; 'none' for rules only.")
SHARED = typer.Option(REPO_SHARED, "--shared", help="The shared data folder.")

"""CLI commands of the text area: ``khabar normalize`` and ``khabar evaluate normalize``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from khabar.cli import app, evaluate_app, fail

# src/khabar/text/commands.py -> the checkout's sibling folder ../shared
DEFAULT_SHARED = Path(__file__).resolve().parents[3].parent / "shared"


@app.command("normalize")
def normalize_command(
    path: str = typer.Argument("-", help="A UTF-8 text file, or - for stdin."),
    digits: str = typer.Option("keep", "--digits", help="keep | persian | latin"),
    punct: str = typer.Option("keep", "--punct", help="keep | persian (Latin , ; ? after Persian words)"),
    zwnj: bool = typer.Option(True, "--zwnj/--no-zwnj", help="Restore ZWNJs."),
    remove_diacritics: bool = typer.Option(False, "--remove-diacritics", help="Drop Arabic diacritics."),
) -> None:
    """Repair Persian text: characters, spacing after punctuation, ZWNJs. Streams; keeps lines."""
    from khabar.text.stream import normalize_lines

    if digits not in ("keep", "persian", "latin"):
        fail(f"--digits: expected keep, persian or latin, not {digits!r}", 2)
    if punct not in ("keep", "persian"):
        fail(f"--punct: expected keep or persian, not {punct!r}", 2)
    try:
        source = sys.stdin if path == "-" else open(path, encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as exc:
        fail(f"{path}: cannot read ({exc.strerror or exc})")
    opts = {"digits": digits, "punct": punct, "zwnj": zwnj, "remove_diacritics": remove_diacritics}
    try:
        with source:
            for line in normalize_lines(source, **opts):
                sys.stdout.write(line)
    except UnicodeDecodeError:
        fail(f"{path}: not UTF-8 text")
    sys.stdout.flush()


@evaluate_app.command("normalize")
def evaluate_normalize_command(
    files: list[Path] = typer.Argument(
        None, help="ZWNJ-correct .conllu or plain-text files (default: PerDT dev)."
    ),
    shared: Path = typer.Option(DEFAULT_SHARED, "--shared", help="The shared data folder (seed, Virastar)."),
) -> None:
    """ZWNJ P/R/F1 (stripped, spaced, already correct), damage and words/s, as JSON."""
    from khabar.evaluate.normalize import evaluate_normalize

    for f in files or []:
        if not f.is_file():
            fail(f"{f}: no such file")
    if not files and not shared.is_dir():
        fail(f"{shared}: no shared data folder; give files to score")
    try:
        report = evaluate_normalize(files or [], shared=shared)
    except UnicodeDecodeError as exc:
        fail(f"not UTF-8 text ({exc.reason})")
    print(json.dumps(report, ensure_ascii=False, indent=1))

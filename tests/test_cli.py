"""The `khabar analyze` command end to end, in a subprocess, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "article.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "khabar", *args],
        input=stdin.decode() if stdin else None,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_analyze_example_json() -> None:
    result = run("analyze", str(EXAMPLE), "--model", "none")
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["structure"]["agency"] == "ایرنا"
    assert article["structure"]["subheadings"] == ["بازدید از بندر و ناوگروه اعزامی"]


def test_batch_reports_bad_files_and_keeps_good_ones(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    english = tmp_path / "english.txt"
    english.write_text("No Persian at all.", encoding="utf-8")
    result = run("analyze", str(EXAMPLE), str(empty), str(binary), str(english), str(tmp_path / "missing.txt"),
                 str(tmp_path), "--model", "none")
    assert result.returncode == 1
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(lines) == 1  # jsonl by default for several inputs; the good article is still analyzed
    errors = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    for needle in ("empty.txt: empty file", "blob.txt: binary file", "english.txt: no Persian text",
                   "missing.txt: no such file", "is a directory", "5 input(s) failed"):
        assert any(needle in line for line in errors), needle


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--date", "not-a-date"], "--date: not a date"),  # a bad date is a usage error (exit 2)
        (["--date", "1396/13/40"], "not a valid date"),  # Jalali month 13 does not exist
    ],
)
def test_bad_date(args: list[str], needle: str) -> None:
    result = run("analyze", str(EXAMPLE), "--model", "none", *args)
    assert result.returncode == 2 and needle in result.stderr


def test_stdin_and_text_format() -> None:
    # our own two-line article on stdin
    text = "دیدار دو وزیر\nوزیر کشور با وزیر دفاع دیدار کرد و گفت: همکاری ادامه دارد.\n"
    result = run("analyze", "-", "--model", "none", "--format", "text", "--date", "1402/01/15", stdin=text.encode())
    assert result.returncode == 0, result.stderr
    assert "تیتر: دیدار دو وزیر" in result.stdout

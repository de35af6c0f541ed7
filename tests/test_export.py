"""``khabar export``: articles, entities, quotes and events as JSONL, CSV and Parquet (our own fixture articles)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from khabar.store import Corpus
from khabar.store import export as ex
from khabar.store.ingest import article_from_json

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
CLI = [sys.executable, "-c", "from khabar.cli import main; main()"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    lines = (FIXTURES / "analyzed.jsonl").read_text(encoding="utf-8").splitlines()
    c = Corpus(tmp_path_factory.mktemp("export") / "corpus.db")
    c.add_articles(article_from_json(json.loads(line)) for line in lines)
    return c


@pytest.mark.parametrize(
    ("what", "rows", "check"),
    [
        ("articles", 3, lambda r: r["id"] == "meeting" and r["structure"]["title"].startswith("دیدار")),  # whole Article JSON
        ("entities", 9, lambda r: r["name"] == "مسعود پرهام" and r["articles"] == 2 and "پرهام" in r["aliases"]),
        ("quotes", 2, lambda r: r["speaker"] == "مسعود پرهام" and r["kind"] == "direct"),
        ("events", 2, lambda r: r["actors"] == ["مسعود پرهام"] and r["targets"] == ["سالم الحارثی"]),
    ],
)
def test_jsonl(corpus: Corpus, what: str, rows: int, check) -> None:
    out = io.StringIO()
    assert ex.write_jsonl(corpus.db, what, out) == rows
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == rows and check(records[0])


@pytest.mark.parametrize(
    ("what", "column", "first"),
    [
        ("articles", "near_duplicates", "1"),  # the meeting has one linked copy
        ("entities", "roles", "رئیس‌جمهور | رئيس جمهور"),  # lists joined in CSV
        ("events", "place", "تهران"),
    ],
)
def test_csv(corpus: Corpus, what: str, column: str, first: str) -> None:
    out = io.StringIO()
    ex.write_csv(corpus.db, what, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0][column] == first


def test_parquet(corpus: Corpus, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet export needs pyarrow (khabar[parquet])")
    path = tmp_path / "entities.parquet"
    assert ex.write_parquet(corpus.db, "entities", str(path)) == 9
    table = pq.read_table(path).to_pylist()
    assert table[0]["name"] == "مسعود پرهام" and table[0]["aliases"] == ["پرهام"]


def test_cli_export(corpus: Corpus, tmp_path: Path) -> None:
    out = tmp_path / "quotes.csv"
    run = subprocess.run([*CLI, "export", "--what", "quotes", "--format", "csv", "--db", corpus.path, "-o", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert [r["cue"] for r in csv.DictReader(out.open(encoding="utf-8"))] == ["گفت", "گفت"]
    run = subprocess.run([*CLI, "export", "--format", "parquet", "--db", corpus.path],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "give a file with -o" in run.stderr

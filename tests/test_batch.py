"""`khabar batch` with the local engine: tables, errors, re-runs, and loading the output back."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pyarrow", reason="batch output needs pyarrow (pip install 'khabar[parquet]')")

from khabar.batch.local import run_local  # noqa: E402
from khabar.batch.output import is_batch_output, iter_articles, read_table  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "batch"


@pytest.fixture(scope="module")
def local_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local")
    run_local([str(FIXTURES)], out, model="none")
    return out


def test_tables_and_partitions(local_out: Path) -> None:
    assert is_batch_output(local_out)
    articles = read_table(local_out, "articles")
    # 3 good JSONL records + 1 good .txt file; dates from the record, from a Fars-style link id, or unknown
    assert len(articles) == 4
    assert sorted({a["date"] for a in articles}) == ["2021-01-04", "2021-06-01", "unknown"]
    assert (local_out / "articles" / "date=unknown").is_dir()


@pytest.mark.parametrize(
    ("origin_suffix", "problem"),
    [
        ("news.jsonl:3", "no Persian text"),  # an English-only record
        ("news.jsonl:5", "invalid JSON"),  # a broken line
        ("empty.txt", "empty file"),  # an empty text file
    ],
)
def test_errors_table(local_out: Path, origin_suffix: str, problem: str) -> None:
    errors = read_table(local_out, "errors")
    assert any(e["input"].endswith(origin_suffix) and problem in e["error"] for e in errors), errors


def test_rerun_overwrites(local_out: Path) -> None:
    before = {t: read_table(local_out, t) for t in ("articles", "mentions", "errors")}
    run_local([str(FIXTURES)], local_out, model="none")
    assert {t: read_table(local_out, t) for t in before} == before


def test_articles_round_trip(local_out: Path) -> None:
    from khabar.article import analyze
    from khabar.batch.inputs import local_units, unit_to_raws
    from khabar.batch.process import pipeline
    from khabar.io.readers import RawArticle

    raws = [r for u in local_units([str(FIXTURES)]) if not hasattr(u, "problem")
            for r in unit_to_raws(u) if isinstance(r, RawArticle)]  # type: ignore[arg-type]
    direct = {a.id: schema_fields(a.to_dict()) for a in analyze(pipeline("none"), raws)}
    rebuilt = {a.id: schema_fields(a.to_dict()) for a in iter_articles(local_out)}
    assert rebuilt == direct


def schema_fields(article: dict) -> dict:
    """The documented fields; stages may add more, which the tables do not carry."""
    keep = {
        "entities": ("id", "label", "name", "titles", "roles", "mentions"),
        "quotes": ("speaker", "speaker_text", "cue", "kind", "text", "start", "end"),
        "events": ("type", "mode", "trigger", "actors", "targets", "place", "time", "modality", "sentence"),
    }
    out = dict(article)
    for name, fields in keep.items():
        out[name] = [{k: item.get(k) for k in fields} for item in article[name]]
    for ev in out["events"]:
        if ev["time"]:
            ev["time"] = {"text": ev["time"]["text"], "value": ev["time"]["value"]}
    return out


def test_ingest_recognizes_batch_output(local_out: Path, tmp_path: Path) -> None:
    """`khabar ingest DIR` loads a batch output folder (found by its manifest.json) without re-analyzing."""
    from khabar.store.corpus import Corpus
    from khabar.store.ingest import ingest

    db = tmp_path / "k.db"
    ingest([str(local_out)], str(db), model=None, processes=1)
    with Corpus(str(db)) as corpus:
        assert corpus.stats()["articles"] == len(read_table(local_out, "articles"))

"""``khabar ingest``: every input format, bad files, repeats, changed articles, near-duplicates.

Inputs are our own articles in tests/fixtures/corpus; the pipeline is the rules-only one.
"""

from __future__ import annotations

import io
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from khabar.store import Corpus
from khabar.store.ingest import ingest

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
CLI = [sys.executable, "-c", "from khabar.cli import main; main()"]


def write_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://example.org/logo.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG"), http_headers=image))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    shutil.copytree(FIXTURES, folder / "corpus", ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    page = (FIXTURES / "page.html").read_bytes()
    # The archived copy of the page has another url: a republished copy, linked as a near-duplicate.
    write_warc(folder / "corpus" / "web-archive.warc.gz", [("https://mirror.example.org/oil", page.replace(
        b"https://example.org/news/oil-meeting", b"https://mirror.example.org/oil"))])
    return folder / "corpus"


@pytest.fixture(scope="module")
def ingested(inputs: Path, tmp_path_factory: pytest.TempPathFactory, nlp_rules) -> tuple[Corpus, object]:
    db = tmp_path_factory.mktemp("db") / "khabar.db"
    errors: list[str] = []
    report = ingest([str(inputs)], str(db), nlp=nlp_rules, processes=1, batch_size=3, on_error=errors.append)
    return Corpus(db), report


def test_report_counts(ingested: tuple[Corpus, object]) -> None:
    corpus, report = ingested
    # 4 analyzed JSON + 1 txt + 1 html + 2 rss + 1 atom + 2 news JSON + 1 warc page = 12 read
    assert (report.read, report.stored, report.duplicates, report.skipped) == (12, 10, 2, 0)
    assert sorted(e.split(": ")[0].rsplit("/", 1)[-1] for e in report.errors) == ["broken.json", "empty.txt"]
    assert corpus.stats()["near_duplicates"] == 2


@pytest.mark.parametrize(
    ("query", "title", "date", "source", "url"),
    [
        # HTML through trafilatura: title, date, site name and canonical url; ZWNJs survive
        ("گفتگو بغداد", "نشست مشترک وزیران نفت ایران و عراق در بغداد", "2024-05-12", "خبرگزاری آزمایشی",
         "https://example.org/news/oil-meeting"),
        # RSS entries, one article each, dated from pubDate
        ("برف اردبیل", "بارش برف راه‌های شمالی استان اردبیل را بست", "2024-01-15", "خبرگزاری آزمایشی",
         "https://example.org/news/snow"),
        ("نمایشگاه کتاب", "برگزاری نمایشگاه کتاب کودک در همدان", "2024-01-16", "خبرگزاری آزمایشی",
         "https://example.org/news/book-fair"),
        # Atom
        ("واکسیناسیون", "آغاز واکسیناسیون دام در روستاهای کرمان", "2024-02-01", "پایگاه خبری نمونه",
         "https://example.net/news/vaccine"),
        # news-shaped JSON with a Jalali date (1403/03/15 = 2024-06-04)
        ("والیبال", "پیروزی تیم والیبال دانشگاه در مسابقات کشوری", "2024-06-04", None,
         "https://example.com/news/volleyball"),
    ],
)
def test_formats_keep_metadata(ingested: tuple[Corpus, object], query: str, title: str, date: str,
                               source: str | None, url: str) -> None:
    corpus, _ = ingested
    hits = corpus.search(query)
    assert [h["title"] for h in hits] == [title]
    art = corpus.article(hits[0]["id"])
    assert art is not None and (art["date"], art["url"]) == (date, url)
    if source:
        assert hits[0]["source"] == source


def test_html_keeps_zwnj_and_links_archived_copy(ingested: tuple[Corpus, object]) -> None:
    corpus, _ = ingested
    art = corpus.article(corpus.search("بغداد")[0]["id"])
    assert art is not None and "گفت‌وگو" in art["text"] and "بدهی‌های" in art["text"]
    assert [c["url"] for c in art["near_duplicates"]] == ["https://mirror.example.org/oil"]


def test_reingest_skips_everything(inputs: Path, ingested: tuple[Corpus, object]) -> None:
    corpus, _ = ingested
    before = corpus.stats()
    again = ingest([str(inputs)], corpus.path, model=None, processes=1)
    assert (again.stored, again.duplicates, again.skipped) == (0, 0, 12)
    assert corpus.stats() == before


def test_changed_article_replaces_the_old_version(tmp_path: Path, nlp_rules) -> None:
    db = str(tmp_path / "k.db")
    rec = '{"title": "%s", "paragraphs": ["%s"], "link": "https://example.com/a", "date": "2024-01-01"}'
    (tmp_path / "a.jsonl").write_text(rec % ("افزایش قیمت نان", "قیمت نان در شهر ده درصد افزایش یافت.") + "\n",
                                      encoding="utf-8")
    ingest([str(tmp_path / "a.jsonl")], db, nlp=nlp_rules, processes=1)
    # The agency corrected the figure: same url, new text.
    (tmp_path / "a.jsonl").write_text(rec % ("افزایش قیمت نان", "قیمت نان در شهر پنج درصد افزایش یافت.") + "\n",
                                      encoding="utf-8")
    report = ingest([str(tmp_path / "a.jsonl")], db, nlp=nlp_rules, processes=1)
    corpus = Corpus(db)
    assert report.stored == 1 and corpus.stats()["articles"] == 1
    assert [h["snippet"] for h in corpus.search("درصد")] == ["افزایش قیمت نان قیمت نان در شهر پنج درصد افزایش یافت."]


def test_cli_reports_bad_file_and_ingests_the_rest(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    run = subprocess.run([*CLI, "ingest", str(FIXTURES / "news1.txt"), str(FIXTURES / "broken.json"),
                          str(tmp_path / "missing.txt"), "--db", str(db), "--model", "none"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert any("broken.json: invalid JSON" in line for line in lines)
    assert any("missing.txt: no such file" in line for line in lines)
    assert "Traceback" not in run.stderr
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT title FROM articles").fetchall() == [("افتتاح خط دوم قطار شهری در شیراز",)]


def test_cli_search_and_missing_db(tmp_path: Path) -> None:
    run = subprocess.run([*CLI, "search", "تهران", "--db", str(tmp_path / "none.db")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "no corpus there" in run.stderr


def test_later_version_in_one_run_wins(tmp_path: Path, nlp_rules) -> None:
    rec = '{"title": "افزایش قیمت نان", "paragraphs": ["%s"], "link": "https://example.com/a", "date": "2024-01-01"}\n'
    # Two versions of one report (same url) in a single input: the later one is kept.
    (tmp_path / "a.jsonl").write_text(rec % "قیمت نان ده درصد افزایش یافت." + rec % "قیمت نان پنج درصد افزایش یافت.",
                                      encoding="utf-8")
    report = ingest([str(tmp_path / "a.jsonl")], str(tmp_path / "k.db"), nlp=nlp_rules, processes=1, batch_size=1)
    corpus = Corpus(tmp_path / "k.db")
    assert report.read == 2 and corpus.stats()["articles"] == 1
    assert "پنج" in corpus.search("درصد")[0]["snippet"]

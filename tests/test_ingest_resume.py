"""An ingest killed with SIGKILL part-way and restarted equals one clean ingest: nothing lost or doubled.

The articles are generated from our own sentence templates (invented people and events), with
exact repeats and near-copies mixed in so that duplicate links are checked too.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from khabar.store.ingest import ingest

CLI = [sys.executable, "-c", "from khabar.cli import main; main()"]
PEOPLE = ["مهدی سپهری", "زهرا کامرانی", "حسن توکلی", "مریم افشار", "رضا نیک‌نام", "لیلا صدیقی"]
ROLES = ["وزیر کشور", "استاندار فارس", "رئیس سازمان برنامه", "شهردار تبریز", "سخنگوی دولت", "وزیر نیرو"]
CITIES = ["شیراز", "تبریز", "رشت", "یزد", "کرمانشاه", "بندرعباس", "اراک"]
TOPICS = ["طرح‌های آبرسانی", "ساخت مدرسه", "مرمت بافت تاریخی", "توسعه حمل‌ونقل عمومی", "نوسازی بیمارستان"]


def make_articles(n: int) -> list[dict]:
    rows = []
    for i in range(n):
        person, role = PEOPLE[i % len(PEOPLE)], ROLES[(i // 2) % len(ROLES)]
        city, topic = CITIES[i % len(CITIES)], TOPICS[(i // 3) % len(TOPICS)]
        rows.append({
            "title": f"بازدید {role} از {topic} در {city} (گزارش {i})",
            "abstract": f"{person} {role} روز {i % 28 + 1} ماه جاری برای بررسی {topic} به {city} سفر کرد.",
            "paragraphs": [
                f"به گزارش خبرنگار ما، {person} در این سفر با مسئولان محلی دیدار و گفت‌وگو کرد.",
                f"وی گفت: اعتبار {i * 3 + 10} میلیارد تومانی برای {topic} در {city} در نظر گرفته شده است.",
                f"{person} افزود که پیشرفت این طرح هر {i % 5 + 2} ماه یک بار گزارش می‌شود.",
            ],
            "link": f"https://example.com/news/{i}",
            "date": f"2024-{i % 12 + 1:02d}-{i % 27 + 1:02d}",
        })
    # Exact repeats (same record twice) and a republished copy with another link and attribution.
    rows.append(dict(rows[3]))
    copy = dict(rows[5], link="https://example.com/mirror/5")
    copy["paragraphs"] = [copy["paragraphs"][0].replace("خبرنگار ما", "خبرنگار مهر")] + copy["paragraphs"][1:]
    rows.insert(20, copy)
    return rows


def snapshot(db: Path) -> dict:
    """Everything that must match between two corpora (not row numbers or timestamps)."""
    with sqlite3.connect(db) as con:
        return {
            "articles": sorted(con.execute("SELECT id, content_hash, title, date, url, text, article_json FROM articles")),
            "duplicates": sorted(con.execute("SELECT content_hash, duplicate_of, similarity, url FROM near_duplicates")),
            "entities": sorted(con.execute("SELECT name, label FROM entities")),
            "mentions": sorted(con.execute(
                "SELECT m.article_id, m.start, m.end, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id")),
            "search": sorted(con.execute("SELECT a.id FROM articles_search s JOIN articles a ON a.number = s.rowid"
                                         " WHERE articles_search MATCH 'شیراز'")),
            "index_rows": con.execute("SELECT count(*) FROM articles_search WHERE articles_search MATCH 'خبرنگار'").fetchone(),
        }


def count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_sigkill_then_restart_equals_clean_ingest(tmp_path: Path) -> None:
    articles = make_articles(60)
    data = tmp_path / "news.jsonl"
    data.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")

    # The clean run goes through the same command as the killed one, in a fresh process.
    clean = tmp_path / "clean.db"
    options = ["--model", "none", "-p", "1", "--batch-size", "4"]
    done = subprocess.run([*CLI, "ingest", str(data), "--db", str(clean), *options],
                          capture_output=True, text=True, timeout=300)
    assert "60 stored, 1 near-duplicates linked, 1 unchanged skipped, 0 failed; 62 read" in done.stderr, done.stderr

    killed = tmp_path / "killed.db"
    args = [*CLI, "ingest", str(data), "--db", str(killed), *options]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        while count(killed) < 8 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    part = count(killed)
    if proc.returncode != -signal.SIGKILL:
        pytest.fail(f"the ingest ended on its own (exit {proc.returncode}) before it could be killed")
    assert 0 < part < 60, part

    resumed = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert f"khabar: {60 - part} stored" in resumed.stderr  # only what the killed run had not committed
    assert snapshot(killed) == snapshot(clean)


def test_two_processes_store_what_one_does(tmp_path: Path, nlp_rules) -> None:
    data = tmp_path / "news.jsonl"
    data.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in make_articles(12)), encoding="utf-8")
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    ingest([str(data)], str(one), nlp=nlp_rules, processes=1, batch_size=2)
    report = ingest([str(data)], str(two), nlp=nlp_rules, processes=2, batch_size=2)
    assert report.stored == 12
    assert snapshot(two) == snapshot(one)


@pytest.mark.parametrize("gap", [1, 3])  # the copy arrives 1 or 3 records after its original
def test_two_processes_link_a_copy_of_an_article_still_in_analysis(tmp_path: Path, nlp_rules, gap: int) -> None:
    # A republished copy planned while its original is still being analyzed waits on the original's
    # plan; with 2 processes that plan must be the one committed, or the link is lost.
    rows = make_articles(12)[:12]
    copy = dict(rows[2], link="https://example.com/mirror/2")
    copy["paragraphs"] = [copy["paragraphs"][0].replace("خبرنگار ما", "خبرنگار ایسنا")] + copy["paragraphs"][1:]
    rows.insert(2 + gap, copy)
    data = tmp_path / "news.jsonl"
    data.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in rows), encoding="utf-8")
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    ingest([str(data)], str(one), nlp=nlp_rules, processes=1, batch_size=2)
    report = ingest([str(data)], str(two), nlp=nlp_rules, processes=2, batch_size=2)
    assert (report.stored, report.duplicates) == (12, 1)
    assert len(snapshot(two)["duplicates"]) == 1
    assert snapshot(two) == snapshot(one)

"""Corpus benchmarks: ingest rate (full pipeline), search latency on 10,000 articles, DB size per article.

    .venv/bin/python bench/corpus_bench.py [--ingest 200] [--corpus 10000] [--repeat 5] [--model fa_khabar]

1. Ingest: the first ``--ingest`` shared news records (fars, varzesh3, namnak in turn) are ingested
   with ``khabar.store.ingest.ingest`` (2 processes) into a fresh corpus, with the pipeline as
   ``khabar ingest`` loads it: every stage that the stored articles come from (NER and the rule
   stages), not the token-level syntax the corpus does not keep (``--with-syntax`` runs it too;
   the stored articles are the same). The rate excludes loading the pipeline, timed separately.
2. A 10,000-article corpus is built from those analyzed articles *with variations*: article k takes
   the title, lead and first paragraphs of one analyzed article and two paragraphs each from two
   others (lines kept whole, entity mentions shifted with them), a random date in 2008–2014 and a
   random agency. It is added as Article JSON (no pipeline), through ``Corpus.add_articles``, so
   near-duplicate checks run as in a real ingest.
3. Search: a fixed mix of queries (common and rare words, phrases, ZWNJ/Arabic-letter variants,
   source/date/entity filters, filter-only listings), each run ``--repeat`` times, 20 hits with
   snippets; p50/p95/max in ms.
Prints JSON. Needs ../shared. Not part of CI.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared"
AGENCIES = ["فارس", "ایرنا", "ایسنا", "مهر", "تسنیم", "ورزش سه", "نمناک"]
QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("ایران", {}), ("تهران", {}), ("گفت", {}), ("رئیس جمهور", {}), ("رئيس‌جمهور", {}), ("گفتگو", {}),
    ("گفت و گو", {}), ("وزیر امور خارجه", {}), ("مجلس", {}), ("فوتبال", {}), ("سلامت", {}), ("آمریکا", {}),
    ("پرسپولیس", {}), ("استقلال", {}), ("هسته‌ای", {}), ("انتخابات", {}), ("دانشگاه", {}), ("قیمت نفت", {}),
    ('"شورای امنیت"', {}), ('"مجلس شورای اسلامی"', {}), ("كشور", {}), ("بیماری قلبی", {}),
    ("ایران", {"source": "فارس"}), ("تهران", {"since": "2010-01-01", "until": "2011-12-31"}),
    ("", {"source": "ایرنا"}), ("", {"since": "1390/01/01", "until": "1390/06/31"}),
]


def make_input(n: int, folder: Path) -> Path:
    files = sorted((SHARED / "data" / "news").glob("*/*.json"))
    pools = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    out = folder / "news.jsonl"
    rows, i = [], 0
    while len(rows) < n and i < max(len(p) for p in pools) * len(pools):
        pool = pools[i % len(pools)]
        if i // len(pools) < len(pool):
            rows.append(pool[i // len(pools)])
        i += 1
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return out


def bench_ingest(n: int, model: str, folder: Path, *, syntax: bool = False) -> tuple[dict[str, Any], Path]:
    from khabar.pipeline import load
    from khabar.store.ingest import ingest

    data = make_input(n, folder)
    start = time.perf_counter()
    # As `khabar ingest` loads it: no token syntax, which the corpus does not keep (--with-syntax adds it).
    nlp = load(None if model == "none" else model, syntax=syntax)
    load_s = time.perf_counter() - start
    db = folder / "ingest.db"
    report = ingest([str(data)], str(db), nlp=nlp, processes=2, batch_size=16)
    return {
        "articles": report.read, "stored": report.stored, "near_duplicates": report.duplicates,
        "pipeline": nlp.pipe_names, "load_s": round(load_s, 2), "ingest_s": round(report.seconds, 2),
        "articles_per_s": round(report.read / report.seconds, 2),
    }, db


def _lines(article: dict[str, Any]) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in article["text"].split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def variant(k: int, bases: list[dict[str, Any]], rng: random.Random) -> dict[str, Any]:
    """A new article from whole lines of three analyzed ones, with their entity mentions."""
    a, b, c = rng.sample(bases, 3)
    picks: list[tuple[dict[str, Any], int, str]] = [(a, s, t) for s, t in _lines(a)[:5]]
    for other in (b, c):
        body = _lines(other)[2:] or _lines(other)
        picks += [(other, s, t) for s, t in rng.sample(body, min(2, len(body)))]
    text_parts, entities, pos = [], {}, 0
    for art, start, line in picks:
        for ent in art["entities"]:
            for m in ent["mentions"]:
                if start <= m["start"] and m["end"] <= start + len(line):
                    key = (ent["name"], ent["label"])
                    e = entities.setdefault(key, {**ent, "id": f"e{len(entities)}", "mentions": []})
                    shift = pos - start
                    e["mentions"].append({**m, "start": m["start"] + shift, "end": m["end"] + shift})
        text_parts.append(line)
        pos += len(line) + 1
    text = "\n".join(text_parts)
    day = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randrange(2500))
    return {
        "id": f"v{k}", "source": rng.choice(AGENCIES), "date": day.isoformat(), "url": f"https://bench.example/{k}",
        "text": text, "structure": {"kicker": None, "title": text_parts[0], "lead": text_parts[1] if len(text_parts) > 1
                                    else None, "subheadings": [], "paragraphs": [], "agency": None},
        "sentences": [], "entities": list(entities.values()), "quotes": [], "events": [], "summary": [], "keyphrases": [],
    }


def build_corpus(base_db: Path, n: int, folder: Path) -> tuple[dict[str, Any], Path]:
    import sqlite3

    from khabar.store import Corpus
    from khabar.store.ingest import article_from_json
    from khabar.store.write import full_article

    with sqlite3.connect(base_db) as con:
        bases = [full_article(r[0], r[1]) for r in con.execute("SELECT article_json, text FROM articles")]
    rng = random.Random(7)
    db = folder / "corpus10k.db"
    start = time.perf_counter()
    with Corpus(db) as corpus:
        stored = corpus.add_articles(article_from_json(variant(k, bases, rng)) for k in range(n))
        corpus.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        stats = corpus.stats()
    seconds = time.perf_counter() - start
    size = os.path.getsize(db)
    return {
        "bases": len(bases), "variants": n, "stored": stored, "near_duplicates": stats["near_duplicates"],
        "entities": stats["entities"], "mentions": stats["mentions"], "build_s": round(seconds, 1),
        "add_articles_per_s": round(n / seconds, 1), "db_bytes": size,
        "db_kib_per_article": round(size / 1024 / max(1, stats["articles"]), 2),
    }, db


def bench_search(db: Path, repeat: int) -> dict[str, Any]:
    from khabar.store import Corpus

    corpus = Corpus(db)
    top = corpus.entities(label="PER", limit=3) + corpus.entities(label="LOC", limit=2)
    queries = list(QUERIES)
    for e in top:
        queries += [("", {"entity": e["name"]}), ("گفت", {"entity": e["name"]})]
    times: list[float] = []
    per_query = []
    for query, filters in queries:
        corpus.search(query, **filters)  # warm the page cache for this query once
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            hits = corpus.search(query, **filters)
            runs.append((time.perf_counter() - start) * 1000)
        times += runs
        per_query.append({"query": query, "filters": filters, "hits": len(hits), "median_ms": round(statistics.median(runs), 2)})
    times.sort()
    return {
        "queries": len(queries), "runs": len(times), "p50_ms": round(times[len(times) // 2], 2),
        "p95_ms": round(times[int(len(times) * 0.95) - 1], 2), "max_ms": round(times[-1], 2),
        "slowest": sorted(per_query, key=lambda q: -q["median_ms"])[:5],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ingest", type=int, default=200, help="shared articles for the ingest run")
    parser.add_argument("--corpus", type=int, default=10_000, help="articles in the search corpus")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--model", default="fa_khabar", help="pipeline for the ingest run; 'none' for rules only")
    parser.add_argument("--keep", type=Path, help="keep the databases in this folder")
    parser.add_argument("--base", type=Path, help="reuse this ingest.db (from --keep) instead of ingesting again")
    parser.add_argument("--search-only", type=Path, help="only time search on this corpus (from --keep)")
    parser.add_argument("--ingest-only", action="store_true", help="only the ingest run (no 10,000-article corpus)")
    parser.add_argument("--with-syntax", action="store_true",
                        help="also run the tagger, lemmatizer and parser, as before `khabar ingest` left them out")
    args = parser.parse_args()
    if args.search_only:
        load = os.getloadavg()[0]
        result = bench_search(args.search_only, args.repeat)
        print(json.dumps({"date": dt.date.today().isoformat(), "cpus": os.cpu_count(), "load_avg_1min": [load, os.getloadavg()[0]],
                          "search": result}, ensure_ascii=False, indent=2))
        return
    if not (SHARED / "data" / "news").is_dir():
        sys.exit(f"corpus_bench: needs the shared news at {SHARED / 'data' / 'news'}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        if args.base:
            ingest_result, base_db = {"reused": str(args.base)}, args.base
        else:
            ingest_result, base_db = bench_ingest(args.ingest, args.model, folder, syntax=args.with_syntax)
        if args.ingest_only:
            print(json.dumps({"date": dt.date.today().isoformat(), "cpus": os.cpu_count(),
                              "load_avg_1min_at_end": os.getloadavg()[0], "ingest": ingest_result},
                             ensure_ascii=False, indent=2))
            return
        build_result, db = build_corpus(base_db, args.corpus, folder)
        search_result = bench_search(db, args.repeat)
    print(json.dumps({"date": dt.date.today().isoformat(), "cpus": os.cpu_count(),
                      "load_avg_1min_at_end": os.getloadavg()[0], "ingest": ingest_result,
                      "corpus": build_result, "search": search_result}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()

"""Export a corpus table as JSONL, CSV or Parquet (pyarrow, the optional ``khabar[parquet]`` extra).

``articles`` as JSONL are whole Article JSON objects (``khabar ingest`` takes them back as they
are); as CSV and Parquet they are flat rows. List cells (aliases, actors) are lists in JSONL and
Parquet, and ``" | "``-joined in CSV.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from typing import Any, BinaryIO, TextIO

from khabar.store.write import full_article

WHAT = ("articles", "entities", "quotes", "events")
FORMATS = ("jsonl", "csv", "parquet")

_SQL = {
    "articles": "SELECT a.id, a.title, a.date, a.source, a.url, a.origin, a.content_hash, a.text,"
                " (SELECT count(*) FROM near_duplicates d WHERE d.duplicate_of = a.id) AS near_duplicates"
                " FROM articles a ORDER BY a.number",
    "entities": "SELECT e.id, e.name, e.label,"
                " (SELECT json_group_array(alias) FROM (SELECT alias FROM entity_aliases"
                "  WHERE entity_id = e.id AND alias != e.name ORDER BY rowid)) AS aliases,"
                " (SELECT json_group_array(text) FROM (SELECT text FROM entity_titles"
                "  WHERE entity_id = e.id AND kind = 'title' ORDER BY rowid)) AS titles,"
                " (SELECT json_group_array(text) FROM (SELECT text FROM entity_titles"
                "  WHERE entity_id = e.id AND kind = 'role' ORDER BY rowid)) AS roles,"
                " (SELECT count(*) FROM article_entities WHERE entity_id = e.id) AS articles"
                " FROM entities e ORDER BY e.id",
    "quotes": "SELECT q.id, q.article_id, q.date, q.speaker_entity_id AS speaker_id, e.name AS speaker,"
              " q.speaker_text, q.cue, q.kind, q.text, q.start, q.end"
              " FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id ORDER BY q.id",
    "events": "SELECT ev.id, ev.article_id, ev.date, ev.type, ev.mode, ev.trigger,"
              " (SELECT json_group_array(e.name) FROM event_participants p JOIN entities e ON e.id = p.entity_id"
              "  WHERE p.event_id = ev.id AND p.role = 'actor') AS actors,"
              " (SELECT json_group_array(e.name) FROM event_participants p JOIN entities e ON e.id = p.entity_id"
              "  WHERE p.event_id = ev.id AND p.role = 'target') AS targets,"
              " pl.name AS place, ev.time_value, ev.modality, ev.sentence_text"
              " FROM events ev LEFT JOIN entities pl ON pl.id = ev.place_entity_id ORDER BY ev.id",
}
_LISTS = {"aliases", "titles", "roles", "actors", "targets"}


def rows(db: sqlite3.Connection, what: str) -> Iterator[dict[str, Any]]:
    cur = db.execute(_SQL[what])
    names = [d[0] for d in cur.description]
    for values in cur:
        row = dict(zip(names, values, strict=True))
        for name in _LISTS & row.keys():
            row[name] = json.loads(row[name]) if row[name] else []
        yield row


def write_jsonl(db: sqlite3.Connection, what: str, out: TextIO) -> int:
    n = 0
    if what == "articles":
        for stored, text in db.execute("SELECT article_json, text FROM articles ORDER BY number"):
            out.write(json.dumps(full_article(stored, text), ensure_ascii=False) + "\n")
            n += 1
        return n
    for row in rows(db, what):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(db: sqlite3.Connection, what: str, out: TextIO) -> int:
    writer: Any = None
    n = 0
    for row in rows(db, what):
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row))
            writer.writeheader()
        writer.writerow({k: " | ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()})
        n += 1
    if writer is None:  # an empty table still gets its header
        cur = db.execute(_SQL[what] + " LIMIT 0")
        csv.writer(out).writerow([d[0] for d in cur.description])
    return n


def write_parquet(db: sqlite3.Connection, what: str, out: str | BinaryIO) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise RuntimeError("Parquet export needs pyarrow: pip install 'khabar[parquet]'") from None
    data = list(rows(db, what))
    if data:
        table = pa.Table.from_pylist(data)
    else:
        cur = db.execute(_SQL[what] + " LIMIT 0")
        table = pa.table({d[0]: pa.array([], pa.string()) for d in cur.description})
    pq.write_table(table, out)
    return len(data)

"""Write one analyzed article, with its entities, mentions, quotes and events, into the corpus.

Callers hold the transaction: a batch of articles is committed at once, so an interrupted
ingest leaves only whole articles behind.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from functools import lru_cache
from typing import Any

from khabar.article import Article
from khabar.store.searchtext import fold


@lru_cache(maxsize=65_536)  # names and aliases repeat across articles; folding is pure
def name_key(name: str) -> str:
    return " ".join(fold(name).split())


def _text(value: Any) -> str | None:
    """Stage outputs are plain JSON data; fields that are not strings are kept as JSON."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("text"), str):
        return str(value["text"])
    return json.dumps(value, ensure_ascii=False)


def _entity_id(db: sqlite3.Connection, name: str, label: str) -> int:
    key = name_key(name) or name
    row = db.execute("SELECT id FROM entities WHERE name_key = ? AND label = ?", (key, label)).fetchone()
    if row:
        return int(row[0])
    cur = db.execute("INSERT INTO entities (name, label, name_key) VALUES (?, ?, ?)", (name, label, key))
    return int(cur.lastrowid or 0)


def _mention_span(m: Any) -> tuple[int, int] | None:
    if isinstance(m, dict) and "start" in m and "end" in m:
        return int(m["start"]), int(m["end"])
    if isinstance(m, list | tuple) and len(m) == 2:
        return int(m[0]), int(m[1])
    return None


def write_entities(db: sqlite3.Connection, article: Article, number: int) -> dict[str, int]:
    """Link the article's entities to corpus entities; returns local id → corpus id."""
    local: dict[str, int] = {}
    for ent in article.entities:
        name = str(ent.get("name") or "").strip()
        if not name:
            continue
        label = str(ent.get("label") or "MISC")
        eid = _entity_id(db, name, label)
        local[str(ent.get("id"))] = eid
        aliases = {name: None}  # ordered: first seen first
        spans = [s for s in (_mention_span(m) for m in ent.get("mentions", [])) if s]
        rows = [(article.id, eid, start, end, article.text[start:end]) for start, end in spans]
        db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?)", rows)
        aliases.update((row[4], None) for row in rows)
        db.executemany("INSERT OR IGNORE INTO entity_aliases VALUES (?, ?, ?)",
                       [(eid, alias, name_key(alias)) for alias in aliases if alias.strip()])
        db.executemany("INSERT OR IGNORE INTO entity_titles VALUES (?, ?, ?)",
                       [(eid, kind, _text(value)) for kind, field in (("title", "titles"), ("role", "roles"))
                        for value in ent.get(field) or []])
        db.execute(
            "INSERT OR REPLACE INTO article_entities VALUES (?, ?, ?, ?, ?)",
            (article.id, eid, str(ent.get("id")), max(1, len(spans)), number),
        )
    return local


def _sentence_text(article: Article, sentence: Any) -> str | None:
    if isinstance(sentence, int) and 0 <= sentence < len(article.sentences):
        s = article.sentences[sentence]
        return article.text[s["start"]:s["end"]]
    if isinstance(sentence, dict) and "start" in sentence:
        return article.text[int(sentence["start"]):int(sentence["end"])]
    return _text(sentence)


def write_quotes_events(db: sqlite3.Connection, article: Article, local: dict[str, int]) -> None:
    for q in article.quotes:
        db.execute(
            "INSERT INTO quotes (article_id, date, speaker_entity_id, speaker_text, cue, kind, text, start, end)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, article.date, local.get(str(q.get("speaker"))), _text(q.get("speaker_text")),
             _text(q.get("cue")), q.get("kind"), _text(q.get("text")), q.get("start"), q.get("end")),
        )
    for ev in article.events:
        time = ev.get("time")
        time_value = time.get("value") if isinstance(time, dict) else None
        cur = db.execute(
            "INSERT INTO events (article_id, date, type, mode, trigger, place_entity_id, time, time_value,"
            " modality, sentence_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, article.date, ev.get("type"), ev.get("mode"), _text(ev.get("trigger")),
             local.get(str(ev.get("place"))), json.dumps(time, ensure_ascii=False) if time else None,
             time_value, ev.get("modality"), _sentence_text(article, ev.get("sentence"))),
        )
        for role, field in (("actor", "actors"), ("target", "targets")):
            for pos, who in enumerate(ev.get(field) or []):
                if str(who) in local:
                    db.execute("INSERT INTO event_participants VALUES (?, ?, ?, ?)",
                               (cur.lastrowid, local[str(who)], role, pos))


FIELDS = [f.name for f in dataclasses.fields(Article)]


def article_json(article: Article) -> str:
    """The Article JSON less its text (kept once, in ``articles.text``); see ``full_article``."""
    # dataclasses.asdict deep-copies every nested list; the fields are plain JSON data already.
    return json.dumps({name: getattr(article, name) for name in FIELDS if name != "text"}, ensure_ascii=False)


def full_article(stored_json: str, text: str) -> dict[str, Any]:
    """``Article.to_dict()`` again, from ``articles.article_json`` and ``articles.text``."""
    data = json.loads(stored_json)
    data["text"] = text
    return {name: data[name] for name in FIELDS if name in data} | {k: v for k, v in data.items() if k not in FIELDS}


def insert_article(
    db: sqlite3.Connection, article: Article, *, original_text: str, content_hash: str,
    origin: str | None, minhash: bytes | None,
) -> None:
    title = article.structure.get("title") if article.structure else None
    cur = db.execute(
        "INSERT INTO articles (id, title, date, source, url, origin, original_text, text, structure,"
        " article_json, content_hash, source_key, minhash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article.id, title, article.date, article.source, article.url, origin,
         None if original_text == article.text else original_text, article.text,
         json.dumps(article.structure, ensure_ascii=False), article_json(article), content_hash,
         name_key(article.source) if article.source else None, minhash),
    )
    db.execute("INSERT INTO articles_search (rowid, title, body) VALUES (?, ?, ?)",
               (cur.lastrowid, fold(title or ""), fold(article.text)))
    local = write_entities(db, article, int(cur.lastrowid or 0))
    write_quotes_events(db, article, local)


def delete_article(db: sqlite3.Connection, article_id: str) -> None:
    """Remove an article (replaced by a changed version) with its rows and index entry."""
    row = db.execute("SELECT number, title, text FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return
    db.execute("INSERT INTO articles_search (articles_search, rowid, title, body) VALUES ('delete', ?, ?, ?)",
               (row["number"], fold(row["title"] or ""), fold(row["text"])))
    db.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
    db.execute("DELETE FROM event_participants WHERE event_id IN (SELECT id FROM events WHERE article_id = ?)",
               (article_id,))
    for table in ("events", "quotes", "article_entities", "near_duplicates"):
        column = "duplicate_of" if table == "near_duplicates" else "article_id"
        db.execute(f"DELETE FROM {table} WHERE {column} = ?", (article_id,))
    db.execute("DELETE FROM articles WHERE id = ?", (article_id,))

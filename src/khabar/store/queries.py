"""Read queries over entities, quotes, events and their networks (plain dicts for the web app)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from khabar.store.write import name_key


def entity_ids(db: sqlite3.Connection, entity: str, label: str | None = None) -> list[int]:
    """Corpus entities named (or aliased) ``entity``: an id, a name, or an alias; optionally of ``label``."""
    if entity.strip().isdigit():
        ids = [int(entity)]
    else:
        key = name_key(entity)
        rows = db.execute(
            "SELECT id FROM entities WHERE name_key = ? UNION SELECT entity_id FROM entity_aliases WHERE alias_key = ?",
            (key, key),
        ).fetchall()
        ids = [r[0] for r in rows]
    if label and ids:
        marks = ",".join("?" * len(ids))
        rows = db.execute(f"SELECT id FROM entities WHERE id IN ({marks}) AND label = ?", (*ids, label)).fetchall()
        ids = [r[0] for r in rows]
    return sorted(ids)


def entity(db: sqlite3.Connection, entity_id: int) -> dict[str, Any] | None:
    row = db.execute("SELECT id, name, label FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return None
    aliases = [r[0] for r in db.execute(
        "SELECT alias FROM entity_aliases WHERE entity_id = ? AND alias != ? ORDER BY alias", (entity_id, row["name"]))]
    titles = db.execute("SELECT kind, text FROM entity_titles WHERE entity_id = ? ORDER BY rowid", (entity_id,)).fetchall()
    n = db.execute("SELECT count(DISTINCT article_id) FROM article_entities WHERE entity_id = ?", (entity_id,)).fetchone()[0]
    timeline = db.execute(
        "SELECT a.date AS date, count(DISTINCT a.id) AS count FROM article_entities ae JOIN articles a ON a.id = ae.article_id"
        " WHERE ae.entity_id = ? AND a.date IS NOT NULL GROUP BY a.date ORDER BY a.date", (entity_id,)).fetchall()
    return {
        "id": row["id"], "name": row["name"], "label": row["label"], "aliases": aliases,
        "titles": [t["text"] for t in titles if t["kind"] == "title"],
        "roles": [t["text"] for t in titles if t["kind"] == "role"],
        "articles": n, "timeline": [dict(r) for r in timeline],
    }


def entity_quotes(db: sqlite3.Connection, entity_id: int, limit: int = 100) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT article_id, date, text, cue, kind FROM quotes WHERE speaker_entity_id = ?"
        " ORDER BY date DESC, id LIMIT ?", (entity_id, limit)).fetchall()
    return [dict(r) for r in rows]


def _names(db: sqlite3.Connection, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r[0]: r[1] for r in db.execute(f"SELECT id, name FROM entities WHERE id IN ({marks})", tuple(ids))}


def _labels(db: sqlite3.Connection, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r[0]: r[1] for r in db.execute(f"SELECT id, label FROM entities WHERE id IN ({marks})", tuple(ids))}


def event_rows(db: sqlite3.Connection, where: str, params: tuple[Any, ...], limit: int, offset: int = 0) -> list[dict[str, Any]]:
    rows = db.execute(
        f"SELECT id, article_id, date, type, mode, trigger, place_entity_id, time, modality, sentence_text FROM events"
        f" WHERE {where} ORDER BY date DESC, id LIMIT ? OFFSET ?", (*params, limit, offset)).fetchall()
    if not rows:
        return []
    marks = ",".join("?" * len(rows))
    parts = db.execute(f"SELECT event_id, entity_id, role FROM event_participants WHERE event_id IN ({marks})"
                       " ORDER BY event_id, role, position", tuple(r["id"] for r in rows)).fetchall()
    ids = {p["entity_id"] for p in parts} | {r["place_entity_id"] for r in rows if r["place_entity_id"]}
    names, labels = _names(db, ids), _labels(db, ids)
    out = []
    for r in rows:
        who = [p for p in parts if p["event_id"] == r["id"]]
        place = r["place_entity_id"]
        out.append({
            "article_id": r["article_id"], "date": r["date"], "type": r["type"], "mode": r["mode"],
            "trigger": r["trigger"],
            "actors": [{"id": p["entity_id"], "name": names.get(p["entity_id"]), "label": labels.get(p["entity_id"])}
                       for p in who if p["role"] == "actor"],
            "targets": [{"id": p["entity_id"], "name": names.get(p["entity_id"]), "label": labels.get(p["entity_id"])}
                        for p in who if p["role"] == "target"],
            "place": {"id": place, "name": names.get(place), "label": labels.get(place)} if place else None,
            "time": json.loads(r["time"]) if r["time"] else None,
            "modality": r["modality"], "sentence_text": r["sentence_text"],
        })
    return out


def entity_events(db: sqlite3.Connection, entity_id: int, limit: int = 100) -> list[dict[str, Any]]:
    where = "id IN (SELECT event_id FROM event_participants WHERE entity_id = ?) OR place_entity_id = ?"
    return event_rows(db, where, (entity_id, entity_id), limit)


def cooccurring(db: sqlite3.Connection, entity_id: int, limit: int = 20) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT e.id, e.name, e.label, count(DISTINCT other.article_id) AS count"
        " FROM article_entities me JOIN article_entities other"
        " ON other.article_id = me.article_id AND other.entity_id != me.entity_id"
        " JOIN entities e ON e.id = other.entity_id WHERE me.entity_id = ?"
        " GROUP BY e.id ORDER BY count DESC, e.id LIMIT ?", (entity_id, limit)).fetchall()
    return [dict(r) for r in rows]


def network(db: sqlite3.Connection, entity_id: int, limit: int = 30) -> dict[str, Any]:
    """The entity, the entities it appears with most, co-occurrence edges and event edges among them."""
    me = db.execute("SELECT id, name, label FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if me is None:
        return {"nodes": [], "edges": []}
    others = cooccurring(db, entity_id, max(0, limit - 1))
    nodes = [dict(me)] + [{"id": o["id"], "name": o["name"], "label": o["label"]} for o in others]
    edges: list[dict[str, Any]] = [
        {"source": entity_id, "target": o["id"], "type": "co-occurrence", "count": o["count"]} for o in others]
    ids = tuple(n["id"] for n in nodes)
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        "SELECT a.entity_id AS source, t.entity_id AS target, ev.type AS type, count(*) AS count"
        " FROM event_participants a JOIN event_participants t ON t.event_id = a.event_id AND t.role = 'target'"
        f" JOIN events ev ON ev.id = a.event_id WHERE a.role = 'actor' AND a.entity_id IN ({marks})"
        f" AND t.entity_id IN ({marks}) GROUP BY a.entity_id, t.entity_id, ev.type ORDER BY count DESC",
        ids + ids).fetchall()
    edges.extend(dict(r) for r in rows)
    return {"nodes": nodes, "edges": edges}


def entities(db: sqlite3.Connection, *, label: str | None = None, query: str | None = None,
             limit: int = 100) -> list[dict[str, Any]]:
    """Entities by how many articles mention them; ``query`` matches the start of a name or alias."""
    where, params = ["1"], []
    if label:
        where.append("e.label = ?")
        params.append(label)
    if query and query.strip():
        key = name_key(query)
        where.append("(e.name_key LIKE ? OR e.id IN (SELECT entity_id FROM entity_aliases WHERE alias_key LIKE ?))")
        params += [key + "%", key + "%"]
    rows = db.execute(
        "SELECT e.id, e.name, e.label, (SELECT count(*) FROM article_entities ae WHERE ae.entity_id = e.id) AS articles"
        f" FROM entities e WHERE {' AND '.join(where)} ORDER BY articles DESC, e.id LIMIT ?", (*params, limit)).fetchall()
    return [dict(r) for r in rows]

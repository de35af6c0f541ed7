"""The batch output tables, as one column spec shared by both engines.

Nested values (lists, the structure object) are stored as JSON strings so that
every engine writes the same flat, typed columns that DuckDB, Spark SQL and
pandas read alike. Every table carries ``date`` (ISO or "unknown"), the
partition column.
"""

from __future__ import annotations

import json
from typing import Any

from khabar.article import Article

STR, INT = "string", "int64"

TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("id", STR), ("input", STR), ("source", STR), ("url", STR), ("title", STR), ("lead", STR),
        ("text", STR), ("structure", STR), ("sentences", STR), ("summary", STR), ("keyphrases", STR),
        ("date", STR),
    ],
    "entities": [
        ("article_id", STR), ("entity_id", STR), ("entity_index", INT), ("label", STR), ("name", STR), ("titles", STR),
        ("roles", STR), ("mention_count", INT), ("date", STR),
    ],
    "mentions": [
        ("article_id", STR), ("entity_id", STR), ("label", STR), ("start", INT), ("end", INT), ("text", STR),
        ("date", STR),
    ],
    "quotes": [
        ("article_id", STR), ("quote_index", INT), ("speaker", STR), ("speaker_text", STR), ("cue", STR),
        ("kind", STR), ("text", STR), ("start", INT), ("end", INT), ("date", STR),
    ],
    "events": [
        ("article_id", STR), ("event_index", INT), ("type", STR), ("mode", STR), ("trigger", STR),
        ("actors", STR), ("targets", STR), ("place", STR), ("time_text", STR), ("time_value", STR),
        ("modality", STR), ("sentence", INT), ("date", STR),
    ],
    "errors": [("input", STR), ("article_id", STR), ("error", STR), ("date", STR)],
}
# The columns that identify a row; both engines sort by them so outputs compare row for row.
KEYS: dict[str, list[str]] = {
    "articles": ["id"],
    "entities": ["article_id", "entity_id"],
    "mentions": ["article_id", "start", "end", "entity_id"],
    "quotes": ["article_id", "quote_index"],
    "events": ["article_id", "event_index"],
    "errors": ["input", "error"],
}
UNKNOWN_DATE = "unknown"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def article_rows(article: Article, origin: str) -> dict[str, list[dict[str, Any]]]:
    """Flatten one Article into rows for every table (errors excluded)."""
    a = article
    date = a.date or UNKNOWN_DATE
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    rows["articles"].append({
        "id": a.id, "input": origin, "source": a.source, "url": a.url,
        "title": a.structure.get("title"), "lead": a.structure.get("lead"), "text": a.text,
        "structure": _json(a.structure), "sentences": _json(a.sentences), "summary": _json(a.summary),
        "keyphrases": _json(a.keyphrases), "date": date,
    })
    for n, e in enumerate(a.entities):
        rows["entities"].append({
            "article_id": a.id, "entity_id": e["id"], "entity_index": n, "label": e["label"], "name": e["name"],
            "titles": _json(e.get("titles", [])), "roles": _json(e.get("roles", [])),
            "mention_count": len(e["mentions"]), "date": date,
        })
        for m in e["mentions"]:
            rows["mentions"].append({
                "article_id": a.id, "entity_id": e["id"], "label": e["label"], "start": m["start"],
                "end": m["end"], "text": m["text"], "date": date,
            })
    for i, q in enumerate(a.quotes):
        rows["quotes"].append({
            "article_id": a.id, "quote_index": i, "speaker": q.get("speaker"), "speaker_text": q.get("speaker_text"),
            "cue": q["cue"], "kind": q["kind"], "text": q["text"], "start": q["start"], "end": q["end"],
            "date": date,
        })
    for i, ev in enumerate(a.events):
        time = ev.get("time") or {}
        rows["events"].append({
            "article_id": a.id, "event_index": i, "type": ev["type"], "mode": ev.get("mode"),
            "trigger": ev["trigger"], "actors": _json(ev.get("actors", [])), "targets": _json(ev.get("targets", [])),
            "place": ev.get("place"), "time_text": time.get("text"), "time_value": time.get("value"),
            "modality": ev.get("modality"), "sentence": ev.get("sentence"), "date": date,
        })
    return rows


def error_row(origin: str, error: str, article_id: str | None = None) -> dict[str, Any]:
    return {"input": origin, "article_id": article_id, "error": error, "date": UNKNOWN_DATE}


def article_from_rows(art: dict[str, Any], children: dict[str, list[dict[str, Any]]]) -> Article:
    """Rebuild an Article from its rows (for loading batch output into the corpus)."""
    date = None if art["date"] == UNKNOWN_DATE else art["date"]
    mentions: dict[str, list[dict[str, Any]]] = {}
    for m in children.get("mentions", []):
        mentions.setdefault(m["entity_id"], []).append({"start": m["start"], "end": m["end"], "text": m["text"]})
    entities = [
        {"id": e["entity_id"], "label": e["label"], "name": e["name"], "titles": json.loads(e["titles"]),
         "roles": json.loads(e["roles"]), "mentions": sorted(mentions.get(e["entity_id"], []), key=lambda m: m["start"])}
        for e in sorted(children.get("entities", []), key=lambda e: e["entity_index"])
    ]
    quotes = [
        {k: q[k] for k in ("speaker", "speaker_text", "cue", "kind", "text", "start", "end")}
        for q in sorted(children.get("quotes", []), key=lambda q: q["quote_index"])
    ]
    events = []
    for ev in sorted(children.get("events", []), key=lambda e: e["event_index"]):
        time = {"text": ev["time_text"], "value": ev["time_value"]} if ev["time_text"] is not None else None
        events.append({
            "type": ev["type"], "mode": ev["mode"], "trigger": ev["trigger"], "actors": json.loads(ev["actors"]),
            "targets": json.loads(ev["targets"]), "place": ev["place"], "time": time, "modality": ev["modality"],
            "sentence": ev["sentence"],
        })
    return Article(
        id=art["id"], source=art["source"], date=date, url=art["url"], text=art["text"],
        structure=json.loads(art["structure"]), sentences=json.loads(art["sentences"]), entities=entities,
        quotes=quotes, events=events, summary=json.loads(art["summary"]), keyphrases=json.loads(art["keyphrases"]),
    )

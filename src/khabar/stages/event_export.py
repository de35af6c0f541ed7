"""Events as flat, GDELT-like rows: one row per event, names instead of entity ids.

Columns: date (the event's time value, else the article's date), actor, actor role, actor
country, type, mode, target, target role, target country, place, modality, trigger, time text,
article id, source, url, sentence text. Several actors or targets are joined with «؛ ».
A country is the entity itself when it is one, else a country named in its role or name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from khabar.tables import key, load_table

COLUMNS = [
    "date", "actor", "actor_role", "actor_country", "type", "mode", "target", "target_role",
    "target_country", "place", "modality", "trigger", "time_text", "article", "source", "url", "sentence",
]
JOIN = "؛ "


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Lookup key of a country name or alias → the country's name."""
    names: dict[str, str] = {}
    try:
        rows = load_table("gazetteer/countries.tsv")
    except FileNotFoundError:
        rows = ()
    for row in rows:
        names[key(row[0])] = row[0]
    try:
        aliases = load_table("country_aliases.tsv")
    except FileNotFoundError:
        aliases = ()
    for row in aliases:
        if len(row) > 1:
            names[key(row[0])] = row[1]
    return names


def country_of(entity: dict[str, Any]) -> str | None:
    """The country an entity is or belongs to, from its name, role or mentions («وزیر دفاع سوریه»)."""
    names = country_names()
    texts = [entity.get("name") or ""] + list(entity.get("roles") or [])
    texts += [m["text"] for m in entity.get("mentions", []) if isinstance(m, dict)]
    for text in texts:
        words = key(text).split()
        # Longest run of words first, so «جمهوری اسلامی ایران» beats «ایران».
        for n in range(min(4, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                hit = names.get(" ".join(words[i:i + n]))
                if hit:
                    return hit
    return None


def event_rows(article: dict[str, Any]) -> list[dict[str, str]]:
    """Rows for every event of an Article dict (``khabar.Article.to_dict()``)."""
    entities = {e["id"]: e for e in article.get("entities", [])}
    sentences = article.get("sentences", [])
    text = article.get("text", "")

    def names(ids: list[str]) -> str:
        return JOIN.join(entities[i]["name"] for i in ids if i in entities)

    def roles(ids: list[str]) -> str:
        return JOIN.join((entities[i].get("roles") or [""])[0] for i in ids if i in entities)

    def countries(ids: list[str]) -> str:
        found = [country_of(entities[i]) for i in ids if i in entities]
        return JOIN.join(dict.fromkeys(c for c in found if c))

    rows = []
    for ev in article.get("events", []):
        time = ev.get("time") or {}
        n = ev.get("sentence")
        sentence = ""
        if isinstance(n, int) and 0 <= n < len(sentences):
            sentence = text[sentences[n]["start"]:sentences[n]["end"]]
        place = ev.get("place")
        rows.append({
            "date": time.get("value") or article.get("date") or "",
            "actor": names(ev.get("actors", [])),
            "actor_role": roles(ev.get("actors", [])),
            "actor_country": countries(ev.get("actors", [])),
            "type": ev.get("type") or "",
            "mode": ev.get("mode") or "",
            "target": names(ev.get("targets", [])),
            "target_role": roles(ev.get("targets", [])),
            "target_country": countries(ev.get("targets", [])),
            "place": entities[place]["name"] if place in entities else "",
            "modality": ev.get("modality") or "",
            "trigger": ev.get("trigger") or "",
            "time_text": time.get("text") or "",
            "article": article.get("id") or "",
            "source": article.get("source") or "",
            "url": article.get("url") or "",
            "sentence": " ".join(sentence.split()),
        })
    return rows

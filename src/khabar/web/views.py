"""What each page shows, as plain data: the HTML pages and the JSON API both call these.

The corpus is anything with ``khabar.store.corpus.Corpus``'s read methods
(the tests pass a small in-memory fake).
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable, Iterable
from typing import Any, Protocol

PAGE_SIZE = 20
EVENT_PAGE_SIZE = 100
CSV_LIMIT = 10_000


class CorpusLike(Protocol):
    def search(self, query: str, *, entity: str | None = None, label: str | None = None,
               source: str | None = None, since: str | None = None, until: str | None = None,
               limit: int = 20, offset: int = 0) -> list[dict]: ...
    def article(self, article_id: str) -> dict | None: ...
    def entity(self, entity_id: int) -> dict | None: ...
    def entity_quotes(self, entity_id: int, limit: int = 100) -> list[dict]: ...
    def entity_events(self, entity_id: int, limit: int = 100) -> list[dict]: ...
    def cooccurring(self, entity_id: int, limit: int = 20) -> list[dict]: ...
    def network(self, entity_id: int, limit: int = 30) -> dict: ...
    def events(self, *, type: str | None = None, actor: str | None = None, since: str | None = None,
               until: str | None = None, limit: int = 100, offset: int = 0) -> list[dict]: ...
    def entities(self, *, label: str | None = None, query: str | None = None, limit: int = 100) -> list[dict]: ...
    def stats(self) -> dict: ...
    def add_articles(self, articles: Iterable[Any]) -> int: ...


class SerializedCorpus:
    """A corpus shared by all worker threads, one call at a time.

    One connection keeps one warm page cache; per-thread connections each start cold, and under
    concurrent load (measured with bench/web_bench.py) they made the server several times slower.
    The GIL serializes the Python half of every call anyway.
    """

    def __init__(self, corpus: Any) -> None:
        self._corpus = corpus
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._corpus, name)
        if not callable(method):
            return method

        def locked(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                return method(*args, **kwargs)

        return locked


class CorpusAccess:
    """The app's corpus, opened on first use and shared (serialized) between threads."""

    def __init__(self, path: str, *, corpus: CorpusLike | None = None,
                 opener: Callable[[str], CorpusLike] | None = None) -> None:
        self.path = path
        self.fixed = corpus
        self.opener = opener
        self.shared: Any = None
        self.lock = threading.Lock()

    def get(self) -> CorpusLike:
        if self.fixed is not None:
            return self.fixed
        with self.lock:
            if self.shared is None:
                opener = self.opener
                if opener is None:
                    from khabar.store.corpus import Corpus

                    opener = Corpus
                self.shared = SerializedCorpus(opener(self.path))
            return self.shared  # type: ignore[no-any-return]


def clean_filter(value: str | None) -> str | None:
    """Empty form fields mean 'no filter'."""
    value = (value or "").strip()
    return value or None


def search_data(corpus: CorpusLike, q: str, *, entity: str | None = None, label: str | None = None,
                source: str | None = None, since: str | None = None, until: str | None = None,
                page: int = 1, size: int = PAGE_SIZE) -> dict[str, Any]:
    filters = {"entity": clean_filter(entity), "label": clean_filter(label), "source": clean_filter(source),
               "since": clean_filter(since), "until": clean_filter(until)}
    query = (q or "").strip()
    page = max(page, 1)
    hits: list[dict] = []
    error = None
    try:
        # One extra row tells us whether there is a next page. No query and no filter: the latest articles.
        hits = corpus.search(query, limit=size + 1, offset=(page - 1) * size,
                             **{k: v for k, v in filters.items() if v})
    except ValueError as exc:
        error = str(exc)
    total = None
    counter = getattr(corpus, "count", None)  # optional in the store API: the number of matches
    if counter is not None and error is None and (query or any(filters.values())):
        total = int(counter(query, **{k: v for k, v in filters.items() if v}))
    return {"query": query, "filters": filters, "page": page, "hits": hits[:size], "total": total,
            "has_next": len(hits) > size, "error": error, "latest": not query and not any(filters.values())}


def entity_data(corpus: CorpusLike, entity_id: int) -> dict[str, Any] | None:
    entity = corpus.entity(entity_id)
    if entity is None:
        return None
    network = corpus.network(entity_id, limit=30)
    events = corpus.entity_events(entity_id, limit=100)
    return {
        "entity": entity,
        "quotes": corpus.entity_quotes(entity_id, limit=100),
        "events": events,
        "cooccurring": cooccurring_from(network, entity_id) or corpus.cooccurring(entity_id, limit=20),
        "network": network,
        "met": who_met_whom(network, events, entity, limit=NETWORK_NODES),
    }


NETWORK_NODES = 24
NETWORK_CO_ONLY = 6  # at most this many nodes that only co-occur (no shared event)


def who_met_whom(network: dict, events: list[dict], entity: dict, limit: int = NETWORK_NODES) -> dict:
    """The drawn network: the entity, the people it had events with (from its event rows and the
    store's event edges), then a few of its most frequent co-occurring entities."""
    center = entity["id"]
    labels = {n.get("id"): n.get("label") for n in network.get("nodes") or []}
    names = {n.get("id"): n.get("name") for n in network.get("nodes") or []}
    weights: dict[tuple[Any, Any, Any], int] = {}
    for row in events:
        actors = [a.get("id") for a in row.get("actors") or [] if isinstance(a, dict)]
        targets = [t.get("id") for t in row.get("targets") or [] if isinstance(t, dict)]
        for person in (row.get("actors") or []) + (row.get("targets") or []):
            if isinstance(person, dict):
                names.setdefault(person.get("id"), person.get("name"))
        for a in actors:
            for t in targets:
                if center in (a, t) and a != t:
                    key = (a, t, row.get("type"))
                    weights[key] = weights.get(key, 0) + 1
    for edge in network.get("edges") or []:
        key = (edge.get("source"), edge.get("target"), edge.get("type"))
        if edge.get("type") != "co-occurrence" and key not in weights:
            weights[key] = int(edge.get("count") or 1)
    partners: dict[Any, int] = {}
    for (a, t, _), count in weights.items():
        for other in (a, t):
            if other != center:
                partners[other] = partners.get(other, 0) + count
    chosen = sorted(partners, key=lambda k: -partners[k])[: limit - 1]
    co_edges = [e for e in network.get("edges") or []
                if e.get("type") == "co-occurrence" and e.get("source") == center and e.get("target") not in partners]
    for edge in co_edges[: min(NETWORK_CO_ONLY, max(0, limit - 1 - len(chosen)))]:
        chosen.append(edge["target"])
    keep = {center, *chosen}
    nodes = [{"id": center, "name": entity.get("name"), "label": entity.get("label")}]
    nodes += [{"id": k, "name": names.get(k), "label": labels.get(k)} for k in chosen]
    edges = [{"source": a, "target": t, "type": typ, "count": c} for (a, t, typ), c in weights.items()
             if a in keep and t in keep]
    edges += [e for e in co_edges if e.get("target") in keep]
    return {"nodes": nodes, "edges": edges}


def cooccurring_from(network: dict, entity_id: int, limit: int = 20) -> list[dict]:
    """The store's network already holds the co-occurrence counts (edges typed "co-occurrence");
    reusing them saves a second, costly co-occurrence query on busy entities."""
    nodes = {n.get("id"): n for n in network.get("nodes") or []}
    rows = []
    for edge in network.get("edges") or []:
        if edge.get("type") == "co-occurrence" and edge.get("source") == entity_id and edge.get("target") in nodes:
            node = nodes[edge["target"]]
            rows.append({"id": node["id"], "name": node.get("name"), "label": node.get("label"),
                         "count": edge.get("count")})
    rows.sort(key=lambda r: -(r["count"] or 0))
    return rows[:limit]


def lookup_entity(corpus: CorpusLike, name: str, label: str | None) -> int | None:
    """Corpus id of the entity with exactly this name (and label), for links from article mentions."""
    rows = corpus.entities(label=clean_filter(label), query=name, limit=50)
    for row in rows:
        if row.get("name") == name or name in (row.get("aliases") or []):
            return int(row["id"])
    # The store matches folded prefixes (ZWNJ, ی/ي); the shortest such name is the same entity.
    return int(min(rows, key=lambda r: len(str(r.get("name") or "")))["id"]) if rows else None


def events_data(corpus: CorpusLike, *, type: str | None = None, actor: str | None = None,
                since: str | None = None, until: str | None = None, page: int = 1,
                size: int = EVENT_PAGE_SIZE) -> dict[str, Any]:
    filters = {"type": clean_filter(type), "actor": clean_filter(actor), "since": clean_filter(since),
               "until": clean_filter(until)}
    page = max(page, 1)
    rows = corpus.events(limit=size + 1, offset=(page - 1) * size, **filters)
    return {"filters": filters, "page": page, "events": rows[:size], "has_next": len(rows) > size}


CSV_COLUMNS = ["date", "type", "mode", "trigger", "actors", "targets", "place", "time", "modality",
               "article_id", "sentence_text"]


def _csv_cell(value: Any) -> str:
    if isinstance(value, list):
        value = "; ".join(_csv_cell(v) for v in value)
    elif isinstance(value, dict):
        value = value.get("name") or value.get("value") or value.get("text") or ""
    text = "" if value is None else str(value)
    # Spreadsheets run cells that start with these as formulas (CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def events_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([_csv_cell(row.get(col)) for col in CSV_COLUMNS])
    return out.getvalue()

"""``Corpus``: a SQLite file of analyzed articles, searchable in Persian.

The web app (issue 8) reads it through the methods below; their shapes are the store API
in the project's helper rules. Writes go through ``khabar.store.adder.Adder`` so that
ingesting is idempotent, resumable and links near-duplicates.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from khabar.article import Article
from khabar.store import queries
from khabar.store.adder import Adder
from khabar.store.schema import connect
from khabar.store.searchtext import Query, parse_query, snippet_parts
from khabar.store.write import full_article, name_key

BATCH = 200  # articles per transaction in add_articles
TABLES = ("articles", "near_duplicates", "entities", "entity_aliases", "article_entities", "mentions",
          "quotes", "events", "event_participants")


def iso_date(value: str | None) -> str | None:
    """A Gregorian or Jalali date → ISO; None stays None. Raises DateError on bad input."""
    if not value:
        return None
    from khabar.io.dates import parse_date

    return parse_date(value).isoformat()


class Corpus:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.db: sqlite3.Connection = connect(self.path)
        self._adder: Adder | None = None

    @classmethod
    def open(cls, path: str | Path) -> Corpus:
        return cls(path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def adder(self) -> Adder:
        if self._adder is None:
            self._adder = Adder(self.db)
        return self._adder

    # -- writing -----------------------------------------------------------------

    def add_articles(self, articles: Iterable[Article], *, batch_size: int = BATCH) -> int:
        """Store analyzed articles; returns how many were new (copies are linked, known ones skipped)."""
        stored = 0
        batch = []
        for article in articles:
            plan = self.adder.plan(article.text, source=article.source, url=article.url, date=article.date,
                                   article_id=article.id)
            if plan.action == "new":
                batch.append((plan, article))
            if len(batch) >= batch_size:
                stored += self.adder.write(batch)
                batch = []
        return stored + self.adder.write(batch)

    # -- search --------------------------------------------------------------------

    def _matching(self, query: str, entity: str | None, label: str | None, source: str | None,
                  since: str | None, until: str | None) -> tuple[str, list[Any], Query | None] | None:
        """FROM/WHERE clauses (and parameters) for a search; None when nothing can match.

        Rows are named by article number (``{n}``): the index's rowid for a text query, which
        joins the articles table only for date or source filters.
        """
        where: list[str] = []
        params: list[Any] = []
        if since:
            where.append("a.date >= ?")
            params.append(iso_date(since))
        if until:
            where.append("a.date <= ?")
            params.append(iso_date(until))
        if source:
            where.append("a.source_key = ?")
            params.append(name_key(source))
        needs_articles = bool(where)
        if entity:
            ids = queries.entity_ids(self.db, entity, label)
            if not ids:
                return None
            where.append(f"{{n}} IN (SELECT article_number FROM article_entities WHERE entity_id IN ({','.join('?' * len(ids))}))")
            params.extend(ids)
        elif label:
            where.append("{n} IN (SELECT ae.article_number FROM article_entities ae JOIN entities e"
                         " ON e.id = ae.entity_id WHERE e.label = ?)")
            params.append(label)
        if not (query and query.strip()):
            # Newest first straight off the date index: a common entity stops after one page of rows.
            conditions = " AND ".join(w.format(n="a.number") for w in where) or "1"
            return f"FROM articles a INDEXED BY articles_date WHERE {conditions}", params, None
        parsed = parse_query(query)
        if parsed is None:
            return None
        join = " JOIN articles a ON a.number = articles_search.rowid" if needs_articles else ""
        conditions = "".join(" AND " + w.format(n="+articles_search.rowid") for w in where)
        return f"FROM articles_search{join} WHERE articles_search MATCH ?{conditions}", [parsed.expression, *params], parsed

    def search(self, query: str, *, entity: str | None = None, label: str | None = None,
               source: str | None = None, since: str | None = None, until: str | None = None,
               limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Articles matching ``query`` (best first) and the filters; an empty query lists newest first.

        Dates may be Gregorian or Jalali; a bad one raises ``khabar.io.dates.DateError``.
        """
        found = self._matching(query, entity, label, source, since, until)
        if found is None:
            return []
        clause, params, parsed = found
        # Rank and page on row numbers only, then read the texts of the page's rows alone.
        if parsed:
            top = (f"SELECT articles_search.rowid AS n, bm25(articles_search, 4.0, 1.0) AS r {clause}"
                   " ORDER BY r LIMIT ? OFFSET ?")
            order = "top.r"
        else:
            top = f"SELECT a.number AS n, a.date AS d {clause} ORDER BY a.date DESC, a.number DESC LIMIT ? OFFSET ?"
            order = "top.d DESC, top.n DESC"
        rows = self.db.execute(f"SELECT a.id, a.title, a.date, a.source, a.text FROM ({top}) top"
                               f" JOIN articles a ON a.number = top.n ORDER BY {order}",
                               (*params, limit, offset)).fetchall()
        hits = []
        for r in rows:
            parts = snippet_parts(r["text"], parsed.terms if parsed else set())
            hits.append({"id": r["id"], "title": r["title"], "date": r["date"], "source": r["source"],
                         "snippet": "".join(str(p[0]) for p in parts), "snippet_parts": parts})
        return hits

    def count(self, query: str = "", *, entity: str | None = None, label: str | None = None,
              source: str | None = None, since: str | None = None, until: str | None = None) -> int:
        """How many articles ``search`` would find with the same arguments (for paging)."""
        found = self._matching(query, entity, label, source, since, until)
        if found is None:
            return 0
        clause, params, _ = found
        return int(self.db.execute(f"SELECT count(*) {clause}", params).fetchone()[0])

    # -- reading -------------------------------------------------------------------

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The Article JSON, plus ``near_duplicates``; a copy's id gives the article it copies."""
        row = self.db.execute("SELECT id, article_json, text FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            kept = self.db.execute("SELECT duplicate_of FROM near_duplicates WHERE id = ? OR content_hash = ?",
                                   (article_id, article_id)).fetchone()
            if kept is None:
                return None
            row = self.db.execute("SELECT id, article_json, text FROM articles WHERE id = ?", (kept[0],)).fetchone()
            if row is None:
                return None
        data = full_article(row["article_json"], row["text"])
        # Each article entity's corpus-level id, so pages can link mentions to entity pages directly.
        local = dict(self.db.execute("SELECT local_id, entity_id FROM article_entities WHERE article_id = ?",
                                     (row["id"],)).fetchall())
        for ent in data.get("entities", []):
            if ent.get("id") in local:
                ent["corpus_id"] = local[ent["id"]]
        copies = self.db.execute(
            "SELECT content_hash, id, similarity, title, date, source, url, origin FROM near_duplicates"
            " WHERE duplicate_of = ? ORDER BY similarity DESC, content_hash", (row["id"],)).fetchall()
        data["near_duplicates"] = [dict(c) for c in copies]
        return data

    def entity(self, entity_id: int) -> dict[str, Any] | None:
        return queries.entity(self.db, int(entity_id))

    def entity_quotes(self, entity_id: int, limit: int = 100) -> list[dict[str, Any]]:
        return queries.entity_quotes(self.db, int(entity_id), limit)

    def entity_events(self, entity_id: int, limit: int = 100) -> list[dict[str, Any]]:
        return queries.entity_events(self.db, int(entity_id), limit)

    def cooccurring(self, entity_id: int, limit: int = 20) -> list[dict[str, Any]]:
        return queries.cooccurring(self.db, int(entity_id), limit)

    def network(self, entity_id: int, limit: int = 30) -> dict[str, Any]:
        return queries.network(self.db, int(entity_id), limit)

    def events(self, *, type: str | None = None, actor: str | None = None, since: str | None = None,
               until: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        where: list[str] = ["1"]
        params: list[Any] = []
        if type:
            where.append("type = ?")
            params.append(type)
        if actor:
            ids = queries.entity_ids(self.db, actor)
            if not ids:
                return []
            where.append(f"id IN (SELECT event_id FROM event_participants WHERE role = 'actor'"
                         f" AND entity_id IN ({','.join('?' * len(ids))}))")
            params.extend(ids)
        if since:
            where.append("date >= ?")
            params.append(iso_date(since))
        if until:
            where.append("date <= ?")
            params.append(iso_date(until))
        return queries.event_rows(self.db, " AND ".join(where), tuple(params), limit, offset)

    def entities(self, *, label: str | None = None, query: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        return queries.entities(self.db, label=label, query=query, limit=limit)

    def stats(self) -> dict[str, int]:
        """Rows per table."""
        return {t: int(self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}

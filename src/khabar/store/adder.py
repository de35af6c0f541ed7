"""Decide what to do with each incoming article, then write decisions in whole batches.

``Adder.plan`` runs before any analysis, in input order: an article already stored (same
content hash) is skipped; a near-copy of a stored or earlier article is linked to it; a
changed article at a stored url replaces the old one; anything else is new. Plans live in
memory until ``Adder.write`` commits them in one transaction, so a killed ingest loses only
uncommitted plans, and a restart re-plans them exactly as a clean run would (same order, same
stored signatures).
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field

from khabar.article import Article
from khabar.store import dedup
from khabar.store.write import delete_article, insert_article


def content_hash(text: str, source: str | None, url: str | None) -> str:
    return hashlib.sha1(f"{source or ''}\n{url or ''}\n{text}".encode()).hexdigest()


@dataclass
class Plan:
    action: str  # new | duplicate | skip
    content_hash: str
    original_text: str
    origin: str | None = None
    source: str | None = None
    url: str | None = None
    date: str | None = None
    signature: bytes | None = None
    duplicate_of: str | None = None  # content hash of the kept article
    similarity: float = 0.0
    replaces: str | None = None  # content hash of an older version at the same url (stored or pending)
    article_id: str | None = None  # known before analysis when the input was Article JSON
    duplicates: list[Plan] = field(default_factory=list)  # copies waiting for this article


class Adder:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.index = dedup.NearDuplicates()
        for row in db.execute("SELECT content_hash, minhash FROM articles WHERE minhash IS NOT NULL"):
            self.index.add(row[0], dedup.from_bytes(row[1]))
        self.pending: dict[str, Plan] = {}  # planned, not yet committed, by content hash
        self.pending_urls: dict[str, str] = {}  # url → content hash of its latest pending version
        self.ready_duplicates: list[Plan] = []  # copies of committed articles

    def _known(self, h: str) -> bool:
        if h in self.pending:
            return True
        q = "SELECT 1 FROM articles WHERE content_hash = ? UNION ALL SELECT 1 FROM near_duplicates WHERE content_hash = ?"
        return self.db.execute(q, (h, h)).fetchone() is not None

    def plan(self, text: str, *, source: str | None, url: str | None, date: str | None = None,
             origin: str | None = None, article_id: str | None = None) -> Plan:
        h = content_hash(text, source, url)
        p = Plan("skip", h, text, origin, source, url, date, article_id=article_id)
        if self._known(h):
            return p
        if url:
            # The later of two versions at one url wins, whether the earlier is stored or still pending.
            old = self.pending_urls.get(url)
            if old is None:
                row = self.db.execute("SELECT content_hash FROM articles WHERE url = ?", (url,)).fetchone()
                old = row[0] if row else None
            if old is not None:
                p.replaces = old
                self.index.remove(old)
            self.pending_urls[url] = h
        sig = dedup.signature(text)
        p.signature = dedup.to_bytes(sig)
        found = self.index.find(sig)
        self.pending[h] = p
        if found is None:
            p.action = "new"
            self.index.add(h, sig)
            return p
        p.action, p.duplicate_of, p.similarity = "duplicate", found[0], found[1]
        kept = self.pending.get(found[0])
        if kept is not None:
            kept.duplicates.append(p)
        else:
            self.ready_duplicates.append(p)
        return p

    def write(self, items: list[tuple[Plan, Article]]) -> int:
        """Commit analyzed new articles (and every copy that waits on them); returns articles stored."""
        stored = 0
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for plan, article in items:
                if plan.replaces:
                    self._delete(plan.replaces)
                clash = self.db.execute("SELECT content_hash FROM articles WHERE id = ?", (article.id,)).fetchone()
                if clash is not None:  # same id (same source and text) under another url: a copy
                    plan.action, plan.duplicate_of, plan.similarity = "duplicate", clash[0], 1.0
                    self.index.remove(plan.content_hash)
                    self._write_duplicate(plan, article.id, article)
                    continue
                insert_article(self.db, article, original_text=plan.original_text,
                               content_hash=plan.content_hash, origin=plan.origin, minhash=plan.signature)
                stored += 1
                for copy in plan.duplicates:
                    self._write_duplicate(copy, copy.article_id, None)
            for copy in self.ready_duplicates:
                self._write_duplicate(copy, copy.article_id, None)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        for plan, _ in items:
            self.pending.pop(plan.content_hash, None)
            for copy in plan.duplicates:
                self.pending.pop(copy.content_hash, None)
            plan.duplicates = []
        for copy in self.ready_duplicates:
            self.pending.pop(copy.content_hash, None)
        self.ready_duplicates = []
        self.pending_urls = {u: h for u, h in self.pending_urls.items() if h in self.pending}
        return stored

    def _delete(self, old_hash: str) -> None:
        row = self.db.execute("SELECT id FROM articles WHERE content_hash = ?", (old_hash,)).fetchone()
        if row is not None:
            delete_article(self.db, row[0])
        self.db.execute("DELETE FROM near_duplicates WHERE content_hash = ?", (old_hash,))

    def _write_duplicate(self, plan: Plan, copy_id: str | None, article: Article | None) -> None:
        if plan.replaces:
            self._delete(plan.replaces)
        row = self.db.execute("SELECT id FROM articles WHERE content_hash = ?", (plan.duplicate_of,)).fetchone()
        if row is None:  # the kept article was replaced meanwhile: nothing to link to
            return
        title = article.structure.get("title") if article is not None else None
        if title is None:
            title = plan.original_text.strip().split("\n", 1)[0][:200]
        self.db.execute(
            "INSERT OR IGNORE INTO near_duplicates (content_hash, id, duplicate_of, similarity, title, date,"
            " source, url, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (plan.content_hash, copy_id, row[0], round(plan.similarity, 4), title,
             article.date if article is not None else plan.date, plan.source, plan.url, plan.origin),
        )

    def pending_duplicates(self) -> int:
        return len(self.ready_duplicates)

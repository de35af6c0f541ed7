"""RSS and Atom files → one article per entry, through feedparser."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from khabar.io.html import fragment_lines
from khabar.io.readers import InputError, RawArticle, check_text

MAX_FEED_BYTES = 50_000_000


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _entry_body(entry: Any) -> list[str]:
    # Full content when the feed has it, else the summary.
    for content in entry.get("content") or []:
        if content.get("value"):
            return fragment_lines(content["value"])
    return fragment_lines(entry.get("summary") or entry.get("description") or "")


def entry_article(entry: Any, origin: str, source: str | None) -> RawArticle | InputError:
    title = " ".join(str(entry.get("title") or "").split())
    body = [line for line in _entry_body(entry) if line != title]
    lines = ([title] if title else []) + body
    roles = (["title"] if title else []) + ["paragraph"] * len(body)
    text = "\n".join(lines)
    bad = check_text(text, origin)
    if bad:
        return bad
    art = RawArticle(text, origin, line_roles=roles, source=source, date=_entry_date(entry), url=entry.get("link"))
    if entry.get("author"):
        art.extra["author"] = entry["author"]
    return art


def parse_feed(data: bytes, origin: str) -> list[RawArticle | InputError]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        why = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        return [InputError(origin, f"not an RSS/Atom feed, or a feed with no entries{why}")]
    source = feed.feed.get("title") or None
    return [entry_article(e, f"{origin}#{i}", source) for i, e in enumerate(feed.entries)]


def read_feed(path: Path, origin: str) -> list[RawArticle | InputError]:
    try:
        if path.stat().st_size > MAX_FEED_BYTES:
            return [InputError(origin, f"feed larger than the {MAX_FEED_BYTES // 1_000_000} MB limit")]
        data = path.read_bytes()
    except OSError as exc:
        return [InputError(origin, f"cannot read ({exc.strerror})")]
    return parse_feed(data, origin)

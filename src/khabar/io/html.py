"""Saved web pages → articles, through trafilatura (main text, title, date, author, url, site).

trafilatura's text cleaning drops zero-width characters, which would glue Persian words
(«گفت‌وگو» → «گفتوگو»), so ZWNJs are swapped for a private-use placeholder before extraction
and restored after it.
"""

from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from khabar.io.decode import DecodeError, decode
from khabar.io.readers import MAX_ARTICLE_BYTES, InputError, RawArticle, check_text

ZWNJ = "\u200c"
_PLACEHOLDER = "\ue200"  # private use: survives trafilatura's cleaning
MAX_HTML_BYTES = 20_000_000


def _iso(value: Any) -> str | None:
    if not value:
        return None
    m = re.match(r"\d{4}-\d{2}-\d{2}", str(value))
    return m.group() if m else None


def extract_html(markup: str, origin: str, *, url: str | None = None, date: str | None = None) -> RawArticle | InputError:
    """The article in one HTML page, or an InputError naming what is missing."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(markup.replace(ZWNJ, _PLACEHOLDER), url=url, with_metadata=True,
                                          include_comments=False, include_tables=False)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return InputError(origin, f"cannot parse HTML ({type(exc).__name__})")
    if doc is None:
        return InputError(origin, "no article text found in the page")
    meta: dict[str, Any] = doc if isinstance(doc, dict) else doc.as_dict()
    title = restore(meta.get("title"))
    lines = [ln.strip() for ln in (restore(meta.get("text")) or "").split("\n") if ln.strip()]
    if title and lines and lines[0] == title.strip():
        lines = lines[1:]
    roles = ["paragraph"] * len(lines)
    if title:
        lines.insert(0, " ".join(title.split()))
        roles.insert(0, "title")
    text = "\n".join(lines)
    bad = check_text(text, origin)
    if bad:
        return bad
    art = RawArticle(text, origin, line_roles=roles, source=restore(meta.get("sitename")),
                     date=_iso(meta.get("date")) or date, url=meta.get("url") or url)
    if meta.get("author"):
        art.extra["author"] = restore(meta["author"])
    return art


def restore(value: Any) -> str | None:
    return str(value).replace(_PLACEHOLDER, ZWNJ) if value else None


def read_html(path: Path, origin: str) -> list[RawArticle | InputError]:
    try:
        if path.stat().st_size > MAX_HTML_BYTES:
            return [InputError(origin, f"page larger than the {MAX_HTML_BYTES // 1_000_000} MB limit")]
        markup = decode(path.read_bytes())
    except DecodeError as exc:
        return [InputError(origin, str(exc))]
    except OSError as exc:
        return [InputError(origin, f"cannot read ({exc.strerror})")]
    return [extract_html(markup, origin)]


class _TextParser(HTMLParser):
    BLOCKS = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def fragment_lines(fragment: str) -> list[str]:
    """The text lines of a small HTML fragment (a feed entry's summary); ZWNJs are kept."""
    if "<" not in fragment:
        return [ln.strip() for ln in html_lib.unescape(fragment).split("\n") if ln.strip()]
    parser = _TextParser()
    parser.feed(fragment[:MAX_ARTICLE_BYTES])
    parser.close()
    return [" ".join(ln.split()) for ln in "".join(parser.parts).split("\n") if ln.strip()]

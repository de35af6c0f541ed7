"""Turn untrusted article text into safe HTML.

Every piece of text is escaped first; only then do we wrap pieces in our own
tags (``<mark>``, mention links, quote spans). Bidi embedding, override and
isolate controls (U+202A-U+202E, U+2066-U+2069) are dropped from displayed text:
escaping does not neutralize them, and an unmatched U+202E would reverse
everything after it (the "Trojan Source" trick). ZWNJ, LRM and RLM stay: they are
legitimate in Persian text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup, escape

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")

# Entity labels we style; anything else gets the generic class.
KNOWN_LABELS = {"PER", "ORG", "LOC", "GPE", "DATE", "TIME", "FAC", "EVENT", "NORP", "MISC"}
LABEL_NAMES = {"PER": "شخص", "ORG": "سازمان", "LOC": "مکان", "GPE": "کشور/شهر", "DATE": "تاریخ", "TIME": "زمان",
               "FAC": "تأسیسات", "EVENT": "رویداد", "NORP": "گروه", "MISC": "دیگر"}


def clean(text: object) -> str:
    """Plain text for display: None becomes '', bidi controls are dropped."""
    if text is None:
        return ""
    return BIDI_CONTROLS.sub("", str(text))


def safe(text: object) -> Markup:
    """Escaped, bidi-cleaned text."""
    return escape(clean(text))


def label_name(label: object) -> str:
    """Persian name of an entity label (the label itself when unknown)."""
    value = clean(label)
    return LABEL_NAMES.get(value.upper(), value)


def label_class(label: object) -> str:
    value = str(label or "").upper()
    return f"ent-{value.lower()}" if value in KNOWN_LABELS else "ent-other"


def highlight_parts(parts: Iterable[Sequence[Any]]) -> Markup:
    """``[[text, is_hit], ...]`` from the store's search -> escaped HTML with hits in <mark>."""
    out = []
    for part in parts:
        text, is_hit = (part[0], bool(part[1])) if len(part) > 1 else (part[0], False)
        piece = safe(text)
        out.append(Markup("<mark>{}</mark>").format(piece) if is_hit else piece)
    return Markup("").join(out)


def entity_href(entity: dict[str, Any]) -> str:
    """Link for an article entity: its corpus id when the store gives one, else a lookup by name."""
    for key in ("corpus_id", "entity_id"):
        if isinstance(entity.get(key), int):
            return f"/entity/{entity[key]}"
    query = urlencode({"name": clean(entity.get("name")), "label": clean(entity.get("label"))})
    return f"/entity/lookup?{query}"


def span_text(text: str, value: Any) -> str:
    """Text of a field that may be a [start, end] span, a {"text"|"start"/"end"} dict or a string."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return text[value[0]:value[1]]
    if isinstance(value, dict):
        if isinstance(value.get("text"), str):
            return value["text"]
        if isinstance(value.get("name"), str):
            return value["name"]
        if isinstance(value.get("value"), str):
            return value["value"]
        if isinstance(value.get("span"), list | tuple):
            return span_text(text, value["span"])
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            return text[value["start"]:value["end"]]
    return str(value)


def _non_overlapping(spans: Iterable[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Longest spans first, dropping any that overlap one already kept; result sorted by start."""
    kept: list[tuple[int, int, Any]] = []
    for start, end, data in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if end <= start or any(start < k_end and k_start < end for k_start, k_end, _ in kept):
            continue
        kept.append((start, end, data))
    return sorted(kept, key=lambda s: s[0])


class Annotator:
    """Renders ranges of an article's text with mentions (links) and quotes marked."""

    def __init__(self, article: dict[str, Any]) -> None:
        self.text: str = article.get("text") or ""
        mentions = []
        for ent in article.get("entities") or []:
            for m in ent.get("mentions") or []:
                start, end = (m.get("start"), m.get("end")) if isinstance(m, dict) else (m[0], m[1])
                if isinstance(start, int) and isinstance(end, int):
                    mentions.append((start, end, ent))
        self.mentions = _non_overlapping(mentions)
        quotes = []
        for index, quote in enumerate(article.get("quotes") or []):
            start, end = quote.get("start"), quote.get("end")
            if isinstance(start, int) and isinstance(end, int):
                quotes.append((start, end, index))
        self.quotes = _non_overlapping(quotes)

    @staticmethod
    def _active(spans: list[tuple[int, int, Any]], pos: int) -> tuple[int, int, Any] | None:
        for span in spans:
            if span[0] <= pos < span[1]:
                return span
            if span[0] > pos:
                break
        return None

    @staticmethod
    def _open_mention(span: tuple[int, int, Any]) -> Markup:
        ent = span[2]
        return Markup('<a class="mention {}" href="{}" title="{}">').format(
            label_class(ent.get("label")), entity_href(ent), clean(ent.get("label"))
        )

    def render(self, start: int, end: int, *, with_quotes: bool = True) -> Markup:
        """HTML for ``text[start:end]``: escaped pieces wrapped in quote spans and mention links."""
        quotes = self.quotes if with_quotes else []
        cuts = {start, end}
        for s, e, _ in self.mentions + quotes:
            for pos in (s, e):
                if start < pos < end:
                    cuts.add(pos)
        points = sorted(cuts)
        out: list[Markup] = []
        quote: tuple[int, int, Any] | None = None
        mention: tuple[int, int, Any] | None = None
        for a, b in zip(points, points[1:], strict=False):
            new_quote = self._active(quotes, a)
            new_mention = self._active(self.mentions, a)
            if new_quote != quote or new_mention != mention:
                if mention is not None:
                    out.append(Markup("</a>"))
                if new_quote != quote:
                    if quote is not None:
                        out.append(Markup("</q>"))
                    if new_quote is not None:
                        out.append(Markup('<q class="quote" id="q{}">').format(new_quote[2]))
                if new_mention is not None:
                    out.append(self._open_mention(new_mention))
                quote, mention = new_quote, new_mention
            out.append(safe(self.text[a:b]))
        if mention is not None:
            out.append(Markup("</a>"))
        if quote is not None:
            out.append(Markup("</q>"))
        return Markup("").join(out)

    def render_string(self, value: str | None, search_before: int) -> Markup:
        """Render a structure string (kicker, title, lead) with highlights when it is found in the text."""
        if not value:
            return Markup("")
        pos = self.text.find(value, 0, search_before + len(value)) if search_before >= 0 else -1
        if pos < 0:
            return safe(value)
        return self.render(pos, pos + len(value))

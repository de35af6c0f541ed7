"""Write Articles as JSON, JSONL or a readable right-to-left text summary."""

from __future__ import annotations

from typing import Any, TextIO

from khabar.article import Article

RLM = "\u200f"  # keeps Persian lines right-to-left in bidi-aware terminals


def _names(article: Article) -> dict[str, str]:
    return {e["id"]: e["name"] for e in article.entities}


def _line(out: TextIO, text: str) -> None:
    out.write(f"{RLM}{text}\n")


def write_text(article: Article, out: TextIO) -> None:
    s: dict[str, Any] = article.structure
    names = _names(article)
    if s.get("kicker"):
        _line(out, f"روتیتر: {s['kicker']}")
    _line(out, f"تیتر: {s.get('title') or '—'}")
    if s.get("lead"):
        _line(out, f"لید: {s['lead']}")
    if s.get("agency"):
        _line(out, f"منبع: {s['agency']}")
    if article.entities:
        _line(out, "\nاشخاص و نهادها:")
        for e in article.entities:
            extra = "، ".join(e.get("titles", []) + e.get("roles", []))
            _line(out, f"  • {e['name']} [{e['label']}]" + (f" — {extra}" if extra else "") + f" ({len(e['mentions'])})")
    if article.quotes:
        _line(out, "\nنقل‌قول‌ها:")
        for q in article.quotes:
            who = names.get(q.get("speaker") or "", q.get("speaker_text") or "؟")
            _line(out, f"  • {who} ({q['cue']}، {'مستقیم' if q['kind'] == 'direct' else 'غیرمستقیم'}): {q['text']}")
    if article.events:
        _line(out, "\nرویدادها:")
        for ev in article.events:
            actors = "، ".join(names.get(a, a) for a in ev.get("actors", []))
            targets = "، ".join(names.get(t, t) for t in ev.get("targets", []))
            where = names.get(ev.get("place") or "", "")
            when = (ev.get("time") or {}).get("text") or ""
            parts = [f"{ev['type']}/{ev.get('mode') or '-'}", f"{actors} ← {ev['trigger']} → {targets}"]
            if where:
                parts.append(f"در {where}")
            if when:
                parts.append(when)
            if ev.get("modality") and ev["modality"] != "asserted":
                parts.append(f"({ev['modality']})")
            _line(out, "  • " + " | ".join(parts))
    out.write("\n")


def write_articles(articles: list[Article] | Any, out: TextIO, fmt: str) -> int:
    """Write each article in ``fmt``; return how many were written."""
    n = 0
    for article in articles:
        if fmt == "json":
            out.write(article.to_json(indent=2) + "\n")
        elif fmt == "jsonl":
            out.write(article.to_json() + "\n")
        else:
            write_text(article, out)
        n += 1
    return n

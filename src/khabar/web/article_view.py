"""Shape an Article dict (``khabar.Article.to_dict()``) into blocks the article template draws.

The pipeline's fields are read defensively: stages are still growing, so a missing
or differently shaped field is shown plainly instead of breaking the page.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from khabar.web.render import Annotator, clean, entity_href, label_class, label_name, safe, span_text


def _entity_ref(value: Any, by_id: dict[str, dict[str, Any]], text: str) -> dict[str, Any] | None:
    """An actor/target/place/speaker as {"name", "href", "cls"}; ids resolve through the article's entities."""
    if value is None or value == "":
        return None
    if isinstance(value, str) and value in by_id:
        ent = by_id[value]
        return {"name": clean(ent.get("name")), "href": entity_href(ent), "cls": label_class(ent.get("label"))}
    if isinstance(value, dict):
        if isinstance(value.get("id"), int):
            return {"name": clean(value.get("name")), "href": f"/entity/{value['id']}",
                    "cls": label_class(value.get("label"))}
        if isinstance(value.get("id"), str) and value["id"] in by_id:
            return _entity_ref(value["id"], by_id, text)
    name = clean(span_text(text, value))
    return {"name": name, "href": None, "cls": "ent-other"} if name else None


def _refs(values: Any, by_id: dict[str, dict[str, Any]], text: str) -> list[dict[str, Any]]:
    if not isinstance(values, list):
        values = [values]
    return [r for r in (_entity_ref(v, by_id, text) for v in values) if r]


def _body_blocks(ann: Annotator, article: dict[str, Any]) -> list[dict[str, Any]]:
    """Paragraphs in order; non-blank text between two paragraphs is a sub-heading."""
    text = ann.text
    paragraphs = [p for p in (article.get("structure") or {}).get("paragraphs") or []
                  if isinstance(p, dict) and isinstance(p.get("start"), int)]
    blocks: list[dict[str, Any]] = []
    previous_end: int | None = None
    for para in paragraphs:
        start, end = para["start"], para["end"]
        if previous_end is not None and text[previous_end:start].strip():
            gap_start = previous_end + len(text[previous_end:start]) - len(text[previous_end:start].lstrip())
            gap_end = start - (len(text[previous_end:start]) - len(text[previous_end:start].rstrip()))
            blocks.append({"kind": "h", "html": ann.render(gap_start, gap_end)})
        blocks.append({"kind": "p", "html": ann.render(start, end)})
        previous_end = end
    if not paragraphs and text.strip():
        # No structure: one paragraph per line.
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                blocks.append({"kind": "p", "html": ann.render(pos, pos + len(line))})
            pos += len(line) + 1
    return blocks


def _quotes(article: dict[str, Any], by_id: dict[str, dict[str, Any]], ann: Annotator) -> list[dict[str, Any]]:
    out = []
    for index, quote in enumerate(article.get("quotes") or []):
        speaker = _entity_ref(quote.get("speaker"), by_id, ann.text)
        if speaker is None and quote.get("speaker_text"):
            speaker = {"name": clean(quote.get("speaker_text")), "href": None, "cls": "ent-other"}
        start, end = quote.get("start"), quote.get("end")
        if isinstance(start, int) and isinstance(end, int):
            html = ann.render(start, end, with_quotes=False)
        else:
            html = safe(span_text(ann.text, quote.get("text")))
        out.append({"index": index, "speaker": speaker, "html": html, "kind": clean(quote.get("kind")),
                    "cue": clean(span_text(ann.text, quote.get("cue")))})
    return out


MODALITY_NAMES = {"asserted": "قطعی", "planned": "برنامه‌ریزی‌شده", "denied": "تکذیب‌شده", "negated": "منفی",
                  "hypothetical": "فرضی"}


def _sentence(value: Any, text: str) -> str:
    # A sentence index alone has no text here; spans and strings do.
    return "" if isinstance(value, int) else span_text(text, value)


def event_row(event: dict[str, Any], by_id: dict[str, dict[str, Any]], text: str) -> dict[str, Any]:
    """One event for display; also used for the corpus event rows (which carry names already)."""
    time = event.get("time")
    time_text = ""
    if isinstance(time, dict):
        time_text = clean(time.get("value") or span_text(text, time.get("span")) or time.get("text"))
    elif time:
        time_text = clean(span_text(text, time))
    place = _entity_ref(event.get("place"), by_id, text)
    return {
        "type": clean(event.get("type")),
        "mode": clean(event.get("mode")),
        "trigger": clean(span_text(text, event.get("trigger"))),
        "actors": _refs(event.get("actors") or [], by_id, text),
        "targets": _refs(event.get("targets") or [], by_id, text),
        "place": place,
        "time": time_text,
        "modality": clean(event.get("modality")),
        "modality_name": MODALITY_NAMES.get(clean(event.get("modality")), clean(event.get("modality"))),
        "sentence": clean(event.get("sentence_text") or _sentence(event.get("sentence"), text)),
        "date": clean(event.get("date")),
        "article_id": clean(event.get("article_id")),
    }


def _duplicate(copy: Any) -> dict[str, Any]:
    """A near-duplicate (the store gives dicts; a bare id also works); linked by id or content hash."""
    if not isinstance(copy, dict):
        return {"ref": clean(copy), "title": clean(copy), "source": "", "similarity": None}
    similarity = copy.get("similarity")
    return {"ref": clean(copy.get("id") or copy.get("content_hash")), "title": clean(copy.get("title") or copy.get("id")),
            "source": clean(copy.get("source")),
            "similarity": round(float(similarity) * 100) if isinstance(similarity, int | float) else None}


def article_view(article: dict[str, Any]) -> dict[str, Any]:
    """Everything the article template needs, already escaped where it is HTML."""
    ann = Annotator(article)
    text = ann.text
    structure = article.get("structure") or {}
    entities = [e for e in article.get("entities") or [] if isinstance(e, dict)]
    by_id = {str(e.get("id")): e for e in entities}
    paragraphs = structure.get("paragraphs") or []
    head_end = paragraphs[0]["start"] if paragraphs and isinstance(paragraphs[0], dict) else len(text)
    sentences = article.get("sentences") or []
    summary = []
    for index in article.get("summary") or []:
        if isinstance(index, int) and 0 <= index < len(sentences):
            s = sentences[index]
            summary.append(ann.render(s["start"], s["end"]))
    legend = []
    for ent in entities:
        legend.append({"name": clean(ent.get("name")), "label": clean(ent.get("label")),
                       "label_name": label_name(ent.get("label")),
                       "cls": label_class(ent.get("label")), "href": entity_href(ent),
                       "count": len(ent.get("mentions") or []),
                       "titles": [clean(t) for t in ent.get("titles") or []],
                       "roles": [clean(span_text(text, r)) for r in ent.get("roles") or []]})
    return {
        "id": clean(article.get("id")),
        "source": clean(article.get("source")),
        "date": clean(article.get("date")),
        "url": clean(article.get("url")),
        "kicker": ann.render_string(structure.get("kicker"), head_end),
        "title": ann.render_string(structure.get("title"), head_end),
        "title_text": clean(structure.get("title")),
        "lead": ann.render_string(structure.get("lead"), head_end),
        "body": _body_blocks(ann, article),
        "quotes": _quotes(article, by_id, ann),
        "events": [event_row(e, by_id, text) for e in article.get("events") or [] if isinstance(e, dict)],
        "summary": summary,
        "keyphrases": [clean(k) for k in article.get("keyphrases") or []],
        "entities": legend,
        "near_duplicates": [_duplicate(d) for d in article.get("near_duplicates") or []],
        "empty": Markup(""),
    }

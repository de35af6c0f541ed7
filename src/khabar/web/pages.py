"""The HTML pages: search, article, entity, events, analyze. Rendered on the server."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from khabar.web import views
from khabar.web.api import api_events_csv
from khabar.web.article_view import article_view, event_row
from khabar.web.render import clean, highlight_parts, label_class, label_name
from khabar.web.svg import network_svg, timeline_svg

router = APIRouter(include_in_schema=False)

LABELS = [(code, label_name(code)) for code in ("PER", "ORG", "LOC", "GPE", "DATE")]


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status_code)


def corpus_of(request: Request) -> views.CorpusLike:
    return request.app.state.corpus.get()


def _page_link(request: Request, page: int) -> str:
    params = dict(request.query_params)
    params["page"] = str(page)
    return f"{request.url.path}?{urlencode(params)}"


@router.get("/", response_class=HTMLResponse)
def search_page(
    request: Request, q: str = Query("", max_length=500), entity: str | None = None, label: str | None = None,
    source: str | None = None, since: str | None = None, until: str | None = None,
    page: int = Query(1, ge=1, le=1000),
) -> Response:
    data = views.search_data(corpus_of(request), q, entity=entity, label=label, source=source,
                             since=since, until=until, page=page)
    for hit in data["hits"]:
        parts = hit.get("snippet_parts") or [[hit.get("snippet") or "", False]]
        hit["snippet_html"] = highlight_parts(parts)
    data["next_link"] = _page_link(request, data["page"] + 1) if data["has_next"] else None
    data["prev_link"] = _page_link(request, data["page"] - 1) if data["page"] > 1 else None
    return render(request, "search.html", {**data, "labels": LABELS, "nav": "search"})


@router.get("/article/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> Response:
    article = corpus_of(request).article(article_id)
    if article is None:
        raise HTTPException(404, f"no article with id {clean(article_id)!r}")
    return render(request, "article.html", {"a": article_view(article), "stored": True, "nav": "search"})


@router.get("/entity/lookup")
def entity_lookup(request: Request, name: str = Query(..., max_length=300), label: str | None = None) -> Response:
    entity_id = views.lookup_entity(corpus_of(request), name, label)
    if entity_id is None:
        raise HTTPException(404, f"no entity named {clean(name)!r} in the corpus")
    return RedirectResponse(f"/entity/{entity_id}", status_code=303)


@router.get("/entity/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: int) -> Response:
    data = views.entity_data(corpus_of(request), entity_id)
    if data is None:
        raise HTTPException(404, f"no entity with id {entity_id}")
    entity = data["entity"]
    context = {
        **data,
        "cls": label_class(entity.get("label")),
        "label_name": label_name(entity.get("label")),
        "events": [event_row(e, {}, "") for e in data["events"]],
        "timeline_svg": timeline_svg(entity.get("timeline") or []),
        "network_svg": network_svg(data["met"], entity_id),
        "nav": "entities",
    }
    for row in context["cooccurring"]:
        row["cls"] = label_class(row.get("label"))
    return render(request, "entity.html", context)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, label: str | None = None, q: str | None = Query(None, max_length=200)) -> Response:
    rows = corpus_of(request).entities(label=views.clean_filter(label), query=views.clean_filter(q), limit=200)
    for row in rows:
        row["cls"] = label_class(row.get("label"))
        row["label_name"] = label_name(row.get("label"))
    return render(request, "entities.html", {"rows": rows, "label": label or "", "q": q or "",
                                             "labels": LABELS, "nav": "entities"})


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request, type: str | None = None, actor: str | None = None, since: str | None = None,
    until: str | None = None, page: int = Query(1, ge=1, le=1000),
) -> Response:
    try:
        data = views.events_data(corpus_of(request), type=type, actor=actor, since=since, until=until, page=page)
        error = None
    except ValueError as exc:
        data, error = {"filters": {}, "page": 1, "events": [], "has_next": False}, str(exc)
    data["rows"] = [event_row(e, {}, "") for e in data["events"]]
    params = {k: v for k, v in data["filters"].items() if v}
    data["csv_link"] = "/events.csv" + (f"?{urlencode(params)}" if params else "")
    data["next_link"] = _page_link(request, data["page"] + 1) if data["has_next"] else None
    data["prev_link"] = _page_link(request, data["page"] - 1) if data["page"] > 1 else None
    return render(request, "events.html", {**data, "error": error, "nav": "events"})


@router.get("/events.csv")
def events_csv_page(
    request: Request, type: str | None = None, actor: str | None = None, since: str | None = None,
    until: str | None = None,
) -> Response:
    return api_events_csv(request, type=type, actor=actor, since=since, until=until)


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request) -> Response:
    return render(request, "analyze.html", {"text": "", "a": None, "nav": "analyze"})


@router.post("/analyze", response_class=HTMLResponse)
async def analyze_page(request: Request) -> Response:
    # A plain urlencoded form; parsed here so no multipart dependency is needed.
    form = parse_qs((await request.body()).decode("utf-8", errors="replace"))
    text = (form.get("text") or [""])[0]
    store = (form.get("store") or [""])[0] == "1"
    if not text.strip():
        return render(request, "analyze.html", {"text": "", "a": None, "error": "متن خبر خالی است.",
                                                "nav": "analyze"}, status_code=400)
    from starlette.concurrency import run_in_threadpool

    article = await run_in_threadpool(request.app.state.analyzer.analyze, text)
    if store:
        await run_in_threadpool(lambda: corpus_of(request).add_articles([article]))
        return RedirectResponse(f"/article/{article.id}", status_code=303)
    return render(request, "analyze.html", {"text": text, "a": article_view(article.to_dict()),
                                            "stored": False, "nav": "analyze"})

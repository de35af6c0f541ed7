"""The JSON API under /api: the same data as the pages, as JSON (OpenAPI at /api/openapi.json)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from khabar.web import views

router = APIRouter(prefix="/api", tags=["api"])


def corpus_of(request: Request) -> views.CorpusLike:
    return request.app.state.corpus.get()


class AnalyzeRequest(BaseModel):
    text: str = Field(..., description="The article: kicker, title, lead and paragraphs, one per line.")
    date: str | None = Field(None, description="Publication date (ISO), used for relative dates.")
    store: bool = Field(False, description="Also add the analyzed article to the corpus.")


@router.get("/search", summary="Full-text search with filters; snippets as [text, is_hit] parts")
def api_search(
    request: Request,
    q: str = Query("", max_length=500, description="Query (normalized like the corpus)"),
    entity: str | None = None, label: str | None = None, source: str | None = None,
    since: str | None = None, until: str | None = None,
    page: int = Query(1, ge=1, le=1000),
) -> dict[str, Any]:
    data = views.search_data(corpus_of(request), q, entity=entity, label=label, source=source,
                             since=since, until=until, page=page)
    if data["error"]:
        raise HTTPException(400, data["error"])
    return data


@router.get("/articles/{article_id}", summary="One article as Khabar's Article JSON")
def api_article(request: Request, article_id: str) -> dict[str, Any]:
    article = corpus_of(request).article(article_id)
    if article is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return article


@router.get("/entities", summary="Entities by label and/or name")
def api_entities(
    request: Request, label: str | None = None, q: str | None = Query(None, max_length=200),
    limit: int = Query(100, ge=1, le=1000),
) -> list[dict[str, Any]]:
    return corpus_of(request).entities(label=views.clean_filter(label), query=views.clean_filter(q), limit=limit)


@router.get("/entities/{entity_id}", summary="An entity with its quotes, events, co-occurring entities, network")
def api_entity(request: Request, entity_id: int) -> dict[str, Any]:
    data = views.entity_data(corpus_of(request), entity_id)
    if data is None:
        raise HTTPException(404, f"no entity with id {entity_id}")
    return data


@router.get("/events", summary="Events filtered by type, actor and date range")
def api_events(
    request: Request, type: str | None = None, actor: str | None = None,
    since: str | None = None, until: str | None = None, page: int = Query(1, ge=1, le=1000),
) -> dict[str, Any]:
    try:
        return views.events_data(corpus_of(request), type=type, actor=actor, since=since, until=until, page=page)
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from exc


@router.get("/events.csv", summary="The filtered events as CSV", response_class=Response)
def api_events_csv(
    request: Request, type: str | None = None, actor: str | None = None,
    since: str | None = None, until: str | None = None,
) -> Response:
    try:
        rows = corpus_of(request).events(
            type=views.clean_filter(type), actor=views.clean_filter(actor), since=views.clean_filter(since),
            until=views.clean_filter(until), limit=views.CSV_LIMIT, offset=0,
        )
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from exc
    return Response(
        views.events_csv(rows), media_type="text/csv; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="khabar-events.csv"'},
    )


@router.post("/analyze", summary="Analyze pasted text; stored only when store=true")
def api_analyze(request: Request, body: AnalyzeRequest) -> dict[str, Any]:
    if not body.text.strip():
        raise HTTPException(400, "text: empty article")
    article = request.app.state.analyzer.analyze(body.text, date=body.date)
    stored = False
    if body.store:
        corpus_of(request).add_articles([article])
        stored = True
    return {"article": article.to_dict(), "stored": stored}


@router.get("/stats", summary="Row counts per table")
def api_stats(request: Request) -> dict[str, Any]:
    return corpus_of(request).stats()

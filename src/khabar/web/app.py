"""The web app factory: ``create_app(corpus_path)`` gives a FastAPI app over a Khabar corpus.

Pages are rendered on the server with Jinja2 (autoescape on; every expression is
also stripped of bidi override characters). The JSON API lives under /api with its
OpenAPI schema at /api/openapi.json and a local, script-free docs page at /api/docs:
FastAPI's own Swagger page loads assets from a CDN, so it is switched off.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from spacy.language import Language
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from khabar.web.analyzer import LazyAnalyzer
from khabar.web.limits import LimitsMiddleware
from khabar.web.render import clean
from khabar.web.views import CorpusAccess, CorpusLike

HERE = Path(__file__).parent
DEFAULT_MAX_REQUEST_BYTES = 1_000_000


def _finalize(value: Any) -> Any:
    """Applied to every ``{{ expression }}`` before autoescaping: drop bidi overrides from text."""
    if value is None:
        return ""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return clean(value)


def make_templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        finalize=_finalize,
        undefined=jinja2.ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return Jinja2Templates(env=env)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api")


def create_app(
    corpus_path: str,
    *,
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
    corpus: CorpusLike | None = None,
    corpus_opener: Callable[[str], CorpusLike] | None = None,
    nlp_loader: Callable[[], Language] | None = None,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """Build the app. ``corpus`` (an object with Corpus's methods) replaces opening ``corpus_path``;
    ``nlp_loader`` replaces ``khabar.load()`` for the analyze page; ``allowed_hosts`` limits the Host
    header (``khabar serve`` passes the loopback names, so a DNS-rebinding page cannot read the corpus)."""
    from khabar.web import api, pages

    app = FastAPI(
        title="Khabar",
        summary="Persian news corpus: search, articles, entities, events.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.corpus = CorpusAccess(corpus_path, corpus=corpus, opener=corpus_opener)
    app.state.analyzer = LazyAnalyzer(nlp_loader)
    app.state.templates = make_templates()
    app.state.max_request_bytes = max_request_bytes
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        if _wants_html(request):
            return app.state.templates.TemplateResponse(
                request, "error.html", {"status": exc.status_code, "detail": str(exc.detail)},
                status_code=exc.status_code,
            )
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Any:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err.get('loc', ()))}: {err.get('msg')}" for err in exc.errors()
        )
        if _wants_html(request):
            return app.state.templates.TemplateResponse(
                request, "error.html", {"status": 422, "detail": problems}, status_code=422
            )
        return JSONResponse({"detail": problems}, status_code=422)

    @app.get("/api/docs", include_in_schema=False, response_class=HTMLResponse)
    def api_docs(request: Request) -> Any:
        schema = app.openapi()
        return app.state.templates.TemplateResponse(request, "api_docs.html", {"schema": schema})

    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.add_middleware(LimitsMiddleware, max_request_bytes=max_request_bytes)
    return app

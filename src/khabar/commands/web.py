"""``khabar serve``: the web app over a corpus, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

from pathlib import Path

import typer

from khabar.cli import app, fail, report

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@app.command()
def serve(
    db: str = typer.Option("khabar.db", "--db", help="The corpus (SQLite) written by `khabar ingest`."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; loopback by default."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
    max_request_bytes: int = typer.Option(1_000_000, "--max-request-bytes", min=1024,
                                          help="Larger requests get 413."),
) -> None:
    """Serve the right-to-left web app and the JSON API (docs at /api/docs)."""
    path = Path(db)
    if not path.is_file():
        fail(f"{db}: no corpus there (create one with `khabar ingest … --db {db}`)", 2)
    try:
        import uvicorn

        from khabar.web import create_app
    except ImportError as exc:
        fail(f"serve: the web app needs fastapi, jinja2 and uvicorn ({exc.name} is missing)", 2)
    if host not in LOOPBACK:
        report(f"binding {host}: the app has no login; anyone who can reach this address can read the corpus")
    # On loopback, only loopback Host headers: a web page that rebinds its DNS name to 127.0.0.1 is refused.
    hosts = [*LOOPBACK, "[::1]"] if host in LOOPBACK else None
    web_app = create_app(str(path), max_request_bytes=max_request_bytes, allowed_hosts=hosts)
    report(f"serving {db} on http://{host}:{port}/  (Ctrl+C stops)")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")

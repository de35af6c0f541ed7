"""The JSON API under /api, request limits and security headers (in-memory corpus)."""

from __future__ import annotations

import csv
import io
import warnings

import pytest

from web_fakes import FakeCorpus, sample_articles

fastapi = pytest.importorskip("fastapi", reason="the web app needs fastapi (pip install khabar[test])")
with warnings.catch_warnings():  # starlette nags about httpx versions on import
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from khabar.web import create_app  # noqa: E402


@pytest.fixture()
def corpus() -> FakeCorpus:
    return FakeCorpus(sample_articles())


@pytest.fixture()
def client(corpus: FakeCorpus, nlp_rules) -> TestClient:
    app = create_app("unused.db", corpus=corpus, max_request_bytes=4096, nlp_loader=lambda: nlp_rules)
    return TestClient(app)


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/search?q=دیدار", 200),  # «meeting»: in two articles
        ("/api/articles/a1", 200),
        ("/api/articles/nope", 404),
        ("/api/entities", 200),
        ("/api/entities?label=PER&q=عراقچی", 200),  # by label and name
        ("/api/entities/1", 200),
        ("/api/entities/999", 404),
        ("/api/entities/abc", 422),  # ids are integers
        ("/api/events", 200),
        ("/api/events.csv", 200),
        ("/api/stats", 200),
        ("/api/openapi.json", 200),
        ("/api/docs", 200),
        ("/api/search?q=x&page=0", 422),  # pages start at 1
    ],
)
def test_status(client: TestClient, url: str, status: int) -> None:
    assert client.get(url).status_code == status


@pytest.mark.parametrize(
    ("params", "ids"),
    [
        ({"q": "دیدار"}, ["a1", "a2"]),  # «meeting» in both diplomatic articles
        ({"q": "دیدار", "source": "فارس"}, ["a2"]),  # filtered by source
        ({"q": "دیدار", "since": "2024-04-01"}, ["a2"]),  # filtered by date
        ({"q": "دیدار", "until": "2024-04-01"}, ["a1"]),
        ({"q": "آنکارا", "label": "LOC"}, ["a1"]),  # «Ankara», with a place in the article
        ({"q": "بندر"}, ["a3"]),  # «port»: only the hostile article
        ({"q": "واژه‌ای‌که‌نیست"}, []),  # a word that is nowhere
        ({"entity": "هاکان فیدان"}, ["a1", "a2"]),  # entity filter alone, no query
    ],
)
def test_search(client: TestClient, params: dict, ids: list[str]) -> None:
    data = client.get("/api/search", params=params).json()
    assert [hit["id"] for hit in data["hits"]] == ids
    for hit in data["hits"]:
        if params.get("q"):
            assert [params["q"], True] in hit["snippet_parts"]


def test_search_bad_filter_is_400_with_message(client: TestClient) -> None:
    response = client.get("/api/search", params={"q": "دیدار", "since": "دیروز"})  # «yesterday» is not a date
    assert response.status_code == 400
    assert "since" in response.json()["detail"]


def test_missing_article_names_the_id(client: TestClient) -> None:
    assert client.get("/api/articles/nope").json() == {"detail": "no article with id 'nope'"}


def test_entity_bundle(client: TestClient) -> None:
    data = client.get("/api/entities/1").json()  # سید عباس عراقچی
    assert data["entity"]["name"] == "سید عباس عراقچی"
    assert {q["article_id"] for q in data["quotes"]} == {"a1", "a2"}
    assert len(data["events"]) == 2
    assert {c["name"] for c in data["cooccurring"]} >= {"هاکان فیدان"}
    assert {n["id"] for n in data["network"]["nodes"]} == {1, 2}


@pytest.mark.parametrize(
    ("params", "count"),
    [
        ({}, 3),
        ({"type": "CONSULT"}, 2),
        ({"type": "ACCUSE"}, 1),
        ({"actor": "فیدان"}, 1),  # «Fidan» acts in the Tehran visit only
        ({"since": "2024-04-01"}, 2),
        ({"since": "2024-04-01", "until": "2024-04-30"}, 1),
    ],
)
def test_events_filters(client: TestClient, params: dict, count: int) -> None:
    assert len(client.get("/api/events", params=params).json()["events"]) == count


def test_events_csv(client: TestClient) -> None:
    response = client.get("/events.csv", params={"type": "CONSULT"})
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0][:3] == ["date", "type", "mode"]
    assert len(rows) == 3
    assert "سید عباس عراقچی" in rows[1][4]  # actors column, by name


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),  # spreadsheet formula: neutralized
        ("+1", "'+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("دیدار", "دیدار"),  # ordinary Persian text: unchanged
    ],
)
def test_csv_cells_cannot_be_formulas(cell: str, expected: str) -> None:
    from khabar.web.views import _csv_cell

    assert _csv_cell(cell) == expected


def test_body_over_limit_is_413(client: TestClient) -> None:
    response = client.post("/api/analyze", json={"text": "خبر " * 5000})
    assert response.status_code == 413
    assert "too large" in response.json()["detail"]


def test_chunked_body_over_limit_is_413(client: TestClient) -> None:
    def chunks():
        for _ in range(10):
            yield ("ب" * 1000).encode()

    response = client.post("/analyze", content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 413


def test_long_url_is_414(client: TestClient) -> None:
    assert client.get("/api/search", params={"q": "ا" * 5000}).status_code == 414


def test_security_headers(client: TestClient) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_analyze_stores_only_when_asked(client: TestClient, corpus: FakeCorpus) -> None:
    # An article we wrote: a commander meets a minister.
    text = "دیدار فرمانده با وزیر\nفرمانده نیروی دریایی با وزیر دفاع دیدار کرد.\nاین دیدار در تهران انجام شد.\n"
    before = len(corpus.articles)
    data = client.post("/api/analyze", json={"text": text}).json()
    assert data["stored"] is False and "دیدار" in data["article"]["text"]
    assert len(corpus.articles) == before
    data = client.post("/api/analyze", json={"text": text, "store": True}).json()
    assert data["stored"] is True
    assert len(corpus.articles) == before + 1


def test_analyze_empty_text_is_400(client: TestClient) -> None:
    assert client.post("/api/analyze", json={"text": "  "}).status_code == 400


def test_openapi_lists_the_api() -> None:
    app = create_app("unused.db", corpus=FakeCorpus())
    paths = set(app.openapi()["paths"])
    assert paths == {"/api/search", "/api/articles/{article_id}", "/api/entities", "/api/entities/{entity_id}",
                     "/api/events", "/api/events.csv", "/api/analyze", "/api/stats"}


@pytest.mark.parametrize(("host", "status"), [("127.0.0.1:8000", 200), ("localhost", 200), ("evil.example", 400)])
def test_allowed_hosts_refuse_rebinding(host: str, status: int) -> None:
    app = create_app("unused.db", corpus=FakeCorpus(), allowed_hosts=["127.0.0.1", "localhost"])
    assert TestClient(app).get("/api/stats", headers={"host": host}).status_code == status

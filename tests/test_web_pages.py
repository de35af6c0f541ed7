"""The HTML pages: right to left, local assets only, highlights, links, and escaping of hostile text.

Every page test runs twice: over the in-memory FakeCorpus and over a real SQLite corpus built with
``Corpus.add_articles`` (hand-annotated articles plus articles analyzed by ``khabar.load(None)``).
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.request
import warnings
from pathlib import Path

import pytest

from web_fakes import ATTR, PDF, RLO, SCRIPT, FakeCorpus, corpus_articles, sample_articles

pytest.importorskip("fastapi", reason="the web app needs fastapi (pip install khabar[test])")
with warnings.catch_warnings():  # starlette nags about httpx versions on import
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from khabar.web import create_app  # noqa: E402
from khabar.web.render import Annotator, clean, highlight_parts  # noqa: E402

BIDI_OVERRIDES = re.compile("[\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def real_db(tmp_path_factory: pytest.TempPathFactory, nlp_rules) -> Path:
    store = pytest.importorskip("khabar.store.corpus", reason="the corpus store (issue 7) is not there yet")
    path = tmp_path_factory.mktemp("web") / "corpus.db"
    corpus = store.Corpus(path)
    corpus.add_articles(corpus_articles(nlp_rules))
    corpus.close()
    return path


@pytest.fixture(params=["fake", "sqlite"])
def client(request: pytest.FixtureRequest, nlp_rules) -> TestClient:
    if request.param == "fake":
        app = create_app("unused.db", corpus=FakeCorpus(sample_articles()), nlp_loader=lambda: nlp_rules)
    else:
        app = create_app(str(request.getfixturevalue("real_db")), nlp_loader=lambda: nlp_rules)
    return TestClient(app)


def entity_id(client: TestClient, name: str) -> int:
    return int(next(e["id"] for e in client.get("/api/entities", params={"limit": 1000}).json() if e["name"] == name))


PAGES = ["/", "/?q=بندر", "/?q=دیدار&source=فارس", "/article/a1", "/article/a3", "/entities", "/events",
         "/events?type=ACCUSE", "/analyze", "/api/docs"]


@pytest.mark.parametrize("url", PAGES)
def test_page_is_rtl_and_local(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    html = response.text
    assert '<html lang="fa" dir="rtl">' in html
    assert "<script" not in html.lower()  # the app itself ships no script at all
    for ref in re.findall(r'<(?:link|img|script|iframe)[^>]*(?:href|src)="([^"]*)"', html):
        assert ref.startswith("/"), f"remote asset {ref} on {url}"


@pytest.mark.parametrize("url", PAGES + ["/entity/{hostile}", "/events?actor=فرمانده"])
def test_hostile_text_is_escaped(client: TestClient, url: str) -> None:
    url = url.replace("{hostile}", str(entity_id(client, f"فرمانده {ATTR}")))
    html = client.get(url).text
    assert "<script>" not in html and "<img" not in html  # markup from articles arrives as text
    assert not BIDI_OVERRIDES.search(html)  # no U+202E & co.: they would reverse the page


def test_hostile_article_shows_its_text_literally(client: TestClient) -> None:
    html = client.get("/article/a3").text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=&#34;window.__pwned=2&#34;&gt;" in html
    assert "ناوش رد" in html  # the overridden words are kept, only the control characters go


def test_search_highlights_hits(client: TestClient) -> None:
    html = client.get("/", params={"q": "بندر"}).text  # «port»
    assert html.count("<mark>بندر</mark>") >= 1
    assert 'href="/article/a3"' in html


def test_search_no_hits(client: TestClient) -> None:
    assert "نتیجه‌ای پیدا نشد" in client.get("/", params={"q": "کهکشان"}).text  # «galaxy»: nowhere


def test_article_structure_mentions_quotes_events(client: TestClient) -> None:
    html = client.get("/article/a1").text
    assert '<p class="kicker">در سفر وزیر خارجه به' in html
    assert '<h1 class="title">دیدار <a class="mention ent-per"' in html  # «عراقچی» in the title is a link
    assert '<h2 class="subheading">محورهای گفت‌وگو</h2>' in html  # sub-heading between paragraphs
    assert html.count('class="mention ent-per"') >= 6
    assert 'class="mention ent-loc"' in html
    assert '<q class="quote" id="q0">همکاری‌های اقتصادی' in html
    assert "CONSULT" in html and "تصریح کرد" in html


def test_mention_link_leads_to_entity(client: TestClient) -> None:
    html = client.get("/article/a1").text
    href = re.search(r'<a class="mention ent-loc" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    page = client.get(href)  # follows the lookup redirect
    assert page.status_code == 200
    assert '<span class="mention ent-loc">آنکارا</span>' in page.text


def test_entity_page(client: TestClient) -> None:
    html = client.get(f"/entity/{entity_id(client, 'سید عباس عراقچی')}").text
    assert "عراقچی" in html.split("<dd>")[1]  # the alias list
    assert '<svg class="network"' in html and "هاکان فیدان" in html
    assert '<line class="edge event"' in html  # the Ankara and Tehran meetings
    assert '<svg class="timeline"' in html
    assert "امنیت منطقه بدون همکاری همسایگان ممکن نیست" in html  # his quote from the Tehran article
    assert 'href="/article/a2"' in html


@pytest.mark.parametrize(("url", "status"), [("/article/nope", 404), ("/entity/99999", 404), ("/entity/x", 422)])
def test_errors_are_rtl_pages(client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert 'dir="rtl"' in response.text and "خطا" in response.text


def test_events_page_and_csv_link(client: TestClient, request: pytest.FixtureRequest) -> None:
    html = client.get("/events", params={"type": "CONSULT"}).text
    # header and the samples' two meetings; the real corpus also holds the pipeline-analyzed spokesman
    # article, whose «سفر هیئت اقتصادی به مسقط» is a third CONSULT event
    expected = 4 if request.node.callspec.params["client"] == "sqlite" else 3
    assert html.count("<tr>") == expected
    assert 'href="/events.csv?type=CONSULT"' in html


def test_analyze_page_annotates_without_storing(client: TestClient) -> None:
    before = client.get("/api/stats").json()
    text = f"دیدار دو وزیر\nوزیر دفاع با فرمانده دیدار کرد {SCRIPT}.\nاین دیدار در بندرعباس بود.\n"
    response = client.post("/analyze", data={"text": text})
    assert response.status_code == 200
    assert "&lt;script&gt;" in response.text and "<script>" not in response.text
    assert client.get("/api/stats").json() == before


def test_analyze_page_stores_when_asked(client: TestClient) -> None:
    text = "خبر ذخیره‌شدنی\nسخنگوی دولت از برگزاری نشست هیئت دولت خبر داد.\n"
    response = client.post("/analyze", data={"text": text, "store": "1"}, follow_redirects=False)
    assert response.status_code == 303
    assert client.get(response.headers["location"]).status_code == 200


@pytest.mark.parametrize(
    ("parts", "html"),
    [
        ([["دیدار ", False], ["وزیر", True]], "دیدار <mark>وزیر</mark>"),  # a plain hit
        ([["<b>", True]], "<mark>&lt;b&gt;</mark>"),  # markup in a hit stays text
        ([[f"{RLO}abc{PDF}", False]], "abc"),  # bidi overrides are dropped
        ([['"x"', False]], "&#34;x&#34;"),
    ],
)
def test_highlight_parts(parts: list, html: str) -> None:
    assert str(highlight_parts(parts)) == html


@pytest.mark.parametrize(
    ("mentions", "quotes", "html"),
    [
        # «Ali met Reza»: two mentions, no quote
        ([(0, 3), (7, 10)], [], '<a class="mention ent-per" href="/entity/lookup?name=X&amp;label=PER" title="PER">علی</a>'
                                ' با <a class="mention ent-per" href="/entity/lookup?name=X&amp;label=PER" title="PER">رضا</a> دید'),
        # a quote covering the second mention: the link nests inside <q>
        ([(7, 10)], [(4, 10)], 'علی <q class="quote" id="q0">با <a class="mention ent-per" '
                               'href="/entity/lookup?name=X&amp;label=PER" title="PER">رضا</a></q> دید'),
        # a mention crossing the quote's end is split, never mis-nested
        ([(2, 6)], [(0, 4)], '<q class="quote" id="q0">عل<a class="mention ent-per" href="/entity/lookup?name=X&amp;'
                             'label=PER" title="PER">ی </a></q><a class="mention ent-per" href="/entity/lookup?name=X&amp;'
                             'label=PER" title="PER">با</a> رضا دید'),
    ],
)
def test_annotator_nests_tags(mentions: list, quotes: list, html: str) -> None:
    text = "علی با رضا دید"
    article = {"text": text,
               "entities": [{"id": "e1", "label": "PER", "name": "X",
                             "mentions": [{"start": s, "end": e} for s, e in mentions]}],
               "quotes": [{"start": s, "end": e} for s, e in quotes]}
    assert str(Annotator(article).render(0, len(text))) == html


@pytest.mark.parametrize(("raw", "shown"), [(f"a{RLO}b", "ab"), ("می\u200cشود", "می\u200cشود"), (None, "")])
def test_clean_keeps_zwnj_drops_overrides(raw: str | None, shown: str) -> None:
    assert clean(raw) == shown


def _serve(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "khabar", "serve", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_serve_missing_corpus_is_one_line_error(tmp_path: Path) -> None:
    proc = _serve("--db", str(tmp_path / "none.db"))
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 2
    assert stderr.strip().count("\n") == 0 and "none.db: no corpus there" in stderr


def test_serve_answers_on_loopback(real_db: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = _serve("--db", str(real_db), "--port", str(port))
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/?q=%D8%A8%D9%86%D8%AF%D8%B1", timeout=5) as r:
                    html = r.read().decode()
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "khabar serve did not come up"
                time.sleep(0.3)
        assert "<mark>بندر</mark>" in html
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.parametrize(
    ("url", "href"),
    [
        ("javascript:alert(1)", 'href="#"'),  # script URLs never become links
        ("https://example.org/x?a=1&b=2", 'href="https://example.org/x?a=1&amp;b=2"'),
    ],
)
def test_article_url_links_only_http(url: str, href: str) -> None:
    article = {**sample_articles()[0], "url": url}
    html = TestClient(create_app("unused.db", corpus=FakeCorpus([article]))).get("/article/a1").text
    assert f'<a class="url" {href}' in html


def test_search_shows_total_from_store(real_db: Path) -> None:
    html = TestClient(create_app(str(real_db))).get("/", params={"q": "بندر"}).text  # «port»: 2 articles
    assert '<p class="total">2 خبر</p>' in html

"""The web app in a real browser: Debian's headless Chromium driven by Playwright (no downloaded browser).

The app serves a real SQLite corpus (hostile articles included) on 127.0.0.1; each page is loaded,
checked for right-to-left layout, highlights and links, and photographed under the test's tmp dir.
Skipped with a reason when Chromium or Playwright is missing.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from web_fakes import FakeCorpus, corpus_articles, sample_articles

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]

if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
    pytest.skip(f"browser tests need Debian's Chromium at {CHROMIUM} (apt-get install chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright (pip install playwright)")
uvicorn = pytest.importorskip("uvicorn", reason="browser tests need uvicorn")

from khabar.web import create_app  # noqa: E402


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, nlp_rules) -> Iterator[str]:
    try:
        from khabar.store.corpus import Corpus

        path = tmp_path_factory.mktemp("browser") / "corpus.db"
        corpus = Corpus(path)
        corpus.add_articles(corpus_articles(nlp_rules))
        corpus.close()
        app = create_app(str(path), nlp_loader=lambda: nlp_rules)
    except ImportError:  # store not there: the in-memory corpus still exercises every page
        app = create_app("unused.db", corpus=FakeCorpus(sample_articles()), nlp_loader=lambda: nlp_rules)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            pytest.fail("the web app did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser: Any, base_url: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base_url)
    page = context.new_page()
    page.dialogs = []  # type: ignore[attr-defined]
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    # Nothing may leave the machine: any request that is not to our loopback server fails the test.
    page.outside = []  # type: ignore[attr-defined]
    page.on("request", lambda r: None if r.url.startswith(base_url) else page.outside.append(r.url))  # type: ignore[attr-defined]
    yield page
    context.close()


def assert_safe(page: Any) -> None:
    """No injected script ran, no script element exists, no request left 127.0.0.1."""
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('script, img[onerror]').length") == 0
    assert page.dialogs == []
    assert page.outside == []


def article_url(page: Any, base_url: str, title_word: str) -> str:
    """Find an article through the search box (the ids of pipeline-analyzed articles are hashes)."""
    page.goto(f"/?q={title_word}")
    return str(page.locator("a.hit-title").first.get_attribute("href"))


def test_search_page_rtl_and_highlights(page: Any, tmp_path: Path) -> None:
    page.goto("/")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "fa"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # Right to left: the brand (first in the header) sits to the right of the navigation.
    brand, nav = page.locator("header.site .brand").bounding_box(), page.locator("header.site nav").bounding_box()
    assert brand["x"] > nav["x"]
    page.fill("input[name=q]", "بندر")  # «port»
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/?q=*")
    assert page.locator("mark").count() >= 1
    assert page.locator("mark").first.inner_text() == "بندر"
    box = page.locator("input[name=q]").bounding_box()
    assert box["x"] + box["width"] > 1280 / 2  # the query box starts at the right edge
    page.screenshot(path=str(tmp_path / "search.png"), full_page=True)
    assert_safe(page)


def test_article_page_mentions_link_to_entities(page: Any, tmp_path: Path) -> None:
    page.goto("/article/a1")
    title = page.locator("h1.title")
    assert title.evaluate("e => getComputedStyle(e).direction") == "rtl"
    # The title is right-aligned: its text ends near the article's right edge.
    article = page.locator("article.article").bounding_box()
    text_right = title.evaluate("e => { const r = document.createRange(); r.selectNodeContents(e);"
                                " return r.getBoundingClientRect().right; }")
    assert article["x"] + article["width"] - text_right < 40
    mentions = page.locator("article a.mention.ent-per")
    assert mentions.count() >= 4
    colour = mentions.first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")  # highlighted
    assert page.locator("q.quote").count() == 2
    assert page.locator(".quote-card figcaption a.mention").first.inner_text() == "سید عباس عراقچی"
    page.screenshot(path=str(tmp_path / "article.png"), full_page=True)
    page.locator("article a.mention.ent-loc").first.click()
    page.wait_for_url("**/entity/*")
    assert page.locator("h1 .mention").inner_text() == "آنکارا"
    assert_safe(page)


def test_entity_page_network(page: Any, tmp_path: Path) -> None:
    page.goto("/entities?q=سید")
    page.locator("a.mention", has_text="سید عباس عراقچی").click()
    page.wait_for_url("**/entity/*")
    assert page.locator("svg.network circle").count() >= 2
    assert page.locator("svg.network line.edge.event").count() >= 1
    assert page.locator("svg.timeline rect.bar").count() == 2
    page.screenshot(path=str(tmp_path / "entity.png"), full_page=True)
    page.locator("svg.network a", has_text="هاکان فیدان").click()
    page.wait_for_url("**/entity/*")
    assert "فیدان" in page.locator("h1").inner_text()
    assert_safe(page)


@pytest.mark.parametrize("word", ["آزمایشی", "گزارش"])  # the two hostile articles, by a title word
def test_hostile_articles_do_not_run_script(page: Any, base_url: str, tmp_path: Path, word: str) -> None:
    href = article_url(page, base_url, word)
    assert_safe(page)  # the search page with hostile snippets
    page.goto(href)
    assert "<script>" in page.locator("main").inner_text()  # shown as text
    assert "\u202e" not in page.content()
    page.screenshot(path=str(tmp_path / f"hostile-{word}.png"), full_page=True)
    assert_safe(page)


def test_events_page_and_csv(page: Any, base_url: str, tmp_path: Path) -> None:
    page.goto("/events")
    assert page.locator("table.event-table tbody tr").count() >= 3
    page.fill("input[name=type]", "CONSULT")
    page.click("form button")
    page.wait_for_url("**/events?type=CONSULT*")
    # the two CONSULT events of the hand-annotated samples, and the economic delegation's trip to Muscat
    # («سفر هیئت اقتصادی به مسقط») found by the pipeline in the spokesman article
    assert page.locator("table.event-table tbody tr").count() == 3
    csv_text = page.request.get(str(page.locator("a.csv").get_attribute("href"))).text()
    assert csv_text.startswith("date,type,mode")
    page.screenshot(path=str(tmp_path / "events.png"), full_page=True)
    assert_safe(page)


def test_analyze_page(page: Any, tmp_path: Path) -> None:
    page.goto("/analyze")
    page.fill("textarea[name=text]", "دیدار دو وزیر\nوزیر دفاع با فرمانده نیروی دریایی دیدار کرد.\n"
                                      "<script>window.__pwned = 3</script>\n")
    page.click("form.analyze button")
    page.wait_for_selector("article.article")
    assert page.locator("h1.title").inner_text() == "دیدار دو وزیر"
    page.screenshot(path=str(tmp_path / "analyze.png"), full_page=True)
    assert_safe(page)


def test_api_docs_page(page: Any) -> None:
    page.goto("/api/docs")
    assert page.locator("code", has_text="GET /api/search").count() == 1
    assert_safe(page)

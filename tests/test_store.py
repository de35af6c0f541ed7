"""The corpus store API (the web app's contract) on hand-analyzed articles of our own.

tests/fixtures/corpus/analyzed.jsonl: «meeting» (ایرنا; رئیس‌جمهور پرهام meets الحارثی in Tehran),
«meeting-copy» (the same report under مهر), «visit» (فارس; Arabic ي/ك, «رئيس جمهور» spaced,
«گفتگو» glued), «match» (ایسنا; a football report).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.store import Corpus
from khabar.store.ingest import article_from_json

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    records = [json.loads(line) for line in (FIXTURES / "analyzed.jsonl").read_text(encoding="utf-8").splitlines()]
    c = Corpus(tmp_path_factory.mktemp("store") / "corpus.db")
    assert c.add_articles(article_from_json(r) for r in records) == 3  # the copy is linked, not stored
    return c


def _ids(hits: list[dict]) -> set[str]:
    return {h["id"] for h in hits}


@pytest.mark.parametrize(
    ("query", "filters", "expected"),
    [
        ("گفتگو", {}, {"meeting", "visit"}),  # glued query finds «گفت‌وگو» and «گفتگو»
        ("گفت‌وگو", {}, {"meeting", "visit"}),  # and the other way round
        ("رئیس جمهور", {}, {"meeting", "visit"}),  # spaced query finds «رئیس‌جمهور» and «رئيس جمهور»
        ("رئيس‌جمهور", {}, {"meeting", "visit"}),  # Arabic yeh + ZWNJ in the query
        ("يكشنبه", {}, {"visit"}),  # Arabic letters in both
        ("یکشنبه", {}, {"visit"}),  # Persian query, Arabic text
        ('"تنگه هرمز"', {}, {"meeting"}),  # phrase
        ('"هرمز تنگه"', {}, set()),  # phrase order matters
        ("ورزشگاه آزادی", {}, {"match"}),  # two words
        ("دیدار", {"source": "ایرنا"}, {"meeting"}),  # source filter
        ("دیدار", {"since": "2024-03-06"}, {"visit"}),  # date filter (meeting is 03-05)
        ("", {"until": "1402/12/16"}, {"meeting"}),  # Jalali until (= 2024-03-06), no query
        ("", {"entity": "مسعود پرهام"}, {"meeting", "visit"}),  # one corpus entity across articles
        ("", {"entity": "پرهام"}, {"meeting", "visit"}),  # by alias
        ("", {"label": "FAC"}, {"match"}),  # by label
        ("", {"entity": "سالم الحارثی", "label": "LOC"}, set()),  # entity and label must agree
        ("فوتبال", {"entity": "مسعود پرهام"}, set()),  # query and entity together
    ],
)
def test_search(corpus: Corpus, query: str, filters: dict, expected: set[str]) -> None:
    assert _ids(corpus.search(query, **filters)) == expected


def test_search_hit_shape(corpus: Corpus) -> None:
    hit = corpus.search("گفتگو", source="خبرگزاری فارس")[0]
    assert set(hit) == {"id", "title", "date", "source", "snippet", "snippet_parts"}
    assert [t for t, is_hit in hit["snippet_parts"] if is_hit] == ["گفتگو"]
    assert hit["snippet"] == "".join(t for t, _ in hit["snippet_parts"])


def test_article_links_its_copy(corpus: Corpus) -> None:
    art = corpus.article("meeting")
    assert art is not None and art["structure"]["title"].startswith("دیدار")
    assert art["text"].startswith(art["structure"]["title"]) and list(art)[:5] == ["id", "source", "date", "url", "text"]
    copies = art["near_duplicates"]
    assert [(c["id"], c["source"]) for c in copies] == [("meeting-copy", "مهر")]
    assert copies[0]["similarity"] >= 0.8
    assert corpus.article("meeting-copy")["id"] == "meeting"  # a copy's id leads to the article it copies
    assert corpus.article("no-such-id") is None


def _entity(corpus: Corpus, name: str) -> dict:
    found = [e for e in corpus.entities(query=name) if e["name"] == name]
    assert len(found) == 1, found
    return corpus.entity(found[0]["id"]) or {}


def test_entity_merges_across_articles(corpus: Corpus) -> None:
    e = _entity(corpus, "مسعود پرهام")
    assert (e["label"], e["articles"]) == ("PER", 2)
    assert "پرهام" in e["aliases"] and e["titles"] == ["دکتر"]
    assert set(e["roles"]) == {"رئیس‌جمهور", "رئيس جمهور"}
    assert e["timeline"] == [{"date": "2024-03-05", "count": 1}, {"date": "2024-03-10", "count": 1}]


def test_quotes_events_and_network(corpus: Corpus) -> None:
    e = _entity(corpus, "مسعود پرهام")
    quotes = corpus.entity_quotes(e["id"])
    assert [(q["article_id"], q["kind"], q["cue"]) for q in quotes] == [("meeting", "direct", "گفت")]
    events = corpus.entity_events(e["id"])
    assert sorted((ev["type"], ev["place"]["name"]) for ev in events) == [("CONSULT", "تهران"), ("VISIT", "مشهد")]
    meeting = next(ev for ev in events if ev["type"] == "CONSULT")
    assert [a["name"] for a in meeting["targets"]] == ["سالم الحارثی"]
    assert meeting["sentence_text"].startswith("به گزارش ایرنا")
    assert meeting["time"] == {"text": "امروز", "value": "2024-03-05"}
    names = {c["name"]: c["count"] for c in corpus.cooccurring(e["id"])}
    assert names["تهران"] == 1 and names["مشهد"] == 1
    net = corpus.network(e["id"])
    consult = [x for x in net["edges"] if x["type"] == "CONSULT"]
    assert len(consult) == 1 and consult[0]["source"] == e["id"]
    assert {n["id"] for n in net["nodes"]} >= {consult[0]["target"]}


@pytest.mark.parametrize(
    ("filters", "types"),
    [
        ({}, ["VISIT", "CONSULT"]),  # newest first
        ({"type": "VISIT"}, ["VISIT"]),
        ({"actor": "مسعود پرهام"}, ["VISIT", "CONSULT"]),
        ({"actor": "سالم الحارثی"}, []),  # a target, not an actor
        ({"until": "2024-03-06"}, ["CONSULT"]),
    ],
)
def test_events_filters(corpus: Corpus, filters: dict, types: list[str]) -> None:
    assert [ev["type"] for ev in corpus.events(**filters)] == types


def test_entities_and_stats(corpus: Corpus) -> None:
    assert [e["name"] for e in corpus.entities(label="FAC")] == ["ورزشگاه آزادی"]
    stats = corpus.stats()
    assert (stats["articles"], stats["near_duplicates"], stats["quotes"], stats["events"]) == (3, 1, 2, 2)


def test_adding_again_changes_nothing(corpus: Corpus) -> None:
    before = corpus.stats()
    records = [json.loads(line) for line in (FIXTURES / "analyzed.jsonl").read_text(encoding="utf-8").splitlines()]
    assert corpus.add_articles(article_from_json(r) for r in records) == 0
    assert corpus.stats() == before


@pytest.mark.parametrize(
    ("query", "filters", "n"),
    [
        ("گفتگو", {}, 2),  # same as search
        ("", {}, 3),  # everything
        ("", {"entity": "پرهام"}, 2),
        ("", {"entity": "کسی که نیست"}, 0),  # unknown entity
        ("...", {}, 0),  # nothing searchable
    ],
)
def test_count_matches_search(corpus: Corpus, query: str, filters: dict, n: int) -> None:
    assert corpus.count(query, **filters) == n == len(corpus.search(query, **filters))

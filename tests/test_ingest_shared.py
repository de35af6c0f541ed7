"""Ingest a slice of the shared news (../shared): real agency text, Arabic letters, mixed ZWNJ use.

Skipped when ../shared is absent. Nothing from it is copied into the repository: the slice is
written to a temporary folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.store import Corpus
from khabar.store.ingest import ingest

SLICES = [("news/fars/fars-news-1.json", 20), ("news/varzesh3/varzesh3-1.json", 10)]


@pytest.fixture(scope="module")
def shared_corpus(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory, nlp_rules) -> tuple[Corpus, list[str]]:
    folder = tmp_path_factory.mktemp("shared-slice")
    paths = []
    for name, n in SLICES:
        records = json.loads((shared_dir / "data" / name).read_text(encoding="utf-8"))[:n]
        path = folder / Path(name).name
        path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
        paths.append(str(path))
    report = ingest(paths, str(folder / "k.db"), nlp=nlp_rules, processes=1, batch_size=8)
    assert report.errors == [] and report.read == 30
    assert report.stored + report.duplicates == 30
    return Corpus(folder / "k.db"), paths


def test_every_article_is_stored_or_linked(shared_corpus: tuple[Corpus, list[str]]) -> None:
    corpus, _ = shared_corpus
    stats = corpus.stats()
    assert stats["articles"] + stats["near_duplicates"] == 30
    assert stats["articles"] >= 25


def test_search_finds_words_of_the_corpus(shared_corpus: tuple[Corpus, list[str]]) -> None:
    corpus, _ = shared_corpus
    # Every Fars lead names the agency; the search form folds its Arabic/Persian letter variants.
    hits = corpus.search("فارس", limit=50)
    assert len(hits) >= 15
    assert all(any(is_hit for _, is_hit in h["snippet_parts"]) for h in hits)
    assert corpus.search("خبرگزاري", limit=50) == corpus.search("خبرگزاری", limit=50)  # Arabic yeh in the query


def test_reingest_is_a_no_op(shared_corpus: tuple[Corpus, list[str]], nlp_rules) -> None:
    corpus, paths = shared_corpus
    before = corpus.stats()
    report = ingest(paths, corpus.path, nlp=nlp_rules, processes=1)
    assert (report.stored, report.skipped) == (0, 30)
    assert corpus.stats() == before

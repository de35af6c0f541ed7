"""``datasette khabar.db`` opens a Khabar corpus: every table, with readable table and column names.

Skipped when datasette is absent (it is in the ``test`` extra).
"""

from __future__ import annotations

import asyncio
import re
import shutil
from pathlib import Path

import pytest

from khabar.store.ingest import ingest

datasette_app = pytest.importorskip("datasette.app", reason="datasette is not installed (pip install -e '.[test]')")

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
# What a reader expects to find, by name (docs/corpus.md lists them all).
TABLES = {
    "articles": {"id", "title", "date", "source", "url", "text"},
    "entities": {"name", "label"},
    "mentions": {"article_id", "entity_id", "text"},
    "quotes": {"speaker_entity_id", "speaker_text", "text"},
    "events": set(),
}
READABLE = re.compile(r"^[a-z][a-z0-9_]*$")


async def _tables(db: Path) -> dict[str, list[str]]:
    ds = datasette_app.Datasette([str(db)])
    await ds.invoke_startup()
    response = await ds.client.get(f"/{db.stem}.json")
    assert response.status_code == 200, response.text
    tables = {t["name"]: t["columns"] for t in response.json()["tables"]}
    page = await ds.client.get(f"/{db.stem}/articles.json?_shape=array&_size=1")
    assert page.status_code == 200 and len(page.json()) == 1
    return tables


def test_datasette_opens_the_corpus(tmp_path, nlp_rules):
    folder = tmp_path / "inputs"
    shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns("*.py", "broken.json", "empty.txt"))
    db = tmp_path / "khabar.db"
    report = ingest([str(folder)], str(db), nlp=nlp_rules, processes=1)
    assert report.stored > 0
    tables = asyncio.run(_tables(db))
    for name, columns in TABLES.items():
        assert name in tables, f"datasette does not list {name}"
        assert columns <= set(tables[name])
    # Every table and column name a reader sees is a plain lower-case word or words_with_underscores.
    ours = {n: c for n, c in tables.items() if not n.startswith("articles_search")}
    assert all(READABLE.match(n) for n in ours), sorted(ours)
    assert all(READABLE.match(c) for cols in ours.values() for c in cols)

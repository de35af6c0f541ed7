"""The corpus's SQLite schema. Table and column names are meant to read well in Datasette."""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    -- Small columns first: SQLite reads a row's columns in order, so filters and sorts on these
    -- never walk the large text columns at the end.
    number INTEGER PRIMARY KEY,          -- stable row number (the full-text index's rowid)
    id TEXT NOT NULL UNIQUE,             -- Khabar's article id
    title TEXT,
    date TEXT,                           -- ISO publication date
    source TEXT,
    source_key TEXT,                     -- folded source, for filtering
    url TEXT,
    origin TEXT,                         -- the file (and record) it was read from
    content_hash TEXT NOT NULL UNIQUE,   -- sha1 of source, url and original text: re-ingest skips it
    ingested_at TEXT NOT NULL DEFAULT (datetime('now')),
    text TEXT NOT NULL,                  -- normalized text; all offsets point into it
    original_text TEXT,                  -- as read, before normalization (NULL: the same as text)
    structure TEXT NOT NULL,             -- JSON: kicker, title, lead, subheadings, paragraphs, agency
    article_json TEXT NOT NULL,          -- the Article JSON less "text" (that is the column above)
    minhash BLOB                         -- near-duplicate signature
);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE INDEX IF NOT EXISTS articles_source_key ON articles(source_key);
CREATE INDEX IF NOT EXISTS articles_url ON articles(url);

CREATE TABLE IF NOT EXISTS near_duplicates (
    content_hash TEXT PRIMARY KEY,       -- of the copy: re-ingest skips it
    id TEXT,                             -- the copy's own article id, when it came analyzed
    duplicate_of TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    similarity REAL NOT NULL,            -- estimated Jaccard similarity of word shingles
    title TEXT,
    date TEXT,
    source TEXT,
    url TEXT,
    origin TEXT
);
CREATE INDEX IF NOT EXISTS near_duplicates_of ON near_duplicates(duplicate_of);

CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,                  -- canonical name, as first seen
    label TEXT NOT NULL,                 -- PER, ORG, LOC, ...
    name_key TEXT NOT NULL,              -- folded name: one entity per (name_key, label)
    UNIQUE (name_key, label)
);
CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    alias TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    UNIQUE (entity_id, alias_key)
);
CREATE INDEX IF NOT EXISTS entity_aliases_key ON entity_aliases(alias_key);
CREATE TABLE IF NOT EXISTS entity_titles (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    kind TEXT NOT NULL,                  -- title (rank, honorific) or role
    text TEXT NOT NULL,
    UNIQUE (entity_id, kind, text)
);

CREATE TABLE IF NOT EXISTS article_entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    local_id TEXT NOT NULL,              -- the entity's id inside the article ("e3")
    mention_count INTEGER NOT NULL,
    article_number INTEGER NOT NULL,     -- articles.number: entity filters in search need no article rows
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX IF NOT EXISTS article_entities_entity ON article_entities(entity_id, article_number);

CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);

CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    date TEXT,
    speaker_entity_id INTEGER REFERENCES entities(id),
    speaker_text TEXT,
    cue TEXT,
    kind TEXT,                           -- direct or indirect
    text TEXT,
    start INTEGER,
    end INTEGER
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_entity_id);

CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    date TEXT,
    type TEXT,                           -- PLOVER type
    mode TEXT,
    trigger TEXT,
    place_entity_id INTEGER REFERENCES entities(id),
    time TEXT,                           -- JSON
    time_value TEXT,
    modality TEXT,
    sentence_text TEXT
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE TABLE IF NOT EXISTS event_participants (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    role TEXT NOT NULL,                  -- actor or target
    position INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS event_participants_entity ON event_participants(entity_id);
CREATE INDEX IF NOT EXISTS event_participants_event ON event_participants(event_id);

-- Folded title and text (see khabar.store.searchtext); rowid = articles.number.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_search USING fts5(
    title, body, content='', tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE IF NOT EXISTS corpus_info (key TEXT PRIMARY KEY, value TEXT);
"""


def connect(path: str) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA cache_size=-65536")  # 64 MiB of pages: search reads many small rows
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    # Opening an existing corpus writes nothing, so readers (the web app) never wait on an ingest.
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'corpus_info'").fetchone() is None:
        db.execute("PRAGMA journal_mode=WAL")  # readers and one writer at the same time
        db.executescript(SCHEMA)
        db.execute("INSERT OR IGNORE INTO corpus_info VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
    return db

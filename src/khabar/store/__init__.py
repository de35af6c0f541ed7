"""The SQLite corpus: ingest, near-duplicates, Persian full-text search and export."""

from khabar.store.corpus import Corpus

__all__ = ["Corpus"]

"""The analyze page's pipeline: loaded on first use, once, and shared by all requests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from spacy.language import Language


class LazyAnalyzer:
    def __init__(self, loader: Callable[[], Language] | None = None) -> None:
        self.loader = loader
        self.nlp: Language | None = None
        self.lock = threading.Lock()

    def _pipeline(self) -> Language:
        with self.lock:
            if self.nlp is None:
                if self.loader is None:
                    from khabar.pipeline import load

                    self.nlp = load(syntax=False)  # the page shows the Article view only
                else:
                    self.nlp = self.loader()
            return self.nlp

    def analyze(self, text: str, *, date: str | None = None) -> Any:
        """Return a ``khabar.Article`` for pasted text (nothing stored)."""
        from khabar.article import analyze_text

        nlp = self._pipeline()
        # spaCy pipelines are not guaranteed thread-safe; one analysis at a time.
        with self.lock:
            return analyze_text(text, nlp=nlp, date=date)

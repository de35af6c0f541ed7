"""Load the data tables under ``khabar/data``: lists and TSV tables, ``#`` comments.

Table keys are compared without ZWNJ and with Persian letters, so a table entry
«رئیس‌ستاد» also matches text that lost its ZWNJ («رئیسستاد»).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from khabar.text.chars import ARABIC_TO_PERSIAN, ZWNJ

_KEY_MAP = str.maketrans({**ARABIC_TO_PERSIAN, ZWNJ: " "})


def key(text: str) -> str:
    """A lookup key: Persian letters, ZWNJ treated as a space, single spaces."""
    return " ".join(text.translate(_KEY_MAP).split())


def _lines(name: str) -> list[str]:
    raw = resources.files("khabar").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            rows.append(line)
    return rows


@cache
def load_list(name: str) -> tuple[str, ...]:
    """One entry per line."""
    return tuple(line.strip() for line in _lines(name))


@cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated rows."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _lines(name))

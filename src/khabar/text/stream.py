"""Streaming normalization: line by line, so files of any size keep every line and paragraph."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from khabar.text.normalize import normalize


def normalize_lines(lines: Iterable[str], **options: Any) -> Iterator[str]:
    """Normalize each line (with its line ending, which is kept as ``\\n``)."""
    for line in lines:
        yield normalize(line, **options)

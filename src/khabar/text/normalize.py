"""Normalization entry points.

v0: character repair and sentence-period spacing. ZWNJ restoration lives in
``khabar.text.zwnj`` and is applied word by word.
"""

from __future__ import annotations

import re

from khabar.text import chars

_CHAR_MAP: dict[str, str] = {}
_CHAR_MAP.update(chars.ARABIC_TO_PERSIAN)
for _c in chars.INVISIBLE_JUNK:
    _CHAR_MAP[_c] = ""
for _c in chars.ZWNJ_LIKE:
    _CHAR_MAP[_c] = chars.ZWNJ
for _c in chars.SPACE_LIKE:
    _CHAR_MAP[_c] = " "
_CHAR_MAP["\u200d"] = ""  # ZWJ
_CHAR_MAP["\r"] = ""

# A period glued to the next Persian word ("یافت.سردار"): add the missing space.
# Digits, Latin letters (URLs, e-mail, abbreviations) are left alone.
_GLUED_PERIOD = re.compile(r"(?<=[\u0621-\u06d3])([.!؟?])(?=[\u0621-\u06d3])")


def _map_chars(text: str, digits: str) -> tuple[str, list[int]]:
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        rep = _CHAR_MAP.get(ch, ch)
        if digits == "latin" and ch in chars.PERSIAN_DIGITS + chars.ARABIC_DIGITS:
            rep = str((chars.PERSIAN_DIGITS + chars.ARABIC_DIGITS).index(ch) % 10)
        elif digits == "persian" and ch in chars.LATIN_DIGITS + chars.ARABIC_DIGITS:
            rep = chars.PERSIAN_DIGITS[(chars.LATIN_DIGITS + chars.ARABIC_DIGITS).index(ch) % 10]
        for r in rep:
            out.append(r)
            offsets.append(i)
    return "".join(out), offsets


def normalize_with_offsets(text: str, *, digits: str = "keep") -> tuple[str, list[int]]:
    """Normalize ``text``; also return, for each output character, its index in the input."""
    mapped, offsets = _map_chars(text, digits)
    out: list[str] = []
    out_offsets: list[int] = []
    last = 0
    for m in _GLUED_PERIOD.finditer(mapped):
        end = m.end()
        out.append(mapped[last:end])
        out_offsets.extend(offsets[last:end])
        out.append(" ")
        out_offsets.append(offsets[end - 1])
        last = end
    out.append(mapped[last:])
    out_offsets.extend(offsets[last:])
    return "".join(out), out_offsets


def normalize(text: str, *, digits: str = "keep") -> str:
    """Return the repaired form of ``text``. Newlines are always kept."""
    return normalize_with_offsets(text, digits=digits)[0]

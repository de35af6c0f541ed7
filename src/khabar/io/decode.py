"""Decode article bytes: UTF-8 (with or without BOM), UTF-16, or Windows-1256.

Windows-1256 is accepted only when the result reads as Persian; anything else
is refused with a reason instead of being guessed.
"""

from __future__ import annotations

import codecs
import re

# Arabic-script letters, including the presentation forms some old sites still serve.
_PERSIAN = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]")
# What Persian text in Windows-1256 decodes to: Arabic-script letters, ASCII, whitespace, ZWNJ/ZWJ, « » ، ؛ ؟.
_PLAUSIBLE_1256 = re.compile(r"[\u0600-\u06ff\x20-\x7e\s\u200c\u200d\u200e\u200f«»…–—]")
_LETTER = re.compile(r"[^\W\d_]")


class DecodeError(ValueError):
    pass


def persian_ratio(text: str) -> float:
    letters = len(_LETTER.findall(text))
    return len(_PERSIAN.findall(text)) / letters if letters else 0.0


def decode(data: bytes) -> str:
    """Return the text of ``data`` or raise DecodeError naming the problem."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    sample = data[:4096]
    if sample and b"\x00" in sample:
        # UTF-16 without a BOM: every other byte is the high byte, 0x00 (ASCII) or 0x06 (Arabic block).
        half = len(sample) // 2
        odd = sum(1 for b in sample[1::2] if b in (0, 6))
        even = sum(1 for b in sample[0::2] if b in (0, 6))
        if half and max(odd, even) > 0.8 * half:
            text = _strict(data[: len(data) // 2 * 2], "utf-16-le" if odd > even else "utf-16-be")
            if persian_ratio(text) > 0.5:
                return text
        raise DecodeError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        raise DecodeError("unknown encoding (not UTF-8, UTF-16 or Windows-1256)") from None
    # Random high bytes also "decode" as Windows-1256: demand Persian words, not a soup of symbols.
    plausible = len(_PLAUSIBLE_1256.findall(text)) / max(len(text), 1)
    if persian_ratio(text) < 0.5 or plausible < 0.97 or " " not in text:
        raise DecodeError("unknown encoding (not UTF-8, UTF-16 or Windows-1256 Persian text)")
    return text


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"invalid {encoding} at byte {exc.start}") from None

"""Normalization entry points: characters, spacing after punctuation, ZWNJ restoration.

The fast path is ``str.translate`` + two regex passes + one token loop with cached lookups.
The offset map is computed only on request: characters are mapped one by one, and the later
steps (which only insert, delete or swap spaces and ZWNJs) are aligned back afterwards.
Policies are documented in docs/normalization.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from khabar.text import chars
from khabar.text.lexicon import Lexicon, default_lexicon
from khabar.text.zwnj import Restorer
from khabar.text.zwnj_words import joins_next

ZWNJ = chars.ZWNJ
DIGIT_MODES = ("keep", "persian", "latin")
PUNCT_MODES = ("keep", "persian")

# Sentence punctuation glued to the next word («یافت.سردار»): a space is added after it.
# Both sides must be two or more Persian letters, so numbers (۱۲.۵), Latin abbreviations,
# URLs, e-mail addresses and one-letter Persian abbreviations («ه.ش») are never split.
_GLUED_PUNCT = re.compile(f"(?<=[{chars.WORD_CHARS}]{{2}})([.!?؟،؛:])(?=[{chars.WORD_CHARS}]{{2}})")
_ZWNJ_RUN = re.compile(f"{ZWNJ}+")
_WORD_CHAR = re.compile(f"[{chars.WORD_CHARS}]")
# Latin , ; ? between Persian words (for the optional Persian punctuation style).
_LATIN_PUNCT = re.compile(f"(?<=[{chars.WORD_CHARS}]) ?([,;?])(?=\\s|$)")

# Tatweel (kashida) stretching a letter is removed; a tatweel standing alone is a dash: kept.
# Only a joining letter can be stretched: after ا د ر ز و … (or a ZWNJ) a tatweel is a dash
# («آسیاـ‌پاسیفیک»), kept; otherwise removing the ZWNJ before it would expose it on a second pass.
_KASHIDA = re.compile(f"(?<=[{chars.WORD_CHARS}])(?<![{''.join(sorted(chars.NON_JOINING))}]){chars.TATWEEL}+")
# Standalone hamza written for the ezafe after a final ه («خانهء», «خانه ء») → «خانهٔ».
_EZAFE_HAMZA = re.compile(f"ه ?ء(?![{chars.WORD_CHARS}])")
# Latin digits made Persian, except inside Latin tokens («ATM74», «IBM-96»).
_LATIN_DIGITS = re.compile("(?<![A-Za-z0-9_$-])[0-9]+(?![A-Za-z0-9_$-])")
_TO_PERSIAN = str.maketrans(chars.LATIN_DIGITS, chars.PERSIAN_DIGITS)
# Arabic decimal/thousands separators between Latin digits («12٫5» → «12.5»; see chars.py).
_SEPARATORS = chars.ARABIC_DECIMAL + chars.ARABIC_THOUSANDS
_ARABIC_SEPARATOR = re.compile(f"[{_SEPARATORS}](?<=[0-9][{_SEPARATORS}])(?=[0-9])")
_LATIN_SEPARATOR = {chars.ARABIC_DECIMAL: ".", chars.ARABIC_THOUSANDS: ","}
_PRESENTATION = re.compile(f"[{chars.PRESENTATION_CLASS}]")

_restorers: dict[int, Restorer] = {}


def _restorer(lexicon: Lexicon | None) -> Restorer:
    lex = lexicon if lexicon is not None else default_lexicon()
    found = _restorers.get(id(lex))
    if found is None or found.lex is not lex:
        found = _restorers[id(lex)] = Restorer(lex)
    return found


@lru_cache(maxsize=32)
def _char_table(digits: str, remove_diacritics: bool, remove_tatweel: bool) -> dict[int, str]:
    """One translate table for every 1:1 or 1:0 character rule."""
    if digits not in DIGIT_MODES:
        raise ValueError(f"digits must be one of {', '.join(DIGIT_MODES)}, not {digits!r}")
    table: dict[str, str] = dict(chars.ARABIC_TO_PERSIAN)
    table.update({c: "" for c in chars.INVISIBLE_JUNK | chars.BIDI_CONTROLS})
    table.update({c: ZWNJ for c in chars.ZWNJ_LIKE})
    table.update({c: " " for c in chars.SPACE_LIKE})
    table["\u200d"] = ""  # ZWJ: no use in Persian text, and it breaks word matching
    if remove_diacritics:
        table.update({c: "" for c in chars.DIACRITICS})
    if digits == "persian":  # Latin digits are done by a regex (they stay Latin beside Latin letters)
        table.update(zip(chars.ARABIC_DIGITS, chars.PERSIAN_DIGITS, strict=True))
    elif digits == "latin":
        table.update(zip(chars.PERSIAN_DIGITS + chars.ARABIC_DIGITS, chars.LATIN_DIGITS * 2, strict=True))
    base = str.maketrans(table)
    # Presentation forms fold to letters that then go through the same rules (ي → ی, ...).
    table.update({c: folded.translate(base) for c, folded in chars.PRESENTATION_FOLD.items()})
    return str.maketrans(table)


@lru_cache(maxsize=32)
def _char_pairs(digits: str, remove_diacritics: bool, remove_tatweel: bool) -> tuple[tuple[str, str], ...]:
    """The per-character rules of the fast path; presentation forms are done by one regex."""
    table = _char_table(digits, remove_diacritics, remove_tatweel)
    return tuple((chr(k), v) for k, v in table.items() if chr(k) not in chars.PRESENTATION_FOLD)


def _fold_presentation(text: str, digits: str, remove_diacritics: bool, remove_tatweel: bool) -> str:
    if _PRESENTATION.search(text) is None:
        return text
    table = _char_table(digits, remove_diacritics, remove_tatweel)
    return _PRESENTATION.sub(lambda m: m.group().translate(table), text)


def _apply_chars(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """``str.translate`` is slow on non-ASCII text; a scan per character rule is much faster."""
    for ch, rep in pairs:
        if ch in text:
            text = text.replace(ch, rep)
    return text


def _zwnj_repl(m: re.Match[str]) -> str:
    """Keep one ZWNJ only between a joining letter and a following letter."""
    s, i, j = m.string, m.start(), m.end()
    if i and j < len(s) and joins_next(s[max(0, i - 3) : i]) and _WORD_CHAR.match(s[j]):
        return ZWNJ
    return ""


Step = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


@lru_cache(maxsize=32)
def _letter_steps(digits: str, remove_tatweel: bool, punct: str) -> tuple[Step, ...]:
    """Context-dependent character rules, as (pattern, replacement) steps run in order."""
    steps: list[Step] = []
    if remove_tatweel:
        steps.append((_KASHIDA, lambda m: ""))
    steps.append((_EZAFE_HAMZA, lambda m: "هٔ"))
    if digits == "persian":
        steps.append((_LATIN_DIGITS, lambda m: m.group().translate(_TO_PERSIAN)))
    # after the digit rules: the separator follows the script its digits end up in
    steps.append((_ARABIC_SEPARATOR, lambda m: _LATIN_SEPARATOR[m.group()]))
    if punct == "persian":
        steps.append((_LATIN_PUNCT, lambda m: chars.PERSIAN_PUNCT[m.group(1)]))
    return tuple(steps)


def _sub_with_offsets(step: Step, text: str, offsets: list[int]) -> tuple[str, list[int]]:
    pattern, repl = step
    out: list[str] = []
    out_offsets: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        out.append(text[last : m.start()])
        out_offsets.extend(offsets[last : m.start()])
        rep = repl(m)
        out.append(rep)
        span = max(m.end() - m.start(), 1)
        out_offsets.extend(
            offsets[min(m.start() + min(k, span - 1), len(offsets) - 1)] for k in range(len(rep))
        )
        last = m.end()
    out.append(text[last:])
    out_offsets.extend(offsets[last:])
    return "".join(out), out_offsets


def _after_chars(text: str, zwnj: bool, punct: str, lexicon: Lexicon | None) -> str:
    """Every step after the character table; each only inserts, deletes or swaps spaces/ZWNJs."""
    if ZWNJ in text:
        text = _ZWNJ_RUN.sub(_zwnj_repl, text)
    text = _GLUED_PUNCT.sub(r"\1 ", text)
    if zwnj:
        text = _restorer(lexicon).restore(text)
    return text


def normalize(
    text: str,
    *,
    digits: str = "keep",
    zwnj: bool = True,
    remove_diacritics: bool = False,
    remove_tatweel: bool = True,
    punct: str = "keep",
    lexicon: Lexicon | None = None,
) -> str:
    """Return the repaired form of ``text``. Newlines are always kept; the result is idempotent.

    ``digits``: keep | persian | latin. ``zwnj``: restore ZWNJs. ``punct``: keep | persian
    (Latin , ; ? after Persian words become ، ؛ ؟). ``lexicon``: a custom ZWNJ lexicon.
    """
    if punct not in PUNCT_MODES:
        raise ValueError(f"punct must be one of {', '.join(PUNCT_MODES)}, not {punct!r}")
    out = _fold_presentation(text, digits, remove_diacritics, remove_tatweel)
    out = _apply_chars(out, _char_pairs(digits, remove_diacritics, remove_tatweel))
    if "\r" in out:
        out = out.replace("\r\n", "\n")
    for pattern, repl in _letter_steps(digits, remove_tatweel, punct):
        out = pattern.sub(repl, out)
    return _after_chars(out, zwnj, punct, lexicon)


def _map_chars(text: str, table: dict[int, str]) -> tuple[str, list[int]]:
    out: list[str] = []
    offsets: list[int] = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch == "\r" and i + 1 < n and text[i + 1] == "\n":
            continue
        rep = ch.translate(table)
        out.append(rep)
        offsets.extend([i] * len(rep))
    return "".join(out), offsets


def align_offsets(src: str, src_map: list[int], dst: str) -> list[int]:
    """Offsets for ``dst``, which differs from ``src`` only in spaces and ZWNJs."""
    gaps = " " + ZWNJ
    out: list[int] = []
    i, n = 0, len(src)
    for ch in dst:
        while i < n and src[i] != ch and src[i] in gaps and ch not in gaps:
            i += 1  # a space or ZWNJ that was removed
        if i < n and (src[i] == ch or (ch in gaps and src[i] in gaps)):
            out.append(src_map[i])  # kept, or a space turned into a ZWNJ
            i += 1
        else:
            out.append(src_map[i - 1] if i else (src_map[0] if src_map else 0))  # inserted
    return out


def normalize_with_offsets(
    text: str,
    *,
    digits: str = "keep",
    zwnj: bool = True,
    remove_diacritics: bool = False,
    remove_tatweel: bool = True,
    punct: str = "keep",
    lexicon: Lexicon | None = None,
) -> tuple[str, list[int]]:
    """Normalize ``text``; also return, for each output character, its index in the input."""
    if punct not in PUNCT_MODES:
        raise ValueError(f"punct must be one of {', '.join(PUNCT_MODES)}, not {punct!r}")
    mapped, offsets = _map_chars(text, _char_table(digits, remove_diacritics, remove_tatweel))
    for step in _letter_steps(digits, remove_tatweel, punct):
        mapped, offsets = _sub_with_offsets(step, mapped, offsets)
    out = _after_chars(mapped, zwnj, punct, lexicon)
    return out, align_offsets(mapped, offsets, out)

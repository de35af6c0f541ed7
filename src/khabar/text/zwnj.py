"""ZWNJ restoration: glued forms («میشود»), spaced forms («می شود») and misplaced ZWNJs.

Order of evidence for one word: the lexicon's ZWNJ spelling, then "accepted as written"
(the word occurs glued in ZWNJ-consistent text, e.g. «آنها»), then morphology (verbal
prefixes, suffixes on known stems), then a two-word compound split of frequent words.
Across a space only affixes and known compounds may join; two ordinary words never do.
"""

from __future__ import annotations

import re

from khabar.text.chars import COMBINING, NON_JOINING, WORD_CHARS, ZWNJ
from khabar.text.lexicon import Lexicon

_WORD = re.compile(f"[{WORD_CHARS}\u200c]+")
_TAIL = re.compile(f"[{WORD_CHARS}\u200c]+$")
_HEAD = re.compile(f"[{WORD_CHARS}\u200c]+")
_LETTER = re.compile(f"[{WORD_CHARS}]")

# A compound split of an unknown glued word needs both halves to be common words.
COMPOUND_MIN_COUNT = 40
# Caches are dropped when they grow past this many entries (memory bound on endless streams).
CACHE_LIMIT = 500_000


def joins_next(word: str) -> bool:
    """True when the last letter of ``word`` connects to a following letter (so a ZWNJ matters)."""
    i = len(word) - 1
    while i >= 0 and word[i] in COMBINING:
        i -= 1
    return i >= 0 and word[i] not in NON_JOINING and _LETTER.match(word[i]) is not None


class Restorer:
    """Applies one lexicon; keeps per-word and per-chunk caches, so repeated words cost a lookup."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.word_cache: dict[str, str] = {}
        self.piece_cache: dict[str, str] = {}
        self._prefix_ends = tuple(lexicon.prefixes)

    # ---- one word -------------------------------------------------------------------------
    def fix_word(self, word: str) -> str:
        cached = self.word_cache.get(word)
        if cached is not None:
            return cached
        out = self._fix_zwnj_word(word) if ZWNJ in word else self._fix_glued(word)
        if len(self.word_cache) > CACHE_LIMIT:
            self.word_cache.clear()
        self.word_cache[word] = out
        return out

    def _fix_zwnj_word(self, word: str) -> str:
        lex = self.lex
        if word in lex.accepted_zwnj:
            return word
        key = word.replace(ZWNJ, "")
        spelled = lex.forms.get(key)
        parts = word.split(ZWNJ)
        morphemes = all(p in lex.counts or p in lex.suffixes or p in lex.prefixes for p in parts)
        if spelled is not None and not morphemes:
            return spelled  # a ZWNJ in the wrong place: use the known spelling
        if spelled is None and key in lex.known and not morphemes:
            return key  # a stray ZWNJ inside an ordinary word
        return ZWNJ.join(self._fix_glued(p) for p in parts)

    def _fix_glued(self, word: str) -> str:
        lex = self.lex
        spelled = lex.forms.get(word)
        if spelled is not None:
            return spelled
        if word in lex.known or len(word) < 3:
            return word
        return self.analyze(word) or word

    def analyze(self, word: str) -> str | None:
        """Morphological spelling of an unknown glued word, or None when nothing explains it."""
        return self._verb(word) or self._suffixed(word) or self._compound(word)

    def _verb(self, word: str) -> str | None:
        lex = self.lex
        for preverb in ("", *lex.preverbs):
            if not word.startswith(preverb):
                continue
            rest = word[len(preverb) :]
            for prefix in lex.prefixes:
                if rest.startswith(prefix) and len(rest) > len(prefix) + 1:
                    verb = rest[len(prefix) :]
                    if verb in lex.verbs:
                        return preverb + prefix + ZWNJ + verb
                    inflected = self._suffixed(verb, verbs_only=True)
                    if inflected is not None:
                        return preverb + prefix + ZWNJ + inflected
        return None

    def _suffixed(self, word: str, *, verbs_only: bool = False) -> str | None:
        lex = self.lex
        best: tuple[int, int, str] | None = None
        for suffix in lex.suffix_order:
            if not word.endswith(suffix) or len(word) - len(suffix) < 2:
                continue
            stem = word[: -len(suffix)]
            if verbs_only:
                spelled_stem: str | None = stem if stem in lex.verbs else None
            else:
                spelled_stem = lex.forms.get(stem) or (stem if stem in lex.counts else None)
            if spelled_stem is None or not self._takes(stem, suffix):
                continue
            glue = ZWNJ if joins_next(stem) else ""
            score = (len(stem), lex.counts.get(stem, 0), spelled_stem + glue + suffix)
            if best is None or score > best:
                best = score
        return best[2] if best else None

    def _takes(self, stem: str, suffix: str) -> bool:
        """Whether ``stem`` takes ``suffix`` (the suffix's class in affixes.tsv)."""
        kind = self.lex.suffixes[suffix]
        last = stem[-1]
        if kind == "any":
            return True
        if kind == "adj":
            return stem in self.lex.adjectives and joins_next(stem)
        if kind == "heye":
            return last in "هی"
        return last == "ه"

    def _compound(self, word: str) -> str | None:
        counts = self.lex.counts
        best: tuple[int, str] | None = None
        for i in range(2, len(word) - 1):
            left, right = word[:i], word[i:]
            if not joins_next(left):
                continue
            score = min(counts.get(left, 0), counts.get(right, 0))
            if score >= COMPOUND_MIN_COUNT and (best is None or score > best[0]):
                best = (score, left + ZWNJ + right)
        return best[1] if best else None

    # ---- a run of text without spaces ------------------------------------------------------
    def fix_piece(self, piece: str) -> str:
        cached = self.piece_cache.get(piece)
        if cached is not None:
            return cached
        out = _WORD.sub(lambda m: self.fix_word(m.group()), piece)
        if len(self.piece_cache) > CACHE_LIMIT:
            self.piece_cache.clear()
        self.piece_cache[piece] = out
        return out

    # ---- spaced forms -----------------------------------------------------------------------
    def join(self, left: str, right: str) -> str | None:
        """``left`` and ``right`` as one word when an affix or known compound spans the space."""
        tail = _TAIL.search(left)
        head = _HEAD.match(right)
        if tail is None or head is None:
            return None
        a, b = tail.group(), head.group()
        lex = self.lex
        last_part = a.rsplit(ZWNJ, 1)[-1]
        glue: str | None = None
        if b in lex.suffixes and a not in lex.stops and len(last_part) >= 2 and self._takes(a, b):
            glue = ZWNJ if joins_next(a) else ""
            if not glue and lex.suffixes[b] != "any":
                glue = None
        elif a in lex.prefixes and (b in lex.verbs or self._suffixed(b, verbs_only=True)):
            glue = ZWNJ
        elif (last_part, b) in lex.pairs or (a, b) in lex.pairs:
            glue = ZWNJ
        if glue is None:
            return None
        return left + glue + right

    def restore(self, text: str) -> str:
        """Restore ZWNJs in ``text``; only single spaces between words may be rewritten."""
        toks = text.split(" ")
        heads = self.lex.suffix_heads
        prefixes = self._prefix_ends
        pair_left = self.lex.pair_left
        fix = self.fix_piece
        out: list[str] = []
        append = out.append
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i]
            if i + 1 < n:
                nxt = toks[i + 1]
                if nxt[:2] in heads or tok.endswith(prefixes) or tok in pair_left:
                    joined = self.join(tok, nxt)
                    if joined is not None:
                        toks[i + 1] = joined
                        i += 1
                        continue
            append(fix(tok))
            i += 1
        return " ".join(out)

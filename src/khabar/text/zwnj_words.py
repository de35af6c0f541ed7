"""ZWNJ restoration inside one word: glued forms («میشود») and misplaced ZWNJs («های‌شان»).

Order of evidence for one word: the lexicon's ZWNJ spelling, then "accepted as written" (the word
occurs glued in ZWNJ-consistent text, e.g. «آنها»), then morphology (verbal prefixes, suffixes on
known stems), then a two-word compound split of frequent words. A base of ``zwnj.Restorer``, kept
apart from the joins across a space there: these steps read one word (or a run without spaces) alone.
"""

from __future__ import annotations

import re

from khabar.text.chars import COMBINING, FUNCTION_WORDS, NON_JOINING, NOT_STEMS, WORD_CHARS, ZWNJ
from khabar.text.lexicon import Lexicon

_WORD = re.compile(f"[{WORD_CHARS}\u200c]+")
_LETTER = re.compile(f"[{WORD_CHARS}]")

# A compound split of an unknown glued word needs its halves to have been seen this often.
COMPOUND_MIN_COUNT = 3
# A stem must have been seen this often before a suffix is split off it ...
STEM_MIN_COUNT = 3
# ... except a plural suffix on an unseen stem at least this long.
UNKNOWN_STEM_MIN_LEN = 4
# A verb form not in the stem list: person ending after at least two letters; «میر...» names excluded.
VERBLIKE = re.compile("^[^ر][^\\s]+(?:ند|ید|یم|م|د)$")
EZAFE_HAMZA = "\u0654"
# Caches are dropped when they grow past this many entries (memory bound on endless streams).
CACHE_LIMIT = 500_000


def joins_next(word: str) -> bool:
    """True when the last letter of ``word`` connects to a following letter (so a ZWNJ matters)."""
    i = len(word) - 1
    while i >= 0 and word[i] in COMBINING:
        i -= 1
    return i >= 0 and word[i] not in NON_JOINING and _LETTER.match(word[i]) is not None


class WordRestorer:
    """The per-word steps of ``zwnj.Restorer``, which sets the lexicon and the caches."""

    lex: Lexicon
    word_cache: dict[str, str]
    piece_cache: dict[str, str]

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
        morphemes = all(p in lex.counts or p in lex.suffixes or p in lex.prefixes for p in parts) and all(
            right not in lex.suffixes or left in lex.prefixes or self._takes(left, right)
            for left, right in zip(parts, parts[1:], strict=False)
        )  # «دری‌ایی»: «ایی» never follows ی, so that ZWNJ is not at a morpheme boundary
        if spelled is not None and not morphemes:
            return spelled  # a ZWNJ in the wrong place: use the known spelling
        if spelled is None and key in lex.known and not morphemes:
            return key  # a stray ZWNJ inside an ordinary word
        # Parts of a word that already has ZWNJs get lexicon and known-stem analyses only (no
        # guesses), so that normalizing twice changes nothing.
        fixed = [self._part(parts[0])]
        for prev, part in zip(parts, parts[1:], strict=False):
            # After «می» the part is a verb form: never look for another prefix in it.
            fixed.append(part if prev in lex.prefixes else self._part(part))
        return ZWNJ.join(fixed)

    def _part(self, part: str) -> str:
        """One ZWNJ-separated part: a seen word stays; others get the lexicon and known stems."""
        lex = self.lex
        if part in lex.prefixes or part in lex.counts:
            return part
        return self._fix_glued(part, guess=False)

    def _fix_glued(self, word: str, guess: bool = True) -> str:
        lex = self.lex
        if word in lex.known or len(word) < 3:
            return word  # checked first: a word may be accepted both glued and with a ZWNJ
        spelled = lex.forms.get(word)
        if spelled is not None:
            return spelled
        if word.endswith(EZAFE_HAMZA):  # «هفته‌نامهٔ»: analyse without the ezafe mark
            return self._fix_glued(word[:-1], guess) + EZAFE_HAMZA
        found = self._verb(word, guess) or self._suffixed(word, guess=guess)
        if found is None and word not in lex.counts and guess:
            found = self._compound(word)  # only for words never seen glued
        return found or word

    def analyze(self, word: str) -> str | None:
        """Morphological spelling of an unknown glued word, or None when nothing explains it."""
        return self._verb(word) or self._suffixed(word) or self._compound(word)

    def _verb(self, word: str, guess: bool = True) -> str | None:
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
                    if guess and not preverb and VERBLIKE.match(verb):
                        return prefix + ZWNJ + verb
        return None

    def _suffixed(self, word: str, *, verbs_only: bool = False, guess: bool = True) -> str | None:
        lex = self.lex
        best: tuple[int, str] | None = None
        for suffix in lex.suffix_order:
            if not word.endswith(suffix) or len(word) - len(suffix) < 2:
                continue
            stem = word[: -len(suffix)]
            if (suffix[0] == "ا" and len(stem) < 3) or stem in lex.leads or stem in NOT_STEMS:
                continue  # «بیاید» is not «بی» + «اید»
            if suffix[0] == "ا" and stem[-1] == "ی" and lex.counts.get(word[:-1], 0) >= STEM_MIN_COUNT:
                continue  # «دریای» is «دریا» + «ی», not «دری» + «ای»
            count = lex.counts.get(stem, 0)
            if verbs_only:
                spelled_stem: str | None = stem if stem in lex.verbs else None
            elif stem in lex.forms and stem not in lex.known:
                spelled_stem, count = lex.forms[stem], max(count, STEM_MIN_COUNT)
            elif count >= STEM_MIN_COUNT or stem in lex.known:
                spelled_stem = stem
            elif guess and stem[-1] == "ه" and len(stem) >= 3 and suffix[0] in "اه":
                spelled_stem, count = self._part(stem), 0  # «...ههای», «...هاند»: a final ه never glues
            elif guess and suffix.startswith("ها") and len(stem) >= UNKNOWN_STEM_MIN_LEN and joins_next(stem):
                spelled_stem, count = self._part(stem), 0  # «زیرعبارتها»: a plural of an unseen noun
            else:
                spelled_stem = None
            if spelled_stem is None or not self._takes(stem, suffix):
                continue
            glue = ZWNJ if joins_next(stem) else ""
            if suffix.startswith("ها") and stem + "ها" in lex.known:
                glue = ""  # «آنهایی», «همانها»: the plural is written glued in consistent text
            if best is None or count > best[0]:
                best = (count, spelled_stem + glue + suffix)
        return best[1] if best else None

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
        """Split an unknown glued word into two known words, where the split is safe.

        Safe means: the left part ends in ه (which never glues in standard spelling), the
        split falls between two equal letters (Persian writes a doubled consonant once), one
        part is a bound compound element («سازی», «بی»), or the two words form a frequent
        phrase. Other free words are never split: «آتشفشانی», «همکارش» are often written glued.
        """
        lex = self.lex
        counts = lex.counts
        best: tuple[int, str] | None = None
        for i in range(2, len(word) - 2):
            left, right = word[:i], word[i:]
            if not joins_next(left) or right in lex.suffixes:
                continue
            if right in lex.heads_after_he and left[-1] != "ه":
                continue
            if right in lex.heads:
                score = counts.get(left, 0)
            elif left in lex.leads:
                score = counts.get(right, 0)
            elif left in FUNCTION_WORDS or right in FUNCTION_WORDS:
                continue  # «کلاین» is not «کل‌این»: a ZWNJ never stands between two free words
            elif (left[-1] == "ه" and len(left) >= 3) or left[-1] == right[0]:
                # a final ه never glues; a doubled letter is never written inside one word
                score = min(counts.get(left, 0), counts.get(right, 0))
            elif (left, right) in lex.phrases:
                score = counts.get(left, 0) + counts.get(right, 0)
            else:
                continue
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

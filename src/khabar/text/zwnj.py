"""ZWNJ restoration: glued forms («میشود»), spaced forms («می شود») and misplaced ZWNJs.

Order of evidence for one word: the lexicon's ZWNJ spelling, then "accepted as written"
(the word occurs glued in ZWNJ-consistent text, e.g. «آنها»), then morphology (verbal
prefixes, suffixes on known stems), then a two-word compound split of frequent words.
Across a space only affixes and known compounds may join; two ordinary words never do.
"""

from __future__ import annotations

import re

from khabar.text.chars import COMBINING, FUNCTION_WORDS, NON_JOINING, NOT_STEMS, WORD_CHARS, ZWNJ
from khabar.text.lexicon import Lexicon

_WORD = re.compile(f"[{WORD_CHARS}\u200c]+")
_TAIL = re.compile(f"[{WORD_CHARS}\u200c]+$")
_HEAD = re.compile(f"[{WORD_CHARS}\u200c]+")
_LETTER = re.compile(f"[{WORD_CHARS}]")

# A compound split of an unknown glued word needs its halves to have been seen this often.
COMPOUND_MIN_COUNT = 3
# A stem must have been seen this often before a suffix is split off it ...
STEM_MIN_COUNT = 3
# ... except a plural suffix on an unseen stem at least this long.
UNKNOWN_STEM_MIN_LEN = 4
# A verb form not in the stem list: person ending after at least two letters; «میر...» names excluded.
_VERBLIKE = re.compile("^[^ر][^\\s]+(?:ند|ید|یم|م|د)$")
_EZAFE_HAMZA = "\u0654"
_TRAILING_PUNCT = (".", "،", ",", ":", "؛", ";", "؟", "?", "!", ")", "»", '"', "\n", "\u0654")
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
        # Tokens that may end a join (a suffix or compound head, maybe with punctuation after it)
        # and tokens that may start one. Exact set membership keeps the common path fast.
        ends = set(lexicon.suffixes) | lexicon.heads
        self._right_triggers = ends | {e + p for e in ends for p in _TRAILING_PUNCT}
        self._ends = ends
        self._marks = "".join(_TRAILING_PUNCT)
        self._left_triggers = lexicon.verb_prefixes | lexicon.leads

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
        if word.endswith(_EZAFE_HAMZA):  # «هفته‌نامهٔ»: analyse without the ezafe mark
            return self._fix_glued(word[:-1], guess) + _EZAFE_HAMZA
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
                    if guess and not preverb and _VERBLIKE.match(verb):
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

    # ---- spaced forms -----------------------------------------------------------------------
    def glue(self, left: str, right: str) -> str | None:
        """What replaces the space between ``left`` and ``right``: a ZWNJ, nothing, or None (keep it).

        Only an affix, a bound compound element or a known compound may cross the space.
        """
        tail = _TAIL.search(left)
        head = _HEAD.match(right)
        if tail is None or head is None:
            return None
        a, b = tail.group(), head.group()
        lex = self.lex
        last_part = a.rsplit(ZWNJ, 1)[-1]
        if b in lex.suffixes:
            if a in lex.stops or len(last_part) < 2 or not self._takes(a, b):
                return None
            if joins_next(a):
                return ZWNJ
            return "" if lex.suffixes[b] == "any" else None
        if a in lex.verb_prefixes:
            if b in lex.verbs or self._suffixed(b, verbs_only=True) or _VERBLIKE.match(b):
                return ZWNJ
            return None
        if (last_part, b) in lex.pairs or (a, b) in lex.pairs:
            return ZWNJ
        b = b.rstrip(_EZAFE_HAMZA)  # «تشکیل دهندهٔ»
        if b in lex.heads_after_he and not a.endswith("ه"):
            return None  # «علاقه مند» joins; «ثروت مند» is written glued, not guessed here
        if a in lex.leads and (b in lex.stops or b.startswith("آن")):
            return None  # «بی آنکه» is a phrase
        if (b in lex.heads or a in lex.leads) and a not in lex.stops and len(last_part) >= 2:
            if joins_next(a):
                return ZWNJ
            if (a + b) in lex.known or lex.counts.get(a + b, 0) >= STEM_MIN_COUNT:
                return ""
        return None

    def restore(self, text: str) -> str:
        """Restore ZWNJs in ``text``; only single spaces between words may be rewritten."""
        if "\n" in text:  # joins never cross a line break; lines are restored one by one
            return "\n".join([self.restore_line(line) for line in text.split("\n")])
        return self.restore_line(text)

    def restore_line(self, text: str) -> str:
        # A word that already has a ZWNJ is repaired first («های‌شان» → «هایشان»): its repaired
        # form may join the word before, as a second pass would see it (idempotence).
        # So is a glued word that splits («خانهکتاب» → «خانه‌کتاب»): its last part may join the next word
        # («کتاب نامه»).
        cache = self.piece_cache
        fix = self.fix_piece
        toks = [cache.get(t) or fix(t) for t in text.split(" ")]
        right, left = self._right_triggers, self._left_triggers
        # Candidate spaces: after a token that may start a join, before one that may end it.
        spots = {i for i, t in enumerate(toks) if t in left}
        spots.update(i - 1 for i, t in enumerate(toks) if t in right)
        # «کرده ام".»: a suffix followed by more than one punctuation mark
        ends, marks = self._ends, self._marks
        spots.update(i - 1 for i, t in enumerate(toks) if t[-1:] in marks and t.rstrip(marks) in ends)
        pair_left, pairs = self.lex.pair_left, self.lex.pairs
        spots.update(i for i, t in enumerate(toks[:-1])
                     if (last := t.rsplit(ZWNJ, 1)[-1]) in pair_left and (last, toks[i + 1]) in pairs)
        if spots:
            toks = self._merge(toks, spots)
        return " ".join([cache.get(t) or fix(t) for t in toks])

    def _merge_back(self, merged: list[str]) -> None:
        """After a join, the token before may now join the result («ان» + «شاءالله»), as a
        second pass would see it: do it now, so that normalizing twice changes nothing."""
        pair_left, left = self.lex.pair_left, self._left_triggers
        while len(merged) >= 2 and (merged[-2] in left or merged[-2] in pair_left):
            glue = self.glue(merged[-2], merged[-1])
            if glue is None:
                return
            merged[-2:] = [merged[-2] + glue + merged[-1]]

    def _merge(self, toks: list[str], spots: set[int]) -> list[str]:
        last = len(toks) - 1
        merged: list[str] = []
        done = 0  # toks[:done] are in ``merged``
        for pos in sorted(spots):
            if pos < 0 or pos >= last or pos < done - 1:
                continue
            # In a chain the left side is the word joined so far («خانه‌ای» + «ها»), as it will
            # be seen when the output is normalized again (idempotence).
            if pos + 2 <= last and toks[pos + 2] in self.lex.free_heads.get(toks[pos + 1], ()):
                continue  # «شماری از»: the head is a free word here
            glue = self.glue(merged[-1] if pos == done - 1 else toks[pos], toks[pos + 1])
            if glue is None:
                continue
            if pos == done - 1:  # a chain: «برنامه ریزی های»
                merged[-1] = merged[-1] + glue + toks[pos + 1]
            else:
                merged.extend(toks[done:pos])
                merged.append(toks[pos] + glue + toks[pos + 1])
            self._merge_back(merged)
            done = pos + 2
        merged.extend(toks[done:])
        return merged

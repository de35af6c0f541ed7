"""ZWNJ restoration: glued forms («میشود»), spaced forms («می شود») and misplaced ZWNJs.

One word at a time (glued forms and misplaced ZWNJs) is ``zwnj_words``: the lexicon's spelling, words
accepted as written, morphology and compound splits. Here, the joins across a space: only affixes
and known compounds may join; two ordinary words never do.
"""

from __future__ import annotations

import re

from khabar.text.chars import WORD_CHARS, ZWNJ
from khabar.text.lexicon import Lexicon
from khabar.text.zwnj_words import EZAFE_HAMZA, STEM_MIN_COUNT, VERBLIKE, WordRestorer, joins_next

_TAIL = re.compile(f"[{WORD_CHARS}\u200c]+$")
_HEAD = re.compile(f"[{WORD_CHARS}\u200c]+")
_TRAILING_PUNCT = (".", "،", ",", ":", "؛", ";", "؟", "?", "!", ")", "»", '"', "\n", "\u0654")


class Restorer(WordRestorer):
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
            if b in lex.verbs or self._suffixed(b, verbs_only=True) or VERBLIKE.match(b):
                return ZWNJ
            return None
        if (last_part, b) in lex.pairs or (a, b) in lex.pairs:
            return ZWNJ
        b = b.rstrip(EZAFE_HAMZA)  # «تشکیل دهندهٔ»
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

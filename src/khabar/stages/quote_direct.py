"""Where an article quotes: direct quotes opened by a cue and a colon («X گفت: …») or by the straight quote
mark a writer put for it, and the spans inside quote marks («…», "…").

A direct quote runs to the paragraph's end, or to where the next speaker or the narrator takes over.
"""

from __future__ import annotations

from bisect import bisect_right

from khabar.stages.cues import Cue, find_cues
from khabar.stages.phrases import attribution_openers
from khabar.stages.tokens import Words
from khabar.text.chars import SENTENCE_STOPS


def sentence_start_before(w: Words, lo: int, i: int) -> int:
    """The first token of the sentence holding token ``i`` (not before ``lo``)."""
    k = i
    while k > lo and w.texts[k - 1] not in SENTENCE_STOPS:
        k -= 1
    return k


def colon_cues(w: Words, p0: int, p1: int) -> list[Cue]:
    return [c for c in find_cues(w, p0, p1) if c.end < p1 and (w.texts[c.end] == ":" or stray_mark(w, c.end, p0, p1))]


def ends_published(w: Words, p0: int, p1: int) -> bool:
    """Paragraph [p0, p1) is the report again, no more of a text published in full after «… به شرح زیر است:»:
    it opens with the agency's attribution («به گزارش …»), or has a colon cue and opens with the narrator's
    pronoun or an anaphor («وی/این نماینده … اظهار کرد: …») or names the agency's reporter before the cue («در
    گفت‌وگو با خبرنگار ما»). A colon cue of someone the text itself quotes («امام فرمودند: …») is still the text."""
    if attribution_openers().match(w.keys, p0) is not None:
        return True
    cues = colon_cues(w, p0, p1)
    return bool(cues) and (w.keys[p0] in NARRATION_OPENERS or any(
        k.startswith(REPORTER) for k in w.keys[p0:cues[0].start]))


# The agency's reporter(s), named in the report's own narration («در گفت‌وگو با خبرنگار ما», «در جمع خبرنگاران»)
REPORTER = "خبرنگار"


# Straight quote marks, which open and close alike
STRAIGHT_MARKS = frozenset({'"'})


def stray_mark(w: Words, k: int, p0: int, p1: int) -> bool:
    """«X گفت" …»: a straight quote mark right after a cue that nothing closes (the paragraph's last one, and an
    odd one) stands for the colon the writer left out: the rest of the paragraph is what X said."""
    if w.texts[k] not in STRAIGHT_MARKS:
        return False
    marks = [j for j in range(p0, p1) if w.texts[j] in STRAIGHT_MARKS]
    return marks[-1] == k and len(marks) % 2 == 1


# Third-person pronouns that open narration: «… گفت: A. وی در ادامه B را … عنوان کرد» ends the quote at «وی»
NARRATOR_SUBJECTS = frozenset({"وی", "او", "ایشان"})
# ... and with «این» an anaphor («این نماینده اظهار کرد: …»): a paragraph so opened is the report's narration
NARRATION_OPENERS = NARRATOR_SUBJECTS | {"این"}


def direct_extent(w: Words, cues: list[Cue], n: int, p1: int) -> tuple[int, int]:
    """Tokens of the direct quote opened by ``cues[n]``: to the paragraph end, the next «X گفت:» sentence,
    or the next sentence that opens with «وی/او/ایشان» and has a cue of its own (the narrator speaking)."""
    start = cues[n].end + 1
    end = p1
    if n + 1 < len(cues):
        end = max(start, sentence_start_before(w, start, cues[n + 1].start))
    for cue in find_cues(w, start, end):
        first = sentence_start_before(w, start, cue.start)
        if first > start and w.keys[first] in NARRATOR_SUBJECTS:
            return start, first
    return start, end


class Regions:
    """Token ranges, merged and sorted, so that «is token k inside one?» is a binary search
    (a list scanned per token made long articles quadratic)."""

    def __init__(self, ranges: list[tuple[int, int]] | None = None) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in sorted(r for r in ranges or [] if r[0] < r[1]):
            if self.ends and a <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], b)
            else:
                self.starts.append(a)
                self.ends.append(b)

    def covers(self, tok: int) -> bool:
        return self.around(tok) is not None

    def around(self, tok: int) -> tuple[int, int] | None:
        """The range that holds token ``tok``, if any."""
        i = bisect_right(self.starts, tok) - 1
        return (self.starts[i], self.ends[i]) if i >= 0 and tok < self.ends[i] else None

    def __len__(self) -> int:
        return len(self.starts)


def quoted_regions(w: Words, paragraphs: list[tuple[int, int]]) -> Regions:
    """Token ranges of quoted speech: after «cue:» (see direct_extent), and inside «…» of 4+ words."""
    regions = []
    for p0, p1 in paragraphs:
        cues = colon_cues(w, p0, p1)
        regions += [direct_extent(w, cues, n, p1) for n in range(len(cues))]
        open_at = None
        for k in range(p0, p1):
            if w.texts[k] == "«":
                open_at = k
            elif w.texts[k] == "»" and open_at is not None:
                if k - open_at > 4:
                    regions.append((open_at + 1, k))
                open_at = None
    return Regions(regions)

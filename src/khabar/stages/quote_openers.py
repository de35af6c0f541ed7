"""Quote openers: «به گفته X، …», «از نظر X، …», «به نوشته X، …» (``data/quote_openers.tsv``). A mixin of
``quote_forms.QuoteForms`` (and so of ``quotes.Context``), which supplies the document view and the
``add``/``speaker_for`` steps these methods call.
"""

from __future__ import annotations

from khabar.stages.cues import ADVERBS, opener_table
from khabar.stages.descriptions import not_speakers
from khabar.stages.orgs_places import OPEN_QUOTES
from khabar.stages.quote_text import clause_around, trim
from khabar.stages.salience import Ref
from khabar.stages.speakers import names_this_report, this_report
from khabar.stages.tokens import Words

MAX_SOURCE = 8  # tokens of an unnamed source after «به گفته»
NAME_TAIL = 4  # words of a named source after the mention found, before the opener's comma («واشنگتن [تایمز]،», «این مقام [سابق کاخ سفید]،»)
# An opener's source that points back («به گفته وی، …», «به گفته این منبع، …»): the one spoken of before
BACK_SOURCES = frozenset({"وی", "او", "ایشان", "این"})


class Openers:
    w: Words
    at: dict[int, list[Ref]]
    speakers: list[Ref]
    nesting: bool
    report_source: Ref | None  # whose report the agency relays («به گزارش X به نقل از Y»), if anyone's
    report_issuer: Ref | None  # who last spoke in a report («X در گزارشی مدعی شده …»)
    # while the clause before a colon cue is read («به نوشته X، در این بیانیه آمده است: …»)
    before_colon = False

    def add(self, a: int, b: int, cue: tuple[int, int], kind: str, ref: Ref | None) -> bool:
        raise NotImplementedError

    def speaker_for(self, lo: int, cue_at: int) -> Ref | None:
        raise NotImplementedError

    def openers(self, lo: int, hi: int) -> None:
        """«به گفته X، …», «از نظر X، …»."""
        table = opener_table()
        # «بنا به نوشته X»: the «به نوشته» inside a longer opener opens nothing of its own; an opener that opens
        # the clause before a colon cue names a source of that quote («به نوشته X، در این بیانیه آمده است: …»)
        first = next((k for k in range(lo, hi) if self.w.keys[k] and self.w.keys[k] not in ADVERBS), hi)
        past = first + 1 if self.before_colon else lo
        for i in range(lo, hi):
            hit = table.match(self.w.keys, i) if i >= past else None
            if hit:
                past = i + hit[0]
                src = i + hit[0] + (i + hit[0] < hi and self.w.texts[i + hit[0]] in OPEN_QUOTES)  # «به نوشته «X»، …»
                ref = next(iter(self.at.get(src, [])), None)
                if ref is None and names_this_report(self.w, src, min(hi, src + 2)):
                    # «به ادعای این گزارش، …»: the report's issuer
                    ref = this_report(self.w, self.at, self.report_source, src, src + 2, self.report_issuer)
                elif ref is None and (hit[1][2] or i + hit[0] < hi and self.w.keys[i + hit[0]] in BACK_SOURCES):
                    # «به گفته وی/این منبع، …», «براساس این اطلاعیه، …»: the one spoken of before, who issued it
                    ref = self.speaker_for(i, i)
                # «وظیفه ما به گفته X این است که …»: an opener inside its clause; the whole clause is the content
                # (not in a direct quote, where a nested quote's content follows its cue: see nested_clauses)
                head = None if self.nesting else clause_around(self.w, lo, i, min(hi, i + MAX_SOURCE))
                if head is not None and (ref is not None or hit[1][1]):
                    self.add(head, hi, (i, i + hit[0]), "indirect", ref)
                elif ref is not None:
                    a = self.named_source_end(ref, hi) if ref.start == src else self.source_end(i + hit[0], hi)
                    if ref.start == src and a > ref.end + 1:
                        ref = self.named_in_full(src, a - 1) or ref
                    self.add(a, hi, (i, i + hit[0]), self.opener_kind(a, hi), ref)
                elif hit[1][1] and (i == lo or not self.w.keys[i - 1]) and not (
                        i + hit[0] < hi and self.w.keys[i + hit[0]] in not_speakers()):
                    # «به گفته منابع محلی، …»: an unnamed source up to the comma (not «بر اساس اعلام قبلی، …»)
                    comma = next((k for k in range(i + hit[0] + 1, min(hi, i + hit[0] + MAX_SOURCE))
                                  if self.w.texts[k] in {"،", ","}), None)
                    if comma is not None and self.w.keys[comma - 1] not in ADVERBS:
                        self.add(comma + 1, hi, (i, i + hit[0]), self.opener_kind(comma + 1, hi), None)

    def opener_kind(self, a: int, hi: int) -> str:
        """«به نوشته X، «…»»: an opener's content wholly in «…» is the source's own words, a direct quote."""
        a, b = trim(self.w, a, hi)
        if a < b and self.w.texts[a] == "«":
            close = next((k for k in range(a + 1, b) if self.w.texts[k] in {"«", "»"}), None)
            if close is not None and self.w.texts[close] == "»" and close == b - 1:
                return "direct"
        return "indirect"

    def named_source_end(self, ref: Ref, hi: int) -> int:
        """Where the content after an opener's named source starts: past its closing quote mark and the comma
        a word or two after it («به نوشته «X»، …», «به نوشته واشنگتن تایمز، …» where the name found is shorter),
        else right after the name."""
        w = self.w
        comma = next((j for j in range(ref.end, min(hi, ref.end + NAME_TAIL + 1)) if w.texts[j] in {"،", ","}), None)
        return ref.end if comma is None else comma + 1

    def named_in_full(self, a: int, b: int) -> Ref | None:
        """The nearest mention before token ``a`` whose words end with the source's words [a, b): «به نوشته واشنگتن
        تایمز، …» where only «واشنگتن» was found here is the paper named before as «روزنامه "واشنگتن تایمز"»."""
        w = self.w
        words = [k for k in w.keys[a:b] if k]
        for r in reversed(self.speakers):
            if r.start < a and [k for k in w.keys[r.start:r.end] if k][-len(words):] == words:
                return r
        return None

    def source_end(self, k: int, hi: int) -> int:
        """Past the comma that closes an opener's source starting at ``k`` («به گفته این منبع، …»), else ``k``."""
        return next((j + 1 for j in range(k, min(hi, k + MAX_SOURCE)) if self.w.texts[j] in {"،", ","}), k)

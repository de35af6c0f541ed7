"""Quotes inside a direct quote: «X گفت: Y روز دوشنبه گفت که …», «… همان‌گونه که Y فرموده‌اند …». A mixin of
``quote_forms.QuoteForms`` (and so of ``quotes.Context``), which supplies the document view and the
``add``/``indirect`` steps these methods call.
"""

from __future__ import annotations

from bisect import bisect_left

from khabar.stages.cue_persons import is_first_person
from khabar.stages.cues import Cue, find_cues
from khabar.stages.quote_direct import Regions
from khabar.stages.quote_nested import content_before_kept, generic_opener, unnamed_plural
from khabar.stages.salience import Ref, Sentences, subject
from khabar.stages.tokens import Words

# Cues that report someone else's words inside a direct quote, and the pronouns that are the quoted
# speaker himself or someone told of before (not a new, named source).
NESTED_KINDS = frozenset({"say", "clause", "bar", "from"})
INNER_PRONOUNS = frozenset({"وی", "او", "ایشان", "ما", "من", "آنها", "آنان"})


class NestedQuotes:
    w: Words
    sents: Sentences
    owner: dict[int, str]
    speakers: list[Ref]
    quoted: Regions
    last: Ref | None
    found: list[tuple[int, int, tuple[int, int], str, Ref | None]]
    verbs: list[bool]
    nesting = False  # while nested_clauses reads the sentences of a direct quote
    outer: Ref | None = None  # the speaker of that direct quote

    def add(self, a: int, b: int, cue: tuple[int, int], kind: str, ref: Ref | None) -> bool:
        raise NotImplementedError

    def indirect(self, lo: int, hi: int) -> None:
        raise NotImplementedError

    def nested(self, a: int, b: int, outer: Ref | None) -> None:
        """«X گفت: Y روز دوشنبه گفت که …»: a named person inside a direct quote who is said to have said
        something (a cue, then «که») is a second, nested quote, spoken by that person."""
        w = self.w
        # the speakers are sorted by start: the quote's own ones by bisection, not a scan of all per quote
        within = self.speakers[bisect_left(self.speakers, a, key=_ref_start):bisect_left(self.speakers, b, key=_ref_start)]
        inner = [r for r in within if w.keys[r.start] not in INNER_PRONOUNS]
        for cue in find_cues(w, a, b):
            if cue.end >= b or w.keys[cue.end] != "که" or cue.kind not in NESTED_KINDS or is_first_person(w, cue):
                continue  # («من به Y گفتم که …» is the speaker's own: see nested_clauses)
            lo = max(a, self.sents.bounds(self.sents.index(cue.start))[0])
            ref = subject(w, inner, lo, cue.start, Regions())
            if ref is None or (outer is not None and self.owner.get(ref.start) == self.owner.get(outer.start)):
                continue
            end = min(b, self.sents.bounds(self.sents.index(cue.start))[1])
            self.add(cue.end + 1, end, (cue.start, cue.end), "indirect", ref)

    def nested_clauses(self, a: int, b: int, outer: Ref | None) -> None:
        """Every sentence of a direct quote read as the text around it is: «X گفت: … همان‌گونه که Y
        فرموده‌اند …», «… Y قول داد …», «… Y از Z خواست تا …» are second, nested quotes, kept where the
        content follows the cue and a named person other than the quote's speaker says it (never a
        pronoun: «وی»، «ما» is the speaker himself; content before a cue inside a quote is too often
        the speaker's own words about someone)."""
        n, last, quoted = len(self.found), self.last, self.quoted
        self.quoted = Regions()  # the names inside a «…» quote are the nested speakers
        self.nesting, self.outer = True, outer
        try:
            s0, s1 = self.sents.index(a), self.sents.index(max(a, b - 1))
            for s in range(s0, s1 + 1):
                lo, hi = self.sents.bounds(s)
                if max(lo, a) < min(hi, b):
                    self.indirect(max(lo, a), min(hi, b))
        finally:
            self.quoted, self.last, self.nesting = quoted, last, False
        outer_id = self.owner.get(outer.start) if outer is not None else None
        new, self.found[n:] = self.found[n:], []
        for f in new:
            ref = f[4]
            if any(g[0] == f[0] and g[1] == f[1] for g in self.found):
                continue
            if ref is not None and ref is outer and f[0] >= f[2][1] and is_first_person(self.w, Cue(*f[2], "")):
                self.found.append(f)  # «X گفت: من به Y گفتم …»: X's own earlier words
                continue
            cue = Cue(*f[2], "")
            lo = max(a, self.sents.bounds(self.sents.index(cue.start))[0])
            keep = self.nested_kept(f, a, b, lo, cue, outer_id)
            if keep == "generic":
                self.found.append((*f[:4], None))
            elif keep:
                self.found.append(f)

    def nested_kept(self, f: tuple[int, int, tuple[int, int], str, Ref | None], a: int, b: int, lo: int, cue: Cue,
                    outer_id: str | None) -> str:
        """Whether a nested quote found in the quote ``a:b`` is kept: "generic" for an unnamed group that opens
        the clause («برخی می‌گویند …»: no speaker), "named" for a named person other than the quote's speaker
        (never a pronoun: «وی»، «ما» is the speaker himself), "" where it is not kept (content before a cue
        inside a quote is too often the speaker's own words about someone, but for ``content_before_kept``)."""
        ref, w = f[4], self.w
        if generic_opener(w, lo, cue) and (ref is None or ref.label != "PER"):
            return "generic"  # («برخی … و Y گفت»: a named person is the subject)
        named = bisect_left(self.speakers, cue.start, key=_ref_start) > bisect_left(self.speakers, lo, key=_ref_start)
        if ref is None and f[0] >= cue.end and not is_first_person(w, cue) and unnamed_plural(w, lo, cue, named):
            return "generic"  # «… گفتند بگویید …»: no subject named, the content after the cue
        if ref is None or ref.label != "PER" or not a <= ref.start < b or w.keys[ref.start] in INNER_PRONOUNS:
            return ""
        if outer_id is not None and self.owner.get(ref.start) == outer_id:
            return ""
        if f[0] < f[2][1] and not content_before_kept(w, self.verbs, f[0], f[1], cue):
            return ""  # the content stands before its cue
        return "named"


def _ref_start(ref: Ref) -> int:
    return ref.start

"""Quotes: direct and indirect reported speech with the speaker resolved to an entity.

- direct: a cue verb and a colon («وی افزود: …», to the paragraph end or the next such
  sentence), or text in «…» with a cue in the same sentence;
- indirect: a cue with a که-clause or a clause after it («تاکید کرد هدف …»), a clause before
  it («وی بر … تاکید کرد», «X را Y دانست»), and «به گفته X، …» / «از نظر X، …».
The speaker is the subject of the cue's clause; with none (e.g. «همچنین افزود: …») it is
the previous quote's speaker or the salient person. The agency («به گزارش فارس») never speaks.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from khabar.extensions import register_extensions
from khabar.stages.coref import paragraphs_of, sentences_of
from khabar.stages.cues import (
    ADVERBS,
    Cue,
    Regions,
    colon_cues,
    direct_extent,
    find_cues,
    nominal_cue_table,
    opener_table,
    quoted_regions,
)
from khabar.stages.mentions import Words
from khabar.stages.phrases import PhraseTable
from khabar.stages.salience import MAX_CLAUSE, Ref, Sentences, salient_before, subject
from khabar.tables import load_list

_END_PUNCT = {".", "!", "؟", "?", "،", ",", "؛", ":", "»", "«"}
MIN_WORDS = 3  # shorter content is an object («آمادگی خود را اعلام کرد»), not speech


@lru_cache(maxsize=1)
def speech_frames() -> PhraseTable[bool]:
    return PhraseTable((line, True) for line in load_list("speech_frames.txt"))


class QuoteFinder:
    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = find_quotes(doc)
        return doc


def entity_refs(doc: Doc) -> tuple[list[Ref], dict[int, str]]:
    """Mentions (token offsets) and the entity id of each, by mention start token."""
    char_to_tok = {t.idx: t.i for t in doc}
    refs, owner = [], {}
    agency = {s.start for s in doc.spans.get("structure", []) if s.label_ == "AGENCY"}
    for e in doc._.entities or []:
        if e["label"] not in {"PER", "ORG"}:
            continue
        for s, end in e["mentions"]:
            tok = char_to_tok.get(s)
            if tok is None:
                continue
            end_tok = doc.char_span(s, end, alignment_mode="expand")
            kind = "agency" if tok in agency else "mention"
            refs.append(Ref(tok, end_tok.end if end_tok is not None else tok + 1, kind, e["label"], 0))
            owner[tok] = e["id"]
    refs.sort(key=lambda r: (r.start, -r.end))
    return refs, owner


def trim(w: Words, a: int, b: int) -> tuple[int, int]:
    """Drop punctuation at both ends of tokens [a, b)."""
    while a < b and w.texts[a] in _END_PUNCT - {"«"}:
        a += 1
    while b > a and w.texts[b - 1] in _END_PUNCT - {"»"}:
        b -= 1
    return a, b


def has_words(w: Words, a: int, b: int, n: int) -> bool:
    """At least ``n`` words in tokens [a, b) (stops counting there: quotes can be long)."""
    seen = 0
    for k in range(a, b):
        seen += 1 if w.keys[k] else 0
        if seen >= n:
            return True
    return n <= 0


class Context:
    """What the quote rules need about one document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.w = Words.of([t.text for t in doc])
        self.sents: Sentences = sentences_of(doc)
        self.paragraphs = paragraphs_of(doc)
        self.quoted = quoted_regions(self.w, self.paragraphs)
        self.text = doc.text  # spaCy rebuilds doc.text on every access: read it once
        refs, self.owner = entity_refs(doc)
        self.speakers = [r for r in refs if r.kind != "agency"]  # sorted by start
        self.persons = [r for r in self.speakers if r.label == "PER"]
        self.at: dict[int, list[Ref]] = {}  # speakers by start token, longest first
        for r in self.speakers:
            self.at.setdefault(r.start, []).append(r)
        self.last: Ref | None = None  # the previous quote's speaker
        # (start, end, cue tokens, kind, speaker) of every quote found
        self.found: list[tuple[int, int, tuple[int, int], str, Ref | None]] = []

    def speaker_for(self, lo: int, cue_at: int) -> Ref | None:
        """The subject of the clause [lo, cue_at); else the previous speaker nearby; else the salient person."""
        w, q = self.w, self.quoted
        ref = subject(w, self.speakers, lo, cue_at, q) or subject(w, self.speakers, lo, cue_at, q, strict=False)
        if ref is not None:
            return ref
        if self.last is not None and self.sents.index(cue_at) - self.sents.index(self.last.start) <= 3:
            return self.last
        return salient_before(w, self.persons, self.sents, cue_at, q)

    def add(self, a: int, b: int, cue: tuple[int, int], kind: str, ref: Ref | None) -> bool:
        limit = b
        a, b = trim(self.w, a, b)
        if a < b and self.w.texts[a] == "«" and self.w.texts[b - 1] == "»":
            a, b = trim(self.w, a + 1, b - 1)  # «…» around the whole quote
        if kind == "direct" and b < limit and self.w.texts[b] in {".", "!", "؟", "?"}:
            b += 1  # a direct quote keeps its final stop
        if not has_words(self.w, a, b, 2 if kind == "direct" else MIN_WORDS):
            return False
        self.found.append((a, b, cue, kind, ref))
        self.last = ref or self.last
        return True

    def direct(self, p0: int, p1: int) -> list[tuple[int, int]]:
        """«X گفت: …» quotes of a paragraph; returns the token ranges they cover."""
        colon = colon_cues(self.w, p0, p1)
        covered = []
        for n, cue in enumerate(colon):
            # the cue's clause: from its sentence start, or the previous cue (so each token is read once)
            lo = max(p0, self.sents.bounds(self.sents.index(cue.start))[0], colon[n - 1].end + 1 if n else p0,
                     cue.start - MAX_CLAUSE)
            # «وی با بیان اینکه …، تصریح کرد: …», «X … را … دانست و افزود: …»
            self.indirect(lo, cue.start)
            ref = self.speaker_for(lo, cue.start)
            a, b = direct_extent(self.w, colon, n, p1)
            self.add(a, b, (cue.start, cue.end), "direct", ref)
            covered.append((lo, b))
        return covered

    def openers(self, lo: int, hi: int) -> None:
        """«به گفته X، …», «از نظر X، …»."""
        table = opener_table()
        for i in range(lo, hi):
            hit = table.match(self.w.keys, i)
            if hit:
                ref = next(iter(self.at.get(i + hit[0], [])), None)
                if ref is not None:
                    self.add(ref.end, hi, (i, i + hit[0]), "indirect", ref)

    def nominal(self, lo: int, hi: int) -> None:
        """«X با بیان اینکه …، …»: the content runs from «اینکه» to the next comma."""
        w, table = self.w, nominal_cue_table()
        for i in range(lo, hi):
            hit = table.match(w.keys, i)
            if not hit:
                continue
            k = i + hit[0]
            while k < hi and w.keys[k] in {"این", "مطلب", "موضوع", "نکته"}:
                k += 1
            clause = k < hi and w.keys[k] in {"اینکه", "که"}
            if clause or (hit[1][1] and k == i + hit[0] and w.keys[k - 1] in {"بر", "از"}):
                start = k + 1 if clause else k - 1
                stop = min(hi, start + MAX_CLAUSE)
                end = next((j for j in range(start, stop) if w.texts[j] in {"،", ","}), stop)
                self.add(start, end, (i, i + 2 if hit[0] > 1 else i + 1), "indirect", self.speaker_for(lo, i))

    def guillemets(self, lo: int, hi: int, cues: list[Cue]) -> set[int]:
        """«…» of 4+ words with a cue in the same sentence: direct quotes. Returns the cues used."""
        w, used = self.w, set()
        starts = [c.start for c in cues]
        open_at = None
        for k in range(lo, hi):
            if w.texts[k] == "«":
                open_at = k
            elif w.texts[k] == "»" and open_at is not None:
                inner = (open_at + 1, k)
                i = bisect_left(starts, k)
                cue = cues[i] if i < len(cues) else None
                if cue is None:
                    j = bisect_left(starts, open_at) - 1
                    while j >= 0 and cues[j].end > open_at:
                        j -= 1
                    cue = cues[j] if j >= 0 else None
                if cue is not None and has_words(w, *inner, 6) and cue.start not in used:
                    side = (k + 1, cue.start) if cue.start > k else (lo, cue.start)
                    ref = self.speaker_for(*side)
                    if self.add(inner[0], inner[1], (cue.start, cue.end), "direct", ref):
                        used.add(cue.start)
                open_at = None
        return used

    def skip_frame(self, k: int, end: int, ref: Ref | None) -> int:
        """Skip what stands between a speaker and the content: adverbs, the speaker's apposed role,
        scene phrases («در گفت‌وگو با خبرنگار ما») and the place or outlet they name."""
        w, frames = self.w, speech_frames()
        who = self.owner.get(ref.start) if ref is not None else None
        while k < end:
            if w.keys[k] in ADVERBS:
                k += 1
                continue
            same = next((r for r in self.at.get(k, []) if who and self.owner.get(r.start) == who), None)
            if same is not None:
                k = same.end
                continue
            hit = frames.match(w.keys, k)
            if hit and k + hit[0] < end:
                k += hit[0]
                named = next((r for r in self.at.get(k, []) if r.label == "ORG"), None)
                k = named.end if named is not None else k
                continue
            if w.keys[k] == "در":  # «در مجلس شورای اسلامی»: a place or body named after the speaker
                named = next((r for r in self.at.get(k + 1, []) if r.label == "ORG"), None)
                if named is not None and named.end < end:
                    k = named.end
                    continue
            break
        return k

    def indirect(self, lo: int, hi: int) -> None:
        """Indirect (and «…») quotes in tokens [lo, hi) of one sentence."""
        w = self.w
        self.openers(lo, hi)
        self.nominal(lo, hi)
        all_cues = find_cues(w, lo, hi)
        cues = [c for c in all_cues if not self.quoted.covers(c.start)]
        used = self.guillemets(lo, hi, all_cues)
        clause_lo = lo
        sentence_ref: Ref | None = None
        for cue in cues:
            if cue.start in used or cue.kind == "colon":
                continue
            ref = subject(w, self.speakers, clause_lo, cue.start, self.quoted)
            if ref is not None:
                sentence_ref = ref
            else:
                # «… عنوان کرد و … تاکید کرد»: one subject, several cues
                ref = sentence_ref or self.speaker_for(clause_lo, cue.start)
            content_lo = ref.end if ref is not None and clause_lo <= ref.start < cue.start else clause_lo
            content_lo = self.skip_frame(content_lo, cue.start, ref)
            after_lo = cue.end + (1 if cue.end < hi and w.keys[cue.end] == "که" else 0)
            # a clause after the cue ends by the sentence end, and within MAX_CLAUSE tokens
            end = min(hi, after_lo + MAX_CLAUSE)
            after = trim(w, after_lo, end)
            has_ra = any(w.keys[k] == "را" for k in range(content_lo, cue.start))
            if cue.kind == "ask" and not any(w.keys[k] == "از" for k in range(clause_lo, cue.start)):
                clause_lo = cue.end
                continue  # «خواست» as a noun («خواست مردم»), not «X از Y خواست …»
            if cue.kind == "ask":
                after_lo = cue.end + (1 if cue.end < hi and w.keys[cue.end] in {"تا", "که"} else 0)
                after = trim(w, after_lo, min(hi, after_lo + MAX_CLAUSE))
            if cue.kind == "deem" and has_ra:
                a, b = content_lo, cue.start
            elif cue.end < hi and (w.keys[cue.end] in {"که", "تا"} or (
                    has_words(w, *after, MIN_WORDS) and w.keys[cue.end] not in {"و", ""})):
                a, b = after
            else:
                a, b = content_lo, cue.start
                if cue.kind == "bar":  # «وی … بر X تاکید کرد»: the content opens with «بر»
                    a = next((k for k in range(a, b) if w.keys[k] == "بر"), a)
            # «این را رمز پیروزی دانست»: an anaphoric object is no new content
            if a < b and not (w.keys[a] in {"این", "آن"} and a + 1 < b and w.keys[a + 1] == "را"):
                self.add(a, b, (cue.start, cue.end), "indirect", ref)
            clause_lo = cue.end + (1 if cue.end < hi and w.keys[cue.end] == "و" else 0)


def find_quotes(doc: Doc) -> list[dict[str, Any]]:
    ctx = Context(doc)
    for p0, p1 in ctx.paragraphs:
        covered = Regions(ctx.direct(p0, p1))
        s_first, s_last = ctx.sents.index(p0), ctx.sents.index(max(p0, p1 - 1))
        for s in range(s_first, s_last + 1):
            lo, hi = ctx.sents.bounds(s)
            lo, hi = max(lo, p0), min(hi, p1)
            if not covered.covers(lo):
                ctx.indirect(lo, hi)
    out = []
    for a, b, cue, kind, ref in sorted(ctx.found, key=lambda f: f[0]):
        start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
        out.append({
            "speaker": ctx.owner.get(ref.start) if ref else None,
            "speaker_text": doc[ref.start:ref.end].text if ref else None,
            "cue": doc[cue[0]:cue[1]].text,
            "kind": kind,
            "text": ctx.text[start:end],
            "start": start,
            "end": end,
        })
    return out


@Language.factory("khabar_quotes", assigns=["doc._.quotes"], requires=["doc._.entities"])
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder(nlp, name)


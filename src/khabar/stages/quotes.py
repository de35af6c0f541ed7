"""Quotes: direct and indirect reported speech with the speaker resolved to an entity.

- direct: a cue verb and a colon («وی افزود: …», to the paragraph end or the next such
  sentence), or text in «…» with a cue in the same sentence;
- indirect: a cue with a که-clause or a clause after it («تاکید کرد هدف …»), a clause before
  it («وی بر … تاکید کرد», «X را Y دانست»), and «به گفته X، …» / «از نظر X، …».
The speaker is the subject of the cue's clause (a person, an organization or a country); with
none (e.g. «همچنین افزود: …») it is the previous quote's speaker or the salient person, and
unknown for a plural cue («برخی می‌گویند …»). «X به نقل از Y گفت» is Y's quote. The agency
(«به گزارش فارس») never speaks. Other forms («…», «به گفته X»، «با بیان اینکه») are in
``quote_forms``; a first-person paragraph after a direct quote goes on with it (``quote_text``).
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import POS
from spacy.language import Language
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc

from khabar.extensions import register_extensions
from khabar.stages.cues import (
    ADVERBS,
    Cue,
    Regions,
    colon_cues,
    direct_extent,
    find_cues,
    is_plural,
    quoted_regions,
    words_of,
)
from khabar.stages.descriptions import clause_links
from khabar.stages.doc_parts import heading_lines, paragraphs_of, sentences_of
from khabar.stages.quote_forms import QuoteForms
from khabar.stages.quote_text import (
    continues_quote,
    has_words,
    in_question,
    narrated,
    passive_participle,
    published_paragraph,
    quantity_predicate,
    read_aloud,
    text_follows,
    threat_object,
    topic_only,
    trim,
    while_clause,
)
from khabar.stages.salience import MAX_CLAUSE, Ref, Sentences, salient_before, subject
from khabar.stages.speakers import entity_refs, relayed_speaker, report_source, this_report

QUOTE_CLOSERS = {'"', "»", "”", ")", "«", "“"}
# the word that opens the content before a «bar» / «from» cue
OPENS_CONTENT = {"bar": "بر", "from": "از"}
CONTRAST = frozenset({"اما", "ولی", "لیکن", "ولیکن", "بلکه"})
SINGULAR_PRONOUNS = frozenset({"وی", "او"})
MIN_WORDS = 3  # shorter content is an object («آمادگی خود را اعلام کرد»), not speech


class QuoteFinder:
    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = find_quotes(doc)
        return doc


class Context(QuoteForms):
    """What the quote rules need about one document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.w = words_of([t.text for t in doc])
        # which tokens are verbs (all False without a tagger): a content clause ends after its verb
        self.verbs = [p in (VERB, AUX) for p in doc.to_array(POS).tolist()]
        self.sents: Sentences = sentences_of(doc)
        # a sub-heading's line is read for quotes too («- سخنگوی دولت خبر داد: …» in a list of headlines)
        self.headings = set(heading_lines(doc))
        self.paragraphs = sorted(paragraphs_of(doc, title=True) + list(self.headings))
        self.quoted = quoted_regions(self.w, self.paragraphs)
        self.text = doc.text  # spaCy rebuilds doc.text on every access: read it once
        refs, self.owner = entity_refs(doc)
        # a country speaks as a clause's subject («هند … را متهم کرد»), but not when it qualifies
        # the name before it («روزنامه "گرانما" کوبا»)
        self.speakers = [r for r in refs if r.kind != "agency" and not (
            r.label == "LOC" and r.start > 0 and self.w.texts[r.start - 1] in QUOTE_CLOSERS)]  # sorted by start
        self.persons = [r for r in self.speakers if r.label == "PER"]
        self.at: dict[int, list[Ref]] = {}  # speakers by start token, longest first
        for r in self.speakers:
            self.at.setdefault(r.start, []).append(r)
        self.report_source = report_source(self.w, self.at)
        self.last: Ref | None = None  # the previous quote's speaker
        self.last_end = 0  # where the previous quote with a speaker ends (a token)
        self.contents: list[tuple[int, int]] = []  # token ranges of indirect contents found
        # (start, end, cue tokens, kind, speaker) of every quote found
        self.found: list[tuple[int, int, tuple[int, int], str, Ref | None]] = []

    def speaker_for(self, lo: int, cue_at: int) -> Ref | None:
        """The subject of the clause [lo, cue_at); else the previous speaker nearby; else the salient person."""
        w, q = self.w, self.quoted
        ref = subject(w, self.speakers, lo, cue_at, q) or subject(w, self.speakers, lo, cue_at, q, strict=False)
        if ref is not None:
            return self.relayed(ref, cue_at)
        if (report := this_report(self.w, self.at, self.report_source, lo, cue_at)) is not None:
            return report  # «در این گزارش آمده است، …»: the report relayed «به نقل از Y», or «به گزارش Y»
        # counted from the end of the previous quote: a long one runs over many sentences («X گفت: … . وی افزود»)
        if self.last is not None and self.sents.index(cue_at) - self.sents.index(max(
                self.last.start, min(self.last_end, cue_at) - 1)) <= 3:
            return self.last
        return salient_before(w, self.persons, self.sents, cue_at, q)

    def relayed(self, ref: Ref | None, cue_at: int) -> Ref | None:
        """«X به نقل از Y گفت»: Y speaks (or nobody known)."""
        relays, source = relayed_speaker(self.w, self.at, ref, cue_at)
        return source if relays else ref

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
        self.last_end = b if ref else self.last_end
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
            if is_plural(self.w, cue):
                # «مقام‌های چین اعلام کردند: …» with no subject found: people the text does not name,
                # not the last person named
                ref = self.relayed(subject(self.w, self.speakers, lo, cue.start, self.quoted), cue.start)
            else:
                ref = self.speaker_for(lo, cue.start)
            a, b = direct_extent(self.w, colon, n, p1)
            self.add(a, b, (cue.start, cue.end), "direct", ref)
            covered.append((lo, b))
        return covered

    def reported(self, cue: Cue, lo: int) -> int | None:
        """A cue inside what an earlier cue of the sentence reports («X گفت که آنها Y را متهم
        کردند»), with no subject of its own, is part of that content: returns -1. «… اما Y …
        اعلام کرد»: «اما» opens a clause of its own, whose start is returned. Else None.
        «… و افزود …» continues the speaker."""
        content = next(((a, b) for a, b in reversed(self.contents_from(lo)) if a <= cue.start < b), None)
        if content is None or cue.kind == "cont" or self.w.keys[cue.start - 1] == "و":
            return None
        contrast = [k for k in range(content[0], cue.start) if self.w.keys[k] in CONTRAST]
        if contrast and all(self.w.keys[k] in ADVERBS for k in range(contrast[-1] + 1, cue.start)):
            return None  # «X تاکید دارد … اما احتمال داد …»: no new subject, the same speaker goes on
        return contrast[-1] + 1 if contrast else -1

    def indirect(self, lo: int, hi: int) -> None:
        """Indirect (and «…») quotes in tokens [lo, hi) of one sentence."""
        w = self.w
        self.openers(lo, hi)
        self.nominal(lo, hi)
        self.claims(lo, hi)
        all_cues = find_cues(w, lo, hi)
        cues = [c for c in all_cues if not self.quoted.covers(c.start)]
        used = self.guillemets(lo, hi, all_cues)
        clause_lo = lo
        sentence_ref: Ref | None = None
        first = next((k for k in range(lo, hi) if w.keys[k] and w.keys[k] not in ADVERBS), hi)
        # the end of a subordinate clause that opens the sentence (its first comma), else lo
        subordinate = lo
        if clause_links().match(w.keys, first, limit=hi - first):
            subordinate = next((k for k in range(first, hi) if w.texts[k] in {"،", ","}), lo)
        for cue in cues:
            if cue.start in used or cue.kind == "colon" and not (this_report(
                    w, self.at, self.report_source, clause_lo, cue.start) and cue.end < hi and w.texts[cue.end] in {"،", ","}):
                continue  # «در این گزارش آمده است، …» says what a relayed report says, like a colon
            if narrated(w, clause_lo, cue):
                clause_lo = cue.end
                continue  # «این گزارش حاکی است …», «که خواست نامش فاش نشود»
            if in_question(w, clause_lo, hi, cue, all_cues):
                continue  # «در پاسخ به این سؤال که X معتقد است …، گفت»: the asker's words, not a quote
            ref = self.relayed(subject(w, self.speakers, clause_lo, cue.start, self.quoted), cue.start)
            if ref is not None and w.keys[ref.start] in SINGULAR_PRONOUNS and is_plural(w, cue):
                ref = None  # «… که او … بود، پیشنهاد کردند»: «او» is no subject of a plural verb
            inner = self.reported(cue, lo) if ref is None else None
            if inner == -1:
                clause_lo = cue.end
                continue
            if inner is not None:  # «… اما برگزارکنندگان … اعلام کردند»: someone unknown
                clause_lo = inner
            elif ref is not None:
                sentence_ref = ref
            elif not is_plural(w, cue):
                # «… عنوان کرد و … تاکید کرد»: one subject, several cues
                ref = sentence_ref or self.speaker_for(clause_lo, cue.start)
            # a plural cue with no subject found («برخی می‌گویند …», «منابع آگاه گفته‌اند …»): people
            # the text does not name, not the last speaker
            content_lo = ref.end if ref is not None and clause_lo <= ref.start < cue.start else clause_lo
            content_lo = self.skip_frame(content_lo, cue.start, ref)
            after_lo = cue.end + (1 if cue.end < hi and w.keys[cue.end] == "که" else 0)
            # a clause after the cue ends by the sentence end, and within MAX_CLAUSE tokens
            clause_end = subordinate if cue.start < subordinate else hi  # «با وجود اینکه X اعلام کرده …، …»
            end = min(clause_end, after_lo + MAX_CLAUSE)
            after = trim(w, after_lo, end)
            has_ra = any(w.keys[k] == "را" for k in range(content_lo, cue.start))
            if cue.kind == "ask" and not any(w.keys[k] == "از" for k in range(clause_lo, cue.start)):
                clause_lo = cue.end
                continue  # «خواست» as a noun («خواست مردم»), not «X از Y خواست …»
            if cue.kind == "ask":
                after_lo = cue.end + (1 if cue.end < hi and w.keys[cue.end] in {"تا", "که"} else 0)
                after = trim(w, after_lo, min(clause_end, after_lo + MAX_CLAUSE))
            if cue.kind == "deem" and (has_ra and read_aloud(w, cue) or passive_participle(w, cue)):
                clause_lo = cue.end
                continue  # «نامه‌ای را … خواند»: read out, not deemed; «… خوانده می‌شد»: a passive
            # «X در حالی از Y خبر داد که …», «… را در حالی بیان می‌کند که …»: the «که» closes «در حالی» and
            # opens no content; what stands before the cue may still be one
            while_at = while_clause(w, content_lo, cue)
            content_lo = content_lo if while_at is None else while_at
            if cue.kind == "deem" and has_ra or cue.kind == "object" and threat_object(w, content_lo, cue, hi) or (
                    cue.kind == "say" and quantity_predicate(w, content_lo, cue)):
                a, b = content_lo, cue.start
                a = max([a] + [e for s0, e in self.contents_from(a) if s0 < b])  # «X در اظهاراتی مبنی بر اینکه …، [Y] را رد کرد»
                while a < b and (w.keys[a] in ("را", "که") or w.texts[a] in {"،", ","}):
                    a += 1  # «اظهارات X را که [Y را تروریست] خواند»: a relative clause on the speaker
                if b > a and w.keys[b - 1] == "را":
                    b -= 1  # «[X] را مورد تاکید قرار داد»: the final «را» is no content
            elif cue.end < hi and while_at is None and (w.keys[cue.end] in {"که", "تا"} or (
                    has_words(w, *after, MIN_WORDS) and (w.keys[cue.end] not in {"و", ""} or w.texts[cue.end] in {"،", ",", "؛", ";"}))):
                a, b = after
                self.contents.append(after)
            elif cue.kind in ("clause", "object"):  # «خواستار آزادی زندانیان شد»: a noun, no speech
                a, b = cue.end, cue.end
            elif cue.kind == "bar" and not any(w.keys[k].startswith("بر") for k in range(content_lo, cue.start)):
                a, b = cue.end, cue.end  # «… روی همان تاکید داشت»: no «بر …», no content
            elif cue.kind == "cont":
                a, b = cue.end, cue.end  # «نشست … با سخنرانی X ادامه داد»: «went on» reports nothing before it
            elif cue.kind == "say" and topic_only(w, content_lo, cue.start):
                a, b = cue.end, cue.end  # «X درباره حمله به Y هشدار داد»: a topic, not what was said
            else:
                a, b = content_lo, cue.start
                opener = OPENS_CONTENT.get(cue.kind)
                if opener:  # «وی … بر X تاکید کرد», «X … از Y خبر داد»: the content opens with «بر», «از»
                    strict = ref is not None and ref.end == content_lo and subject(w, [ref], clause_lo, cue.start, self.quoted)
                    start = next((k for k in range(content_lo if strict else clause_lo, b) if w.keys[k] == opener), None)
                    if start is not None:
                        a = start
                        if ref is not None and ref.start > a:
                            ref = None  # a person inside the content («از گفت‌وگوی رئیس‌جمهور …») is not the speaker
            # «این را رمز پیروزی دانست»: an anaphoric object is no new content
            if a < b and not (w.keys[a] in {"این", "آن"} and a + 1 < b and w.keys[a + 1] == "را"):
                self.add(a, b, (cue.start, cue.end), "indirect", ref)
            clause_lo = cue.end + (1 if cue.end < hi and w.keys[cue.end] == "و" else 0)


def find_quotes(doc: Doc) -> list[dict[str, Any]]:
    ctx = Context(doc)
    going_on: tuple[tuple[int, int], Ref | None] | None = None  # a direct quote that ran to its paragraph's end
    published: tuple[tuple[int, int], Ref | None] | None = None  # «متن بیانیه به شرح زیر است:» and its issuer
    for p0, p1 in ctx.paragraphs:
        if (p0, p1) in ctx.headings:  # a headline: no part of a text published in full, and never runs on
            if published is None and not ctx.direct(p0, p1):
                ctx.indirect(p0, p1)
            continue
        if published is not None:
            if published_paragraph(ctx.w, p0, p1):
                ctx.add(p0, p1, published[0], "direct", published[1])
            continue  # the rest of the article is the published text
        if (announced := text_follows(ctx.w, p0, p1)) is not None and ctx.last is not None:
            published = (announced, ctx.last)
            continue
        if going_on is not None and continues_quote(ctx.w, p0, p1):
            ctx.add(p0, p1, going_on[0], "direct", going_on[1])
            continue
        n_found = len(ctx.found)
        covered = Regions(ctx.direct(p0, p1) + ctx.guillemet_paragraph(p0, p1))
        s_first, s_last = ctx.sents.index(p0), ctx.sents.index(max(p0, p1 - 1))
        for s in range(s_first, s_last + 1):
            lo, hi = ctx.sents.bounds(s)
            lo, hi = max(lo, p0), min(hi, p1)
            if not covered.covers(lo):
                ctx.indirect(lo, hi)
        last = max(ctx.found[n_found:], key=lambda f: f[1], default=None)
        going_on = (last[2], last[4]) if last is not None and last[3] == "direct" and last[1] >= trim(
            ctx.w, p0, p1)[1] and ctx.w.texts[last[2][1]] == ":" else None
    for a, b, _, _kind, ref in [f for f in ctx.found if f[3] == "direct"]:
        ctx.nested(a, b, ref)
        ctx.nested_clauses(a, b, ref)
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


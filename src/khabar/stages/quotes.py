"""Quotes: direct and indirect reported speech with the speaker resolved to an entity.

- direct: a cue verb and a colon («وی افزود: …», to the paragraph end or the next such
  sentence), or text in «…» with a cue in the same sentence;
- indirect: a cue with a که-clause or a clause after it («تاکید کرد هدف …»), a clause before
  it («وی بر … تاکید کرد», «X را Y دانست»), and «به گفته X، …» / «از نظر X، …».
The speaker is the subject of the cue's clause (a person, an organization or a country); with
none (e.g. «همچنین افزود: …») it is the previous quote's speaker or the salient person, and
unknown for a plural cue («برخی می‌گویند …»). «X به نقل از Y گفت» is Y's quote. The agency
(«به گزارش فارس») never speaks. The cue-verb clause of indirect quotes is in ``quote_indirect``;
other forms («…», «به گفته X»، «با بیان اینکه») are in ``quote_forms``; a first-person paragraph
after a direct quote goes on with it (``quote_text``), and a colon cue that ends its paragraph («… گفت:») opens
the next paragraph as its quote.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import POS
from spacy.language import Language
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc

from khabar.extensions import register_extensions
from khabar.stages.cue_persons import is_first_person
from khabar.stages.cues import is_plural, words_of
from khabar.stages.doc_parts import heading_lines, paragraphs_of, sentences_of
from khabar.stages.quote_direct import Regions, colon_cues, direct_extent, ends_published, quoted_regions
from khabar.stages.quote_indirect import MIN_WORDS, IndirectQuotes
from khabar.stages.quote_interview import interview_cue, is_answer, is_question, reporter_speaks
from khabar.stages.quote_marks import run_to_close, runs_on
from khabar.stages.quote_text import (
    asker_colon,
    continues_quote,
    has_words,
    published_paragraph,
    text_follows,
    trim,
)
from khabar.stages.salience import (
    MAX_CLAUSE,
    Ref,
    Sentences,
    reported_by,
    salient_before,
    speech_sources,
    subject,
)
from khabar.stages.speakers import (
    antecedent,
    entity_refs,
    issuer_speaks,
    most_quoted,
    named_last,
    one_of_many,
    pronoun_subject,
    relayed_speaker,
    report_source,
    this_report,
)
from khabar.stages.team_words import link_team_words
from khabar.stages.tokenizer import doc_text, token_texts
from khabar.text.chars import SENTENCE_STOPS

QUOTE_CLOSERS = {'"', "»", "”", ")", "«", "“"}
# «X در گزارشی / در گزارش خود … اعلام کرد»: X issued the report that «این گزارش» later points back to
ISSUED_REPORTS = frozenset({"گزارش", "گزارشی"})


class QuoteFinder:
    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = find_quotes(doc)
        link_team_words(doc)  # «تیم ما» is the speaker's club: known only now
        return doc


class Context(IndirectQuotes):
    """What the quote rules need about one document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.w = words_of(token_texts(doc))  # from the token array: no Token object per token
        # which tokens are verbs (all False without a tagger): a content clause ends after its verb
        self.verbs = [p in (VERB, AUX) for p in doc.to_array(POS).tolist()]
        self.sents: Sentences = sentences_of(doc)
        # a sub-heading's line is read for quotes too («- سخنگوی دولت خبر داد: …» in a list of headlines)
        self.headings = set(heading_lines(doc))
        self.paragraphs = sorted(paragraphs_of(doc, title=True) + list(self.headings))
        self.quoted = quoted_regions(self.w, self.paragraphs)
        self.text = doc_text(doc)  # spaCy rebuilds doc.text on every access: the tokenizer kept a copy
        refs, self.owner = entity_refs(doc)
        # a country speaks as a clause's subject («هند … را متهم کرد»), but not when it qualifies
        # the name before it («روزنامه "گرانما" کوبا»)
        self.speakers = [r for r in refs if r.kind != "agency" and not (
            r.label == "LOC" and r.start > 0 and self.w.texts[r.start - 1] in QUOTE_CLOSERS)]  # sorted by start
        self.persons = [r for r in self.speakers if r.label == "PER"]
        self.offices = {e["id"] for e in doc._.entities if e["label"] == "PER" and e["name"] in e["roles"]}
        # the agency named at a content's start is its own narration («فارس از … گزارش می‌دهد», guide §4)
        self.agency_at = {r.start for r in refs if r.kind == "agency"}
        self.at: dict[int, list[Ref]] = {}  # speakers by start token, longest first
        for r in self.speakers:
            self.at.setdefault(r.start, []).append(r)
        self.report_source = report_source(self.w, self.at)
        self.report_issuer: Ref | None = None  # who last spoke in a report («X در گزارشی مدعی شده …»)
        self.last: Ref | None = None  # the previous quote's speaker
        self.reporter: Ref | None = None  # the source of the last «در این گزارش آمده است»
        self.last_end = 0  # where the previous quote with a speaker ends (a token)
        self.contents: list[tuple[int, int]] = []  # token ranges of indirect contents found
        # a colon cue that ends its paragraph («… در خصوص این بازی گفت:»), and its speaker: the next paragraph
        # is the quote
        self.colon_open: tuple[tuple[int, int], Ref | None] | None = None
        # (start, end, cue tokens, kind, speaker) of every quote found
        self.found: list[tuple[int, int, tuple[int, int], str, Ref | None]] = []

    def speaker_for(self, lo: int, cue_at: int) -> Ref | None:
        """The subject of the clause [lo, cue_at); else the previous speaker nearby; else the salient person."""
        w, q = self.w, self.quoted
        ref = subject(w, self.speakers, lo, cue_at, q) or subject(w, self.speakers, lo, cue_at, q, strict=False)
        if ref is not None:
            return self.relayed(ref, cue_at)
        if (report := this_report(self.w, self.at, self.report_source, lo, cue_at, self.report_issuer)) is not None:
            self.reporter = report
            return report  # «در این گزارش آمده است، …»: the report relayed «به نقل از Y», or «به گزارش Y»
        person = pronoun_subject(w, lo, cue_at)
        # «وی» is a person, never a report that spoke last (its source may be read as a described person)
        reported = self.last is not None and (self.last.label != "PER" or self.last is self.reporter)
        # counted from the end of the previous quote: a long one runs over many sentences («X گفت: … . وی افزود»)
        if self.last is not None and self.sents.index(cue_at) - self.sents.index(max(
                self.last.start, min(self.last_end, cue_at) - 1)) <= 3 and not (person and reported):
            return self.last
        if person and reported:  # «در این گزارش آمده است: «اظهارات X …» وی … اعلام کرد»
            return named_last(w, self.persons, self.sents, lo, cue_at) or salient_before(
                w, self.persons, self.sents, cue_at, q)
        ref = salient_before(w, self.persons, self.sents, cue_at, q)
        if ref is None and self.last is not None and self.last.label == "PER" and person:
            return self.last  # «وی افزود: …» far from any name (a long quote, sub-headings): the last one who spoke
        return ref

    def issuer(self, lo: int, cue_at: int) -> Ref | None:
        """«از گزارش X ادعا شده است: …», «به نقل از X آمده است: …»: with no subject, the text a colon-only cue
        reads from is X's, named after a noun for an issued text (``data/speech_sources.txt``) or after «به نقل از»."""
        w = self.w
        if subject(w, self.speakers, lo, cue_at, self.quoted) is not None:
            return None
        for k in range(cue_at - 2, lo - 1, -1):  # the nearest first; «به گزارش X، …» is the agency's attribution
            if w.keys[k] in speech_sources() and not reported_by(w, k) or (
                    k > 1 and w.keys[k - 2:k + 1] == ["به", "نقل", "از"]):
                if ref := self.named_after(k, cue_at):
                    return ref
        return None

    def narrator(self, cue_at: int) -> Ref | None:
        """Who «I» is at a first person cue («گفتم», «عنوان کردم»): the speaker of the direct quote it stands
        in, else the one whose words the article has told most so far (an interview's guest), else the
        speaker found as for a cue with no subject."""
        if self.nesting:
            return self.outer
        return most_quoted(self.found, self.owner) or self.speaker_for(
            self.sents.bounds(self.sents.index(cue_at))[0], cue_at)

    def relayed(self, ref: Ref | None, cue_at: int) -> Ref | None:
        """«X به نقل از Y گفت»: Y speaks (or nobody known)."""
        relays, source = relayed_speaker(self.w, self.at, ref, cue_at)
        return source if relays else ref

    def add(self, a: int, b: int, cue: tuple[int, int], kind: str, ref: Ref | None) -> bool:
        limit = b
        a, b = trim(self.w, a, b)
        if a < b and self.w.texts[a] == "«" and self.w.texts[b - 1] == "»":
            a, b = trim(self.w, a + 1, b - 1)  # «…» around the whole quote
        if kind == "direct" and b < limit and self.w.texts[b] in SENTENCE_STOPS:
            b += 1  # a direct quote keeps its final stop
        if not has_words(self.w, a, b, 2 if kind == "direct" else MIN_WORDS):
            return False
        if ref is None and kind == "indirect" and a in self.agency_at:
            return False  # «فارس از … گزارش می‌دهد»: the agency reports, nobody is quoted
        if ref is not None and one_of_many(self.w, self.speakers, self.owner, self.offices, ref, cue):
            ref = None  # «A، B و C … تاکید کردند»: a list speaks, no one entity
        self.found.append((a, b, cue, kind, ref))
        if ref is not None and any(self.w.keys[k] in ISSUED_REPORTS and not reported_by(self.w, k)
                                   for k in range(ref.end, cue[0])):
            self.report_issuer = ref
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
            self.before_colon = True  # an opener there names a source of the colon quote, no content of its own
            try:
                self.indirect(lo, cue.start)
            finally:
                self.before_colon = False
            if asker_colon(self.w, lo, cue):
                continue  # «در پاسخ به سؤال خبرنگاری که گفت: …؟»: the question is no quote
            ref = antecedent(self.w, self.speakers, lo, cue.start, self.quoted)  # «سخنان X که گفت: …»
            if ref is None and is_first_person(self.w, cue):
                ref = self.narrator(cue.start)
            elif ref is None and is_plural(self.w, cue):
                # «مقام‌های چین اعلام کردند: …» with no subject found: people the text does not name,
                # not the last person named
                ref = self.relayed(subject(self.w, self.speakers, lo, cue.start, self.quoted), cue.start)
            elif ref is None and cue.kind == "passive":
                ref = self.issuer(lo, cue.start)  # «گفته شده است: …»: a text's issuer, else nobody named
            elif ref is None:
                ref = (self.issuer(lo, cue.start) if cue.kind == "colon" else None) or self.speaker_for(lo, cue.start)
            a, b = direct_extent(self.w, colon, n, p1)
            if not self.add(a, b, (cue.start, cue.end), "direct", ref) and n == len(colon) - 1 and (
                    (t := trim(self.w, a, b))[0] >= t[1]):
                self.colon_open = ((cue.start, cue.end), ref)  # «… گفت:» ends its paragraph: the words follow
            covered.append((lo, b))
        return covered


def find_quotes(doc: Doc) -> list[dict[str, Any]]:
    ctx = Context(doc)
    going_on: tuple[tuple[int, int], Ref | None] | None = None  # a direct quote that ran to its paragraph's end
    published: tuple[tuple[int, int], Ref | None] | None = None  # «متن بیانیه به شرح زیر است:» and its issuer
    interview: tuple[tuple[int, int], Ref | None] | None = None  # «X … گفت‌وگویی انجام داد.» and X: answers follow
    for p0, p1 in ctx.paragraphs:
        if (p0, p1) in ctx.headings:  # a headline: no part of a text published in full, and never runs on
            if published is None and not ctx.direct(p0, p1):
                ctx.indirect(p0, p1)
            going_on = None  # nor does a quote before it run on past it (a list of headlines, a sub-heading)
            continue
        if published is not None and not ends_published(ctx.w, p0, p1) and not issuer_speaks(
                ctx.w, ctx.speakers, ctx.owner, ctx.quoted, published[1], p0, colon_cues(ctx.w, p0, p1)):
            if published_paragraph(ctx.w, p0, p1):
                ctx.add(p0, p1, published[0], "direct", published[1])
            elif colon_cues(ctx.w, p0, p1):
                ctx.direct(p0, p1)  # «امام فرمودند: …» quoted by the text itself, which runs on after it
            continue  # the published text runs on until the report takes up again
        published = None
        if (announced := text_follows(ctx.w, p0, p1)) is not None and ctx.last is not None:
            published = (announced, ctx.last)
            continue
        if (opened := ctx.colon_open) is not None and has_words(ctx.w, p0, p1, 3) and not colon_cues(ctx.w, p0, p1):
            ctx.colon_open = None
            if ctx.add(p0, p1, opened[0], "direct", opened[1]):
                going_on = opened  # later first-person paragraphs go on with it
                continue
        ctx.colon_open = None
        if interview is not None and is_answer(ctx.w, p0, p1):
            ctx.add(p0, p1, interview[0], "direct", interview[1])
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
        if is_question(ctx.w, p0, p1) and not colon_cues(ctx.w, p0, p1):  # the interviewer's question (guide §4)
            ctx.found[n_found:] = [f for f in ctx.found[n_found:] if f[3] != "indirect" or reporter_speaks(ctx.w, f[4], p0, p1)]
        last = max(ctx.found[n_found:], key=lambda f: f[1], default=None)
        if (asked := interview_cue(ctx.w, p0, p1)) is not None:
            interview = (asked, ctx.speaker_for(max(p0, ctx.sents.bounds(ctx.sents.index(asked[0]))[0]), asked[0]))
        going_on = (last[2], last[4]) if last is not None and last[3] == "direct" and last[1] >= trim(
            ctx.w, p0, p1)[1] and ctx.w.texts[last[2][1]] == ":" else None
    ctx.found = [(a, runs_on(ctx.w, ctx.sents, b), cue, kind, ref) if kind == "indirect" else (a, b, cue, kind, ref)
                 for a, b, cue, kind, ref in ctx.found]
    ctx.found = run_to_close(ctx.w, ctx.found)  # «این گزارش می‌افزاید، «A. B.»»: to the closing »
    for a, b, _, _kind, ref in [f for f in ctx.found if f[3] == "direct"]:
        ctx.nested(a, b, ref)
        ctx.nested_clauses(a, b, ref)
    out = []
    for a, b, cue, kind, ref in sorted(ctx.found, key=lambda f: f[0]):
        start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
        # a double space after the colon is a token of its own: the span holds the text only (guide §4)
        start += len(ctx.text[start:end]) - len(ctx.text[start:end].lstrip())
        end = start + len(ctx.text[start:end].rstrip())
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

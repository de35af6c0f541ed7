"""Indirect quotes told by a cue verb in one sentence («تاکید کرد که …», «وی بر … تاکید کرد», «X را Y
دانست»): the cue's subject as the speaker, and the content after the cue or before it. A mixin of
``quotes.Context`` (which supplies the speaker steps and ``add``), kept apart from the direct quotes and the
paragraph walk there because the cue-verb clause is the largest rule set of the quote stage.
"""

from __future__ import annotations

from khabar.stages.cue_persons import is_first_person
from khabar.stages.cues import ADVERBS, Cue, find_cues, is_plural
from khabar.stages.descriptions import clause_links
from khabar.stages.mentions import Words
from khabar.stages.orgs_places import OPEN_QUOTES
from khabar.stages.phrases import attribution_openers
from khabar.stages.quote_findings import Findings
from khabar.stages.quote_forms import QuoteForms
from khabar.stages.quote_passive import passive_clause
from khabar.stages.quote_text import (
    RELATIVE_CLAUSE_VERBS,
    asker_colon,
    has_words,
    in_question,
    narrated,
    passive_participle,
    quantity_predicate,
    read_aloud,
    resumptive,
    spoke_of,
    threat_object,
    topic_only,
    trim,
    what_named,
    while_clause,
)
from khabar.stages.salience import MAX_CLAUSE, Ref, speech_sources, subject
from khabar.stages.speakers import antecedent, this_report


def past_attribution(w: Words, k: int, end: int) -> int:
    """The token after the comma that closes a source attribution opening at ``k`` («به گزارش فارس از
    ساری، X از Y خبر داد»: the dateline's «از» is no content), else ``k``."""
    while k < end and not w.keys[k]:
        k += 1
    if attribution_openers().match(w.keys, k, limit=end - k):
        mark = next((j for j in range(k, min(end, k + 12)) if w.texts[j] in {"،", ","}), None)
        return k if mark is None else mark + 1
    return k


# the word that opens the content before a «bar» / «from» cue
OPENS_CONTENT = {"bar": "بر", "from": "از", "spoke": "از", "named": "از"}
# «از X به عنوان Y نام برده می‌شود»: what the content of a «named» cue holds (X named as Y)
NAMED_AS = ("به", "عنوان")
CONTRAST = frozenset({"اما", "ولی", "لیکن", "ولیکن", "بلکه"})
SUBORDINATORS = frozenset({"که", "آنکه", "اینکه"})
SINGULAR_PRONOUNS = frozenset({"وی", "او"})
MIN_WORDS = 3  # shorter content is an object («آمادگی خود را اعلام کرد»), not speech


def opens_contrast(w: Words, a: int, b: int) -> bool:
    """Whether the clause after a cue opens with «اما/ولی/بلکه» («… بیان کرد، اما …»): a new clause of the
    writer's or the speaker's own, not what the cue reports (no indirect content in the dev set opens so)."""
    return a < b and w.keys[a] in CONTRAST


class IndirectQuotes(QuoteForms, Findings):
    report_source: Ref | None  # whose report the agency relays («به گزارش X به نقل از Y»), if anyone's

    def relayed(self, ref: Ref | None, cue_at: int) -> Ref | None:
        raise NotImplementedError

    def narrator(self, cue_at: int) -> Ref | None:
        raise NotImplementedError

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

    def cue_clause(self, lo: int, cue: Cue) -> int:
        """Where the clause that holds a cue starts: after the last «که» before it when no comma and no verb
        closes that clause first and a subject opens it («… ارزیابی می‌کنند که ترکیه تاکید دارد …»: Turkey
        insists, not the subject of the sentence), else ``lo``. A verb right after the cue is the main
        clause's own («X درباره طرحی که Y پیشنهاد داده گفت …»): the «که» clause ends with the cue. A verb and «و»
        before the cue with a subject after them open a coordinated clause of its own, which starts there; so
        does «اما/ولی» with a subject after it («… است ولی روزنامه X از Y خبر داد»)."""
        w = self.w
        if cue.end < len(w) and self.verbs[cue.end]:
            return lo
        for k in range(cue.start - 1, lo - 1, -1):
            if w.keys[k] in CONTRAST and k > lo:
                # «X … است، ولی Y از Z خبر داد»: «اما/ولی» and a subject after it open a clause of the cue's own
                return k + 1 if subject(w, self.speakers, k + 1, cue.start, self.quoted) is not None else lo
            if w.keys[k] == "و" and k > lo and (self.verbs[k - 1] or w.keys[k - 1] in RELATIVE_CLAUSE_VERBS):
                # «تنش … بالا گرفته است و آمریکا … را متهم می‌کند»: a verb and «و» close the first clause, and a
                # subject after them opens the cue's own
                return k + 1 if subject(w, self.speakers, k + 1, cue.start, self.quoted) is not None else lo
            if w.texts[k] in {"،", ",", ";", "؛", ":"} or self.verbs[k] or w.keys[k] in RELATIVE_CLAUSE_VERBS:
                return lo  # («X که Y او را برگزیده بود اعلام کرد»: the «که» clause closed before the cue)
            if w.keys[k] in SUBORDINATORS:
                return k + 1 if subject(w, self.speakers, k + 1, cue.start, self.quoted) is not None else lo
        return lo

    def document_clause(self, lo: int, cue: Cue) -> Ref | None:
        """«در گزارش X درباره … آمده که …», «در دادخواست X ادعا شده …»: a colon-only cue whose clause [lo, cue)
        opens with «در» and a noun for an issued text (``data/speech_sources.txt``) naming its issuer X says what
        that text says, with or without a colon. Returns X, else None."""
        w = self.w
        k = next((k for k in range(lo, cue.start) if w.keys[k] and w.keys[k] not in ADVERBS), cue.start)
        if k + 1 >= cue.start or w.keys[k] != "در":
            return None
        noun = k + 1  # («در این گزارش آمده است، …» is the report relayed, or the agency's own: see this_report)
        if w.keys[noun] not in speech_sources():
            return None
        return self.named_after(noun, cue.start)

    def named_after(self, k: int, cue_at: int) -> Ref | None:
        """The mention right after the word at ``k`` (past an opening quote mark: «گزارش «X»») that ends
        before the cue at ``cue_at``: who issued a text, or whom «به نقل از» relays."""
        j = k + 1 + (k + 1 < cue_at and self.w.texts[k + 1] in OPEN_QUOTES)
        return next((r for r in self.at.get(j, []) if r.end <= cue_at), None)

    def what_content(self, what: int, cue: Cue, ref: Ref | None) -> int:
        """Where the content of «آنچه (که) [وی] X نامید» starts: after the speaker and pronouns or adverbs."""
        a = ref.end if ref is not None and what <= ref.start < cue.start else what
        while a < cue.start and self.w.keys[a] in SINGULAR_PRONOUNS | ADVERBS:
            a += 1
        return a

    def indirect(self, lo: int, hi: int) -> None:
        """Indirect (and «…») quotes in tokens [lo, hi) of one sentence."""
        w = self.w
        self.openers(lo, hi)
        self.nominal(lo, hi)
        self.claims(lo, hi)
        self.findings(lo, hi)
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
            document = self.document_clause(clause_lo, cue) if cue.kind in ("colon", "passive") else None
            if cue.start in used or cue.kind == "colon" and document is None and not (this_report(
                    w, self.at, self.report_source, clause_lo, cue.start) and cue.end < hi and w.texts[cue.end] in {"،", ","}):
                continue  # «در این گزارش آمده است، …» says what a relayed report says, like a colon
            if narrated(w, clause_lo, cue):
                clause_lo = cue.end
                continue  # «این گزارش حاکی است …», «که خواست نامش فاش نشود»
            if in_question(w, clause_lo, hi, cue, all_cues) or asker_colon(w, clause_lo, cue):
                continue  # «در پاسخ به این سؤال که X معتقد است …، گفت»: the asker's words, not a quote
            own_lo = self.cue_clause(clause_lo, cue)
            rel = antecedent(w, self.speakers, clause_lo, cue.start, self.quoted)
            ref = rel or self.relayed(subject(w, self.speakers, own_lo, cue.start, self.quoted), cue.start)
            if is_first_person(w, cue):
                ref = self.narrator(cue.start)  # «من به او گفتم …»: a name in the clause is not «I»
            if ref is None and document is not None:
                ref = document  # «در دادخواست دولت آمریکا ادعا شده …»: the document's issuer
            if cue.kind == "passive":
                if not passive_clause(w, cue, hi):
                    clause_lo = cue.end
                    continue
                ref = document  # «گفته می‌شود …»: nobody named says it
            if cue.kind == "named":
                ref = None  # «از X به عنوان Y نام برده می‌شود»: nobody named says it either
            if ref is not None and w.keys[ref.start] in SINGULAR_PRONOUNS and is_plural(w, cue):
                ref = None  # «… که او … بود، پیشنهاد کردند»: «او» is no subject of a plural verb
            what = what_named(w, clause_lo, cue)
            if what is not None and cue.kind == "deem":
                # «به خاطر آنچه (که) وی [X] نامید، …»: X is what he called it; the clause goes on around it, so
                # a later cue may still take it in
                self.add(self.what_content(what, cue, ref), cue.start, (cue.start, cue.end), "indirect", ref)
                continue
            inner = self.reported(cue, lo) if ref is None else None
            if inner == -1:
                clause_lo = cue.end
                continue
            if inner is not None:  # «… اما برگزارکنندگان … اعلام کردند»: someone unknown
                clause_lo = inner
            elif rel is not None:
                pass  # «سخن X که گفت …»: X speaks in its relative clause alone, not for the sentence
            elif ref is not None:
                # a subordinate clause's subject («… که Y تاکید کرد») speaks for that clause alone
                # (the main clause's subject goes on: «X درباره طرحی که Y پیشنهاد داده گفت …»)
                sentence_ref = ref if own_lo == clause_lo else sentence_ref or self.relayed(
                    subject(w, self.speakers, clause_lo, own_lo - 1, self.quoted), own_lo - 1)
            elif not is_plural(w, cue) and cue.kind not in ("passive", "named"):
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
            if what is not None:  # «آنچه وی [X] می‌گفت»: the object of the relative clause, in the sentence's flow
                a, b = self.what_content(what, cue, ref), cue.start
            elif cue.kind == "deem" and has_ra or cue.kind == "object" and threat_object(w, content_lo, cue, hi) or (
                    cue.kind == "say" and quantity_predicate(w, content_lo, cue)):
                a, b = content_lo, cue.start
                a = max([a] + [e for s0, e in self.contents_from(a) if s0 < b])  # «X در اظهاراتی مبنی بر اینکه …، [Y] را رد کرد»
                while a < b and (w.keys[a] in ("را", "که") or w.texts[a] in {"،", ","}):
                    a += 1  # «اظهارات X را که [Y را تروریست] خواند»: a relative clause on the speaker
                if b > a and w.keys[b - 1] == "را":
                    b -= 1  # «[X] را مورد تاکید قرار داد»: the final «را» is no content
            elif cue.end < hi and while_at is None and cue.kind != "named" and not opens_contrast(w, *after) and (w.keys[cue.end] in {"که", "تا"} or (
                    has_words(w, *after, MIN_WORDS) and cue.kind != "spoke" and (w.keys[cue.end] not in {
                        "و", ""} or w.texts[cue.end] in {"،", ",", "؛", ";"} or w.texts[cue.end][:1].isdigit() or (
                        w.texts[cue.end] in OPEN_QUOTES)))):
                # «مدعی شده ۴ محموله … توقیف کرده است»; «تاکید کردند «X» در خودرو نبود»: a clause that opens with
                # a name in quote marks («سخن گفت» takes a clause only with «که»: «… سخن می‌گفت به جوانان کمک کرد»)
                a, b = after
                self.contents.append(after)
            elif cue.kind in ("clause", "object", "passive"):  # «خواستار آزادی زندانیان شد»: a noun, no speech
                a, b = cue.end, cue.end
            elif cue.kind == "bar" and not any(w.keys[k].startswith("بر") for k in range(content_lo, cue.start)):
                a, b = cue.end, cue.end  # «… روی همان تاکید داشت»: no «بر …», no content
            elif cue.kind == "named" and (not any(w.keys[k:k + 2] == list(NAMED_AS) for k in range(content_lo, cue.start)) or (
                    resumptive(w, content_lo, cue.start))):
                # «در این مراسم از شهدا یاد شد»: remembered, nobody's claim; «زندانی‌ای که از او به عنوان X یاد
                # می‌شود»: a relative clause that describes the one before it
                a, b = cue.end, cue.end
            elif cue.kind == "spoke" and not any(w.keys[k] == "از" for k in range(clause_lo, cue.start)):
                a, b = cue.end, cue.end  # «X در این مراسم سخن گفت»: no «از …», no content
            elif cue.kind == "cont":
                a, b = cue.end, cue.end  # «نشست … با سخنرانی X ادامه داد»: «went on» reports nothing before it
            elif cue.kind == "say" and (topic_only(w, content_lo, cue.start) or spoke_of(w, self.verbs, content_lo, cue)):
                a, b = cue.end, cue.end  # «X درباره حمله به Y هشدار داد»: a topic, not what was said
            else:
                a, b = content_lo, cue.start
                opener = OPENS_CONTENT.get(cue.kind)
                if opener:  # «وی … بر X تاکید کرد», «X … از Y خبر داد»: the content opens with «بر», «از»
                    strict = ref is not None and ref.end == content_lo and subject(w, [ref], clause_lo, cue.start, self.quoted)
                    lo = content_lo if strict or cue.kind == "named" else past_attribution(w, clause_lo, b)
                    start = next((k for k in range(lo, b) if w.keys[k] == opener), None)
                    if start is not None:
                        a = start
                        if ref is not None and ref.start > a:
                            ref = None  # a person inside the content («از گفت‌وگوی رئیس‌جمهور …») is not the speaker
            # «این را رمز پیروزی دانست»: an anaphoric object with a short predicate is no new content; with a
            # longer one it says what X holds of what was just told («… و آن را یک وظیفه ملی دانست»)
            if a < b and not (w.keys[a] in {"این", "آن"} and a + 1 < b and w.keys[a + 1] == "را" and not has_words(
                    w, a + 2, b, MIN_WORDS)):
                self.add(a, b, (cue.start, cue.end), "indirect", ref)
            clause_lo = cue.end + (1 if cue.end < hi and w.keys[cue.end] == "و" else 0)

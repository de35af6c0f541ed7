"""Events: who met, visited, called, supported, accused or attacked whom, where and when.

For each sentence, :mod:`khabar.stages.event_rules` finds candidates from the trigger table
and the entity mentions (``doc._.entities``, one entry per coreference cluster);
:mod:`khabar.stages.event_merge` makes one event per happening; times are resolved
against the publication date (``doc._.meta["date"]``) by :mod:`khabar.stages.timex`.
Sets ``doc._.events`` and the span group ``doc.spans["times"]``.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from typing import Any

from spacy.attrs import IDX, POS
from spacy.language import Language
from spacy.symbols import ADJ
from spacy.tokens import Doc, Span, SpanGroup

from khabar.extensions import register_extensions
from khabar.stages import event_place_time as where
from khabar.stages.coref_output import text_spans
from khabar.stages.event_asked import asked_at_meeting
from khabar.stages.event_demonym import country_entities, machine_doers
from khabar.stages.event_entities import city_countries, kin_entities, media_entities, same_person
from khabar.stages.event_headline import DatingLine, date_headline_events, headline_lines, quoted_from
from khabar.stages.event_keep import drop_sources
from khabar.stages.event_merge import merge_events, trips_to_countries
from khabar.stages.event_modality import told_in_past
from khabar.stages.event_obligations import obligation_requests
from khabar.stages.event_protest import with_protest_parties
from khabar.stages.event_rules import Candidate, Mention, TimeSpan, Tok, find_candidates
from khabar.stages.event_said import date_by_words, speaker_as_doer, speech_times, undated_present
from khabar.stages.event_sessions import attended_sessions, body_sessions, session_events
from khabar.stages.event_sports import ARTICLE_MIN_CUES, not_sport, sports_words
from khabar.stages.event_tables import squash
from khabar.stages.timex import TimeExpr, find_times
from khabar.stages.tokenizer import doc_text, sentence_spans, token_texts

SPAN_TIMES = "times"
# Words of a vague time that has not come yet («هفته آینده», «ماه‌های آتی»).
FUTURE_WORDS = frozenset({"آینده", "آتی"})
# A list item's mark («- X … را رد کرد» in a news digest) opens no clause: left out of the sentence.
BULLETS = frozenset({"-", "–", "—", "•", "*", "·", "▪"})


def anchor_date(doc: Doc) -> date | None:
    value = (doc._.meta or {}).get("date")
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def entity_mentions(entities: list[dict[str, Any]] | None) -> list[tuple[int, int, str, str]]:
    """(start, end, entity id, label) for every mention, outermost first where they nest."""
    spans = []
    for ent in entities or []:
        for start, end in text_spans(ent):  # «کشورمان» too: what Iran does there
            spans.append((int(start), int(end), str(ent["id"]), str(ent.get("label", ""))))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    outer: list[tuple[int, int, str, str]] = []
    for s in spans:
        if outer and s[0] < max(o[1] for o in outer[-3:]):
            continue  # nested inside (or overlapping) an earlier, longer mention
        outer.append(s)
    return outer


def find_events(doc: Doc) -> tuple[list[Candidate], list[Span]]:
    """Pure step over an annotated Doc: merged events and the time spans."""
    mentions = entity_mentions(doc._.entities)
    starts = [m[0] for m in mentions]
    text = doc_text(doc)  # doc.text is built anew on every access
    candidates: list[Candidate] = []
    time_spans: list[Span] = []
    sporty: set[int] = set()  # sentences with a word of sport
    sports: set[str] = set()
    # Token texts, offsets and keys once per doc, from the token arrays (no Token object per token).
    words = token_texts(doc)
    offsets = doc.to_array(IDX).tolist()
    keys = [squash(w) for w in words]
    adjs = [p == ADJ for p in doc.to_array(POS).tolist()]  # all False without a tagger
    title, lead = headline_lines(doc)
    title_sentences: set[int] = set()
    headline: set[int] = set()  # the title's own sentences (title_sentences also holds the lead's)
    dating: list[DatingLine] = []  # the lead's sentences and the body's first
    same = same_person(doc._.entities or [])  # a short name → the full one
    countries = country_entities(text, doc._.entities or [])  # «عربستان» for the machines of «جنگنده‌های سعودی»
    body_seen = False
    sentence_of = [0] * len(words)
    sentence_times: dict[int, list[TimeExpr]] = {}
    for index, sent in enumerate(sentence_spans(doc)):
        sentence_of[sent.start:sent.end] = [index] * (sent.end - sent.start)
        toks = [Tok(offsets[i], offsets[i] + len(words[i]), words[i], keys[i], adjs[i])
                for i in range(sent.start, sent.end) if not words[i].isspace()]
        while toks and toks[0].text in BULLETS:
            toks.pop(0)
        if not toks:
            continue
        if found := sports_words([t.key for t in toks]):
            sporty.add(index)
            sports |= found
        tok_at = _token_index(toks)
        sent_mentions = []
        for s, e, ent, label in mentions[bisect_right(starts, sent.start_char - 1):]:
            if s >= sent.end_char:
                break
            first, last = tok_at(s), tok_at(e - 1)
            if first is not None and last is not None and e <= sent.end_char:
                sent_mentions.append(Mention(first, last, ent, label))
        times = []
        for t in find_times(text, sent.start_char, sent.end_char):
            sentence_times.setdefault(index, []).append(t)
            first, last = tok_at(t.start), tok_at(t.end - 1)
            if first is not None and last is not None:
                times.append(TimeSpan(first, last, t))
                span = doc.char_span(t.start, t.end, label="TIME", alignment_mode="expand")
                if span is not None:
                    time_spans.append(span)
        # «شامگاه دوشنبه» is a time even where a gazetteer sees the city «دوشنبه».
        time_firsts = [t.first for t in times]
        sent_mentions = [x for x in sent_mentions if not _inside_time(times, time_firsts, x)]
        told = [c for part in _lines(text, toks, sent_mentions, times)
                for c in with_protest_parties(*part, find_candidates(*part, sentence=index), index)]
        machine_doers(toks, told, countries)  # «حملات جنگنده‌های سعودی»: the state does it
        candidates.extend(told)
        if title is not None and title[0] <= sent.start_char < title[1]:
            title_sentences.add(index)
            headline.add(index)
        elif title is not None and sent.start_char >= title[1] and not body_seen:  # not a kicker above it
            body_seen = lead is None or sent.start_char >= lead[1]
            if not body_seen:  # a lead sentence's events are dated by the lines after it, as the title's
                title_sentences.add(index)
            q = quoted_from(toks)
            places = where.line_places(toks, sent_mentions, q)
            dating.append(DatingLine.of([t.expr for t in times if t.first < q], {same.get(x.entity, x.entity) for x in sent_mentions},
                                        told, places, index))
    candidates.extend(obligation_requests(words, keys, offsets, sentence_of, mentions, doc._.quotes or [],
                                          sentence_times))
    sessions = session_events(words, keys, offsets, sentence_of, mentions, doc._.quotes or [], sentence_times)
    candidates.extend(sessions)
    candidates.extend(attended_sessions(words, keys, offsets, sentence_of, mentions, sentence_times, sessions))
    candidates.extend(body_sessions(words, keys, offsets, sentence_of, mentions, sentence_times, candidates))
    where.antecedent_times(candidates, text, sentence_times)  # «ظهر امروز جلسه … . در این جلسه …»
    where.plot_times(candidates, text, sentence_times)  # «طرح ترور X … . قرار بود این طرح در روز …»
    speaker_as_doer(candidates, doc._.quotes or [])  # «… با Y گفت‌وگویی داشتم» far from «X گفت:»
    candidates = [c for c in candidates if c.actors or not c.first_person]  # first person, but no speaker known
    asked_at_meeting(candidates)  # «X با Y دیدار کرد. X … خواستار … شد»: Y is asked
    if any(undated_present(c) for c in candidates):  # the quotes' times only where an act needs one
        date_by_words(candidates, speech_times(doc._.quotes or [], offsets, sentence_of, sentence_times))
    candidates.sort(key=lambda c: c.sentence)  # reading order for the merge (stable within a sentence)
    article_sporty = len(sports) >= ARTICLE_MIN_CUES
    candidates = [c for c in candidates if not_sport(c.frame, c.sentence in sporty, article_sporty, c.trigger,
                                                             bool(c.targets))]
    labels = {str(e["id"]): str(e.get("label", "")) for e in doc._.entities or []}
    for c in candidates:
        c.actors = list(dict.fromkeys(same.get(a, a) for a in c.actors))
        c.targets = list(dict.fromkeys(same.get(t, t) for t in c.targets if same.get(t, t) not in c.actors))
    kin = kin_entities(doc._.entities or [])
    for c in candidates:
        if c.type == "CONSULT":
            # «رئیس جمهور پاکستان … راهی این کشور شد»: no one visits or meets the country named in
            # their own mention (a misread «این کشور»); a request or a protest may be addressed to it
            own = {k for a in c.actors for k in kin.get(a, ())}
            c.targets = [t for t in c.targets if t not in own]
    unnamed = frozenset(str(e["id"]) for e in doc._.entities or [] if e.get("label") == "PER" and e.get("roles")
                        and e.get("name") == e["roles"][0])  # known only by a description
    country_of = city_countries(text, doc._.entities or [])
    events = merge_events(candidates, labels, kin, unnamed, country_of, frozenset(headline))
    for line in dating:  # «رئیس شورای امنیت روسیه امروز … گفت» dates «تاکید روسیه بر …» in the title
        line.named |= {k for n in line.named for k in kin.get(n, ())}
    date_headline_events(events, title_sentences, dating)
    trips_to_countries(events, country_of)
    where.visited_places(events, doc._.entities or [])  # «حضور X در ایران»: there
    where.attacked_places(events, text, doc._.entities or [])  # «حمله به غزه»: there
    agency = (doc._.structure or {}).get("agency")
    return drop_sources(events, media_entities(text, doc._.entities or [], agency)), time_spans


def _lines(text: str, toks: list[Tok], mentions: list[Mention],
           times: list[TimeSpan]) -> list[tuple[list[Tok], list[Mention], list[TimeSpan]]]:
    """The sentence cut at its line breaks («- X … را کشتند» / «- Y … کمک کرد» in a press digest that
    the splitter left as one sentence): a clause never runs on into the next line. Each part keeps
    its own tokens, mentions and times (token positions counted from the part's start), its bullets
    left out."""
    cuts = [k for k in range(1, len(toks)) if "\n" in text[toks[k - 1].end:toks[k].start]]
    if not cuts:
        return [(toks, mentions, times)]
    parts = []
    for lo, hi in zip([0, *cuts], [*cuts, len(toks)], strict=True):
        while lo < hi and toks[lo].text in BULLETS:
            lo += 1
        if lo == hi:
            continue
        parts.append((toks[lo:hi],
                      [Mention(x.first - lo, x.last - lo, x.entity, x.label) for x in mentions if lo <= x.first and x.last < hi],
                      [TimeSpan(t.first - lo, t.last - lo, t.expr) for t in times if lo <= t.first and t.last < hi]))
    return parts


def _inside_time(times: list[TimeSpan], firsts: list[int], x: Mention) -> bool:
    """Whether ``x`` lies inside one of ``times`` (in order, not overlapping; ``firsts``: their first
    tokens): one bisect, not a scan of every time."""
    k = bisect_right(firsts, x.first) - 1
    return k >= 0 and x.last <= times[k].last


def _token_index(toks: list[Tok]):  # type: ignore[no-untyped-def]
    starts = [t.start for t in toks]

    def at(char: int) -> int | None:
        k = bisect_right(starts, char) - 1
        if k < 0 or char >= toks[k].end:
            return None
        return k

    return at


def event_to_dict(c: Candidate, anchor: date | None, *, past: bool = False) -> dict[str, Any]:
    future = c.modality == "planned"
    time: dict[str, Any] | None = None
    modality = c.modality
    if c.time is not None:
        time = _time_dict(c.time, anchor, future, past)
        value = time["value"]
        if modality == "asserted" and anchor is not None and value and value > anchor.isoformat():
            modality = "planned"  # «روز پنجشنبه به تهران بازمی‌گردد»: a future date is a plan
        elif modality == "asserted" and not value and FUTURE_WORDS & set(c.time.text.split()):
            modality = "planned"  # «هفته آینده آغاز می‌شود»: a vague time that is still to come
    return {
        "type": c.type,
        "mode": c.mode,
        "trigger": c.trigger,
        "actors": list(c.actors),
        "targets": list(c.targets),
        "place": c.place,
        "time": time,
        "modality": modality,
        "sentence": c.sentence,
        "start": c.start,
        "end": c.end,
    }


def _time_dict(t: TimeExpr, anchor: date | None, future: bool, past: bool = False) -> dict[str, Any]:
    value = t.resolve(anchor, future=future, past=past)
    return {"text": t.text, "value": value, "start": t.start, "end": t.end}


class EventFinder:
    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        events, times = find_events(doc)
        self.set_annotations(doc, events, times)
        return doc

    def set_annotations(self, doc: Doc, events: list[Candidate], times: list[Span]) -> None:
        anchor = anchor_date(doc)
        doc._.events = [event_to_dict(e, anchor, past=told_in_past(doc, e.start, e.end)) for e in events]
        doc.spans[SPAN_TIMES] = SpanGroup(doc, name=SPAN_TIMES, spans=times)


@Language.factory("khabar_events", assigns=["doc._.events", "doc.spans"], requires=["doc._.entities"])
def make_events(nlp: Language, name: str) -> EventFinder:
    return EventFinder(nlp, name)

"""Protests: whom a rally or strike is against, and where its noun names a place, not a marcher.

The annotation guide reads rallies as PROTEST by the group that marches against the one named in «در
اعتراض به …» or «برای محکومیت …» (``data/protest_causes.txt``): «کارگران در اعتراض به تصمیم X اعتصاب
کردند» protests X, «تجمع Y برای محکومیت حملات X» protests X. The party is the first person, body or
country a few plain words after the phrase («در اعتراض به سفر X»), not one past a comma.

«X در اعتراض به Y …» with no rally word is itself X's protest against Y («حزب X در اعتراض به سخنان Y جلسه را
ترک کرد»), dated by a time right before the phrase («X امروز در اعتراض به Y …»); «در محکومیت» alone is not (a statement «در محکومیت …» condemns, an ACCUSE).

«در تظاهرات بحرین کشته شدند»: a place right after the protest noun says where it was, not who marched.
«X در پی/به دنبال تظاهرات … استعفا داد»: a rally that caused the subject's act was not the subject's.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from khabar.stages import event_args as args
from khabar.stages.event_place_time import speech_between
from khabar.stages.event_subject import subject
from khabar.stages.event_tables import CLAUSE_END_VERBS, squash
from khabar.stages.event_types import Candidate, Mention, TimeSpan, Tok, indexed, tokens_text
from khabar.stages.timex import TimeExpr
from khabar.tables import load_list

CAUSE_REACH = 4
CAUSED_BY = frozenset({squash("پی"), squash("دنبال")})  # «در پی/به دنبال تظاهرات»: what led to the clause's act  # how many words after «در اعتراض به» the one protested against may stand


@cache
def cause_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(squash(w) for w in line.split()) for line in load_list("protest_causes.txt"))


@cache
def _phrases_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The cause phrases by their first word, in table order: ``_cause`` compares at each token only the phrases
    that start with its word (a dict miss at almost every token, not a slice per phrase)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in cause_phrases():
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in index.items()}


# How many words the phrase's complement may run past the one protested («در اعتراض به سخنان وزیر خارجه X در
# نشست …، Y …»), and the commas that end it before the subject of the sentence.
PHRASE_REACH = 8
CLAUSE_COMMAS = frozenset({"،", ",", "؛", ";"})
PROTEST_OPENER = squash("اعتراض")  # the cause phrases that are a protest act of their own start «در اعتراض»


def with_protest_parties(toks: list[Tok], mentions: list[Mention], times: list[TimeSpan],
                         told: list[Candidate], sentence: int) -> list[Candidate]:
    """``told`` with the targets of its protests filled from a cause phrase, and place genitives moved."""
    if not any(c.type == "PROTEST" for c in told):
        return told + _protest_act(toks, mentions, times, sentence)
    out = []
    for c in told:
        if c.type == "PROTEST":
            c = _place_not_marcher(toks, mentions, c)
            c = _cause_not_act(toks, mentions, c)
            if not c.targets and (x := _protested(toks, mentions)) is not None and x not in c.actors:
                c = replace(c, targets=[x])
            if not c.actors and not c.targets:
                continue
        out.append(c)
    return out


def _protested(toks: list[Tok], mentions: list[Mention]) -> str | None:
    """The one named after the first cause phrase of the sentence, or None."""
    found = _cause(toks, mentions)
    return found[2] if found is not None else None


def _cause(toks: list[Tok], mentions: list[Mention]) -> tuple[int, int, str | None] | None:
    """(first token, last token, the one protested against) of the first cause phrase, or None."""
    keys = tuple(t.key for t in toks)  # once per sentence: each phrase is compared at every position
    by_first = _phrases_by_first()
    for i in range(len(toks)):
        for phrase in by_first.get(keys[i], ()):
            if keys[i:i + len(phrase)] != phrase:
                continue
            last = i + len(phrase) - 1
            for k in range(last + 1, min(len(toks), last + 1 + CAUSE_REACH)):
                if toks[k].punct:
                    break
                x = args.mention_at(mentions, k)
                if x is not None:
                    return i, last, x.entity if x.label in args.ACTOR_LABELS else None
            return i, last, None
    return None


def _protest_act(toks: list[Tok], mentions: list[Mention], times: list[TimeSpan], sentence: int) -> list[Candidate]:
    """«X در اعتراض به Y …»: X protests Y, told by the phrase alone."""
    found = _cause(toks, mentions)
    if found is None or toks[found[0] + 1].key != PROTEST_OPENER:
        return []
    first, last, target = found
    if target is None:
        return []
    actors = [a for a in args.ids(subject(toks, mentions, times, first, set())) if a != target]
    if not actors and first == 0:
        actors = [a for a in _subject_after(toks, mentions, times, last) if a != target]
    if not actors:
        return []
    return [Candidate(type="PROTEST", mode=None, frame="protest", trigger=tokens_text(toks, first, last),
                      start=toks[first].start, end=toks[last].end, actors=actors, targets=[target],
                      sentence=sentence, verbal=True, time=_time_before(toks, times, first))]


def _subject_after(toks: list[Tok], mentions: list[Mention], times: list[TimeSpan], last: int) -> list[str]:
    """«در اعتراض به X، Y استعفا کرد»: a sentence that opens with the phrase names the one who protests as the
    subject of the clause after the phrase's comma (or «؛»), past a time («…، روز گذشته Y …»); not an object
    («…، سفیر Y را احضار کردند»: the one summoned), nor a place that is the setting («…، تهران صحنه تجمع بود»)."""
    k = next((j for j in range(last + 1, min(len(toks), last + 1 + CAUSE_REACH + PHRASE_REACH)) if toks[j].punct), None)
    if k is None or toks[k].text not in CLAUSE_COMMAS:
        return []
    verb = next((j for j in range(k + 1, len(toks)) if toks[j].punct or toks[j].key in CLAUSE_END_VERBS), len(toks))
    after = [x for x in mentions if x.first > k]  # the phrase's party before the comma starts no list with Y
    return [x.entity for x in subject(toks, after, times, verb, set(), floor=k + 1)
            if not (x.label in args.PLACE_LABELS and _setting(toks, times, x.last + 1))]


@cache
def setting_words() -> frozenset[str]:
    return frozenset(squash(w) for w in load_list("setting_words.txt"))


def _setting(toks: list[Tok], times: list[TimeSpan], k: int) -> bool:
    """Whether the word at ``k``, past a time («پکن دیروز شاهد …»), makes the place before it a setting."""
    k = next((t.last + 1 for t in times if t.first == k), k)
    return k < len(toks) and toks[k].key in setting_words()


def _time_before(toks: list[Tok], times: list[TimeSpan], first: int) -> TimeExpr | None:
    """«X امروز در اعتراض به Y …»: the nearest time before the phrase, with no punctuation or reporting
    verb between them (not «X دیروز گفت: … در اعتراض به Y»)."""
    for t in reversed(times):
        if t.last < first:
            between = range(t.last + 1, first)
            if any(toks[k].punct for k in between) or speech_between(toks, t.last + 1, first):
                return None
            return t.expr
    return None


def _cause_not_act(toks: list[Tok], mentions: list[Mention], c: Candidate) -> Candidate:
    """«X در پی تظاهرات‌ها …»: a protest noun after «در پی/به دنبال» drops a subject before it as actor."""
    first = next((k for k, t in enumerate(toks) if t.start == c.start), None)
    if first is None or first == 0 or toks[first - 1].key not in CAUSED_BY:
        return c
    before = {x.entity for x in mentions if x.last < first}
    return replace(c, actors=[a for a in c.actors if a not in before])


def _place_not_marcher(toks: list[Tok], mentions: list[Mention], c: Candidate) -> Candidate:
    """«در تظاهرات بحرین»: a place as the only actor, right after a noun trigger, is where it happened."""
    if c.verbal or len(c.actors) != 1:
        return c
    labels = indexed(mentions).labels
    if labels.get(c.actors[0]) not in args.PLACE_LABELS:
        return c
    end = next((k for k, t in enumerate(toks) if t.end == c.end), None)
    x = args.mention_at(mentions, end + 1) if end is not None else None
    if x is None or x.entity != c.actors[0]:
        return c
    return replace(c, actors=[], place=c.place or x.entity)

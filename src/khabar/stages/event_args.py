"""Who, to whom, where and when around a trigger: patterns over tokens and mentions.

- target: the mention the table's marker points at: «با X دیدار», «به X سفر», «از X بازدید»,
  «X را متهم کرد»; after a noun trigger («دیدار با X») or before a verb, nearest first;
- actor: the genitive right after a noun trigger («سفر سرلشکر X»), else the clause subject
  (:mod:`event_subject`); for a passive («تهدید شد») the subject is the target and «توسط X» the actor;
- place: a LOC in «در X»; time: the nearest time expression before the trigger in its clause.
A role in apposition («X وزیر خارجه Y») is the same entity and is stepped over.
"""

from __future__ import annotations

from khabar.stages.event_tables import NOUN_MODIFIERS, PREPOSITIONS, speech_cues
from khabar.stages.event_types import Match, Mention, TimeSpan, Tok, indexed
from khabar.stages.timex import TimeExpr

ACTOR_LABELS = frozenset({"PER", "ORG", "LOC", "GPE", "NORP"})
PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
_OPENING_PUNCT = ("،", ",", ":", "؛", "(", "«")
_QUOTE_MARKS = ("«", "»", '"', "'")
TIME_PREFIXES = frozenset({"قبل", "بعد", "پس", "پیش"})  # «قبل از X», «پس از X»: a time phrase
AGENT_MARKERS = (("توسط",), ("از", "سوی"), ("از", "طرف"), ("به", "دست"))


def mention_at(mentions: list[Mention], first: int) -> Mention | None:
    return indexed(mentions).by_first.get(first)


def _unit_last(mentions: list[Mention], m: Mention) -> int:
    """The last token of ``m`` and the appositions of the same entity right after it."""
    last = m.last
    while (nxt := mention_at(mentions, last + 1)) is not None and nxt.entity == m.entity:
        last = nxt.last
    return last


def coordinated(toks: list[Tok], mentions: list[Mention], m: Mention, *, commas: bool = False) -> list[Mention]:
    """``m`` and the mentions joined to it by «و» (and «،» in a list when ``commas``)."""
    group = [m]
    k = _unit_last(mentions, m) + 1
    joiners = ("و", "،", ",") if commas else ("و",)
    while k + 1 < len(toks) and (toks[k].key in joiners or toks[k].text in joiners):
        nxt = mention_at(mentions, k + 1)
        if nxt is None or nxt.label != m.label and not {nxt.label, m.label} <= ACTOR_LABELS:
            break
        group.append(nxt)
        k = _unit_last(mentions, nxt) + 1
    return group


def ids(group: list[Mention]) -> list[str]:
    out: list[str] = []
    for x in group:
        if x.entity not in out:
            out.append(x.entity)
    return out


def after_prep(toks: list[Tok], mentions: list[Mention], p: int, stop: int, labels: frozenset[str] | None,
               span: int = 4) -> Mention | None:
    """The mention a preposition at ``p`` governs: within ``span`` words, no other preposition between."""
    for k in range(p + 1, min(p + 1 + span, stop)):
        x = mention_at(mentions, k)
        if x is not None and (labels is None or x.label in labels):
            return x
        if toks[k].text in _QUOTE_MARKS:
            continue
        if toks[k].punct or toks[k].key in PREPOSITIONS or toks[k].key == "که" or (
                k in indexed(mentions).covered):
            return None  # «از چنین نقشی که X …»: a relative clause is not the phrase
    return None


def _next_mention(toks: list[Tok], mentions: list[Mention], k: int) -> Mention | None:
    """The mention starting at ``k``, stepping over an opening quote mark («ترور "X"»)."""
    while k < len(toks) and toks[k].text in _QUOTE_MARKS:
        k += 1
    return mention_at(mentions, k)


def find_targets(toks: list[Tok], mentions: list[Mention], m: Match, clause_start: int, next_start: int,
                 used: set[int]) -> list[Mention]:
    found: Mention | None = None
    for marker in m.rule.markers:
        if marker == "+":
            found = _next_mention(toks, mentions, m.last + 1)
        elif marker == "را":
            found = _object(toks, mentions, m, clause_start)
        else:
            found = _marked_after(toks, mentions, m, marker, next_start)
            if found is None:
                # before a verb («با X دیدار کرد»): the nearest such preposition; for a bare noun not
                # past a comma («به گزارش X، … حمله نظامی راه حل نیست» has no target)
                for k in range(m.first - 1, clause_start - 1, -1):
                    if m.verb is None and m.rule.use == "any" and toks[k].text in ("،", ","):
                        break
                    if k > 0 and toks[k - 1].key in TIME_PREFIXES:
                        continue  # «قبل از سقوط X درخواست کرده بودیم»: a time, not the addressee
                    if toks[k].key == marker and (found := after_prep(toks, mentions, k, m.first, ACTOR_LABELS)):
                        if _inside_phrase(toks, mentions, k, marker, clause_start):
                            found = None  # «از حامیان خروج از X خواست»: X is inside the real phrase
                        break
        if found is not None:
            break
    if found is None or found.label not in ACTOR_LABELS:
        return []
    group = coordinated(toks, mentions, found, commas=True)
    used.update(id(x) for x in group)
    return group


def _inside_phrase(toks: list[Tok], mentions: list[Mention], k: int, marker: str, clause_start: int) -> bool:
    """Whether the preposition at ``k`` follows a noun inside an earlier phrase with the same
    preposition, a few plain words back («از حامیان خروج از X»)."""
    for j in range(k - 1, max(clause_start, k - 4) - 1, -1):
        if toks[j].punct or mention_at(mentions, j) is not None or j in indexed(mentions).covered:
            return False
        if toks[j].key == marker:
            return True
    return False


def _object(toks: list[Tok], mentions: list[Mention], m: Match, clause_start: int) -> Mention | None:
    """The direct object «… را» before the trigger: its last mention not inside a prepositional
    phrase («توهین مطبوعات X به پیامبر را محکوم کرد» → X; «Y نیز ایران را تهدید کرد» → ایران)."""
    ra = next((k for k in range(m.first - 1, clause_start - 1, -1) if toks[k].key == "را"), None)
    if ra is None:
        return None
    start = ra
    while start - 1 >= clause_start and ra - start < 8 and not toks[start - 1].punct:
        start -= 1
    best = None
    for x in indexed(mentions).starting_in(start, ra):
        if x.last < ra:
            # «به ساحت مقدس X»: a preposition up to three words back, with no mention between
            governed = False
            for j in range(x.first - 1, max(start, x.first - 3) - 1, -1):
                if toks[j].key in PREPOSITIONS:
                    governed = True
                    break
                if j in indexed(mentions).covered:
                    break
            # «خبر دیدار X با Y را تکذیب کرد»: X right after the previous event noun is its genitive.
            genitive_of_previous = x.first == clause_start > 0 and not toks[clause_start - 1].punct
            if not governed and not genitive_of_previous and (best is None or x.first > best.first):
                best = x
    return best


def _marked_after(toks: list[Tok], mentions: list[Mention], m: Match, marker: str, next_start: int) -> Mention | None:
    """After a noun («دیدار با X», «سفر X به Y»): a few words on, stepping over a genitive mention."""
    if m.verb is not None and m.rule.use != "self":
        return None
    k, steps = m.end + 1, 0
    while k < next_start and steps < 6 and not toks[k].punct:
        if toks[k].key == marker:
            return after_prep(toks, mentions, k, next_start, ACTOR_LABELS, span=5)
        if toks[k].key in PREPOSITIONS or toks[k].key == "که":
            return None  # «حمله X در پاسخ به Y»: the marker belongs to another phrase
        x = mention_at(mentions, k)
        k = (_unit_last(mentions, x) + 1) if x is not None else k + 1
        steps += 1
    return None


def skip_modifiers(toks: list[Tok], times: list[TimeSpan], k: int) -> int:
    """The first token from ``k`` that is not a modifier of an event noun («اخیر», «سه روزه»,
    a time such as «ماه گذشته» in «سفر ماه گذشته وی»)."""
    while k < len(toks):
        span = next((t for t in times if t.first == k), None)
        if span is not None:
            k = span.last + 1
        elif toks[k].key in NOUN_MODIFIERS or toks[k].key.endswith("روزه") or toks[k].key.isdigit():
            k += 1
        elif k + 1 < len(toks) and toks[k + 1].key in ("روزه", "ساعته", "هفته", "ماهه"):
            k += 2  # «سفر سه روزه خود»: a number word and its unit
        else:
            return k
    return k


def genitive(toks: list[Tok], mentions: list[Mention], times: list[TimeSpan], m: Match,
             used: set[int]) -> list[Mention]:
    """A noun trigger's genitive: «سفر سرلشکر X به …», «دیدار X و Y», «سفر ماه گذشته وی»."""
    if m.verb is not None or "+" in m.rule.markers:
        return []
    k = skip_modifiers(toks, times, m.last + 1)
    gen = mention_at(mentions, k)
    # «سفر X» is X's trip only when X is a person or body; «حمله آمریکا» may be a country's.
    labels = ("PER", "ORG") if m.rule.frame in ("trip", "tour") else ACTOR_LABELS
    if gen is None or id(gen) in used or gen.label not in labels:
        return []
    group = coordinated(toks, mentions, gen)
    used.update(id(x) for x in group)
    return group


def agent(toks: list[Tok], mentions: list[Mention], m: Match, clause_start: int, next_start: int) -> list[Mention]:
    """The agent of a passive: «توسط X», «از سوی X»."""
    for k in range(clause_start, next_start):
        for words in AGENT_MARKERS:
            if all(k + n < len(toks) and toks[k + n].key == w for n, w in enumerate(words)):
                x = after_prep(toks, mentions, k + len(words) - 1, next_start, ACTOR_LABELS, span=2)
                if x is not None:
                    return [x]
    return []


def find_place(toks: list[Tok], mentions: list[Mention], m: Match, clause_start: int,
               next_start: int) -> tuple[str | None, bool]:
    """A LOC in «در X», nearest before the trigger in its clause, else right after a noun trigger."""
    for k in range(m.first - 1, clause_start - 1, -1):
        if toks[k].text in ("،", ",", "؛"):
            break  # «با اشاره به … در شرق X، … گفت‌وگو کردند»: a place before a comma is not this one's
        if toks[k].key == "در":
            x = after_prep(toks, mentions, k, m.first, PLACE_LABELS, span=5)
            if x is not None:
                return x.entity, True
    if m.verb is None and m.rule.frame not in ("trip", "tour"):
        for k in range(m.last + 1, min(next_start, m.last + 8)):
            if toks[k].punct:
                break
            if toks[k].key == "در":
                x = after_prep(toks, mentions, k, next_start, PLACE_LABELS, span=5)
                if x is not None:
                    return x.entity, True
    return None, False


def _speech_between(toks: list[Tok], start: int, stop: int) -> bool:
    """Whether a reporting verb stands in ``toks[start:stop]`` («X روز گذشته گفت که … حمله کردند»)."""
    cues = speech_cues()
    for k in range(start, stop):
        acc = ""
        for j in range(k, min(stop, k + 3)):
            acc += toks[j].key
            if acc in cues:
                return True
    return False


def find_time(toks: list[Tok], mentions: list[Mention], times: list[TimeSpan], m: Match, clause_start: int,
              next_start: int) -> TimeExpr | None:
    """The nearest time before the trigger in its clause; for a noun, else one after it in the same
    phrase («ترور X در ۱۴ فوریه»), not past punctuation or «و»."""
    before = [t for t in times if clause_start <= t.first and t.last < m.first
              and not _speech_between(toks, t.last + 1, m.first)]
    if before:
        return before[-1].expr
    if m.verb is not None:
        return None
    k = m.last + 1
    while k < min(next_start, m.last + 14):
        hit = next((t for t in times if t.first == k), None)
        if hit is not None:
            return hit.expr
        if (toks[k].punct and toks[k].text not in _QUOTE_MARKS) or (
                toks[k].key == "و" and mention_at(mentions, k + 1) is None):
            return None  # «و» between two parties («درگیری X و Y از روز …») does not end the phrase
        x = mention_at(mentions, k)
        k = x.last + 1 if x is not None else k + 1
    return None

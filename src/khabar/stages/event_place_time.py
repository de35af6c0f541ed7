"""Where and when an event happened: the place «در X» and the time expression of its clause.

- place: a LOC in «در X», nearest before the trigger in its clause, else right after a noun trigger;
- time: the nearest time expression before the trigger in its clause (not one that dates a
  reporting verb between them), else for a noun one in the same phrase after it;
- «این جلسه» with no time: the time right before the same noun in the sentence before;
- an attack on a city or a region with no place told («حمله به غزه»): that region;
- a plotted act («طرح ترور X») with no time: the day a later «قرار بود این طرح در … اجرا شود» gives.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from khabar.stages.event_args import PLACE_LABELS, QUOTE_MARKS, after_prep, mention_at
from khabar.stages.event_export import country_names
from khabar.stages.event_tables import (
    PREPOSITIONS,
    deem_cues,
    kicker_verbs,
    naming_relatives,
    speech_cues,
    squash,
)
from khabar.stages.event_types import Candidate, Match, Mention, TimeSpan, Tok
from khabar.stages.timex import TimeExpr, until_words
from khabar.tables import key, load_list, load_table


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
    if m.verb is None and m.rule.frame not in ("trip", "tour", "tend"):
        for k in range(m.last + 1, min(next_start, m.last + 8)):
            if toks[k].punct:
                break
            if toks[k].key == "در":
                x = after_prep(toks, mentions, k, next_start, PLACE_LABELS, span=5)
                if x is not None:
                    return x.entity, True
    return None, False


def line_places(toks: list[Tok], mentions: list[Mention], stop: int) -> list[str]:
    """The places a sentence names with «در X» before ``stop`` (where its quote opens), in order: the
    phrase as :func:`find_place` reads it («در منطقه "X"», «در اردوگاه آوارگان در X»), for a title
    event that the sentence tells again."""
    found = []
    for k in range(stop):
        if toks[k].key == "در" and (x := after_prep(toks, mentions, k, stop, PLACE_LABELS, span=5)) is not None:
            found.append(x.entity)
    return found


def speech_between(toks: list[Tok], start: int, stop: int) -> bool:
    """Whether a reporting verb stands in ``toks[start:stop]`` («X روز گذشته گفت که … حمله کردند»)."""
    cues = speech_cues()
    for k in range(start, stop):
        acc = ""
        for j in range(k, min(stop, k + 3)):
            acc += toks[j].key
            if acc in cues and not named_as(toks, start, k, acc):
                return True
    return False


def named_as(toks: list[Tok], start: int, k: int, cue: str) -> bool:
    """Whether the «deem» verb ``cue`` at ``k`` closes a «آنچه …» phrase opened since ``start`` («X دیروز به
    دلیل آنچه دخالت خواند، سفیر Y را احضار کرد»): it names a thing (what X called it) and reports no
    speaking, so a time before it still dates the act after it (the words: ``data/naming_relatives.txt``)."""
    return cue in deem_cues() and any(toks[i].key in naming_relatives() for i in range(start, k))


def find_time(toks: list[Tok], mentions: list[Mention], times: list[TimeSpan], m: Match, clause_start: int,
              next_start: int) -> TimeExpr | None:
    """The nearest time before the trigger in its clause; for a noun, else one after it in the same
    phrase («ترور X در ۱۴ فوریه»), not past punctuation or «و»."""
    if m.verb is None and (right_after := adjacent_time(toks, times, m.last + 1)) is not None:
        # A time the noun governs («بمب‌گذاری روز ۲ مرداد», «ترور X در ۱۴ فوریه» with no name between)
        # dates it more surely than one earlier in its clause, which often dates a wider stretch.
        return right_after
    before = [t for t in times if clause_start <= t.first and t.last < m.first
              and not speech_between(toks, t.last + 1, m.first) and not until(toks, t)]
    if before:
        return before[-1].expr
    if (told := kicker_time(toks, times, clause_start)) is not None:
        return told
    if m.verb is not None:
        return None
    k = m.last + 1
    while k < min(next_start, m.last + 14):
        hit = next((t for t in times if t.first == k), None)
        if hit is not None and not until(toks, hit):
            return hit.expr
        if toks[k].punct and toks[k].text not in QUOTE_MARKS:
            return None
        if toks[k].key == "و":
            # «و» between two parties («درگیری X و گروه‌های مسلح Y از روز …») does not end the phrase
            party = _conjunct_party(toks, mentions, k + 1, next_start)
            if party is None:
                return None
            k = party
            continue
        x = mention_at(mentions, k)
        k = x.last + 1 if x is not None else k + 1
    return None


def adjacent_time(toks: list[Tok], times: list[TimeSpan], k: int) -> TimeExpr | None:
    """The time starting at token ``k``, or right after «در» there."""
    if k < len(toks) and toks[k].key == "در":
        k += 1
    hit = next((t for t in times if t.first == k), None)
    return hit.expr if hit is not None and not until(toks, hit) else None


# How many words may open a party's phrase after «و» before its name («و گروه‌های مقاومت X»).
CONJUNCT_HEAD = 3


def _conjunct_party(toks: list[Tok], mentions: list[Mention], k: int, stop: int) -> int | None:
    """Where the party after «و» is named, if its phrase starts at ``k`` («و Y», «و نیروهای مسلح Y»): a few
    words with no punctuation, preposition or «که» before the name. None when «و» joins something else."""
    for j in range(k, min(stop, k + 1 + CONJUNCT_HEAD)):
        if mention_at(mentions, j) is not None:
            return j
        if toks[j].punct or toks[j].key in PREPOSITIONS or toks[j].key == "که":
            return None
    return None


def kicker_time(toks: list[Tok], times: list[TimeSpan], clause_start: int) -> TimeExpr | None:
    """«روز گذشته صورت گرفت: دیدار X با Y»: a headline's kicker that tells only when something took place
    (a time, then a verb of ``data/kicker_verbs.txt``), before the colon the clause starts after, dates the
    act after it; a colon after anything else opens a quote, whose act it does not date."""
    if clause_start < 2 or toks[clause_start - 1].text != ":":
        return None
    t = next((t for t in times if t.first == 0), None)
    if t is None or t.last >= clause_start - 2:
        return None
    said = squash("".join(tok.key for tok in toks[t.last + 1:clause_start - 1]))
    return t.expr if said in kicker_verbs() else None


def until(toks: list[Tok], t: TimeSpan) -> bool:
    """Whether ``t`` comes right after «تا» («… که تا بامداد روز جمعه در جریان بود»): a time that ends a
    stretch does not date the act (the words: :func:`khabar.stages.timex.until_words`)."""
    return t.first > 0 and toks[t.first - 1].key in until_words()


def time_past_nouns(toks: list[Tok], times: list[TimeSpan], m: Match, floor: int, clause_start: int) -> TimeExpr | None:
    """An undated verb's time told before a noun event that cut its clause short («در ۸ مه، X در پی
    تظاهرات مردم از سمت خود کناره‌گیری کرد»): the nearest since the last verb's clause, not past a
    reporting verb or a colon, nor an end «تا X»."""
    before = [t for t in times if floor <= t.first and t.last < clause_start
              and not speech_between(toks, t.last + 1, m.first) and not until(toks, t)
              and not any(toks[k].text == ":" for k in range(t.last + 1, m.first))]
    return before[-1].expr if before else None


def antecedent_times(candidates: list[Candidate], text: str, sentence_times: dict[int, list[TimeExpr]]) -> None:
    """Date an undated «این جلسه» by the sentence before, where a time stands right before the same noun
    («ظهر امروز جلسه X برگزار شد. سپس در این جلسه که با حضور Y …»): the meeting it points back to, told
    there with no party and so no event of its own."""
    for c in candidates:
        if c.time is not None or c.sentence == 0 or not (
                c.anaphoric or text[max(0, c.start - 6):c.start].split()[-1:] == ["این"]):
            continue  # not only the rules' «این X»: a session's «در این جلسه که با حضور Y …» too
        head = c.trigger.split()[0]
        c.time = next((t for t in reversed(sentence_times.get(c.sentence - 1, []))
                       if text[t.end:t.end + 1 + len(head)].strip() == head
                       and not text[t.end + 1 + len(head):t.end + 2 + len(head)].strip()), None)


# How many sentences after a plotted act its «این طرح …» may come.
PLOT_REACH = 6


def plot_times(candidates: list[Candidate], text: str, sentence_times: dict[int, list[TimeExpr]]) -> None:
    """Date an undated act told as a plan («طرح ترور X افشا شد») by a later sentence that says when «this
    plan» was to be carried out («این طرح قرار بود روز سوم ماه مه اجرا شود»): a day after «این طرح»
    in its clause. A date still to come makes it planned (:func:`events.event_to_dict`)."""
    plots = {key(w) for w in load_list("plot_words.txt")}
    for c in candidates:
        before = text[max(0, c.start - 12):c.start].split()
        if c.time is not None or not before or key(before[-1]) not in plots:
            continue
        anaphor = "این " + before[-1]
        for n in range(c.sentence + 1, c.sentence + 1 + PLOT_REACH):
            for t in sentence_times.get(n, []):
                k = text.rfind(anaphor, max(0, t.start - 60), t.start)
                if k >= 0 and not any(p in text[k:t.start] for p in "،,؛.:") and t.kind != "period":
                    c.time = t
                    break
            if c.time is not None:
                break


# A word that makes a place mention a country's («این کشور», «کشورمان»).
COUNTRY_WORD = "کشور"


def regions(text: str, entities: list[dict[str, Any]]) -> set[str]:
    """The place entities that are no country: none of their mentions is a country's name or alias
    (``gazetteer/countries.tsv``, ``country_aliases.tsv``) or «این کشور»: cities, regions, territories."""
    countries = country_names()
    found = set()
    for ent in entities:
        if ent.get("label") not in PLACE_LABELS:
            continue
        names = [key(text[s:e]) for s, e in ent.get("mentions", [])]
        if names and not any(n in countries or COUNTRY_WORD in n for n in names):
            found.add(str(ent["id"]))
    return found


@lru_cache(maxsize=1)
def attacked_grounds() -> frozenset[str]:
    """Words before a region that make it the ground attacked: ``data/attacked_grounds.txt`` and the
    LOC heads of ``data/place_heads.tsv``."""
    heads = {key(row[0]) for row in load_table("place_heads.tsv") if len(row) > 1 and row[1] == "LOC"}
    return frozenset(heads | {key(w) for w in load_list("attacked_grounds.txt")})


# How far (characters) from its trigger an attack's region may stand to be the ground it hit.
GROUND_REACH = 80


def _ground_word_before(text: str, s: int, starts_by_end: dict[int, int]) -> bool:
    """Whether a ground word stands before the mention at ``s``, stepping back over the conjuncts before it
    («به ایران و شهر X»: X follows the «به» of the list)."""
    for _ in range(4):
        before = text[max(0, s - 20):s].split()
        if not before:
            return False
        if key(before[-1]) in attacked_grounds():
            return True
        if before[-1] in ("و", "،"):
            prev = starts_by_end.get(len(text[:text.rfind(before[-1], 0, s)].rstrip()))
        elif before[-1].endswith("،"):  # «به ایران، رشت و …»: the comma as Persian is typed, on the conjunct
            prev = starts_by_end.get(text.rfind("،", 0, s))
        else:
            return False
        if prev is None:
            return False
        s = prev
    return False


def _hit_ground(text: str, e: Candidate, spans: list[list[int]], starts_by_end: dict[int, int]) -> bool:
    """Whether a mention near the trigger names the region as the ground hit: after «به»/«علیه» or a place
    head («حمله X به شهر Y»), or right after the noun («جنگ غزه»); not a group it names («گروه‌های مسلح غزه»)."""
    for s, end in spans:
        if not (e.start - GROUND_REACH <= s and end <= e.end + GROUND_REACH) or any(
                c in text[min(end, e.start):max(s, e.end)] for c in ".\n؛"):
            continue
        if (s >= e.end and not text[e.end:s].strip()) or _ground_word_before(text, s, starts_by_end):
            return True
    return False


def attacked_places(events: list[Candidate], text: str, entities: list[dict[str, Any]]) -> None:
    """An attack on a city or a region with no place of its own happens there («تهاجم نیروهای X به نوار
    غزه», «بمباران شهر عدن»); not an attack on a country («حمله X به عراق»: a state is hit, no ground told)."""
    places = regions(text, entities)
    spans = {str(ent["id"]): ent.get("mentions", []) for ent in entities}
    starts_by_end = {end: s for ent in entities for s, end in ent.get("mentions", [])}
    for e in events:
        if e.type == "ASSAULT" and e.place is None:
            e.place = next((t for t in e.targets if t in places and _hit_ground(text, e, spans[t], starts_by_end)), None)


def visited_places(events: list[Candidate], entities: list[dict[str, Any]]) -> None:
    """A visit with no place told happens where it goes (docs/annotation.md: the country or city visited is
    also its place): its first target that is a place («حضور X در ایران», «بازدید از طرح‌های شهرداری Y»),
    whichever rule found the visit (a trip's clause sets it already). So does a withdrawal from a territory
    («X از غزه عقب‌نشینی کرد»): it happens in the land left."""
    labels = {str(ent["id"]): ent.get("label") for ent in entities}
    for e in events:
        if (e.mode == "visit" or e.type == "RETREAT") and e.place is None:
            e.place = next((t for t in e.targets if labels.get(t) in PLACE_LABELS), None)

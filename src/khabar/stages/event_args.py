"""Who, to whom, where and when around a trigger: patterns over tokens and mentions.

- target: the mention the table's marker points at: «با X دیدار», «به X سفر», «از X بازدید»,
  «X را متهم کرد»; after a noun trigger («دیدار با X») or before a verb, nearest first;
- actor: the genitive right after a noun trigger («سفر سرلشکر X», :mod:`event_genitive`), else the clause
  subject (:mod:`event_subject`); for a passive («تهدید شد») the subject is the target and «توسط X» the actor (:mod:`event_agents`);
- the object «… را» and the one who made a claim in «ادعای X را تکذیب کرد»: :mod:`event_object`;
- whether a preposition before a verb is a side act's, a dateline's or a topic's: :mod:`event_target_context`.
Place and time are in :mod:`event_place_time`. A role in apposition («X وزیر خارجه Y») is the same entity and is stepped over.
"""

from __future__ import annotations

from khabar.stages import event_object as obj
from khabar.stages.event_subject_steps import before_counted
from khabar.stages.event_tables import (
    BETWEEN,
    PARTITIVES,
    PREPOSITIONS,
    STANCE_FRAMES,
    act_nouns,
    infinitive,
    people_nouns,
)
from khabar.stages.event_target_context import (
    about_matter,
    asks_clause,
    complement,
    inside_phrase,
    relative_clause,
    report_source,
    side_act,
    topic_or_source,
)
from khabar.stages.event_types import Match, Mention, Tok, indexed

ACTOR_LABELS = frozenset({"PER", "ORG", "LOC", "GPE", "NORP"})
PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
_OPENING_PUNCT = ("،", ",", ":", "؛", "(", "«")
# Quote marks a name may stand in («با "X"»); a «خواستار …» clause goes on over them (event_rules).
QUOTE_MARKS = frozenset({"«", "»", '"', "'", "“", "”"})
OPENING_QUOTES = frozenset({"«", "“"})
TIME_PREFIXES = frozenset({"قبل", "بعد", "پس", "پیش"})  # «قبل از X», «پس از X»: a time phrase
OBJECT_OPENERS = frozenset({"این", "آن", "همین", "چنین"})  # words that start an object phrase
PEOPLE_MARKERS = frozenset({"با", "از"})  # prepositions of whom one meets or asks
# «از طریق X», «از سوی X», «از جمله X»: «از» with these nouns is a compound preposition (by way of, on
# behalf of, among), not the «از» of whom one asks, criticizes or leaves («از طریق فرانسه به اروپا راه یابد»)
COMPOUND_FROM = frozenset({"طریق", "سوی", "طرف", "جانب", "جمله", "قبیل", "لحاظ", "نظر", "حیث", "بابت"})
MAX_ACT_WORDS = 3  # how many act words and demonstratives may stand between a preposition and its mention


def mention_at(mentions: list[Mention], first: int) -> Mention | None:
    return indexed(mentions).by_first.get(first)


def unit_last(mentions: list[Mention], m: Mention) -> int:
    """The last token of ``m`` and the appositions of the same entity right after it."""
    last = m.last
    while (nxt := mention_at(mentions, last + 1)) is not None and nxt.entity == m.entity:
        last = nxt.last
    return last


def coordinated(toks: list[Tok], mentions: list[Mention], m: Mention, *, commas: bool = False) -> list[Mention]:
    """``m`` and the mentions joined to it by «و» (and «،» in a list when ``commas``)."""
    group = [m]
    k = _closing_quote(toks, unit_last(mentions, m) + 1)
    joiners = ("و", "،", ",") if commas else ("و",)
    while k + 1 < len(toks) and (toks[k].key in joiners or toks[k].text in joiners):
        nxt = _next_mention(toks, mentions, k + 1)  # «"X" و "Y"»: quote marks around a name
        if nxt is None and toks[k].key == "و" and toks[k + 1].key in act_nouns():
            nxt = mention_at(mentions, k + 2)  # «از سرسختی X و تلاش Y انتقاد کرد»: the act of another party
        if nxt is None or nxt.label != m.label and not {nxt.label, m.label} <= ACTOR_LABELS:
            break
        group.append(nxt)
        k = _closing_quote(toks, unit_last(mentions, nxt) + 1)
    return group


def _closing_quote(toks: list[Tok], k: int) -> int:
    """``k``, or the token after it when ``k`` is a closing quote mark («"حماس" و …»)."""
    return k + 1 if k < len(toks) and toks[k].text in QUOTE_MARKS and toks[k].text not in OPENING_QUOTES else k


def ids(group: list[Mention]) -> list[str]:
    out: list[str] = []
    for x in group:
        if x.entity not in out:
            out.append(x.entity)
    return out


def after_prep(toks: list[Tok], mentions: list[Mention], p: int, stop: int, labels: frozenset[str] | None,
               span: int = 4, *, between: bool = False) -> Mention | None:
    """The mention a preposition at ``p`` governs: within ``span`` words, no other preposition between.
    Words for someone's act («از این اقدام X», «از تلاش‌های X») take no room in the span. With
    ``between``, «میان/بین» inside the phrase leads on to the parties it names («از گفت‌وگو میان X و Y»)."""
    acts = act_nouns()
    if toks[p].key in PEOPLE_MARKERS and p + 1 < stop and toks[p + 1].key in people_nouns():
        return None  # «با مردم X دیدار کرد», «از مردم X خواست»: X's people, whom the article does not name
    if toks[p].key == "از" and p + 1 < stop and toks[p + 1].key in COMPOUND_FROM:
        return None  # «از طریق X»: by way of X, not from X
    end = min(p + 1 + span, stop)
    for k in range(p + 1, stop):
        if k >= end:
            break
        if k - p <= MAX_ACT_WORDS and (toks[k].key in acts or toks[k].key in OBJECT_OPENERS):
            end = min(end + 1, stop)
        x = mention_at(mentions, k)
        if x is not None and (labels is None or x.label in labels):
            return x
        if toks[k].text in QUOTE_MARKS or (toks[k].key == "از" and toks[k - 1].key in PARTITIVES):
            continue  # «با برخی از مسئولان X»: a part of X
        if between and toks[k].key in BETWEEN and (x := mention_at(mentions, k + 1)) is not None and (
                labels is None or x.label in labels):
            return x
        if toks[k].punct or toks[k].key in PREPOSITIONS or toks[k].key == "که" or (
                k in indexed(mentions).covered):
            return None  # «از چنین نقشی که X …»: a relative clause is not the phrase
    return None


def _next_mention(toks: list[Tok], mentions: list[Mention], k: int) -> Mention | None:
    """The mention starting at ``k``, stepping over an opening quote mark («ترور "X"»)."""
    while k < len(toks) and toks[k].text in QUOTE_MARKS:
        k += 1
    if mention_at(mentions, k) is None and k + 2 < len(toks) and before_counted(toks, set(), k + 1) == k - 1:
        k += 2  # «دستگیری ده‌ها نیروی پلیس X»: the body whose members are counted
    return mention_at(mentions, k)


# «راهی/عازم باشگاه Y»: a club or team as a trip's destination is a transfer to it
TEAM_WORDS = frozenset({"باشگاه", "تیم"})


def _transfer(toks: list[Tok], mentions: list[Mention], m: Match, clause_start: int, dest: Mention) -> bool:
    """Whether a «+» destination that is no place is a move from one body to another: a club or team
    («راهی باشگاه Y شد»), or an organization with «از» + another before the trigger («از X راهی Y شد»). An
    organization visited («وارد مجلس شد», «از تهران راهی سازمان ملل شد») stays a trip."""
    if dest.label in PLACE_LABELS:
        return False
    if toks[dest.first].key in TEAM_WORDS:
        return True
    return any(toks[k].key == "از" and (x := mention_at(mentions, k + 1)) is not None and x.label == "ORG"
               for k in range(clause_start, m.first))


def find_targets(toks: list[Tok], mentions: list[Mention], m: Match, clause_start: int, next_start: int,
                 used: set[int]) -> list[Mention]:
    found: Mention | None = None
    for marker in m.rule.markers:
        if marker == "+":
            found = _next_mention(toks, mentions, m.last + 1)
            if found is not None and m.rule.frame == "trip" and _transfer(toks, mentions, m, clause_start, found):
                found = None  # «از باشگاه X راهی باشگاه Y شد»: a transfer to a club, no trip to a place
        elif marker == "را":
            found = obj.direct_object(toks, mentions, m, clause_start)
        else:
            found = marked_after(toks, mentions, m, marker, next_start)
            if found is None:
                # before a verb («با X دیدار کرد»): the nearest such preposition; for a bare noun not
                # past a comma («به گزارش X، … حمله نظامی راه حل نیست» has no target)
                relative = relative_clause(toks, clause_start, m.first) if m.verb is not None else None
                for k in range(m.first - 1, clause_start - 1, -1):
                    if toks[k].text in ("،", ",") and (m.verb is None and m.rule.use == "any" or side_act(toks, k)):
                        break  # «X ضمن حمایت از Y، از Z درخواست کرد»: Y is the side act's, not the verb's
                    if relative is not None and relative[0] < k <= relative[1]:
                        continue  # «به کاروانی که از X به سمت Y می‌رفت، حمله کردند»: not inside the relative clause
                    if m.rule.frame == "threaten" and about_matter(toks, k):
                        break  # «به Y نسبت به X هشدار داد»: a warning about a matter threatens no one
                    if k > 0 and toks[k - 1].key in TIME_PREFIXES or report_source(toks, k, clause_start) or (
                            topic_or_source(toks, k, about=m.rule.frame == "threaten")):
                        continue  # «قبل از سقوط X …»: a time; «به گزارش X از Y، …»: where the report was filed
                    # «از X خواست»: the addressee right after «از» (not «از نام و دیدگاه‌های X می‌خواهند …»);
                    # before a request clause («از ارتش‌های کشورهای عضو X خواست تا …») a few words further
                    span = 4 if m.rule.use != "self" or asks_clause(toks, m) else 2
                    between = m.rule.frame in STANCE_FRAMES and m.verb is not None
                    if toks[k].key == marker and (found := after_prep(toks, mentions, k, m.first, ACTOR_LABELS, span,
                                                                      between=between)):
                        if inside_phrase(toks, mentions, k, marker, clause_start) or complement(toks, k):
                            found = None  # «از حامیان خروج از X خواست»: X is inside the real phrase
                        break
        if found is not None:
            break
    if m.rule.requires and "را" in m.rule.markers:
        # «X را تکرار جنایات Y خواند», «X را … از سوی Y نامید»: the one named as doing the wrong is accused
        found = obj.accused_in_predicate(toks, mentions, m, clause_start) or found or obj.predicate(
            toks, mentions, m, clause_start)
    if found is None or found.label not in ACTOR_LABELS:
        return []
    group = coordinated(toks, mentions, found, commas=True)
    if len(group) == 1 and found.first > 0 and toks[found.first - 1].key in BETWEEN:
        group += second_party(toks, mentions, found)
    used.update(id(x) for x in group)
    return group


def second_party(toks: list[Tok], mentions: list[Mention], first: Mention) -> list[Mention]:
    """«بین X و Y» where the name of X runs on past its mention («بین سازمان منطقه آزاداروند و Y»): the
    party after «و», one plain word on at most."""
    k = unit_last(mentions, first) + 1
    if k < len(toks) and not toks[k].punct and toks[k].key not in PREPOSITIONS and toks[k].key != "و":
        k += 1
    nxt = _next_mention(toks, mentions, k + 1) if k + 1 < len(toks) and toks[k].key == "و" else None
    return [nxt] if nxt is not None and nxt.label in ACTOR_LABELS and nxt.entity != first.entity else []


def marked_after(toks: list[Tok], mentions: list[Mention], m: Match, marker: str, next_start: int,
                 span: int = 5) -> Mention | None:
    """After a noun («دیدار با X», «سفر X به Y»): a few words on, stepping over a genitive mention."""
    if m.verb is not None and m.rule.use != "self" and not m.support:  # «تحریم‌هایی علیه X اعمال کرد»: before its verb
        return None
    k, steps = (m.last if m.support else m.end) + 1, 0
    while k < next_start and steps < 6 and (not toks[k].punct or toks[k].text in OPENING_QUOTES):
        if toks[k].key == marker:
            return after_prep(toks, mentions, k, next_start, ACTOR_LABELS, span=span)
        if toks[k].key == "در" and marker in ("بین", "میان") and (place := mention_at(mentions, k + 1)) is not None:
            k, steps = unit_last(mentions, place) + 1, steps + 1  # «درگیری در استان X بین A و B»: where, then who
            continue
        if toks[k].key in PREPOSITIONS or toks[k].key == "که":
            return None  # «حمله X در پاسخ به Y»: the marker belongs to another phrase
        x = _next_mention(toks, mentions, k)  # «دیدار «X» با Y»: a genitive name in quote marks
        if x is None and infinitive(toks[k].key):
            return None  # «سفر X برگرداندن اعتماد … به Y است»: the marker is the infinitive's
        k = _closing_quote(toks, unit_last(mentions, x) + 1) if x is not None else k + 1
        steps += 1
    return None

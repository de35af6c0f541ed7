"""Whom a «X خواستار N … شد» demand asks to act: the one who should do the act named by N, or the one
the letter it is made in is addressed to («در نامه‌ای خطاب به Y خواستار …»).

«خواستار استعفای Y شد», «خواستار خودداری Y از …», «خواستار قطع حملات Y» ask Y; the party is the genitive
of the act noun, or of the one noun under it («توقف برنامه هسته‌ای Y», «حمایت مسئولان Y»), never deeper
(«تعویق زمان افتتاح بیمارستان Y» asks no one named). «… از سوی Y» inside the clause names the doer too
(«خواستار کاهش تعرفه‌ها از سوی Y»). Acts done *to* their genitive ask no one: «خواستار آزادی گروگان‌ها»
names who is to be freed, not who frees (``data/patient_nouns.txt``). A preposition right after
«خواستار» («خواستار به رسمیت شناختن Y») leaves the act's object, not its doer.

Whether «خواست» asks people the article does not name («از شهروندان خواست که …») or the public at large
(«از هم‌وطنان خواست»): :func:`asks_unnamed`, :func:`asks_public` (moved here from :mod:`event_clause`).
"""

from __future__ import annotations

from functools import lru_cache

from khabar.stages.event_agents import AGENT_MARKERS
from khabar.stages.event_args import ACTOR_LABELS, QUOTE_MARKS, coordinated, mention_at
from khabar.stages.event_genitive import skip_modifiers
from khabar.stages.event_tables import (
    PREPOSITIONS,
    light_verb_forms,
    public_people_nouns,
    squash,
    squashed_words,
)
from khabar.stages.event_types import Candidate, Match, Mention, TimeSpan, Tok

# How many nouns deep the genitive chain may go: the act noun and one noun of it.
DEPTH = 2
# Doer phrases inside the demanded act («از سوی Y», «از طرف Y»); «توسط Y» too.
# The address of a letter or message a demand is made in («خطاب به Y», «نامه‌ای به Y»), squashed keys.
ADDRESS_MARKERS = tuple(tuple(squash(w) for w in x.split()) for x in (
    "خطاب به", "نامه‌ای به", "نامه به", "پیامی به", "پیام به"))
DOER_MARKERS = tuple(x for x in AGENT_MARKERS if x[0] in ("توسط", "از"))


def patient_nouns() -> frozenset[str]:
    return squashed_words("patient_nouns.txt")


def asked_party(toks: list[Tok], mentions: list[Mention], times: list[TimeSpan], m: Match,
                used: set[int]) -> list[Mention]:
    """The party a «خواستار … شد» clause asks to act (``m.verb`` is its light verb), or []."""
    if m.verb is None or m.verb <= m.last + 1:
        return []
    end = m.verb
    found = _doer_phrase(toks, mentions, m.last + 1, end) or _genitive_chain(toks, mentions, times, m.last + 1, end)
    if found is None or id(found) in used or found.label not in ACTOR_LABELS:
        return []
    group = [x for x in coordinated(toks, mentions, found, commas=True) if x.last < end]
    used.update(id(x) for x in group)
    return group


def addressee(toks: list[Tok], mentions: list[Mention], m: Match, clause_start: int, used: set[int]) -> list[Mention]:
    """«X در نامه‌ای خطاب به Y خواستار … شد»: a demand made in a letter or message to Y asks Y; the
    address («خطاب به Y», «نامه‌ای به Y») stands in the clause before the trigger; its letter noun may be
    the trigger that ended the clause before («نامه» is a message trigger of its own)."""
    for k in range(max(0, clause_start - 1), m.first):
        for marker in ADDRESS_MARKERS:
            n = len(marker)
            if tuple(t.key for t in toks[k:k + n]) == marker and k + n < m.first and (
                    found := mention_at(mentions, k + n)) is not None and id(found) not in used and (
                    found.label in ACTOR_LABELS):
                group = [x for x in coordinated(toks, mentions, found) if x.last < m.first]
                used.update(id(x) for x in group)
                return group
    return []


def _doer_phrase(toks: list[Tok], mentions: list[Mention], start: int, end: int) -> Mention | None:
    for k in range(start, end):
        for marker in DOER_MARKERS:
            n = len(marker)
            if tuple(t.key for t in toks[k:k + n]) == marker and k + n < end:
                return mention_at(mentions, k + n)
    return None


def _genitive_chain(toks: list[Tok], mentions: list[Mention], times: list[TimeSpan], k: int,
                    end: int) -> Mention | None:
    for _ in range(DEPTH):
        while k < end and toks[k].text in QUOTE_MARKS:
            k += 1
        if k >= end or toks[k].punct or toks[k].key in PREPOSITIONS or toks[k].key in ("که", "و", "آن"):
            return None
        if _patient(toks[k].key):
            return None  # «خواستار آزادی X»: X is freed, not asked
        k = skip_modifiers(toks, times, k + 1, mentions)
        while k < end and toks[k].text in QUOTE_MARKS:
            k += 1
        if k >= end:
            return None
        if (x := mention_at(mentions, k)) is not None:
            return x
    return None


def _patient(key: str) -> bool:
    nouns = patient_nouns()
    return any(key[:len(key) - len(s)] in nouns for s in ("", "ی", "های", "ها") if s == "" or key.endswith(s))


# Modes of a meeting whose other side a demand made there asks, and how many sentences back it may be told.
MEETING_MODES = frozenset({"meeting", "phone"})
MEETING_REACH = 1


def asked_at_meeting(candidates: list[Candidate]) -> None:
    """«X با Y دیدار کرد. X … خواستار گسترش روابط شد»: a demand that names no one, made by a party of a
    meeting told in its sentence or the one before, asks the other side of that meeting."""
    meetings = [c for c in candidates if c.type == "CONSULT" and c.mode in MEETING_MODES and c.actors and c.targets]
    for c in candidates:
        if c.type != "REQUEST" or not c.actors or c.targets:
            continue
        for meet in reversed(meetings):
            if not 0 <= c.sentence - meet.sentence <= MEETING_REACH or meet.start > c.start:
                continue
            sides = (meet.actors, meet.targets)
            other = next((b for a, b in (sides, sides[::-1]) if set(c.actors) & set(a)), None)
            if other:
                c.targets = [t for t in other if t not in c.actors]
                break


# How far after the «از X» phrase its own verb may stand («می‌خواهد از جمع باشگاه X جدا شود»).
WISH_REACH = 6
# Words that end the «از» phrase's clause: what follows is another clause («از Y می‌خواهیم که …» asks Y).
WISH_STOPS = frozenset({"که", "تا", "و"})


def wished_from(toks: list[Tok], m: Match, target: Mention) -> bool:
    """Whether the «از X» after a bare wanting verb belongs to a subjunctive verb of its own: «X می‌خواهد از
    جمع Y جدا شود» (wants to leave Y), «می‌خواهند از این فرصت استفاده کنند» tell a wish, not a request made to
    Y; a request names whom it asks before the verb («از Y می‌خواهد») or closes with «که/تا» («… از Y که»)."""
    if target.first <= m.last:
        return False
    for k in range(target.last + 1, min(len(toks), target.last + 1 + WISH_REACH)):
        if toks[k].punct or toks[k].key in WISH_STOPS:
            return False
        form = light_verb_forms().get(toks[k].key)
        if form is not None:
            return form.subjunctive
    return False


# How far before «خواست» the «از» of whom it asks may stand, in tokens («از همه نهادهای حقوقی داخلی و
# بین‌المللی خواست تا …»: seven words; «از تمام مسافرانی که بلیت پرواز فردا را خریده‌اند درخواست کرد»: an
# appeal to the public with a relative clause, ten or more)
ASK_REACH = 14


def asks_unnamed(toks: list[Tok], m: Match, clause_start: int) -> bool:
    """«از شهروندان خواست که …», «از رسانه‌ها خواست تا …»: a request to people the article does not
    name, told with «از» a few words before and the request clause after (not «از X می‌خواهند»: want)."""
    after = toks[m.last + 1].key if m.last + 1 < len(toks) else ""
    if after not in ("که", "تا"):
        return False
    for k in range(m.first - 1, max(clause_start, m.first - ASK_REACH) - 1, -1):
        if toks[k].punct:
            return False
        if toks[k].key == "از":
            return True
    return False


@lru_cache(maxsize=1)
def public_addressees() -> frozenset[str]:
    """The public at large: the «public» rows of ``data/people_nouns.tsv`` and ``data/public_addressees.txt``,
    squashed."""
    return public_people_nouns() | squashed_words("public_addressees.txt")


def asks_public(toks: list[Tok], mentions: list[Mention], m: Match, clause_start: int) -> bool:
    """«از هم‌وطنان خواست تا …», «از هواداران خود خواستند که …»: the «از» before the request names the public
    at large (``data/public_addressees.txt``) and nothing named stands between it and the trigger, so the
    appeal asks no party (not «از شهروندان X خواست»: X's citizens, nor «از مردم و دولت X»). Before a demand
    word («خواستار/خواهان … شد», rows used in a clause), which takes no «از» of its own, an «از» after a noun
    that takes it («با تشکر از مردم خواستار … شد», ``data/from_nouns.txt``) is the noun's and is passed over;
    before the verb «خواست» the same «از» names whom it asks too («با تشکر از مردم خواست که …»: an appeal)."""
    demand = m.rule.use == "clause"
    for k in range(m.first - 1, max(clause_start, m.first - ASK_REACH) - 1, -1):
        if toks[k].punct:
            return False
        if toks[k].key != "از" or (demand and k > 0 and toks[k - 1].key in squashed_words("from_nouns.txt")):
            continue
        j = k + 1
        while j < m.first and toks[j].key in squashed_words("public_quantifiers.txt"):
            j += 1
        return (j < m.first and toks[j].key in public_addressees()
                and not any(k < x.first < m.first for x in mentions))
    return False


def demands_of_public(toks: list[Tok], mentions: list[Mention], times: list[TimeSpan], m: Match) -> bool:
    """«X خواستار مشارکت گسترده مردم در انتخابات شد»: a demand of an act the public does (``data/public_acts.txt``)
    whose doer is the public (the genitive of the act noun, or of the one noun under it, modifiers and quantifiers stepped over, is a public noun of
    ``data/public_addressees.txt``) is an appeal to the public, as «از مردم خواست» is (:func:`asks_public`): it asks
    no party. Only for a demand word told with its light verb («خواستار/خواهان … شد»), along the noun path
    :func:`asked_party` reads the party from; a named party on it ends the search («حمایت دولت از مردم»)."""
    if m.rule.use != "clause" or m.verb is None:
        return False
    k = m.last + 1
    if k >= m.verb or toks[k].key not in squashed_words("public_acts.txt"):
        return False  # «خواستار امنیت مردم شد»: a demand made for the public, not of it (data/public_acts.txt)
    for _ in range(DEPTH):
        if k >= m.verb or toks[k].punct or toks[k].key in PREPOSITIONS or toks[k].key in ("که", "و") or (
                _patient(toks[k].key) or mention_at(mentions, k) is not None):
            return False  # «خواستار آزادی مردم»: the people are freed, not asked
        k = skip_modifiers(toks, times, k + 1, mentions)
        while k < m.verb and toks[k].key in squashed_words("public_quantifiers.txt"):
            k += 1
        if k < m.verb and toks[k].key in public_addressees() and mention_at(mentions, k) is None:
            return True
    return False

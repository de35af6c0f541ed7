"""The direct object «… را» before a verb trigger and whom it names: its last mention outside a prepositional
phrase, with the conjuncts before it («X و Y را»); the one who made a claim or a request in «ادعای X را
تکذیب کرد», «درخواست X … را رد کرد» (``data/claim_nouns.txt``); the wrongdoer a naming verb's predicate
names («… را تکرار جنایت‌های Y خواند»); and whether a targetless row's required word («منع», «محدودیت») is
in its object («X قانون منع … را لغو کرد»). Split out of :mod:`event_args`.
"""

from __future__ import annotations

from functools import cache

from khabar.stages import event_agents as agents
from khabar.stages import event_args as args
from khabar.stages.event_tables import (
    AIMED_AT,
    CLAUSE_END_VERBS,
    NOUN_SUFFIXES,
    NUMBER_WORDS,
    PARTITIVES,
    PREPOSITIONS,
    STANCE_FRAMES,
    SUBJECT_OPENERS,
    claim_nouns,
    light_verb_forms,
    squashed_words,
)
from khabar.stages.event_types import Match, Mention, Tok, indexed

CLAIM_REACH = 25  # how far back from «را» the claim noun may stand
# «X را مغایر سیاست‌های Y خواند»: what follows these words is the norm broken, not the one accused
NORM_WORDS = frozenset({"مغایر", "خلاف", "برخلاف", "منافی", "ناقض"})
# «در حالی … که» (while), squashed: the word after «در» that makes it a frame of the clause, not a preposition
WHILE_WORDS = frozenset({"حالی", "حالیکه"})
# How far before a targetless trigger its «را» may stand («… را به طور کامل لغو کرد»), in tokens.
RA_REACH = 4
# The indefinite ending written after a ZWNJ («راننده‌ای», «خانه‌ای»): a noun so marked takes no genitive after
# it, so the object «… راننده‌ای را» is that noun alone and a mention right before it is the subject. The same
# letters end relational adjectives («هسته‌ای», «منطقه‌ای», «رسانه‌ای»), which follow a noun of the object
# («… نهادهای منطقه‌ای را»), so the ending counts only right after a mention.
INDEFINITE_ENDING = "\u200cای"


def _second_member(toks: list[Tok], mentions: list[Mention], k: int, clause_start: int) -> bool:
    """«اعضای باند Y و دو همدست آنها را»: a count at ``k`` after «و» and a name is the object's second member,
    and the object goes on before it («… را صادر کرده و ۵ نفر دیگر را …»: after a verb, a clause of its own)."""
    return k - 2 >= clause_start and toks[k - 1].key == "و" and bool(indexed(mentions).ending_at(k - 2))


def direct_object(toks: list[Tok], mentions: list[Mention], m: Match, clause_start: int) -> Mention | None:
    """The direct object «… را» before the trigger: its last mention not inside a prepositional
    phrase («توهین مطبوعات X به پیامبر را محکوم کرد» → X; «Y نیز ایران را تهدید کرد» → ایران)."""
    ra = next((k for k in range(m.first - 1, clause_start - 1, -1) if toks[k].key == "را"), None)
    if ra is None:
        return None
    if (claimant := _claimant(toks, mentions, ra, clause_start)) is not None:
        return claimant
    start = ra
    # «یکی از اتباع X راننده‌ای را مضروب کرد»: the object is the indefinite noun alone
    indefinite = ra - 2 >= clause_start and toks[ra - 1].text.endswith(INDEFINITE_ENDING) and (
        ra - 1 not in indexed(mentions).covered) and bool(indexed(mentions).ending_at(ra - 2))
    while not indefinite and start - 1 >= clause_start and ra - start < 8 and not toks[start - 1].punct and (
            toks[start - 1].key != "که"):
        start -= 1
        counted = toks[start].key.isdigit() or toks[start].key in NUMBER_WORDS
        if toks[start].key in args.OBJECT_OPENERS or (counted and not _second_member(toks, mentions, start, clause_start)) or (
                _claim_noun(toks[start].key)):
            # «X این موضوع را رد کرد», «X ۳۳ نفر را دستگیر کرد», «ماموران X دو سارق را دستگیر کردند», «X پیشنهاد
            # همکاری با Y را رد کرد»: the object starts there, X is the subject
            break
    best = inner = None
    for x in indexed(mentions).starting_in(start, ra):
        if (x.first == 0 or toks[x.first - 1].punct or toks[x.first - 1].key in SUBJECT_OPENERS) and (
                args.unit_last(mentions, x) + 1 < ra):
            continue  # «X لغو ویزای Y را …»: a mention that opens the sentence, words before «را», is its subject
        if x.last < ra:
            # «به ساحت مقدس X»: a preposition up to three words back, with no mention between
            governed, prep = False, ""
            for j in range(x.first - 1, max(start, x.first - 3) - 1, -1):
                if toks[j].key in PREPOSITIONS and toks[j + 1].key in WHILE_WORDS:
                    break  # «X در حالی Y را متهم می‌کند که …»: «در حالی» opens a «while» frame, not a phrase of Y
                if toks[j].key in PREPOSITIONS:
                    prep = toks[j].key
                    # «شماری از رهبران X را»: a part of the object, not a prepositional phrase
                    governed = not (toks[j].key == "از" and j > 0 and toks[j - 1].key in PARTITIVES)
                    break
                if j in indexed(mentions).covered:
                    break
            # «خبر دیدار X با Y را تکذیب کرد»: X right after the previous event noun is its genitive.
            genitive_of_previous = x.first == clause_start > 0 and not toks[clause_start - 1].punct
            if not governed and not genitive_of_previous and (best is None or x.first > best.first):
                best = x
            elif governed and inner is None and prep in AIMED_AT:
                inner = x
    if best is not None:
        return _first_conjunct(toks, mentions, best, clause_start)
    # «ارسال قطعات به آژانس را رد کرد»: a stance on an act concerns the one the act is aimed at
    return None if m.rule.frame not in STANCE_FRAMES else inner


def _first_conjunct(toks: list[Tok], mentions: list[Mention], x: Mention, start: int) -> Mention:
    """Back from the last mention of an object «X و Y را» to its first conjunct X (over quote marks round a
    name: «"X" و Y»), not before ``start``; :func:`coordinated` then takes them all."""
    while True:
        k = x.first - 1
        if k >= start and toks[k].text in args.OPENING_QUOTES:
            k -= 1
        if k - 1 < start or toks[k].key != "و":
            return x
        k -= 1
        if toks[k].text in args.QUOTE_MARKS and toks[k].text not in args.OPENING_QUOTES:
            k -= 1
        prev = next((y for y in indexed(mentions).ending_at(k) if y.first >= start), None)
        if prev is None or prev.label not in args.ACTOR_LABELS:
            return x
        while (head := next((y for y in indexed(mentions).ending_at(prev.first - 1) if y.entity == prev.entity), None)):
            prev = head  # «X وزیر خارجه Y و Z»: back to the name before its apposition
        x = prev


def predicate(toks: list[Tok], mentions: list[Mention], m: Match, clause_start: int) -> Mention | None:
    """«بازداشت اسرا را تکرار جنایات Y خواند»: a naming verb whose object names no one accuses the one
    named in its predicate, between «را» and the verb (not inside a phrase: «مغایر با قوانین X»)."""
    ra = next((k for k in range(m.first - 1, clause_start - 1, -1) if toks[k].key == "را"), None)
    if ra is None:
        return None
    for k in range(ra + 1, m.first):
        if toks[k].punct or toks[k].key in PREPOSITIONS or toks[k].key in NORM_WORDS:
            return None
        if (x := args.mention_at(mentions, k)) is not None:
            return x if x.label in args.ACTOR_LABELS else None
    return None


def accused_in_predicate(toks: list[Tok], mentions: list[Mention], m: Match, clause_start: int) -> Mention | None:
    """In «… را <predicate> خواند/دانست», the one the predicate names as the wrongdoer: the genitive right
    after a required word («تکرار بی‌اخلاقی‌های Y», «جنایت Y») or an agent phrase that ends the predicate
    («… از طرف Y نامید»)."""
    ra = next((k for k in range(m.first - 1, clause_start - 1, -1) if toks[k].key == "را"), None)
    if ra is None:
        return None
    for k in range(ra + 1, m.first - 1):
        x = args.mention_at(mentions, k + 1)
        if x is not None and x.label in args.ACTOR_LABELS and any(toks[k].key.startswith(w) for w in m.rule.requires):
            return x
    for k in range(max(ra + 1, m.first - 4), m.first - 1):
        x = agents.agent_at(toks, mentions, k, m.first, span=1)
        if x is not None and args.unit_last(mentions, x) + 1 == m.first:
            return x
    return None


def _claim_noun(key: str) -> bool:
    """Whether ``key`` (squashed) is a noun for what was said or asked, or its ezafe form («ادعای»)."""
    nouns = claim_nouns()
    return key in nouns or (key.endswith("ی") and key[:-1] in nouns)


def _claimant(toks: list[Tok], mentions: list[Mention], ra: int, clause_start: int) -> Mention | None:
    """In an object «ادعای X … را», «خبر منتشر شده توسط X … را»: who made the claim. The claim noun may
    be a trigger of its own that ended the clause before («درخواست X برای … را رد کرد»): the object reaches
    back past ``clause_start`` up to a verb or another object."""
    verbs = light_verb_forms()
    for k in range(ra - 1, max(0, ra - CLAIM_REACH) - 1, -1):
        if toks[k].punct and toks[k].text not in args.QUOTE_MARKS:
            return None
        if k < clause_start and (toks[k].key == "را" or toks[k].key in verbs):
            return None
        if not _claim_noun(toks[k].key):
            continue
        x = args.mention_at(mentions, k + 1)
        if x is not None and x.label in args.ACTOR_LABELS:
            return x
        for j in range(k + 1, ra):
            if any(all(j + n < ra and toks[j + n].key == w for n, w in enumerate(words)) for words in agents.AGENT_MARKERS):
                return agents.agent_at(toks, mentions, j, ra, span=3)
        return None
    return None


@cache
def preposition_heads() -> frozenset[str]:
    """Nouns that make one preposition with the one before them («به دلیل», «در پی»), squashed."""
    return squashed_words("preposition_heads.txt")


def targetless_met(toks: list[Tok], m: Match, earlier: list[Match], clause_start: int) -> bool:
    """Whether a targetless row's required word («لغو» of a ban) stands in the object of its trigger, which is
    not asked for: «X از Y خواست ممنوعیت … را لغو کند» is a request (the subjunctive after it), no concession."""
    return object_holds(toks, m.rule.requires, clause_start, m.first) and not (
        m.subjunctive and any(p.rule.type == "REQUEST" for p in earlier))


def object_holds(toks: list[Tok], words: tuple[str, ...], clause_start: int, first: int) -> bool:
    """Whether one of ``words`` (squashed), bare or with a noun ending (``NOUN_SUFFIXES``), is a word of the
    object «… را» right before the trigger at ``first`` («X قانون منع ورود … را لغو کرد»), or with no «را» of the phrase right before it («ممنوعیت …
    لغو شد»). The phrase reaches back to the clause start, a punctuation mark, «که» or a verb («X محدودیت‌هایی
    وضع کرد و ساعات کار را کاهش داد»: the ban is the earlier verb's); a preposition's complement is no part of it
    («X به سبب محدودیت منابع، یارانه را کاهش داد»: the restriction is the cause)."""
    end = next((k for k in range(first - 1, max(clause_start, first - RA_REACH) - 1, -1)
                if toks[k].key == "را"), first)
    for k in range(end - 1, clause_start - 1, -1):
        key = toks[k].key
        # a clause's verb, not any light verb form: «رفت و آمد» is a noun in «ساعات ممنوعیت رفت و آمد را»
        if toks[k].punct or key == "که" or key in CLAUSE_END_VERBS:
            return False
        # the word or the word and a noun ending («ممنوعیت‌های», «محدودیتی»), not any word it starts:
        # «قرارداد منعقده … را لغو کرد» voids a contract, no ban
        ban = any(key[len(w):] in NOUN_SUFFIXES for w in words if key.startswith(w))
        if ban and not _complement(toks, k, clause_start):
            return True
    return False


def _complement(toks: list[Tok], k: int, lo: int) -> bool:
    """Whether word ``k`` is a preposition's complement: right after one («از ممنوعیت …»), or after one and a
    noun that makes a preposition with it («به دلیل محدودیت», ``data/preposition_heads.txt``)."""
    return (k - 1 >= lo and toks[k - 1].key in PREPOSITIONS) or (
        k - 2 >= lo and toks[k - 1].key in preposition_heads() and toks[k - 2].key in PREPOSITIONS)

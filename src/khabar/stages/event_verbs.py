"""The light verb after an event noun («سفر کرد», «سفر خواهد کرد», «وارد X شد», «خواستار … است»), with
its mood: negated, future, subjunctive, passive. A trigger that is itself the verb («خواست») reads only
its own prefix and auxiliary.
"""

from __future__ import annotations

from khabar.stages import event_args as args
from khabar.stages.event_tables import (
    AFTER_BE_ONLY,
    ASKING_LIGHTS,
    CLAUSE_COPULAS,
    FUTURE_AUX,
    NEG_COPULAS,
    NEG_FUTURE_AUX,
    PREPOSITIONS,
    VerbForm,
    light_verb_forms,
    speech_cues,
    squashed_words,
    undergoes,
)
from khabar.stages.event_types import Match, Mention, Tok, indexed

# How far after an event noun its support verb («تحریم‌هایی را علیه X اعمال کرد») may stand, in tokens.
SUPPORT_REACH = 8
# Words after an event noun that end its clause before any support verb.
SUPPORT_STOPS = frozenset({"که", "تا", "و"})
# What follows a past participle that makes it a perfect verb («انجام داده است»), squashed.
PERFECT_AUX = frozenset({"است", "اند", "بود", "بودند", "باشد", "باشند", "شد", "شده"})

# Words that open a condition: a "clause" trigger's light verb is not inside it («تهدید اگر … شود»).
CONDITIONALS = frozenset({"اگر", "چنانچه", "درصورتیکه"})
# How far a "clause" trigger («خواستار … شد») looks for its light verb, in tokens.
CLAUSE_REACH = 20


def read_verb(toks: list[Tok], m: Match, limit: int, mentions: list[Mention]) -> None:
    """The light verb right after the trigger («سفر کرد», «سفر خواهد کرد», «وارد X شد»), with its mood.

    Rules with use "clause" («خواستار … شد») take the first light verb before the clause ends.
    """
    if m.rule.use == "self":
        before = toks[m.first - 1].key if m.first > 0 else ""
        # «خواهد پذیرفت», «نخواهد پذیرفت»: the future auxiliary stands before the verb
        # «نپذیرفت»; a trigger that itself starts with «ن» («نامید») is not negated by it
        m.negated = (toks[m.first].key.startswith("ن") and not m.rule.words.startswith("ن")) or before in NEG_FUTURE_AUX
        m.future = before in FUTURE_AUX or before in NEG_FUTURE_AUX or any(
            toks[k].key in FUTURE_AUX for k in range(m.first, m.last + 1))  # «حضور خواهد یافت»
        return
    if m.first > 0 and (toks[m.first - 1].key in asked_nouns() or (
            m.first > 1 and toks[m.first - 2].key + toks[m.first - 1].key in asked_nouns())):
        return  # «از هیچکس درخواست جلسه نکردم»: the verb is the request's; no session was held
    forms = light_verb_forms()
    start = m.last + 1
    if "+" in m.rule.markers and (mention := args.mention_at(mentions, start)) is not None:
        start = mention.last + 1
    clause = m.rule.use == "clause"
    reach = CLAUSE_REACH if clause else 1
    end = start
    while end < limit and reach > 0:  # quote marks take no room in the reach
        reach -= toks[end].text not in args.QUOTE_MARKS
        end += 1
    # «به گفت‌وگو پرداختند»: a light verb that needs «به» before its noun («پرداخت» is also «payment»)
    after_be = m.first > 0 and toks[m.first - 1].key == "به"

    def light(key: str) -> VerbForm | None:
        form = forms.get(key)
        if form is None or (not after_be and any(s in key for s in AFTER_BE_ONLY)):
            return None
        # a demand word takes «شد/است», never «خواست» («نه خواهان X بودیم و این خواست ما بوده»: another clause)
        return None if (m.rule.type != "REQUEST" or clause) and any(s in key for s in ASKING_LIGHTS) else form

    quoted = 0  # quote marks opened after the trigger
    for k in range(start, end):
        key = toks[k].key
        if clause and toks[k].text in args.QUOTE_MARKS:
            # «خواستار آزادی "X" و "Y" شد»: a clause goes on over quoted names, but not past the end of a
            # quote that opened before the trigger («گفت «ما خواستار … نیستیم» و …»)
            opens = toks[k].text in args.OPENING_QUOTES or (toks[k].text == '"' and quoted == 0)
            if not opens and quoted == 0:
                return
            quoted += 1 if opens else -1
            continue
        if toks[k].punct and not (clause and _listed_names(toks, mentions, k, m)):
            return
        if clause and key in NEG_COPULAS:
            return  # «خواستار … نیست»: a stance; the clause has ended («… نیست تا … گرفته شود» is another)
        if clause and key in CLAUSE_COPULAS:
            if m.rule.words in squashed_words("wish_triggers.txt"):
                return  # «X خواهان جذب Y است»: a wish, not a demand made
            if k == start + 1 and toks[start].key == "آن" and _relative(toks, m.first) and (
                    k + 1 >= limit or toks[k + 1].key != "که"):
                return  # «نقشی که X خواستار آن است»: a relative clause's «آن» tells a wish, not a demand made
            m.verb = k  # «X خواستار … است»: X demands it
            m.subjunctive = key in ("باشد", "باشند")
            return
        if key in FUTURE_AUX or key in NEG_FUTURE_AUX:
            m.future = True
            m.negated = m.negated or key in NEG_FUTURE_AUX
            if k + 1 < limit and (form := light(toks[k + 1].key)) is not None:
                m.verb, m.passive = k + 1, form.passive
            return
        if key in ("می", "نمی") and k + 1 < limit and (form := light(key + toks[k + 1].key)) is not None:
            m.verb, m.negated, m.passive = k + 1, key == "نمی", form.passive
            return
        if clause and key in CONDITIONALS:
            return  # «تهدید اگر … برگزیده شود، …»: a condition opens a clause of its own
        if clause and k > start and toks[k - 1].key + key in speech_cues():
            return  # «… مورد تهدید X اعلام کرد»: the clause ends in a verb of saying, not the trigger's light verb
        if (form := light(key)) is not None:
            m.verb, m.negated, m.subjunctive, m.passive = k, form.negated, form.subjunctive, form.passive
            # «X به شهادت رسید»: a verb whose subject undergoes the trigger's act (data/undergo_verbs.tsv)
            m.passive = m.passive or undergoes(m.rule.words, key)
            return
    if m.rule.use in ("any", "both") and after_be:
        paid_verb(toks, m, limit)
    if m.rule.use in ("any", "both") and m.verb is None:
        support_verb(toks, m, limit, mentions)


# «X، Y نیز …»: the names after a comma are the subject of a clause of their own.
ALSO_WORDS = frozenset({"نیز", "هم"})


def _listed_names(toks: list[Tok], mentions: list[Mention], k: int, m: Match) -> bool:
    """«خواستار نابودی سلاح‌های X، Y و Z شد»: a comma at ``k`` between two names lists them, and the
    demand's clause goes on to its light verb. Not when the names after it open a clause of their own
    («خواستار خروج نیروهای X، Y نیز خواستار … شد»: Y, with «نیز» or a demand word of its own, demands)."""
    if not (toks[k].text in CLAUSE_COMMAS and k + 1 < len(toks) and indexed(mentions).ending_at(k - 1)):
        return False
    if (x := args.mention_at(mentions, k + 1)) is None:
        return False
    while x.last + 2 < len(toks) and (toks[x.last + 1].text in CLAUSE_COMMAS or toks[x.last + 1].key == "و") and (
            nxt := args.mention_at(mentions, x.last + 2)) is not None:
        x = nxt  # the list goes on: «X، Y و Z»
    after = toks[x.last + 1].key if x.last + 1 < len(toks) else ""
    return after not in ALSO_WORDS and after != toks[m.first].key


# «به تمجید از X، Y پرداخت»: «به» + act noun, its complement, then «پرداخت» a few words on (engaged in it).
PAID_REACH = 10
# Punctuation that stays inside the clause: an apposition's comma («از X، بازیکن تیمش»).
CLAUSE_COMMAS = frozenset({"،", ","})


def paid_verb(toks: list[Tok], m: Match, limit: int) -> None:
    """«X به تمجید از Y پرداخت»: the act noun after «به» whose «پرداخت» closes the clause, past the
    noun's complement; sets ``m.verb``. No «پرداخت» before the clause ends: none is set."""
    forms = light_verb_forms()
    for k in range(m.last + 1, min(limit, m.last + 1 + PAID_REACH)):
        key = toks[k].key
        if (toks[k].punct and toks[k].text not in CLAUSE_COMMAS) or key in SUPPORT_STOPS:
            return
        if key in ("می", "نمی") and k + 1 < limit:
            key = key + toks[k + 1].key
        form = forms.get(key)
        v = k + (key != toks[k].key)
        # the verb closes the clause; «پرداخت مطالبات» (payment of …) goes on: the noun, no verb
        closes = v + 1 >= limit or toks[v + 1].punct or toks[v + 1].key == "و"
        if form is not None and any(s in key for s in AFTER_BE_ONLY) and closes:
            m.verb, m.negated, m.subjunctive, m.passive = v, form.negated, form.subjunctive, form.passive
            m.support = True  # the complement stands between the noun and its verb, as with a support verb
            return


def asked_nouns() -> frozenset[str]:
    """Nouns of asking (``data/asked_nouns.txt``, squashed): an act noun right after one is asked for, not done."""
    return squashed_words("asked_nouns.txt")


def support_nouns() -> frozenset[str]:
    """The nouns of support verbs («انجام داد», «اعمال کرد»), ``data/support_verbs.txt``, squashed."""
    return squashed_words("support_verbs.txt")


def support_verb(toks: list[Tok], m: Match, limit: int, mentions: list[Mention]) -> None:
    """«با X مذاکراتی انجام داد», «تحریم‌های جدیدی را علیه X اعمال کردند»: an event noun told as the object
    of a support verb a few words on, within its clause; sets ``m.verb`` (and ``m.support``) when one is there.
    A party named right after the noun, before any preposition («حمله X به Y صورت گیرد», «سفر وی به Y صورت
    گرفته است»), makes it a noun phrase with its own doer, the subject of another act: no support verb."""
    nouns, forms = support_nouns(), light_verb_forms()

    def light(key: str) -> VerbForm | None:
        form = forms.get(key)
        return None if form is None or any(s in key for s in AFTER_BE_ONLY) else form

    phrase = False  # a preposition seen: the mentions after it are the noun's complements («علیه X»)
    for k in range(m.last + 1, min(limit - 1, m.last + 1 + SUPPORT_REACH)):
        if toks[k].punct or toks[k].key in SUPPORT_STOPS or (not phrase and args.mention_at(mentions, k)):
            return
        phrase = phrase or toks[k].key in PREPOSITIONS
        if toks[k].key not in nouns:
            continue
        j, future = k + 1, False
        if toks[j].key in FUTURE_AUX or toks[j].key in NEG_FUTURE_AUX:
            future, j = True, j + 1
        if j >= limit:
            return
        form = light(toks[j].key)
        if form is not None and toks[j].key.endswith("ه") and (j + 1 >= limit or toks[j + 1].key not in PERFECT_AUX):
            return  # «اعتراضات صورت گرفته نسبت به …»: a participle describes the noun; no act is told
        if form is None and toks[j].key in ("می", "نمی") and j + 1 < limit:
            form, j = light(toks[j].key + toks[j + 1].key), j + 1
        if form is not None:
            m.verb, m.negated, m.subjunctive, m.passive = j, form.negated or toks[k + 1].key in NEG_FUTURE_AUX, (
                form.subjunctive), form.passive
            m.future, m.support = future, True
            # «حمله به X توسط Y صورت گرفت», «… انجام شد»: the act took place; its doer is an agent phrase
            m.passive = m.passive or undergoes(toks[k].key, toks[j].key)
        return


# How far back from a trigger the «که» of a relative clause may stand, in tokens («نقشی که آمریکا خواستار»).
RELATIVE_REACH = 6


def _relative(toks: list[Tok], first: int) -> bool:
    """Whether the trigger at ``first`` stands in a relative clause: «که» a few words back, no punctuation."""
    for k in range(first - 1, max(0, first - RELATIVE_REACH) - 1, -1):
        if toks[k].punct:
            return False
        if toks[k].key == "که":
            return True
    return False

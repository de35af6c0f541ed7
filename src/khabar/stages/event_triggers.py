"""Trigger matching: where the trigger words of ``data/event_triggers.tsv`` stand in a sentence, longest
first and not overlapping, with the light verb read after each (:mod:`event_verbs`). Split out of
:mod:`event_rules`, which builds a candidate from each match: finding the triggers needs none of the
argument, place or modality rules.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.stages.event_context import press_session
from khabar.stages.event_documents import with_document
from khabar.stages.event_tables import ADJECTIVE_FORMS, PASSIVE_AUX, TriggerRule, trigger_rules, undergoes
from khabar.stages.event_types import Match, Mention, Tok
from khabar.stages.event_verbs import read_verb, support_verb
from khabar.tables import key, load_list


def match_triggers(toks: list[Tok], limit: int, mentions: list[Mention]) -> list[Match]:
    """Triggers in ``toks[:limit]``, longest first at each place, not overlapping."""
    index = _rules_by_start()
    found: list[Match] = []
    i = 0
    while i < limit:
        best: Match | None = None
        for rule in _rules_for(toks[i].key):
            j = _match_at(toks, i, limit, rule)
            if j is not None and (best is None or j > best.last):
                best = Match(i, j, rule)
        if best is None:
            i += 1
            continue
        if any(x.first < i <= x.last for x in mentions):
            i = best.last + 1  # «جمهوری خواهان», «کمیته حمایت از X»: a trigger word inside a name tells no act
            continue
        if press_session(toks, best):
            i = best.last + 1  # «در جلسه خبری مشترک با Y»: a press conference given with Y is no meeting of the two
            continue
        best = with_document(toks, best, limit, index, _match_at)
        if best.rule.use == "noun":
            best.nominal = True  # «حضور X در Y»: the noun alone; «حضور داشت» is no act
        elif best.rule.use == "both" and _suffixed(toks, best):
            if best.rule.type == "CONSULT":  # «با Y گفت‌وگویی داشتم»: a talk had is an act, its doer the subject
                read_verb(toks, best, limit, mentions)
            else:  # «تحریم‌هایی را علیه Y اعمال کرد»: the noun told as the object of a support verb
                support_verb(toks, best, limit, mentions)
            best.nominal = best.verb is None  # «حمایت‌های X از Y»: a plural or ezafe form is a noun
        else:
            read_verb(toks, best, limit, mentions)
            best.nominal = best.rule.use == "both" and best.verb is None
        if best.verb is None and i > 0 and toks[i - 1].key in _bill_words():
            i = best.last + 1  # «لایحه موافقت‌نامه X و Y»: the bill's subject, no act
            continue
        if best.rule.use == "any" and best.rule.frame == "arrest" and best.verb is not None:
            i = best.last + 1  # «کشف کرد/شد» is any find; a seizure with a verb is «کشف و ضبط» or «توقیف»
            continue
        if best.verb is not None and undergoes(toks[best.last].key, toks[best.verb].key):
            best.passive = True  # «X هدف حمله قرار گرفت/دارد»: X was (is) attacked («قرار داد» is the active)
        if best.rule.type == "CONSULT" and best.rule.use == "both" and _progressive(toks, best.first):
            best.nominal = False  # «X در حال مذاکره با Y است»: a talk going on, its doer the subject
            found.append(best)
        elif best.rule.use in ("any", "self") or best.verb is not None or best.nominal:  # "verb"/"clause": one
            found.append(best)
        i = best.last + 1
    return found


@lru_cache(maxsize=1)
def _bill_words() -> frozenset[str]:
    """Nouns of a bill (``data/bill_words.txt``), squashed as token keys are."""
    return frozenset(key(w).replace(" ", "") for w in load_list("bill_words.txt"))


@lru_cache(maxsize=1)
def _rules_by_start() -> dict[str, tuple[TriggerRule, ...]]:
    """Trigger rules by their first two letters, longest first (matching is per token)."""
    index: dict[str, list[TriggerRule]] = {}
    for rule in trigger_rules():
        index.setdefault(rule.words[:2], []).append(rule)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=100_000)
def _rules_for(first: str) -> tuple[TriggerRule, ...]:
    """The rules of ``_rules_by_start`` that a match may start with the token key ``first``: its words go on
    from the key, or the key is its words with an ending. ``_match_at`` gives up on the first token for any
    other rule, so leaving them out changes nothing and spares most calls (news vocabularies repeat)."""
    return tuple(r for r in _rules_by_start().get(first[:2], ()) if r.words.startswith(first) or first.startswith(r.words))


def _progressive(toks: list[Tok], first: int) -> bool:
    """«در حال» (or «درحال») right before the token at ``first``: an act going on."""
    return (first >= 2 and toks[first - 2].key == "در" and toks[first - 1].key == "حال") or (
        first >= 1 and toks[first - 1].key == "درحال")


def _suffixed(toks: list[Tok], m: Match) -> bool:
    return "".join(t.key for t in toks[m.first:m.last + 1]) != m.rule.words


def _match_at(toks: list[Tok], i: int, limit: int, rule: TriggerRule) -> int | None:
    acc = ""
    suffixes = rule.suffixes
    for j in range(i, limit):
        acc += toks[j].key
        if rule.gap_word and acc in (rule.words, rule.words + "ی"):  # «توافقی حاصل نشد»
            # «هدف حمله گسترده قرار»: up to three words between, no punctuation
            for k in range(j + 1, min(limit, j + 5)):
                if toks[k].punct:
                    return None
                if toks[k].key == rule.gap_word:
                    return k
            return None
        # acc is the rule's words plus one of its endings (a slice looked up, not each ending joined and compared)
        if acc.startswith(rule.words) and acc[len(rule.words):] in suffixes and acc not in ADJECTIVE_FORMS:
            if acc != rule.words and acc.endswith("ه") and j + 1 < limit and toks[j + 1].key.startswith(PASSIVE_AUX):
                return None  # «فراخوانده شد/گردید» is a passive: its subject is no doer
            return j
        if not rule.words.startswith(acc):
            return None
    return None

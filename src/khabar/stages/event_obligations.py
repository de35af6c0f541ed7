"""Requests told as an obligation inside what someone said: in «X گفت: دولت باید … کند» X asks the
government to act (PLOVER REQUEST, the reading of the annotation guide since session 9).

Only a named body or place right before the modal is a party («دولت و مجلس هم باید …»); «ما باید»,
«همه باید» and a bare noun name no one. The words are data: ``data/obligation_words.tsv``.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Any

from khabar.stages.event_tables import squash
from khabar.stages.event_types import Candidate
from khabar.stages.timex import TimeExpr
from khabar.tables import load_table

# Labels of a party that can be asked to act: a body. A place before «باید» is as often where
# something must happen («در قم باید …») or a country speaking of itself; a person is asked with «از X خواست».
PARTY_LABELS = frozenset({"ORG"})
# A preposition before the party makes it no subject («برای دولت باید …»).
PREPOSITIONS = frozenset({"در", "از", "به", "برای", "با", "بر", "تا"})


@lru_cache(maxsize=1)
def obligation_words() -> tuple[frozenset[str], frozenset[str]]:
    """(modals, words that may stand between the party and the modal)."""
    rows = load_table("obligation_words.tsv")
    return (frozenset(squash(r[0]) for r in rows if r[1] == "modal"),
            frozenset(squash(r[0]) for r in rows if r[1] == "skip"))


@lru_cache(maxsize=1)
def instead_words() -> frozenset[str]:
    """«به جای X باید …»: X after these (instead of X) is no subject of the modal."""
    return frozenset(squash(r[0]) for r in load_table("obligation_words.tsv") if r[1] == "instead")


@lru_cache(maxsize=1)
def holder_words() -> frozenset[str]:
    """Nouns of unnamed people of a body («مدیر X باید», «مأموران X باید»): X is whose they are, not asked."""
    return frozenset(squash(r[0]) for r in load_table("obligation_words.tsv") if r[1] == "holder")


def obligation_requests(words: list[str], keys: list[str], offsets: list[int], sentence_of: list[int],
                        mentions: list[tuple[int, int, str, str]], quotes: list[dict[str, Any]],
                        times: dict[int, list[TimeExpr]]) -> list[Candidate]:
    """Pure step: REQUEST candidates for «PARTY باید» inside a quote with a known speaker.

    ``words``/``keys``/``offsets``: the doc's tokens, their squashed keys (``event_tables.squash``, computed
    once per doc by the event stage) and their char offsets; ``sentence_of``: each token's sentence;
    ``mentions``: (start, end, entity id, label), outermost, sorted by start; ``times``: the time
    expressions of each sentence. The request is made when the words were said: the time told before
    the quote in its sentence («X امروز در جلسه … گفت: …»).
    """
    modals, skips = obligation_words()
    ends = {m[1]: m for m in mentions}
    found: list[Candidate] = []
    for q in quotes:
        speaker = q.get("speaker")
        if not speaker:
            continue
        first = bisect_left(offsets, int(q["start"]))
        said = time_of_words(q, first, sentence_of, times)
        k = first
        while k < len(words) and offsets[k] < int(q["end"]):
            if keys[k] in modals and not _counterfactual(words, k, int(q["end"]), offsets) and not _no_act(
                    keys, k, int(q["end"]), offsets):
                parties = _parties_before(words, keys, offsets, k, first, ends, skips)
                targets = [p for p in parties if p != speaker]
                if len(targets) == 1 and _own_body(keys, offsets, mentions, speaker, targets[0]):
                    targets = []
                if targets:
                    found.append(Candidate(
                        type="REQUEST", mode=None, frame="request", trigger=words[k], start=offsets[k],
                        end=offsets[k] + len(words[k]), actors=[str(speaker)], targets=targets,
                        sentence=sentence_of[k], time=said, verbal=True))
            k += 1
    return found


# The present prefix of a verb: after «باید» it marks what should have been done («دولت باید … می‌کرد»).
PRESENT_PREFIX = "می\u200c"
# Words that end the modal's clause.
CLAUSE_ENDS = frozenset({"،", ",", "؛", ".", ":", "که", "و"})


def _counterfactual(words: list[str], k: int, end: int, offsets: list[int]) -> bool:
    """«دولت باید در آن سرمایه‌گذاری می‌نمود»: a past duty left undone is no request; the first verb of
    the modal's clause carries «می‌» (a present duty takes the subjunctive: «باید … کند»)."""
    j = k + 1
    while j < len(words) and offsets[j] < end and words[j] not in CLAUSE_ENDS:
        if words[j].startswith(PRESENT_PREFIX):
            return True
        j += 1
    return False


# Copulas after «باید»: with no participle before them the party is told how to be, not asked to act
# («X باید پاسخگو باشد»); after one they close a perfect («باید … داشته باشد» is still an act).
COPULAS = frozenset({"باشد", "باشند"})
# Indicative copulas: after a participle they make a past perfect («دولت باید نظارت … داشته است»): a duty
# that was not done, no request.
PAST_COPULAS = frozenset({"است", "بود"})
# Words that end the modal's clause before its verb, for _no_act (not «و»: «پاک‌دست و کاردان باشد»).
VERB_SCAN_ENDS = frozenset({"،", ",", "؛", ".", ":", "که"})
VERB_REACH = 15  # how far after «باید» its verb may stand, in tokens


def _no_act(keys: list[str], k: int, end: int, offsets: list[int]) -> bool:
    """«X باید پاسخگوی … باشد», «X باید … داشته است»: the modal's first verb is a copula that asks for no act;
    «… X باید … انجام شود»: an impersonal passive asks no one either."""
    verbs = obligation_words_verbs()
    for j in range(k + 1, min(len(keys), k + 1 + VERB_REACH)):
        if offsets[j] >= end or keys[j] in VERB_SCAN_ENDS:
            return False
        participle = keys[j - 1].endswith("ه") and j - 1 > k
        if keys[j] in COPULAS:
            return not participle
        if keys[j] in PAST_COPULAS:
            return participle
        if keys[j] in verbs:
            return (keys[j - 1], keys[j]) in obligation_passives()
    return False


@lru_cache(maxsize=1)
def obligation_passives() -> frozenset[tuple[str, ...]]:
    """Impersonal passives that close a modal's clause («… باید با رعایت Y صورت گیرد»): what stands before
    the modal is the thing to be done («درآمد X باید … صورت گیرد»), not a party asked to act."""
    return frozenset(tuple(squash(w) for w in r[0].split()) for r in load_table("obligation_words.tsv")
                     if r[1] == "passive")


@lru_cache(maxsize=1)
def obligation_words_verbs() -> frozenset[str]:
    """Subjunctive verbs that close a modal's clause with an act («کند», «دهد», «شود»)."""
    return frozenset(squash(r[0]) for r in load_table("obligation_words.tsv") if r[1] == "verb")


def time_of_words(q: dict[str, Any], first: int, sentence_of: list[int],
                  times: dict[int, list[TimeExpr]]) -> TimeExpr | None:
    """When the quoted words were said: the first time told before them in their sentence («X امروز در
    جلسه … گفت: …», «X در مجمع Y که روز چهارشنبه برگزار شد گفت»); ``first``: the quote's first token."""
    if first >= len(sentence_of):
        return None
    return next((t for t in times.get(sentence_of[first], []) if t.start < int(q["start"])), None)


# How many words before a party a holder noun may stand («مدیر جدید X»: the noun and one adjective).
HOLDER_REACH = 2


def _own_body(keys: list[str], offsets: list[int], mentions: list[tuple[int, int, str, str]], speaker: object,
              party: str) -> bool:
    """«عضو کمیسیون X گفت: کمیسیون X باید …»: a member speaks of what his own body must do, no request;
    the party's words stand inside a mention of the speaker. Only for a body told alone: «دولت و مجلس
    باید» from a member of the parliament calls on the state as a whole."""
    named = [keys[bisect_left(offsets, m[0]):bisect_left(offsets, m[1])] for m in mentions if m[2] == party]
    own = [keys[bisect_left(offsets, m[0]):bisect_left(offsets, m[1])] for m in mentions if m[2] == speaker]
    return any(0 < len(p) < len(o) and any(o[i:i + len(p)] == p for i in range(len(o) - len(p) + 1))
               for p in named for o in own)


def _parties_before(words: list[str], keys: list[str], offsets: list[int], k: int, first: int,
                    ends: dict[int, tuple[int, int, str, str]], skips: frozenset[str]) -> list[str]:
    """The bodies or places that end right before token ``k`` («دولت و مجلس هم باید»), nearest last."""
    j = k - 1
    while j >= first and keys[j] in skips:
        j -= 1
    parties: list[str] = []
    while j >= first:
        mention = ends.get(offsets[j] + len(words[j]))
        if mention is None or mention[3] not in PARTY_LABELS:
            break
        j = bisect_left(offsets, mention[0]) - 1
        if j >= first and (keys[j] in PREPOSITIONS or keys[j] in instead_words()):
            break  # «برای دولت باید …», «به جای X باید …»
        if any(keys[i] in holder_words() for i in range(max(first, j - HOLDER_REACH + 1), j + 1)):
            break  # «مدیر جدید X باید»: the holder of a post in X is told, not X
        parties.insert(0, mention[2])
        if j < first or keys[j] != "و":  # «X و Y باید»: both are asked
            break
        j -= 1
    return list(dict.fromkeys(parties))

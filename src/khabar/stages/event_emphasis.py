"""The doer of an act noun told as what someone emphasizes: «X بر گسترش همکاری با Y تاکید کرد», «تاکید X بر
حمایت از Y» (a headline). The noun stands after «بر» (and up to two words of continuing or widening the act,
«گسترش», «ادامه»); the one who emphasizes it is its doer (``data/emphasis_words.tsv``).
"""

from __future__ import annotations

from functools import lru_cache

from khabar.stages.event_args import ACTOR_LABELS, coordinated
from khabar.stages.event_subject import subject
from khabar.stages.event_tables import light_verb_forms, squash
from khabar.stages.event_types import Match, Mention, TimeSpan, Tok, indexed
from khabar.tables import load_table

# How many words of growth may stand between «بر» and the act noun, and how far after the noun the verb of
# emphasis may close the clause, in tokens.
GROWTH_REACH = 2
EMPHASIS_REACH = 15


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for row in load_table("emphasis_words.tsv"):
        out.setdefault(row[1], set()).add(squash(row[0]))
    return {k: frozenset(v) for k, v in out.items()}


def emphasized_doer(toks: list[Tok], mentions: list[Mention], times: list[TimeSpan], m: Match,
                    used: set[int]) -> list[Mention]:
    """The one who emphasizes the act noun at ``m``, or []."""
    words = _words()
    k = m.first - 1
    while k >= 0 and m.first - k <= GROWTH_REACH and toks[k].key in words["growth"]:
        k -= 1
    if k < 0 or toks[k].key != "بر":
        return []
    index = indexed(mentions)
    x = next(iter(index.ending_at(k - 1)), None)
    head = x
    while head is not None and (prev := next(iter(index.ending_at(head.first - 1)), None)) is not None:
        head = prev  # «تاکید فرماندار ایالت X کشور Y بر …»: a title and the names inside it
    if x is not None and head is not None and head.first > 0 and toks[head.first - 1].key in words["emphasis"]:
        # «تاکید X بر …»: the name right before «بر»
        return coordinated(toks, mentions, x) if x.label in ACTOR_LABELS and id(x) not in used else []
    forms = light_verb_forms()
    for j in range(m.last + 1, min(len(toks) - 1, m.last + EMPHASIS_REACH)):
        if toks[j].punct:
            return []
        if toks[j].key in words["emphasis"] and toks[j + 1].key in forms:
            return subject(toks, mentions, times, k, used)  # «X بر … تاکید کرد»
    return []

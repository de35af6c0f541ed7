"""The one a threat is made to, named as the subject of its condition: «X تهدید کرد اگر Y … کند، استعفا
خواهد داد». A threat sets a condition on its target's act, so when no «را»/«به» phrase names the target, the
mention that opens the condition clause right after the verb (``data/condition_openers.txt``, after an
optional «که» or a colon) is whom it is aimed at, also as the owner of an act or a proposal that opens it
(«هشدار داد: اگر پیشنهاد Y اصلاح نشود، …»: Y's proposal).
"""

from __future__ import annotations

from functools import cache

from khabar.stages import event_args as args
from khabar.stages.event_tables import CLAUSE_COPULAS, act_nouns, claim_nouns, squash, squashed_words
from khabar.stages.event_types import Match, Mention, Tok

CLAUSE_LINKS = frozenset({"که", ":"})  # «تهدید کرد که اگر …», «هشدار داد: اگر …»
MAX_OPENER_WORDS = 3  # «در صورتی که»


@cache
def condition_openers() -> frozenset[str]:
    """Openers of a condition clause, squashed (``data/condition_openers.txt``)."""
    return squashed_words("condition_openers.txt")


def condition_subject(toks: list[Tok], mentions: list[Mention], m: Match) -> list[Mention]:
    """The mention (and those joined to it by «و») that opens the condition clause right after the trigger's
    verb, or nothing when no condition follows or its first word after the opener is no named party."""
    k = m.end + 1
    if k < len(toks) and toks[k].key in CLAUSE_COPULAS:
        k += 1  # «هشدار داده بود در صورتی که …»
    if k < len(toks) and (toks[k].key in CLAUSE_LINKS or toks[k].text in CLAUSE_LINKS):
        k += 1
    openers = condition_openers()
    for width in range(1, MAX_OPENER_WORDS + 1):
        if k + width >= len(toks):
            break
        if squash("".join(t.key for t in toks[k:k + width])) in openers:
            first = k + width
            if first < len(toks) and (toks[first].key in act_nouns() or toks[first].key in claim_nouns()):
                first += 1  # «اگر پیشنهاد Y …», «اگر اقدامات Y …»: the owner of the act
            x = args.mention_at(mentions, first)
            if x is None or x.label not in args.ACTOR_LABELS:
                return []
            return args.coordinated(toks, mentions, x)
    return []

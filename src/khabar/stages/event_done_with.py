"""A cooperation told in the passive: «امدادرسانی با همکاری Y انجام شد», «همکاری‌های انجام‌شده با Y».

A cooperation noun («همکاری») in a clause whose verb is a passive of carrying out names no doer but by an
agent phrase («توسط X»): the guide codes it COOPERATE with ``actors: []`` and the one it was done with as
the target (a passive «با Y هماهنگی شده است»). Read from the words only: the noun after «با» with its
genitive Y («با همکاری Y … انجام شد»), or the noun with «با Y» after it («همکاری‌های انجام‌شده با Y»).
The words of carrying out and of the passive are data (``data/done_passives.tsv``). An active clause
(«X با همکاری Y … اجرا کرد») is left to the other rules.
"""

from __future__ import annotations

from functools import cache

from khabar.stages.event_tables import squash
from khabar.stages.event_types import Match, Tok
from khabar.tables import load_table

# The types of noun this reading is for, and how far after the noun the passive verb may stand, in tokens.
DONE_TYPES = frozenset({"COOPERATE"})
DONE_REACH = 12
# A passive is read only within the clause: these words end it before the verb is reached.
CLAUSE_BREAKS = frozenset({"که", "تا", "ولی", "اما"})


@cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(squash(row[0]) for row in load_table("done_passives.tsv") if len(row) > 1 and row[1] == kind)


def done_in_passive(toks: list[Tok], m: Match) -> bool:
    """Whether the cooperation noun at ``m`` stands in a clause told in the passive of carrying out:
    a participle («انجام‌شده») or a word of doing then a passive light verb («صورت گرفت», «انجام شد»)
    within :data:`DONE_REACH` tokens after it, before any punctuation or clause break."""
    if m.rule.type not in DONE_TYPES:
        return False
    done, aux, participle = _words("done"), _words("aux"), _words("participle")
    for k in range(m.last + 1, min(len(toks), m.last + 1 + DONE_REACH)):
        key = toks[k].key
        if toks[k].punct or key in CLAUSE_BREAKS:
            return False
        if key in participle:
            return True
        if key in done and k + 1 < len(toks):
            nxt = toks[k + 1].key
            return nxt in aux or (nxt == "خواهد" and k + 2 < len(toks) and toks[k + 2].key in aux)
    return False

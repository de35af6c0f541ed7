"""«X با مخالفت Y مواجه شد»: a stance met by a proposal names whom it is toward.

«پیشنهاد فرانسه با مخالفت آلمان روبرو شد» is Germany rejecting France: the noun's genitive is the doer
(:mod:`event_nominal`), and the one it is toward is the owner of what met it, the mention just before
«با» in its clause («پیشنهاد فرانسه»). When that clause is «که این خواسته/این امر …» and names no one,
the owner is the subject of the clause «که» hangs on («X خواستار … شد که این خواسته با مخالفت Y مواجه
شد»). The words that say «met» are data: ``data/faced_words.txt``.
"""

from __future__ import annotations

from functools import cache

from khabar.stages import event_args as args
from khabar.stages.event_subject import subject
from khabar.stages.event_tables import squash
from khabar.stages.event_types import Match, Mention, TimeSpan, Tok
from khabar.tables import load_list

OWNER_REACH = 8  # how far before «با» the owner of what met the stance may stand, in tokens


@cache
def faced_words() -> frozenset[str]:
    return frozenset(squash(w) for w in load_list("faced_words.txt"))


def faced_owner(toks: list[Tok], mentions: list[Mention], times: list[TimeSpan], m: Match,
                actors: list[Mention]) -> list[Mention]:
    """The one a stance noun in «… با N Y مواجه شد» is toward, or [] when the sentence is not so."""
    after = actors[-1].last + 1 if actors else m.last + 1
    if not actors or m.first < 2 or toks[m.first - 1].key != "با" or after >= len(toks) or (
            toks[after].key not in faced_words()):
        return []
    lo = max(0, m.first - 1 - OWNER_REACH)
    for k in range(m.first - 2, lo - 1, -1):
        if toks[k].punct:
            return []
        if toks[k].key == "که":
            return subject(toks, mentions, times, k, set())  # «X … که این خواسته با مخالفت Y مواجه شد»
        x = next((x for x in mentions if x.last == k), None)
        if x is not None:
            return args.coordinated(toks, mentions, x) if x.label in args.ACTOR_LABELS else []
    return []

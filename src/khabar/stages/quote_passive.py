"""Impersonal passive cues («گفته می‌شود», «ذکر شده بود»): when one reports what somebody said, and when it
points back to the text itself («همان‌طور که گفته شد») or gives a thing its name («که به آن X گفته می‌شود»).
"""

from __future__ import annotations

from khabar.stages.cues import Cue
from khabar.stages.mentions import Words
from khabar.stages.phrases import phrase_list

# the participle of a passive cue: without «است/بود» («موارد ذکر شده در …») mostly an adjective
PARTICIPLE = "شده"


# how many words (adverbs: «همان‌طور که پیشتر گفته شد») may stand between «… که» and a passive cue
TOLD_BEFORE_REACH = 3


def told_before(w: Words, cue: Cue) -> bool:
    """Whether a past cue stands in a clause that points back to the text itself («همان‌طور که گفته شد …»,
    «چنان‌که پیشتر ذکر شد …», data/told_before.txt), a few plain words back. Not the present: «آن‌طور که
    گفته می‌شود …» is «reportedly», a claim nobody is named for."""
    if any(w.keys[k].startswith("می") for k in range(cue.start, cue.end)):
        return False
    for j in range(cue.start - 1, max(-1, cue.start - 1 - TOLD_BEFORE_REACH - 2), -1):
        if not w.keys[j]:
            return False  # punctuation: another clause
        if (found := phrase_list("told_before.txt").match(w.keys, j)) and j + found[0] <= cue.start:
            return True
    return False


# «که به آن X گفته می‌شود» (which is called X): a passive cue with «به آن/این» before it names a thing, no speech
NAMED_THINGS = frozenset({"آن", "این"})
NAMING_REACH = 6  # tokens between «به آن» and the cue (the name)


def names_thing(w: Words, cue: Cue) -> bool:
    """Whether a passive cue follows «به آن/به این» in its clause: «… که به آن آکنه گفته می‌شود» gives a name."""
    for j in range(cue.start - 2, max(-1, cue.start - 2 - NAMING_REACH), -1):
        if not w.keys[j] or w.keys[j] == "که":
            return False
        if w.keys[j] == "به" and w.keys[j + 1] in NAMED_THINGS:
            return True
    return False


def passive_clause(w: Words, cue: Cue, hi: int) -> bool:
    """Whether an impersonal passive cue («گفته می‌شود», «ذکر شده بود») opens a clause after it: a word, not
    punctuation («همان‌طور که گفته شد، …») nor after «همان‌طور که» with no comma; the bare participle
    («گفته شده») only with «که» after it."""
    if cue.end >= hi or not w.keys[cue.end] or w.keys[cue.end] == "و" or told_before(w, cue) or names_thing(w, cue):
        return False
    return w.keys[cue.end - 1] != PARTICIPLE or w.keys[cue.end] == "که"

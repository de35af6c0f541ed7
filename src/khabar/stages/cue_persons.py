"""The first person and the bare perfect of the cues in data/cue_verbs.tsv (``cues.cue_forms`` makes the forms):
«گفتم», «عنوان کردم», «معتقد بودم» (an interviewee retelling his own words), and «گفته» without «است»."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from khabar.stages.mentions import Words
from khabar.stages.phrases import compact
from khabar.tables import load_table

if TYPE_CHECKING:
    from khabar.stages.cues import Cue

COPULA_FIRST = (" بودم",)  # «معتقد بودم», what an interviewee held (the present «معتقدم» is no retold view)
# The first person singular past endings: «گفتم», «گفته‌ام», «گفته بودم»; not for the kinds whose first person
# tells an act: «بیان کردم که»، «قول دادم» (clause), «از او خواستم» (ask), «آمدم» (came)
FIRST_PERSON_PASTS = ("م", "ه‌ام", "ه بودم")
NOT_FIRST_PERSON = frozenset({"clause", "ask", "colon", "passive", "named"})


@lru_cache(maxsize=1)
def first_person_cues() -> frozenset[str]:
    """First person singular forms of the cues («گفتم», «عنوان کردم», «معتقد بودم»), tokens joined as in
    ``PhraseTable``."""
    out = set()
    for cue, _ in [row for row in load_table("cue_verbs.tsv") if row[1] not in NOT_FIRST_PERSON]:
        *lead, verb = cue.split()
        pre = " ".join(lead) + " " if lead else ""
        ends = COPULA_FIRST if verb == "است" and lead else [verb + f for f in FIRST_PERSON_PASTS]
        out |= {"".join(compact(x) for x in (pre + f).split()) for f in ends}
    return frozenset(out)


def is_first_person(w: Words, cue: Cue) -> bool:
    return "".join(w.keys[cue.start:cue.end]) in first_person_cues()


@lru_cache(maxsize=1)
def bare_perfects() -> frozenset[str]:
    return frozenset(compact(cue + "ه") for cue, kind in load_table("cue_verbs.tsv") if " " not in cue and kind != "deem")


def loose_perfect(w: Words, i: int, n: int) -> bool:
    """Whether the one-token perfect of a one-word cue («گفته», «نوشته») at ``i`` has no «که» or colon after it:
    only with one is it a cue («یک مقام گفته که …»); else mostly a noun («به گفته X», «این نوشته»)."""
    return n == 1 and w.keys[i] in bare_perfects() and not (i + 1 < len(w) and (
        w.keys[i + 1] == "که" or w.texts[i + 1] == ":"))

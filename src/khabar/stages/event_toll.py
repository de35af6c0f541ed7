"""Attacks told by a noun with no party named, kept when their sentence counts the dead or wounded.

«عراق دیروز شاهد دو حمله جداگانه به مساجد بغداد بود که ۱۵ نفر کشته شدند»: nobody is named as the doer or
as the one hit, yet the attack happened (the guide: deaths with no named attacker are ASSAULT with no
actors). Without a toll a bare «حمله» is a topic («درباره خطر حمله …»), and stays dropped. The words are
data: ``data/casualty_words.txt``.
"""

from __future__ import annotations

from functools import cache

from khabar.stages.event_tables import squash
from khabar.stages.event_types import Tok
from khabar.tables import load_list

# The frames a toll keeps without a party: an attack. Not a clash («درگیری‌ها … سه کشته برجای گذاشت»): its
# two sides are told, and a clash left without them is a fragment of one told with them.
TOLL_FRAMES = frozenset({"attack"})


@cache
def casualty_words() -> tuple[tuple[str, ...], ...]:
    """Each entry's words, squashed: consecutive tokens that start with them report a casualty."""
    return tuple(tuple(squash(w) for w in line.split()) for line in load_list("casualty_words.txt"))


def counts_dead(toks: list[Tok]) -> bool:
    """Whether the sentence reports people killed or wounded («… کشته و ۴۶ نفر زخمی شدند»)."""
    for k in range(len(toks)):
        for words in casualty_words():
            if k + len(words) <= len(toks) and all(toks[k + n].key.startswith(w) for n, w in enumerate(words)):
                return True
    return False

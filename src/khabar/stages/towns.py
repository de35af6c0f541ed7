"""Towns the tables lack, named after a local office («امام جمعه [زیراب]», «فرماندار [خاش]»)."""

from __future__ import annotations

from functools import lru_cache

from khabar.stages.phrases import Tables
from khabar.stages.tokens import Words
from khabar.tables import key, load_list

# Kind words that may follow a local office before the place's name («فرماندار [ایالت] لارا»).
TOWN_KINDS = frozenset(key(w) for w in "استان شهر شهرستان روستای روستا بخش ایالت منطقه ناحیه".split())


@lru_cache(maxsize=1)
def town_offices() -> frozenset[str]:
    """Offices whose complement is a town («امام جمعه», «فرماندار»), as keys (``data/town_offices.txt``)."""
    return frozenset(" ".join(key(w) for w in line.split()) for line in load_list("town_offices.txt"))


def unknown_word(t: Tables, w: Words, i: int) -> bool:
    """No table knows the word at ``i``: no common, time, first-name, place, organization or kind word."""
    k = w.keys[i] if i < len(w) else ""
    return bool(k) and not (k in t.common or k in t.time_words.map or k in t.first_names.map or k in t.places.map
                            or k in t.orgs.map or k in TOWN_KINDS)

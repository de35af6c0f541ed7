"""The town after a role head that names a local office («امام جمعه [جم]», «فرماندار [پنجوین]»).

Small towns are missing from the place tables; the head then found no complement, and the title «امام» with
the "name" «جمعه جم» (or the bare head) took its place. ``data/town_roles.txt`` lists the heads whose
complement is a town: one unknown name-like word right after them is that town (``name_words.unknown_word``).
"""

from __future__ import annotations

from functools import lru_cache

from khabar.stages.name_words import unknown_word
from khabar.stages.phrases import Tables, compact
from khabar.stages.tokens import Mention, Words
from khabar.tables import load_list, load_table


@lru_cache(maxsize=1)
def town_roles() -> frozenset[str]:
    return frozenset(compact(w) for w in load_list("town_roles.txt"))


@lru_cache(maxsize=1)
def lexicon_places() -> frozenset[str]:
    """Place names of the outside lexicons (``gazetteer/feature_words.tsv``): towns also read as a first name
    («جم»)."""
    return frozenset(compact(r[0]) for r in load_table("gazetteer/feature_words.tsv") if r[1:2] == ("place",))



def town_after(t: Tables, w: Words, start: int, end: int, nested: list[Mention]) -> Mention | None:
    """The unknown town at ``end`` closing the role [start, end) whose head is a local office, when the
    complement holds no place of its own."""
    if end >= len(w) or any(m.kind == "place" for m in nested) or not (
            unknown_word(t, w, end) or w.keys[end] in lexicon_places() and w.keys[end] not in t.boundaries):
        return None
    head = t.role_heads.match(w.keys, start)
    if not head or compact(" ".join(w.keys[start:end])) not in town_roles() and compact(
            " ".join(w.keys[start:start + head[0]])) not in town_roles():
        return None
    return Mention(end, end + 1, "LOC", "place", key=w.keys[end], name=w.texts[end], nested=True)

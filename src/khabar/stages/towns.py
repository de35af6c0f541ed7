"""The town after a role head that names a local office («امام جمعه [جم]», «امام جمعه موقت [زیراب]»,
«فرماندار [خاش]»).

Small towns are missing from the place tables; the head then found no complement, and the title «امام» with
the "name" «جمعه جم» (or the bare head) took its place. ``data/town_offices.txt`` lists the heads whose
complement is a town: when the complement holds no place, one unknown name-like word right after the head
(or after one modifier of it: «موقت») is that town, a LOC mention of its own that ends the role.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.models.gazetteer_flags import feature_words
from khabar.stages.name_words import unknown_word
from khabar.stages.phrases import Tables, compact, compact_words
from khabar.stages.tokens import Mention, Words

MAX_MODIFIERS = 1  # words between the office's head and its town («امام جمعه [موقت] زیراب»)


def town_offices() -> frozenset[str]:
    return compact_words("town_offices.txt")


@lru_cache(maxsize=1)
def lexicon_places() -> frozenset[str]:
    """Place names of the outside lexicons (``gazetteer/feature_words.tsv``): towns also read as a first name
    («جم»)."""
    return frozenset(compact(w) for w in feature_words()["place"])


def town_after(t: Tables, w: Words, start: int, end: int, nested: list[Mention]) -> Mention | None:
    """The unknown town at ``end`` closing the role [start, end) whose head is a local office, when the
    complement holds no place of its own."""
    if end >= len(w) or any(m.label == "LOC" for m in nested) or not (
            unknown_word(t, w, end) or w.keys[end] in lexicon_places() and w.keys[end] not in t.boundaries):
        return None
    head = t.role_heads.match(w.keys, start)
    if not head or end - start - head[0] > MAX_MODIFIERS:
        return None
    if compact(" ".join(w.keys[start:end])) not in town_offices() and compact(
            " ".join(w.keys[start:start + head[0]])) not in town_offices():
        return None
    return Mention(end, end + 1, "LOC", "place", key=w.keys[end], name=w.texts[end], nested=True)

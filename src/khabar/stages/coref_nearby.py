"""The nearby person an unnamed role is told of.

«رئیس‌جمهوری سوریه … گفت» with no holder named beside it: the person named a few sentences away who
has no role yet is most often the holder («بشار اسد … . رئیس‌جمهوری سوریه افزود …»).
"""

from __future__ import annotations

from bisect import bisect_left

from khabar.stages.clusters import Clusters
from khabar.stages.coref_epithets import known_figure
from khabar.stages.doc_parts import Items
from khabar.stages.salience import Sentences

NEAR_SENTENCES = 5  # sentences between an unnamed role and the person it may go to
MAX_NEARBY = 40  # people looked at around an unnamed role: a cap for texts with no sentence breaks


def nearby_people(g: int, start_of: list[int], sents: Sentences, by_sentence: list[tuple[int, int]],
                  name_keys: list[list[tuple[str, ...]]], cl: Clusters, roled_roots: set[int],
                  items: Items) -> list[int]:
    """The clusters without a role named within ``NEAR_SENTENCES`` of group ``g`` and within its reach in
    ``items`` (``by_sentence``: the named groups as (sentence, group), sorted)."""
    s = sents.index(start_of[g])
    window = by_sentence[bisect_left(by_sentence, (s - NEAR_SENTENCES, -1)):bisect_left(
        by_sentence, (s + NEAR_SENTENCES + 1, -1))]
    # a person named in the role's own sentence is another party of it («رئیس‌جمهور برزیل با
    # ترامپ دیدار کرد»); a name standing beside the role is already in the role's group
    window = [sx for sx in window if sx[0] != s and not known_figure(name_keys[sx[1]])]
    # not a person of another story of a digest, nor one a later section introduces (``doc_parts.Items``)
    window = [sx for sx in window if not items.apart(start_of[g], start_of[sx[1]])]
    window = sorted(window, key=lambda sx: abs(start_of[sx[1]] - start_of[g]))[:MAX_NEARBY]
    return sorted({cl.find(x) for _, x in window} - roled_roots)

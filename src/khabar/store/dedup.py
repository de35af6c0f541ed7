"""Near-duplicate articles (agencies republish each other) with datasketch's MinHash LSH.

An article's signature is the MinHash of its folded word 3-grams. A new article whose
estimated Jaccard similarity to a stored one reaches ``THRESHOLD`` is linked to it as a
near-duplicate instead of being stored (and analyzed) again. Signatures are kept in the
corpus, so a resumed or repeated ingest makes the same decisions as one clean run.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from khabar.store.searchtext import fold

NUM_PERM = 128
THRESHOLD = 0.8  # estimated Jaccard of word 3-grams: a republished copy with a changed lead or tail
SHINGLE = 3
MIN_WORDS = 12  # shorter texts are compared by exact hash only


@lru_cache(maxsize=1)
def _template() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1)


def signature(text: str) -> MinHash | None:
    """MinHash of the folded word 3-grams of ``text``; None when the text is too short."""
    words = fold(text).split()
    if len(words) < MIN_WORDS:
        return None
    t = _template()
    # The template's SHA1-32 hash of each distinct shingle, computed here in one pass (a repeated
    # shingle cannot change a minimum); MinHash then only applies its permutations to the ints.
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    sha1 = hashlib.sha1
    hashes = [int.from_bytes(sha1(s.encode()).digest()[:4], "little") for s in shingles]
    m = MinHash(num_perm=NUM_PERM, permutations=t.permutations, scheme=t.scheme, hashfunc=int)
    m.update_batch(hashes)
    m.hashfunc = t.hashfunc
    return m


def to_bytes(m: MinHash | None) -> bytes | None:
    return None if m is None else m.hashvalues.tobytes()


def from_bytes(data: bytes) -> MinHash:
    t = _template()
    values = np.frombuffer(data, dtype=t.hashvalues.dtype)
    return MinHash(num_perm=NUM_PERM, permutations=t.permutations, scheme=t.scheme, hashvalues=values)


class NearDuplicates:
    """An LSH index over stored articles' signatures."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=THRESHOLD * 0.85, num_perm=NUM_PERM)
        self.signatures: dict[str, MinHash] = {}

    def add(self, article_id: str, m: MinHash | None) -> None:
        if m is None or article_id in self.signatures:
            return
        self.lsh.insert(article_id, m)
        self.signatures[article_id] = m

    def remove(self, article_id: str) -> None:
        if article_id in self.signatures:
            self.lsh.remove(article_id)
            del self.signatures[article_id]

    def find(self, m: MinHash | None) -> tuple[str, float] | None:
        """The most similar stored article at or above the threshold (ties: the smallest id)."""
        if m is None:
            return None
        best: tuple[str, float] | None = None
        for key in sorted(self.lsh.query(m)):
            sim = float(self.signatures[key].jaccard(m))
            if sim >= THRESHOLD and (best is None or sim > best[1]):
                best = (key, sim)
        return best

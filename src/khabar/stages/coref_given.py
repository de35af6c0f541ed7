"""A person called by his given name alone («هری» after «هری ردنپ»), as sports news and quotes do."""

from __future__ import annotations

from typing import Any

from khabar.stages.clusters import Clusters
from khabar.stages.phrases import load_tables

# a given name this short is more often a glued particle or an initial than a name
MIN_GIVEN = 3


def given_name_alone(cl: Clusters, named: list[int], name_keys: list[list[tuple[str, ...]]]) -> None:
    """Join a group named by one word, whose cluster holds no longer name, to the one person whose full
    name starts with that word. Two people who share the given name leave it alone (ambiguous); a word
    that ends someone's name was already read as his surname (``coref.link`` step 2)."""
    starts: dict[str, set[int]] = {}
    for x in named:
        for name in name_keys[x]:
            if len(name) > 1:
                starts.setdefault(name[0], set()).add(cl.find(x))
    for g in named:
        members = cl.members(cl.find(g))
        if any(len(n) > 1 for x in members for n in name_keys[x]):
            continue
        for name in name_keys[g]:
            roots = {cl.find(r) for r in starts.get(name[0], set())} - {cl.find(g)}
            if len(name) == 1 and len(name[0]) >= MIN_GIVEN and len(roots) == 1:
                cl.union(roots.pop(), g)
                break


def adjacent_names(cl: Clusters, entities: list[dict[str, Any]], named: list[int],
                   name_keys: list[list[tuple[str, ...]]], char_to_tok: dict[int, int]) -> None:
    """Join a one-word name to the name written right after it, a space apart: the recognizer read a given
    name and a surname of two or more words («ژان [پیر پاپن]») as two people. A list puts «و» or «،» between
    its names, a space alone does not (but for one-word surnames side by side in a line-up). Only one word,
    which names no one else yet: «موسوی» already read as the surname of a «میرحسین موسوی» is not the one of
    a «موسوی لاری» written after."""
    ends = {e: x for x in named for (s, e), kind in zip(entities[x]["mentions"], entities[x]["mention_kinds"],
                                                           strict=False) if kind == "name"}

    def lone_word(x: int) -> str | None:
        names = {n for m in cl.members(cl.find(x)) for n in name_keys[m]}
        return next(iter(names))[0] if len(names) == 1 and len(next(iter(names))) == 1 else None
    given = load_tables().first_names.map
    starts = {e: s for x in named for (s, e) in entities[x]["mentions"]}
    for g in named:
        for (s, e), kind in zip(entities[g]["mentions"], entities[g]["mention_kinds"], strict=False):
            x = ends.get(s - 1)
            if kind != "name" or x is None or s - 1 in char_to_tok or s not in char_to_tok:
                continue
            word = lone_word(x)
            if word is None or char_to_tok.get(starts[s - 1]) != char_to_tok[s] - 1:
                continue  # one word, not «شهید گمنام»
            if word in given or sum(c in char_to_tok for c in range(s, e)) > 1:
                # a given name, or a surname of two words after it («[روبین] [فان پرسی]»); two one-word
                # surnames side by side are a line-up of two players («بیرانوند رضاییان»)
                cl.union(x, g)
                cl.glued[(starts[s - 1], s - 1)] = (s, e)  # written as one mention, «روبین فان پرسی»

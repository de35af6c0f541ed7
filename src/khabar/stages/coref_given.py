"""A person called by his given name alone («هری» after «هری ردنپ»), as sports news and quotes do."""

from __future__ import annotations

from khabar.stages.clusters import Clusters

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

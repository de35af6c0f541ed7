"""A player or coach told by his post alone in a sports report: «هافبک هجومی … گفت», «مربی X در نشست
خبری گفت» after «NAME، هافبک/مربی …». The role rules key a post with its complement, so «هافبک هجومی» is
no key of «هافبک تیم X» and the unnamed post stayed a person of its own. In a match report one named person
holds each post the article names him by (his club's coach, its scorer): the post word alone finds him, when
exactly one named person holds it and no club inside the two roles tells them apart («مربی استقلال» is not
the named «مربی پرسپولیس»). Posts many players hold at once («بازیکن», «ستاره»: data/shared_posts.txt) find
no one, and neither does an indefinite «یک بازیکن …» (the caller leaves those out)."""

from __future__ import annotations

from typing import Any

from khabar.stages.club_posts import club_posts
from khabar.stages.clusters import Clusters
from khabar.stages.coref_anaphors import sports_report
from khabar.stages.mentions import DESCRIBED
from khabar.stages.phrases import compact_words


def clubs_in(cl: Clusters, entities: list[dict[str, Any]], groups: list[int], orgs: list[int]) -> set[int]:
    """The clusters of the organizations named inside the role mentions of ``groups``."""
    spans = [(s, e) for g in groups for (s, e), kind in zip(entities[g]["mentions"], entities[g]["mention_kinds"],
                                                             strict=False) if kind == "role"]
    return {cl.find(o) for o in orgs for a, b in entities[o]["mentions"]
            if any(s <= a and b <= e and (a, b) != (s, e) for s, e in spans)}




def post_of(key: str) -> str:
    """The first word of a role key, an unnamed speaker's («مربی گل گهر … گفت») as any other."""
    words = key.removeprefix(DESCRIBED).split()
    return words[0] if words else ""


def shared_posts() -> frozenset[str]:
    return compact_words("shared_posts.txt")


def untagged_club(cl: Clusters, entities: list[dict[str, Any]], orgs: list[int], key: str, theirs: set[int]) -> bool:
    """Whether a word after the post in ``key`` names an organization of the article (tagged elsewhere, not
    here) that is none of the holder's clubs ``theirs``."""
    def words(os: list[int]) -> set[str]:
        return {x for o in os for k in entities[o]["mention_keys"] for x in k.split()}
    told = set(key.removeprefix(DESCRIBED).split()[1:]) & words(orgs)
    return bool(told) and not told & words([o for o in orgs if cl.find(o) in theirs])


def link_post_holders(cl: Clusters, entities: list[dict[str, Any]], role_only: list[int], named: list[int],
                      role_keys: list[list[str]], keys: list[str]) -> None:
    """Join each role-only group left alone whose post (data/club_posts.txt) one named person alone holds.
    Sports reports only (``keys``: the document's token keys): elsewhere «مربی» is a trainer of many."""
    if not sports_report(keys):
        return
    posts = club_posts() - shared_posts()
    named_roots = {cl.find(x) for x in named}
    orgs = [o for o, e in enumerate(entities) if e["label"] == "ORG"]
    holders: dict[str, set[int]] = {}
    for x in named:
        for r in role_keys[x]:
            if post_of(r) in posts:
                holders.setdefault(post_of(r), set()).add(cl.find(x))
    for g in role_only:
        if cl.find(g) in named_roots or not role_keys[g]:
            continue
        found = holders.get(post_of(role_keys[g][0]), set())
        if len(found) != 1:
            continue
        holder = next(iter(found))
        own, theirs = clubs_in(cl, entities, [g], orgs), clubs_in(cl, entities, cl.members(holder), orgs)
        if own and theirs and not own & theirs:
            continue  # «مربی استقلال» is not the named «مربی پرسپولیس»
        if not own and untagged_club(cl, entities, orgs, role_keys[g][0], theirs):
            continue  # «مربی تراکتور» with the club untagged there, named elsewhere: not «مربی استقلال»
        cl.union(holder, g)

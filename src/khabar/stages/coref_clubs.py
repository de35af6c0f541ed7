"""A club named short and in full in one sports report: «بایرن» and «بایرن مونیخ».

Sports writers give a club its full name once («استقلال تهران», «رئال مادرید») and its first word
everywhere else. The organization rule in ``coref`` joins only forms of two or more words (a bare
«وزارت» is no one ministry), so a one-word club name stayed apart from its full form. Here a
one-word organization joins the single longer organization that starts with it, in sports reports
only (a politics article's «طالبان» and «طالبان پاکستان» are two bodies), never a kind word
(«باشگاه», «سازمان»: data/org_heads.tsv) or a known place, and never when two clubs start with it
(«رئال مادرید», «رئال سوسیداد») or one sentence names both (a match:
«استقلال به مصاف استقلال خوزستان»). The full form must come first or open the report (up to the first
body paragraph): a full name first met late, after the short one, is a namesake the report sets apart («استقلال»
all along, then «استقلال خوزستان» once in a player's words).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from khabar.stages.clusters import Clusters, canonical_org
from khabar.stages.coref_anaphors import media_core
from khabar.stages.orgs_places import BARE_ORGS
from khabar.stages.phrases import compact, load_tables
from khabar.tables import load_table


def org_forms(entities: list[dict[str, Any]], g: int) -> list[tuple[str, ...]]:
    """The names of an organization group, without kind words («باشگاه استقلال» → «استقلال»)."""
    return [tuple(canonical_org(media_core(k)).split()) for k, kind in zip(
        entities[g]["mention_keys"], entities[g]["mention_kinds"], strict=False) if kind != "anaphor" and k]


def short_club_names(cl: Clusters, entities: list[dict[str, Any]], orgs: list[int], start_of: list[int],
                     opening_end: int, sentences: list[set[int]]) -> None:
    """Join a one-word club name to the one longer organization name that starts with it; ``start_of``: each
    group's first token, ``opening_end``: the token after the first body paragraph, ``sentences``: the
    sentences each group's mentions stand in."""
    tables = load_tables()
    heads, places = tables.org_heads, tables.places.map
    forms = {g: org_forms(entities, g) for g in orgs}
    for g in orgs:
        shorts = {f[0] for f in forms[g] if len(f) == 1}
        for short in shorts:
            if short in BARE_ORGS or heads.match([short], 0) or short in places:
                continue
            longer = {cl.find(x) for x in orgs if x != g and any(len(f) > 1 and f[0] == short for f in forms[x])}
            longer.discard(cl.find(g))
            fulls = {f for r in longer for x in cl.members(r) for f in forms.get(x, []) if len(f) > 1}
            first_full = min((start_of[x] for r in longer for x in cl.members(r)), default=0)
            first_short = min(start_of[x] for x in cl.members(cl.find(g)))
            # «استقلال به مصاف استقلال خوزستان رفت»: one sentence naming both holds two clubs
            both = {s for x in cl.members(cl.find(g)) for s in sentences[x]} & {
                s for r in longer for x in cl.members(r) for s in sentences[x]}
            if len(longer) == 1 and len(fulls) == 1 and not both and (
                    first_full < opening_end or first_full < first_short):
                cl.union(longer.pop(), g)


@cache
def alias_clubs() -> dict[str, frozenset[str]]:
    """data/club_aliases.tsv: each alias (compacted) → the compacted names of the clubs it may stand for."""
    return {compact(r[0]): frozenset(compact(c) for c in r[1].split("|")) for r in load_table("club_aliases.tsv")}


def club_aliases(cl: Clusters, entities: list[dict[str, Any]], orgs: list[int]) -> None:
    """Join a club's nickname or short form («آبی‌پوشان», «بارسا») to the club it names, when exactly one of
    the clubs the alias may stand for is named in the report: «آبی‌پوشان» is «استقلال» in a report on
    Esteghlal and «چلسی» in one on Chelsea; with neither named, or both, it stays apart."""
    table = alias_clubs()
    keys = {g: {"".join(f) for f in org_forms(entities, g)} for g in orgs}
    for g in orgs:
        clubs = frozenset().union(*(table.get(k, frozenset()) for k in keys[g]))
        if not clubs:
            continue  # no alias: most organizations of a report
        named = {cl.find(x) for x in orgs if keys[x] & clubs}
        named.discard(cl.find(g))
        if len(named) == 1:
            cl.union(named.pop(), g)

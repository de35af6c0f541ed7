"""Epithets whose holder is common knowledge («امام راحل» → «امام خمینی»), as data (data/epithet_holders.tsv)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from khabar.stages.clusters import Clusters
from khabar.stages.mentions import DESCRIBED
from khabar.stages.phrases import compact
from khabar.tables import load_table


@lru_cache(maxsize=1)
def holders() -> dict[str, str]:
    """Canonical epithet (compacted) → the holder's surname (compacted)."""
    return {compact(row[0]): compact(row[1]) for row in load_table("epithet_holders.tsv")}


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """The holder's surname (compacted) → his given name (compacted), where the table gives one."""
    return {compact(row[1]): compact(row[2]) for row in load_table("epithet_holders.tsv") if len(row) > 2}


def other_given_name(name: tuple[str, ...]) -> bool:
    """«سید هادی خامنه‌ای»: a name whose words before the holder's surname leave out his given name."""
    given = given_names().get(compact(name[-1]))
    return given is not None and len(name) > 1 and given not in compact("".join(name[:-1]))


def known_figure(names: list[tuple[str, ...]]) -> bool:
    """A person an epithet names («امام خمینی», «آیت‌الله خامنه‌ای»): never the unnamed holder of an office
    («استاندار اردبیل» named after «امام خمینی» in the lead is the governor named later, not the Imam)."""
    surnames = set(holders().values())
    return any(compact(n[-1]) in surnames and not other_given_name(n) for n in names)


def link_holders(cl: Clusters, role_only: list[int], named: list[int], name_keys: list[list[tuple[str, ...]]],
                 role_keys: list[list[str]]) -> None:
    """Join each epithet-only group to the first person named with the holder's surname."""
    table = holders()
    by_surname: dict[str, int] = {}
    for x in named:
        for name in name_keys[x]:
            if not other_given_name(name):
                by_surname.setdefault(compact(name[-1]), x)
    for g in role_only:
        for role in role_keys[g]:
            holder = by_surname.get(table.get(compact(role), ""))
            if holder is not None:
                cl.union(holder, g)
                break


def described_by_surname(cl: Clusters, entities: list[dict[str, Any]], name_keys: list[list[tuple[str, ...]]]) -> None:
    """«سعید کوشکی … گفت. کوشکی فرهنگ ایثار را … دانست»: an unnamed speaker's description that opens with
    the surname of a person named before it is that person (the description ran on over the object)."""
    surnames: dict[str, int] = {}
    for g, e in enumerate(entities):  # groups in text order
        for name in name_keys[g]:
            if len(name) > 1 and len(name[-1]) > 2:
                surnames[name[-1]] = g
        key = e["mention_keys"][0] if e["label"] == "PER" and e["mention_kinds"] == ["role"] else ""
        if key.startswith(DESCRIBED) and (holder := surnames.get(key.split()[1])) is not None:
            cl.union(holder, g)

"""Parties of a noun trigger found past its genitive: the doer in an agent phrase («اشغال X توسط Y»), the
owner of what is acted on («تاراج آثار باستانی X توسط Y»), the sides of a relative clause («دیداری که X با Y
داشت») and the object of an infinitive («با محکوم کردن X»). Split from :mod:`khabar.stages.event_nominal`."""

from __future__ import annotations

from khabar.stages import event_agents as agents
from khabar.stages import event_args as args
from khabar.stages.event_tables import PREPOSITIONS
from khabar.stages.event_types import Match, Mention, Tok

# «با محکوم کردن جنایات رژیم X»: how many nouns of what was done may stand between an infinitive and its object
OBJECT_REACH = 3
# The verbs that close «دیداری که X با Y داشت» (squashed), and how far the clause may run.
RELATIVE_VERBS = frozenset({"داشت", "داشتند", "داشته", "داشتیم", "انجام", "برگزار", "کرد", "کردند"})
RELATIVE_REACH = 16


def agent_after(toks: list[Tok], mentions: list[Mention], k: int) -> list[Mention]:
    """The doer in «توسط X», «از سوی X» starting at token ``k`` (right after a genitive), or []."""
    x = agents.agent_at(toks, mentions, k, len(toks), span=1)
    return args.coordinated(toks, mentions, x) if x is not None else []


# How many plain words may stand between a noun and the owner of what it acts on («تاراج آثار باستانی X»).
OWNED_REACH = 4


def owner_then_agent(toks: list[Tok], mentions: list[Mention], m: Match) -> tuple[list[Mention], list[Mention]]:
    """«تاراج آثار باستانی X توسط Y», «بمباران مواضع X از سوی Y»: a noun of an act on a thing, the thing's
    owner X and then the doer Y in an agent phrase (a headline's passive); ([], []) when not so."""
    k = m.last + 1
    for _ in range(OWNED_REACH):
        if k >= len(toks) or toks[k].punct or toks[k].key in PREPOSITIONS or toks[k].key == "و":
            return [], []
        owner = args.mention_at(mentions, k)
        if owner is not None:
            doer = agent_after(toks, mentions, args.unit_last(mentions, owner) + 1)
            return (doer, [owner]) if doer and owner.label in args.ACTOR_LABELS else ([], [])
        k += 1
    return [], []


def relative_parties(toks: list[Tok], mentions: list[Mention], m: Match) -> tuple[list[Mention], list[Mention]]:
    """«دیداری که X با Y داشت», «گفت‌وگوهایی که X با Y انجام دادند»: the subject of the relative
    clause met the one after «با» (the subject may be left out: «دیداری که با Y داشت»); ([], []) when
    the noun has no such clause."""
    k = m.last + 1
    if k >= len(toks) or toks[k].key != "که":
        return [], []
    actors: list[Mention] = []
    targets: list[Mention] = []
    j = k + 1
    while j < min(len(toks), k + RELATIVE_REACH):
        if toks[j].punct:
            break
        if toks[j].key in RELATIVE_VERBS:
            return actors, targets
        if toks[j].key == "با" and not targets:
            found = args.after_prep(toks, mentions, j, len(toks), args.ACTOR_LABELS)
            targets = args.coordinated(toks, mentions, found) if found is not None else []
            j = found.last + 1 if found is not None else j + 1
            continue
        x = args.mention_at(mentions, j)
        if x is None:
            j += 1
            continue
        if toks[j - 1].key not in PREPOSITIONS and not actors and not targets:
            actors = args.coordinated(toks, mentions, x)
        j = x.last + 1
    return [], []


def object_after(toks: list[Tok], mentions: list[Mention], m: Match) -> list[Mention]:
    """The party an infinitive acts on: the first mention within ``OBJECT_REACH`` plain words after it."""
    for k in range(m.last + 1, min(len(toks), m.last + 2 + OBJECT_REACH)):
        if toks[k].punct or toks[k].key in PREPOSITIONS or toks[k].key == "و":
            break
        found = args.mention_at(mentions, k)
        if found is not None:
            return args.coordinated(toks, mentions, found) if found.label in args.ACTOR_LABELS else []
    return []

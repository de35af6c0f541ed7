"""A document signed: «امضای تفاهم‌نامه همکاری با Y», «انعقاد قرارداد همکاری بین X و Y». The signing noun and
the document right after it are one trigger, read as the signing: the document names no party of its own there,
and «همکاری» in its name is no cooperation of its own (the document rows of ``data/event_triggers.tsv``).
"""

from __future__ import annotations

from collections.abc import Callable

from khabar.stages.event_tables import TriggerRule
from khabar.stages.event_types import Match, Tok


def with_document(toks: list[Tok], m: Match, limit: int, index: dict[str, tuple[TriggerRule, ...]],
                  match_at: Callable[[list[Tok], int, int, TriggerRule], int | None]) -> Match:
    """``m`` stretched over the document right after a signing noun («امضای تفاهم‌نامه همکاری»); ``m`` itself
    otherwise. ``index``: the trigger rules by their first two letters; ``match_at``: where a rule matching at a
    token ends."""
    k = m.last + 1
    if m.rule.frame != "sign" or m.rule.use not in ("both", "any") or k >= limit:
        return m
    ends = [j for rule in index.get(toks[k].key[:2], ()) if rule.frame == "sign" and rule.use == "any"
            and (j := match_at(toks, k, limit, rule)) is not None]
    return Match(m.first, max(ends), m.rule) if ends else m

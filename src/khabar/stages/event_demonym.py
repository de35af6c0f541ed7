"""The state behind its machines of war: «حملات جنگنده‌های انگلیسی علیه داعش», «جنگنده‌های سعودی … را بمباران
کردند», «… توسط هواپیماهای عراقی بمباران شد». Aircraft are no entity (the guide), so such an attack has no doer
among the mentions; the state that the people's adjective names is its doer when the article names that state
(issue 6). Forces («نیروهای آمریکایی») are an organization of their own and are found as one.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from khabar.stages.coref_output import text_spans
from khabar.stages.event_agents import AGENT_MARKERS
from khabar.stages.event_export import country_names
from khabar.stages.event_tables import PREPOSITIONS
from khabar.stages.event_types import Candidate, Tok
from khabar.stages.name_words import DEMONYM_ENDINGS
from khabar.stages.phrases import compact, compact_words
from khabar.tables import load_table

# Plural endings of a machine noun («جنگنده‌های», «بالگردها»; keys are compacted, so no ZWNJ).
PLURALS = ("های", "ها")
# Words that may stand between the attack noun and the machines: «حملات هوایی جنگنده‌های X».
BETWEEN = frozenset({"هوایی", "سنگین", "گسترده", "شدید", "مکرر"})
# Words right before machines that make them the doer of a passive: «توسط/به وسیله/به دست بالگردهای X … شد»
# (the last words of event_agents' agent phrases).
BY = frozenset(words[-1] for words in AGENT_MARKERS) | {"بوسیله"}
# Words that end the clause a subject belongs to: machines before them do not do an act after them.
CLAUSE_ENDS = frozenset({"،", ",", "که", ":", "؛", "."})


@cache
def _canonical() -> dict[str, str]:
    """Compacted country name or alias → compacted country name: event_export's lookup, keyed as text is here."""
    return {compact(k): compact(name) for k, name in country_names().items()}


@cache
def _irregular() -> dict[str, str]:
    """People's adjective → compacted country (``data/demonyms.txt``, the rows with a country)."""
    canon = _canonical()
    return {compact(adj): canon.get(compact(name), compact(name)) for adj, name, *_ in (
        row for row in load_table("demonyms.txt") if len(row) > 1)}


def demonym_country(key: str) -> str | None:
    """«انگلیسی» → «بریتانیا», «سعودی» → «عربستانسعودی» (compacted); None for a word that is no people's adjective."""
    if key in _irregular():
        return _irregular()[key]
    canon = _canonical()
    for end in DEMONYM_ENDINGS:
        if len(key) > len(end) + 2 and key.endswith(end) and key[: -len(end)] in canon:
            return canon[key[: -len(end)]]
    return None


def country_entities(text: str, entities: list[dict[str, Any]]) -> dict[str, str]:
    """Compacted country → the entity a mention of which is that country's bare name (places first)."""
    canon = _canonical()
    out: dict[str, str] = {}
    for ent in sorted(entities, key=lambda e: e.get("label") != "LOC"):
        for s, e in text_spans(ent):
            country = canon.get(compact(text[int(s):int(e)]))
            if country is not None and country not in out:
                out[country] = str(ent["id"])
    return out


def _machines(key: str) -> bool:
    crafts = compact_words("craft_nouns.txt")
    return key in crafts or any(key.endswith(p) and key[: -len(p)] in crafts for p in PLURALS)


def _state_at(toks: list[Tok], j: int, countries: dict[str, str]) -> str | None:
    """The entity of the state whose machines stand at ``j`` («جنگنده‌های سعودی»), else None."""
    if j + 1 >= len(toks) or not _machines(toks[j].key):
        return None
    country = demonym_country(toks[j + 1].key)
    return countries.get(country) if country is not None else None


def _subject_at(toks: list[Tok], k: int, passive: bool) -> bool:
    """Whether machines at ``k`` do the clause's act: after «توسط/به وسیله» always; else the clause's subject,
    not its object («… به بالگردهای X حمله کردند», «بالگردهای X را هدف قرار دادند») nor what a passive befell
    («هواپیمای X هدف حمله قرار گرفت»)."""
    before = toks[k - 1].key if k > 0 else ""
    if before in BY:
        return True
    return not passive and before not in PREPOSITIONS and not (k + 2 < len(toks) and toks[k + 2].key == "را")


def machine_doers(toks: list[Tok], told: list[Candidate], countries: dict[str, str]) -> None:
    """Give an attack with no doer the state whose machines do it: right after its noun («حملات جنگنده‌های
    X-ی»), after «توسط» before its passive, or as the subject earlier in its clause («جنگنده‌های X-ی … را
    بمباران کردند»)."""
    if not countries:
        return
    for c in told:
        if c.type != "ASSAULT" or c.actors:
            continue
        at = next((k for k, t in enumerate(toks) if t.start <= c.start < t.end), None)
        end = next((k for k, t in enumerate(toks) if t.start < c.end <= t.end), at)
        if at is None or end is None:
            continue
        j = end + 1
        while j < len(toks) and toks[j].key in BETWEEN:
            j += 1
        state = _state_at(toks, j, countries)  # a verb's light word is no machine: only a noun has this genitive
        k = at - 1
        # only a verb's subject is looked for back in its clause: before a noun, the machines are another word's
        # («خرید جنگنده‌های X پس از حمله به Y»: bought, not attacking)
        while state is None and c.verbal and k >= 0 and toks[k].text not in CLAUSE_ENDS:
            if _subject_at(toks, k, c.passive):
                state = _state_at(toks, k, countries)
            k -= 1
        if state is not None and state not in c.targets:
            c.actors = [state]

"""What the event stage reads off the article's entities: which bodies and places lie inside an entity's
mentions (kin: «ایران» in «وزیر نفت ایران»), which entities are news media (never event parties), which
short name is a fuller name's person, and which city stands for a country named in the article. Split out
of :mod:`events`.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from khabar.stages.coref_output import text_spans
from khabar.stages.event_export import country_names
from khabar.stages.event_tables import squashed_words
from khabar.stages.event_types import Tok
from khabar.tables import key, load_list, load_table


def kin_entities(entities: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Entity id → the LOC/ORG entities whose mentions lie inside its own («وزیر نفت ایران» → ایران)."""
    spans = sorted((int(s), int(e), str(ent["id"]), str(ent.get("label", ""))) for ent in entities
                   for s, e in text_spans(ent))  # «سفیر کشورمان» holds Iran too
    inner_spans = [x for x in spans if x[3] in ("LOC", "GPE", "ORG")]
    inner_starts = [x[0] for x in inner_spans]
    kin: dict[str, set[str]] = {}
    for s, e, outer, _ in spans:
        # only mentions starting inside this one can lie inside it (bisect, not all pairs)
        for s2, e2, inner, _label in inner_spans[bisect_left(inner_starts, s):bisect_left(inner_starts, e)]:
            if inner != outer and e2 <= e and (e2 - s2) < (e - s):
                kin.setdefault(outer, set()).add(inner)
    return kin


def media_entities(text: str, entities: list[dict[str, Any]], agency: str | None) -> set[str]:
    """Ids of entities that are news media (``data/media_words.txt``; never a person), a news agency named alone
    («شین‌هوا به نقل از …», ``data/agencies.txt``; not a place) or the article's agency."""
    words = [key(w) for w in load_list("media_words.txt")]
    agencies = {key(a) for a in load_list("agencies.txt")}
    anaphors = {key(a) for a in load_list("media_anaphors.txt")}
    found = set()
    for ent in entities:
        texts = [key(text[s:e]) for s, e in ent.get("mentions", [])] + [key(str(ent.get("name") or ""))]
        # «خبرنگار روزنامه X» is a person who acts, not a medium; but a «person» whose name starts with a
        # medium word («تلویزیون شبکه اول») or that is «این پایگاه» is the tagger's slip for a medium
        person = ent.get("label") == "PER" and not any(
            any(t.startswith(w) for w in words) or t in anaphors for t in texts)
        medium = any(t in anaphors for t in texts) and ent.get("label") not in ("LOC", "GPE", "FAC")
        if medium or (not person and any(any(t.startswith(w) or f" {w}" in f" {t}" for w in words) for t in texts)) or (
                agency and key(agency) in texts) or (
                ent.get("label") not in ("LOC", "GPE") and any(t in agencies for t in texts)):
            found.add(str(ent["id"]))
    return found


def same_person(entities: list[dict[str, Any]]) -> dict[str, str]:
    """PER entity id → the id of a fuller name with the same surname («ظریف» → «محمدجواد ظریف»), for
    when coreference left them apart; a surname shared by two full names is left alone."""
    people = [(str(e["id"]), key(str(e.get("name") or "")).split()) for e in entities if e.get("label") == "PER"]
    full: dict[str, list[str]] = {}
    for ent_id, words in people:
        if len(words) >= 2:
            full.setdefault(words[-1], []).append(ent_id)
    out = {}
    for ent_id, words in people:
        owners = full.get(words[-1], []) if len(words) == 1 else []
        if len(owners) == 1:
            out[ent_id] = owners[0]
    return out


def city_countries(text: str, entities: list[dict[str, Any]]) -> dict[str, str]:
    """City entity id → the entity of its country, when both are in the article (``data/capitals.tsv``)."""
    countries = country_names()
    capitals = {key(row[0]): countries.get(key(row[1]), row[1]) for row in load_table("capitals.tsv")}
    country_entity: dict[str, str] = {}
    city_country: dict[str, str] = {}
    for ent in entities:
        if ent.get("label") not in ("LOC", "GPE"):
            continue
        for s, e in ent.get("mentions", []):
            k = key(text[s:e])
            if k in countries:
                country_entity.setdefault(countries[k], str(ent["id"]))
            elif k in capitals:
                city_country.setdefault(str(ent["id"]), capitals[k])
    return {city: country_entity[c] for city, c in city_country.items() if c in country_entity}


def names_police_post(toks: list[Tok], k: int) -> bool:
    """Whether the words ending at ``k`` name a police post before a place («پاسگاه X», «ایستگاه بازرسی X»,
    ``data/post_words.txt``): the place is then the post's name. Only a checkpoint or police word may stand
    between («ایستگاه فضایی روسیه» is no post)."""
    posts = squashed_words("post_words.txt")
    return k >= 0 and (toks[k].key in posts or (
        k >= 1 and toks[k].key in POST_MIDDLES and toks[k - 1].key in posts))


# Words between a post word and its place name («ایستگاه بازرسی X», «پاسگاه انتظامی X»), squashed.
POST_MIDDLES = frozenset({"بازرسی", "انتظامی", "مرزی", "پلیس"})

"""Run the event stage on our own text with entities given by hand (a stand-in for the entity stage)."""

from __future__ import annotations

import re
from typing import Any

from khabar.article import make_doc
from khabar.io.readers import RawArticle
from khabar.pipeline import AFTER_TRAINED
from khabar.stages.events import EventFinder, sentence_spans

# Stages that the hand-made entities replace, and the event stage itself (run by hand).
REPLACED = list(AFTER_TRAINED)


def hand_entities(text: str, mentions: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """Every occurrence of each surface string becomes a mention of its entity; longer ones first."""
    taken: list[tuple[int, int]] = []
    by_id: dict[str, dict[str, Any]] = {}
    for surface, ent_id, label in sorted(mentions, key=lambda m: -len(m[0])):
        ent = by_id.setdefault(ent_id, {"id": ent_id, "label": label, "name": surface, "titles": [],
                                        "roles": [], "mentions": []})
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            word_edges = (start == 0 or not text[start - 1].isalpha()) and (
                end == len(text) or not text[end].isalpha())
            if word_edges and not any(s < end and start < e for s, e in taken):
                ent["mentions"].append([start, end])
                taken.append((start, end))
            start = text.find(surface, start + 1)
    for ent in by_id.values():
        ent["mentions"].sort()
    return [e for e in by_id.values() if e["mentions"]]


def run_events(nlp: Any, text: str, mentions: list[tuple[str, str, str]], date: str | None = None) -> Any:
    """The Doc after the event stage; ``nlp`` is a pipeline without the REPLACED stages."""
    doc = nlp(make_doc(nlp, RawArticle(text, "<test>"), date=date))
    doc._.entities = hand_entities(doc.text, mentions)
    return EventFinder(nlp, "khabar_events")(doc)


# The article date of the hand-written event tests, unless a test needs another.
TEST_DATE = "2019-05-12"


def events_brief(nlp: Any, text: str, mentions: list[tuple[str, str, str]], date: str | None = TEST_DATE) -> Any:
    """``brief`` of ``run_events``: the events found in ``text`` with its entities given by hand."""
    return brief(run_events(nlp, text, mentions, date=date))


def brief(doc: Any) -> list[tuple[Any, ...]]:
    """(type, mode, actors, targets, place, time text, time value, modality) per event."""
    return [
        (e["type"], e["mode"], e["actors"], e["targets"], e["place"],
         e["time"]["text"] if e["time"] else None, e["time"]["value"] if e["time"] else None, e["modality"])
        for e in doc._.events
    ]


def sentence_texts(doc: Any) -> list[str]:
    return [s.text.strip() for s in sentence_spans(doc)]


# --- Checking against a gold file in the seed's shape (seed.gold.json, tests/fixtures/*.events.gold.json)


def bare(text: str) -> str:
    """Compare form: no ZWNJ, no spaces."""
    return text.replace("\u200c", "").replace(" ", "")


def _pattern(surface: str) -> str:
    return "\u200c?".join(re.escape(c) for c in surface.replace("\u200c", ""))


def gold_entities(text: str, gold: dict[str, Any]) -> list[dict[str, Any]]:
    """The gold entities as ``doc._.entities``: every occurrence of each listed mention (and «وی»)."""
    out = []
    taken: set[tuple[int, int]] = set()
    for ent in gold["entities"]:
        spans = set()
        for surface in ent["mentions"] + ent.get("optional_mentions", []):
            spans.update((m.start(), m.end()) for m in re.finditer(_pattern(surface), text))
        if "وی" in ent["mentions"]:
            spans.update((m.start(), m.end()) for m in re.finditer(r"(?<!\w)وی(?!\w)", text))
        spans -= taken
        taken |= spans
        out.append({"id": ent["id"], "label": ent["label"], "name": ent["name"], "titles": [], "roles": [],
                    "mentions": sorted(spans)})
    return out


def to_gold_ids(entities: list[dict[str, Any]], text: str, gold: dict[str, Any]) -> dict[str, str]:
    """Predicted entity id → the gold entity whose listed mentions its mentions match best."""
    listed = {g["id"]: {bare(s) for s in g["mentions"] + g.get("optional_mentions", [])} for g in gold["entities"]}
    mapping = {}
    for ent in entities:
        texts = [bare(text[s:e]) for s, e in ent["mentions"]]
        # An exact match counts more than containment («سوریه» is in «ارتش سوریه» too).
        scores = {gid: sum(3 if t == s else 1 for t in texts for s in strings
                           if t == s or (t in s and s.endswith(t)) or s in t)
                  for gid, strings in listed.items()}
        best = max(scores, key=lambda gid: scores[gid])
        if scores[best] > 0:
            mapping[ent["id"]] = best
    return mapping


def event_matches(pred: dict[str, Any], want: dict[str, Any], ids: dict[str, str]) -> bool:
    """Type, mode, actors, targets, place, time text (and value, modality when the gold gives them)."""
    if pred["type"] != want["type"] or pred["mode"] not in want.get("mode_any", [want["mode"]]):
        return False
    actors = {ids.get(a) for a in pred["actors"]}
    targets = {ids.get(t) for t in pred["targets"]}
    want_actors, want_targets = set(want["actors"]), set(want["targets_any"])
    # For a meeting or a call either participant may be the actor.
    straight = actors & want_actors and (not want_targets or targets & want_targets)
    crossed = pred["mode"] in ("meeting", "phone") and actors & want_targets and targets & want_actors
    if not (straight or crossed):
        return False
    if ids.get(pred["place"]) not in want["place_any"] and pred["place"] not in want["place_any"]:
        return False
    if want.get("time"):
        got = bare(pred["time"]["text"]) if pred["time"] else ""
        if not got or not (bare(want["time"]) in got or got in bare(want["time"])):
            return False
        if "value" in want and pred["time"]["value"] != want["value"]:
            return False
    return want.get("modality", "asserted") == pred["modality"]


def check_events(events: list[dict[str, Any]], ids: dict[str, str], gold: dict[str, Any]) -> list[str]:
    """Problems: a required gold event not found, or more events of the gold's types than it lists."""
    problems = []
    required = [g for g in gold["events"] if not g.get("optional")]
    for want in required:
        if not any(event_matches(p, want, ids) for p in events):
            problems.append(f"missing {want['type']}/{want['mode']} «{want['trigger']}» → {want['targets_any']}")
    # One happening, one event: no more CONSULT events than the gold lists.
    consult = [p for p in events if p["type"] == "CONSULT"]
    if len(consult) > len([g for g in gold["events"] if g["type"] == "CONSULT"]):
        problems.append(f"{len(consult)} CONSULT events: {[(p['mode'], p['trigger'], p['sentence']) for p in consult]}")
    return problems


def consults(doc: Any) -> list[tuple[str, list[str], list[str]]]:
    """The CONSULT events of ``doc`` as (mode, actor names, target names)."""
    names = {e["id"]: e["name"] for e in doc._.entities}
    return [(e["mode"], [names[a] for a in e["actors"]], [names[t] for t in e["targets"]])
            for e in doc._.events if e["type"] == "CONSULT"]

"""Check an analyzed article against a hand annotation in the seed gold shape.

The gold file lists entities with ``mentions`` as strings, and quotes with speaker ids, kind,
cue and text (see ``../shared/seed/seed.gold.json``). Strings are compared ignoring ZWNJ,
spacing and Arabic/Persian letter variants. A gold mention counts as found when a predicted
mention of the entity contains it, or is contained in it and ends on the same word.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from khabar.tables import key


def z(text: str) -> str:
    """Compare form: no ZWNJ, no spaces, Persian letters."""
    return key(text).replace(" ", "")


def mention_found(gold: str, predicted: list[str]) -> bool:
    g = z(gold)
    last = z(key(gold).split()[-1]) if gold.split() else g
    return any(g in p or (p in g and g.endswith(p) and p.endswith(last)) for p in map(z, predicted))


def map_entities(article: dict[str, Any], gold: dict[str, Any]) -> dict[str, dict[str, Any] | None]:
    """Gold entity id -> the predicted entity holding most of its mentions."""
    out: dict[str, dict[str, Any] | None] = {}
    for g in gold["entities"]:
        best, score = None, 0
        for e in article["entities"]:
            texts = [m["text"] for m in e["mentions"]]
            n = sum(mention_found(m, texts) for m in g["mentions"]) + (z(e["name"]) == z(g["name"]))
            if n > score:
                best, score = e, n
        out[g["id"]] = best
    return out


def entity_problems(article: dict[str, Any], gold: dict[str, Any]) -> list[str]:
    problems = []
    mapping = map_entities(article, gold)
    for g in gold["entities"]:
        e = mapping[g["id"]]
        if e is None:
            problems.append(f"{g['id']}: not found")
            continue
        texts = [m["text"] for m in e["mentions"]]
        for m in g["mentions"]:
            if not mention_found(m, texts):
                problems.append(f"{g['id']}: mention «{m}» not in {e['id']} «{e['name']}»")
        if e["label"] != g["label"]:
            problems.append(f"{g['id']}: label {e['label']} != {g['label']}")
        if z(e["name"]) != z(g["name"]):
            problems.append(f"{g['id']}: name «{e['name']}» != «{g['name']}»")
        for field in ("titles", "roles"):
            have = {z(x) for x in e.get(field, [])}
            for x in g.get(field, []):
                if z(x) not in have:
                    problems.append(f"{g['id']}: {field[:-1]} «{x}» missing from {sorted(e.get(field, []))}")
    return problems


def text_match(gold: str, predicted: str) -> bool:
    """At least 0.8 of the gold text is covered, and the prediction is not mostly other text."""
    g, p = z(gold), z(predicted)
    if not g or not p:
        return False
    same = sum(b.size for b in SequenceMatcher(None, g, p, autojunk=False).get_matching_blocks())
    return same / len(g) >= 0.8 and same / len(p) >= 0.5


def quote_problems(article: dict[str, Any], gold: dict[str, Any], *, optional: bool = True) -> list[str]:
    problems = []
    mapping = map_entities(article, gold)
    left = list(article["quotes"])
    for q in gold["quotes"]:
        if q.get("optional") and not optional:
            continue
        want = mapping.get(q["speaker"]) if q.get("speaker") else None
        hit = next((p for p in left if text_match(q["text"], p["text"])), None)
        if hit is None:
            problems.append(f"quote not found: «{q['text'][:40]}…»")
            continue
        left.remove(hit)
        if hit["kind"] != q["kind"]:
            problems.append(f"quote «{q['text'][:30]}…»: kind {hit['kind']} != {q['kind']}")
        if z(hit["cue"]) != z(q["cue"]):
            problems.append(f"quote «{q['text'][:30]}…»: cue «{hit['cue']}» != «{q['cue']}»")
        if (want["id"] if want else None) != hit["speaker"]:
            problems.append(f"quote «{q['text'][:30]}…»: speaker {hit['speaker']} != {q['speaker']}")
    agency = article["structure"].get("agency")
    for p in article["quotes"]:
        if agency and p["speaker_text"] and z(p["speaker_text"]) == z(agency):
            problems.append(f"the agency «{agency}» is a speaker")
    return problems

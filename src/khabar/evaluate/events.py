"""Score events against the annotated dev set (docs/annotation.md).

Each annotated article is analyzed from its raw joined text; predicted offsets (into the
normalized text) are mapped back to raw offsets. A predicted entity stands for a gold entity
when one of its mentions overlaps one of the gold entity's mentions. Events match one-to-one
on type + actors + targets (every actor and target on each side accounted for; for a meeting
or call either participant may be the actor); matched pairs are then scored on place, time
value and modality. A "partial" score (type and one shared participant) is reported beside it, and a
stricter "one_entity" score, where each predicted entity stands only for the gold entity it aligns with.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language

from khabar.article import make_doc
from khabar.evaluate.devset import raw_text, text_sha1
from khabar.evaluate.matching import align_entities, one_to_one
from khabar.io.readers import RawArticle
from khabar.pipeline import AFTER_TRAINED
from khabar.text import normalize_with_offsets

SYMMETRIC_MODES = frozenset({"meeting", "phone"})
Span = tuple[int, int]


def raw_article(text: str, date: str | None, origin: str) -> RawArticle:
    """The raw joined text (title, abstract, paragraphs) as an article, offsets untouched."""
    lines = text.split("\n")
    roles = []
    for n, line in enumerate(lines):
        if line.strip():
            roles.append("title" if n == 0 else "lead" if n == 1 else "paragraph")
    return RawArticle(text, origin, line_roles=roles, date=date)


# Stages replaced by the gold entities in the "gold entities" mode (events then run by hand).
ENTITY_STAGES = list(AFTER_TRAINED)


def predict(
    nlp: Language, text: str, date: str | None, origin: str, gold_entities: list[dict[str, Any]] | None = None
) -> tuple[dict[str, list[Span]], list[dict[str, Any]]]:
    """Predicted entity mentions (raw offsets) by entity id, and the predicted events.

    With ``gold_entities`` (raw offsets), those stand in for the entity stage: this scores the
    event rules alone.
    """
    doc = nlp(make_doc(nlp, raw_article(text, date, origin)))
    normalized, offsets = normalize_with_offsets(text)
    if normalized != doc.text:
        raise ValueError(f"{origin}: the pipeline's text differs from normalize_with_offsets()")
    if gold_entities is not None:
        from khabar.stages.events import EventFinder

        to_norm = [bisect_left(offsets, r) for r in range(len(text) + 1)]
        doc._.entities = [
            {"id": e["id"], "label": e["label"], "name": "", "titles": [], "roles": [],
             "mentions": [[to_norm[s], to_norm[e_]] for s, e_ in e["mentions"]]}
            for e in gold_entities
        ]
        EventFinder(nlp, "khabar_events")(doc)

    def raw(s: int, e: int) -> Span:
        return (offsets[s], offsets[e - 1] + 1) if e > s else (offsets[s], offsets[s])

    mentions = {str(ent["id"]): [raw(s, e) for s, e in ent.get("mentions", [])] for ent in doc._.entities or []}
    # Each event's trigger in raw offsets too ("span"), so the scorer can pair it with the gold trigger nearest it.
    events = [{**ev, "span": raw(ev["start"], ev["end"])} if "start" in ev else ev for ev in doc._.events or []]
    return mentions, events


def _overlaps(a: list[Span], b: list[Span]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _covers(pred: list[str], gold: list[str], same: dict[str, set[str]]) -> bool:
    """Every gold id has a predicted one that stands for it, and every predicted id stands for a gold one."""
    return all(any(g in same.get(p, set()) for p in pred) for g in gold) and all(
        any(g in same.get(p, set()) for g in gold) for p in pred)


def pair_matches(pred: dict[str, Any], gold: dict[str, Any], same: dict[str, set[str]]) -> bool:
    if pred["type"] != gold["type"]:
        return False
    if _covers(pred["actors"], gold["actors"], same) and _covers(pred["targets"], gold["targets"], same):
        return True
    if gold.get("mode") in SYMMETRIC_MODES or pred.get("mode") in SYMMETRIC_MODES:
        return _covers(pred["actors"] + pred["targets"], gold["actors"] + gold["targets"], same)
    return False


def pair_partial(pred: dict[str, Any], gold: dict[str, Any], same: dict[str, set[str]]) -> bool:
    if pred["type"] != gold["type"]:
        return False
    pred_ids = pred["actors"] + pred["targets"]
    gold_ids = gold["actors"] + gold["targets"]
    return any(g in same.get(p, set()) for p in pred_ids for g in gold_ids)


def _trigger_distance(pred: dict[str, Any], gold: dict[str, Any]) -> float:
    """How far apart the predicted and gold triggers start (raw offsets); unknown is farthest."""
    if pred.get("span") is None or not gold.get("trigger"):
        return float("inf")
    return abs(pred["span"][0] - gold["trigger"][0])


def score_article(record: dict[str, Any], mentions: dict[str, list[Span]], events: list[dict[str, Any]]) -> dict[str, Any]:
    gold_mentions = {e["id"]: [tuple(m) for m in e["mentions"]] for e in record.get("entities", [])}
    same = {pid: {gid for gid, gm in gold_mentions.items() if _overlaps(pm, gm)} for pid, pm in mentions.items()}
    gold_events = record.get("events", [])
    stats: Counter[str] = Counter(gold=len(gold_events), predicted=len(events))
    per_type: Counter[str] = Counter()
    for e in gold_events:
        per_type[f"{e['type']}:gold"] += 1
    for e in events:
        per_type[f"{e['type']}:predicted"] += 1
    strict = one_to_one(len(events), len(gold_events), lambda p, g: pair_matches(events[p], gold_events[g], same),
                        rank=lambda p, g: _trigger_distance(events[p], gold_events[g]))
    partial = one_to_one(len(events), len(gold_events), lambda p, g: pair_partial(events[p], gold_events[g], same))
    # Stricter, beside it: each predicted entity stands for the one gold entity it aligns with (the quotes
    # scorer's alignment), so «وزیر خارجه برزیل» is the minister and no longer also the nested «برزیل».
    one = align_entities([{"id": pid, "mentions": pm} for pid, pm in mentions.items()], record.get("entities", []))
    only = {pid: {one[pid]} if pid in one else set() for pid in mentions}
    stats["matched_one_entity"] = len(
        one_to_one(len(events), len(gold_events), lambda p, g: pair_matches(events[p], gold_events[g], only)))
    stats["matched"] = len(strict)
    stats["partial"] = len(partial)
    for p, g in strict:
        pred, gold = events[p], gold_events[g]
        per_type[f"{gold['type']}:matched"] += 1
        gold_place = gold.get("place")
        pred_place = pred.get("place")
        stats["place_correct"] += int(
            (gold_place is None and pred_place is None)
            or (gold_place is not None and pred_place is not None and gold_place in same.get(pred_place, set())))
        gold_value = (gold.get("time") or {}).get("value")
        pred_value = (pred.get("time") or {}).get("value")
        stats["time_correct"] += int(gold_value == pred_value)
        if gold_value is not None:
            stats["time_valued"] += 1
            stats["time_value_correct"] += int(gold_value == pred_value)
        stats["modality_correct"] += int(gold.get("modality") == pred.get("modality"))
    return {"stats": stats, "per_type": per_type}


def score_times(record: dict[str, Any], text: str) -> tuple[int, int, list[str]]:
    """The time normalizer alone: each gold time span, read by :mod:`khabar.stages.timex` and
    resolved against the record's date, against the gold value. (total, correct, misses)."""
    from datetime import date

    from khabar.stages.timex import find_times

    normalized, offsets = normalize_with_offsets(text)
    to_norm = [bisect_left(offsets, r) for r in range(len(text) + 1)]
    anchor = date.fromisoformat(record["date"]) if record.get("date") else None
    total = correct = 0
    misses = []
    for event in record.get("events", []):
        t = event.get("time")
        if not t:
            continue
        s, e = to_norm[t["span"][0]], to_norm[t["span"][1]]
        found = [x for x in find_times(normalized, max(0, s - 12), min(len(normalized), e + 12))
                 if x.start < e and s < x.end]
        # A weekday alone or with its date («روز دوشنبه ۲۰ اردیبهشت»): the most specific reading wins.
        found.sort(key=lambda x: (x.kind != "date", x.kind == "period"))
        # The gold time alone, without the verb's tense: a past verb's «۱۰ مهر» may resolve otherwise in
        # the pipeline (events.told_in_past), whose own values are scored on matched events.
        value = found[0].resolve(anchor, future=event.get("modality") == "planned") if found else None
        total += 1
        correct += int(value == t.get("value"))
        if value != t.get("value"):
            misses.append(f"{normalized[s:e]!r}: {value} != {t.get('value')}")
    return total, correct, misses


def _prf(matched: int, predicted: int, gold: int) -> dict[str, float]:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate_events(
    nlp: Language, records: Iterable[dict[str, Any]], shared_dir: Path, *, gold_entities: bool = False
) -> dict[str, Any]:
    """Scores over ``records`` (already filtered by split); JSON-ready.

    ``gold_entities``: use the annotated entities instead of the entity stage (``nlp`` should then
    exclude ``ENTITY_STAGES``)."""
    total: Counter[str] = Counter()
    per_type: Counter[str] = Counter()
    drift: list[str] = []
    articles = 0
    for record in records:
        name = f"{record['file']}#{record['index']}"
        text = raw_text(shared_dir, record["file"], record["index"])
        if record.get("sha1") != text_sha1(text):
            drift.append(name)
            continue
        n_times, n_right, _ = score_times(record, text)
        total["timex"] += n_times
        total["timex_correct"] += n_right
        given = record.get("entities", []) if gold_entities else None
        mentions, events = predict(nlp, text, record.get("date"), name, given)
        result = score_article(record, mentions, events)
        total.update(result["stats"])
        per_type.update(result["per_type"])
        articles += 1
    matched = total["matched"]
    types = sorted({k.split(":")[0] for k in per_type})
    return {
        "articles": articles,
        "gold": total["gold"],
        "predicted": total["predicted"],
        "matched": matched,
        **_prf(matched, total["predicted"], total["gold"]),
        "partial": {"matched": total["partial"], **_prf(total["partial"], total["predicted"], total["gold"])},
        "one_entity": {"matched": total["matched_one_entity"],
                       **_prf(total["matched_one_entity"], total["predicted"], total["gold"])},
        "place_accuracy": round(total["place_correct"] / matched, 4) if matched else None,
        "time_accuracy": round(total["time_correct"] / matched, 4) if matched else None,
        "time_value_accuracy": (round(total["time_value_correct"] / total["time_valued"], 4)
                                if total["time_valued"] else None),
        "time_valued": total["time_valued"],
        "modality_accuracy": round(total["modality_correct"] / matched, 4) if matched else None,
        # Every gold time expression normalized on its own (its span read and resolved), matched or not.
        "timex": {"gold": total["timex"],
                  "value_accuracy": round(total["timex_correct"] / total["timex"], 4) if total["timex"] else None},
        "per_type": {
            t: {"gold": per_type[f"{t}:gold"], "predicted": per_type[f"{t}:predicted"],
                "matched": per_type[f"{t}:matched"],
                **_prf(per_type[f"{t}:matched"], per_type[f"{t}:predicted"], per_type[f"{t}:gold"])}
            for t in types
        },
        "drift": drift,
    }

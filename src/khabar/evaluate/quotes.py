"""Score quotes and coreference against the annotated dev set (docs/annotation.md).

- quotes: precision, recall, F1 with a one-to-one matching; a predicted quote matches a gold
  quote when it covers at least 0.8 of the gold text span and has the right speaker;
- speaker accuracy: among predicted quotes whose text matches a gold quote (speaker ignored),
  the share with the right speaker (null = null counts as right);
- coreference: MUC and B³ F1 over entity mentions. A predicted mention stands for a gold one
  when they overlap and end at the same character or one contains the other. Mentions found on
  one side only count as singletons on the other. Only labels the gold set annotates are scored.

Predicted offsets are into the normalized text; they are mapped back to the raw text with
``normalize_with_offsets`` before matching.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language

from khabar.article import make_doc
from khabar.evaluate.devset import raw_text, text_sha1
from khabar.evaluate.events import raw_article
from khabar.evaluate.matching import align_entities, one_to_one, same_mention
from khabar.text import normalize_with_offsets

Span = tuple[int, int]


def covers(pred: Span, gold: Span, share: float = 0.8) -> bool:
    inter = min(pred[1], gold[1]) - max(pred[0], gold[0])
    return gold[1] > gold[0] and inter >= share * (gold[1] - gold[0])


def predict(nlp: Language, text: str, date: str | None, origin: str) -> dict[str, Any]:
    """Predicted entities and quotes with raw offsets."""
    doc = nlp(make_doc(nlp, raw_article(text, date, origin)))
    normalized, offsets = normalize_with_offsets(text)
    if normalized != doc.text:
        raise ValueError(f"{origin}: the pipeline's text differs from normalize_with_offsets()")

    def raw(s: int, e: int) -> Span:
        return (offsets[s], offsets[e - 1] + 1) if e > s else (offsets[s], offsets[s])

    entities = [{"id": e["id"], "label": e["label"], "mentions": [raw(s, t) for s, t in e["mentions"]]}
                for e in doc._.entities or []]
    quotes = [{"speaker": q["speaker"], "kind": q["kind"], "text": raw(q["start"], q["end"])}
              for q in doc._.quotes or []]
    return {"entities": entities, "quotes": quotes}


def clusters(pred: list[dict[str, Any]], gold: list[dict[str, Any]], labels: set[str]
             ) -> tuple[list[set[int]], list[set[int]]]:
    """Gold and predicted clusters over shared mention ids (aligned mentions share an id)."""
    gold_mentions = [(tuple(m), n) for n, g in enumerate(gold) for m in g["mentions"]]
    pred_mentions = [(m, n) for n, p in enumerate(pred) if p["label"] in labels for m in p["mentions"]]
    # identical spans pair first; the looser rule then pairs what is left (a nested gold
    # mention that ends at the same character must not take an identical span's partner)
    gold_at = {m: i for i, (m, _) in enumerate(gold_mentions)}
    ids_pred = {p: gold_at.pop(m) for p, (m, _) in enumerate(pred_mentions) if m in gold_at}
    left_p = [p for p in range(len(pred_mentions)) if p not in ids_pred]
    left_g = sorted(set(range(len(gold_mentions))) - set(ids_pred.values()))
    pairs = one_to_one(len(left_p), len(left_g),
                       lambda p, g: same_mention(pred_mentions[left_p[p]][0], gold_mentions[left_g[g]][0]))
    ids_pred.update({left_p[p]: left_g[g] for p, g in pairs})
    next_id = len(gold_mentions)
    gold_cl: dict[int, set[int]] = {}
    for i, (_, n) in enumerate(gold_mentions):
        gold_cl.setdefault(n, set()).add(i)
    pred_cl: dict[int, set[int]] = {}
    for i, (_, n) in enumerate(pred_mentions):
        if i not in ids_pred:
            ids_pred[i] = next_id
            next_id += 1
        pred_cl.setdefault(n, set()).add(ids_pred[i])
    return list(gold_cl.values()), list(pred_cl.values())


def muc(key: list[set[int]], response: list[set[int]]) -> tuple[float, float]:
    """(numerator, denominator) of MUC recall of ``response`` against ``key``."""
    where = {m: n for n, c in enumerate(response) for m in c}
    num = den = 0
    for c in key:
        parts = {where.get(m, ("single", m)) for m in c}
        num += len(c) - len(parts)
        den += len(c) - 1
    return num, den


def b_cubed(key: list[set[int]], response: list[set[int]]) -> tuple[float, int]:
    """(sum, count) of B³ recall of ``response`` against ``key``; missing mentions are singletons."""
    where = {m: c for c in response for m in c}
    total = 0.0
    count = 0
    for c in key:
        for m in c:
            total += len(c & where.get(m, {m})) / len(c)
            count += 1
    return total, count


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_quotes(pred: dict[str, Any], record: dict[str, Any]) -> dict[str, int]:
    """Quote counts of one article: predicted, gold, matched; found (text only), right speaker, right kind."""
    gold_q = record.get("quotes", [])
    pred_q = pred["quotes"]
    align = align_entities(pred["entities"], record.get("entities", []))

    def speaker_ok(p: int, g: int) -> bool:
        speaker = pred_q[p]["speaker"]
        return (align.get(speaker) if speaker else None) == gold_q[g].get("speaker")

    def text_ok(p: int, g: int) -> bool:
        return covers(pred_q[p]["text"], tuple(gold_q[g]["text"]))

    def apart(p: int, g: int) -> float:
        # how far the two spans' ends lie: where a long prediction covers a short gold quote and the
        # gold quote nested in it, each gold quote pairs with the prediction that fits it best
        (ps, pe), (gs, ge) = pred_q[p]["text"], gold_q[g]["text"]
        return abs(ps - gs) + abs(pe - ge)

    matched = one_to_one(len(pred_q), len(gold_q), lambda p, g: text_ok(p, g) and speaker_ok(p, g), rank=apart)
    found = one_to_one(len(pred_q), len(gold_q), text_ok, rank=apart)
    return {
        "predicted": len(pred_q), "gold": len(gold_q), "matched": len(matched), "found": len(found),
        "right": sum(speaker_ok(p, g) for p, g in found),
        "kind": sum(pred_q[p]["kind"] == gold_q[g]["kind"] for p, g in found),
    }


def evaluate_quotes(nlp: Language, records: list[dict[str, Any]], shared: Path) -> dict[str, Any]:
    labels = {e["label"] for r in records for e in r.get("entities", [])}
    counts = {"predicted": 0, "gold": 0, "matched": 0, "found": 0, "right": 0, "kind": 0}
    muc_r = [0.0, 0.0]
    muc_p = [0.0, 0.0]
    b3_r = [0.0, 0.0]
    b3_p = [0.0, 0.0]
    for rec in records:
        text = raw_text(shared, rec["file"], rec["index"])
        if text_sha1(text) != rec.get("sha1"):
            raise ValueError(f"{rec['file']}#{rec['index']}: sha1 differs from the shared text")
        pred = predict(nlp, text, rec.get("date"), f"{rec['file']}#{rec['index']}")
        for name, n in score_quotes(pred, rec).items():
            counts[name] += n
        key, response = clusters(pred["entities"], rec.get("entities", []), labels)
        for acc, (a, b) in ((muc_r, muc(key, response)), (muc_p, muc(response, key)),
                            (b3_r, b_cubed(key, response)), (b3_p, b_cubed(response, key))):
            acc[0] += a
            acc[1] += b
    precision = counts["matched"] / counts["predicted"] if counts["predicted"] else 0.0
    recall = counts["matched"] / counts["gold"] if counts["gold"] else 0.0
    found = counts["found"]

    def ratio(a: list[float]) -> float:
        return a[0] / a[1] if a[1] else 0.0

    mp, mr, bp, br = ratio(muc_p), ratio(muc_r), ratio(b3_p), ratio(b3_r)
    return {
        "articles": len(records),
        "quotes": {"gold": counts["gold"], "predicted": counts["predicted"], "matched": counts["matched"],
                   "precision": round(precision, 4), "recall": round(recall, 4),
                   "f1": round(f1(precision, recall), 4)},
        "speaker_accuracy": round(counts["right"] / found, 4) if found else 0.0,
        "kind_accuracy": round(counts["kind"] / found, 4) if found else 0.0,
        "quotes_found_ignoring_speaker": found,
        "coreference": {"labels": sorted(labels),
                        "muc": {"precision": round(mp, 4), "recall": round(mr, 4), "f1": round(f1(mp, mr), 4)},
                        "b3": {"precision": round(bp, 4), "recall": round(br, 4), "f1": round(f1(bp, br), 4)}},
    }

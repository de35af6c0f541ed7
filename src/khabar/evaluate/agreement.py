"""Agreement between two annotations of the same articles (docs/annotation.md §6).

The first annotation plays the gold side and the second the predicted side of the usual
scorers, so the numbers read like Khabar's own: quote P/R/F1 and speaker accuracy
(:mod:`khabar.evaluate.quotes`), MUC and B³ over entity mentions, and events matched one-to-one on
type + actors + targets (:mod:`khabar.evaluate.events`). Only offsets are compared, so no
article text (and no shared data folder) is needed. Agreement bounds what a target on that gold
can mean: a tool is not measured more finely than two annotators agree.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from khabar.evaluate import events as event_scores
from khabar.evaluate import quotes as quote_scores
from khabar.evaluate.devset import DevsetError

Key = tuple[str, int]


def _as_predicted(record: dict[str, Any]) -> dict[str, Any]:
    """A record in the shape the quote scorer expects of a pipeline's output."""
    return {
        "entities": [{"id": e["id"], "label": e["label"], "mentions": [tuple(m) for m in e["mentions"]]}
                     for e in record.get("entities", [])],
        "quotes": [{"speaker": q.get("speaker"), "kind": q.get("kind"), "text": tuple(q["text"])}
                   for q in record.get("quotes", [])],
    }


def pair_records(first: list[dict[str, Any]], second: list[dict[str, Any]]
                 ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The articles both annotations hold, in the second's order; a text that differs is an error."""
    by_key: dict[Key, dict[str, Any]] = {(r["file"], int(r["index"])): r for r in first}
    pairs = []
    for record in second:
        other = by_key.get((record["file"], int(record["index"])))
        if other is None:
            continue
        if other.get("sha1") != record.get("sha1"):
            raise DevsetError(f"{record['file']}#{record['index']}: the two annotations are of different texts (sha1)")
        pairs.append((other, record))
    if not pairs:
        raise DevsetError("the two annotations share no article (file and index)")
    return pairs


def agreement(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> dict[str, Any]:
    """Scores of ``second`` against ``first`` over the articles both annotate; JSON-ready."""
    pairs = pair_records(first, second)
    quotes: Counter[str] = Counter()
    events: Counter[str] = Counter()
    sums = {name: [0.0, 0.0] for name in ("muc_r", "muc_p", "b3_r", "b3_p")}
    for gold, other in pairs:
        predicted = _as_predicted(other)
        quotes.update(quote_scores.score_quotes(predicted, gold))
        labels = {e["label"] for e in gold.get("entities", [])}
        key, response = quote_scores.clusters(predicted["entities"], gold.get("entities", []), labels)
        for name, (a, b) in (("muc_r", quote_scores.muc(key, response)), ("muc_p", quote_scores.muc(response, key)),
                             ("b3_r", quote_scores.b_cubed(key, response)),
                             ("b3_p", quote_scores.b_cubed(response, key))):
            sums[name][0] += a
            sums[name][1] += b
        mentions = {str(e["id"]): [tuple(m) for m in e["mentions"]] for e in other.get("entities", [])}
        events.update(event_scores.score_article(gold, mentions, other.get("events", []))["stats"])

    def ratio(name: str) -> float:
        a, b = sums[name]
        return a / b if b else 0.0

    def f1(p: float, r: float) -> float:
        return round(quote_scores.f1(p, r), 4)

    def share(counts: Counter[str], of: str) -> float:
        return counts["matched"] / counts[of] if counts[of] else 0.0

    return {
        "articles": len(pairs),
        "quotes": {"first": quotes["gold"], "second": quotes["predicted"], "matched": quotes["matched"],
                   "f1": f1(share(quotes, "predicted"), share(quotes, "gold"))},
        "speaker_agreement": round(quotes["right"] / quotes["found"], 4) if quotes["found"] else None,
        "coreference": {"muc_f1": f1(ratio("muc_p"), ratio("muc_r")), "b3_f1": f1(ratio("b3_p"), ratio("b3_r"))},
        "events": {"first": events["gold"], "second": events["predicted"], "matched": events["matched"],
                   "f1": f1(share(events, "predicted"), share(events, "gold")),
                   "time_value_agreement": (round(events["time_value_correct"] / events["time_valued"], 4)
                                            if events["time_valued"] else None)},
    }

"""Cost of ``khabar_morph_rules`` next to the trained components it follows, in one process.

The trained pipeline annotates the articles once (timed); then the component runs over
the annotated docs ``--repeats`` times and the median is reported, with
``khabar_lemma_rules`` timed the same way for reference. Words are whitespace-separated
chunks of the input.

Usage: python bench/morph_rules_speed.py [--articles 100] [--repeats 5]
Articles: ../shared/data/news (title, lead and paragraphs joined by newlines).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from khabar.pipeline import AFTER_TRAINED

REPO = Path(__file__).resolve().parents[1]
NEWS = REPO.parent / "shared" / "data" / "news"
RULE_STAGES = list(AFTER_TRAINED)


sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline_speed import articles  # noqa: E402  (the same article sample as the pipeline benchmark)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    if not NEWS.is_dir():
        raise SystemExit(f"bench/morph_rules_speed.py: no news articles at {NEWS}")
    import khabar

    nlp = khabar.load(exclude=RULE_STAGES)
    texts = articles(args.articles)
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    with nlp.select_pipes(disable=["khabar_morph_rules"]):
        docs = list(nlp.pipe(texts, batch_size=32))
    trained_s = time.perf_counter() - start
    result = {
        "articles": len(texts),
        "words": words,
        "trained_pipeline_words_per_s": round(words / trained_s),
    }
    for name in ("khabar_morph_rules", "khabar_lemma_rules"):
        component = nlp.get_pipe(name)
        times = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            for doc in docs:
                component(doc)
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        result[f"{name}_words_per_s"] = round(words / median)
        result[f"{name}_share_of_trained_time_pct"] = round(100 * median / trained_s, 2)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()

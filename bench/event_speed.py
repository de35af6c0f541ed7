"""Event-stage scaling on one long unpunctuated paragraph of repeated role phrases.

Runs the pipeline up to the event stage once per size, then times ``find_events`` alone, so
a quadratic step shows as a ratio near 4 when the text doubles (linear: near 2).

    nice -n 10 .venv/bin/python bench/event_speed.py 150 300 600
"""

from __future__ import annotations

import sys
import time

import khabar
from khabar.stages.events import find_events

# A role phrase with a meeting trigger, repeated with no sentence end (our own sentence).
PHRASE = "وزیر امور خارجه ایران با سفیر ترکیه دیدار کرد و "


def main(sizes: list[int]) -> None:
    nlp = khabar.load()
    for n in sizes:
        text = PHRASE * n
        with nlp.select_pipes(disable=["khabar_events", "khabar_summary"]):
            doc = nlp(text)
        t0 = time.perf_counter()
        events, _ = find_events(doc)
        took = time.perf_counter() - t0
        print(f"repeats={n} chars={len(text)} events={len(events)} find_events={took:.2f}s", flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [150, 300])

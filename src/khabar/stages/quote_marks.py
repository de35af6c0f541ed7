"""A quote that opens with «: it runs to the matching », past the end of the sentence it was found in
(«این گزارش می‌افزاید، «A. B.»», «به نوشته X، «A. B.»»): the sentence rules read one sentence at a time.
An indirect quote runs on past the next sentences that open with a reason link («… . زیرا …»)."""

from __future__ import annotations

from khabar.stages.phrases import reason_links
from khabar.stages.quote_text import trim
from khabar.stages.salience import Ref, Sentences
from khabar.stages.tokens import Words

# (start, end, cue tokens, kind, speaker) as ``quotes.Context.found`` holds them
Found = tuple[int, int, tuple[int, int], str, Ref | None]


def matching_close(w: Words, k: int) -> int | None:
    """The token of the » that closes the « at token ``k`` (inner «…» pairs skipped), in the same paragraph."""
    depth = 0
    for j in range(k, len(w)):
        if "\n" in w.texts[j]:
            return None
        if w.texts[j] == "«":
            depth += 1
        elif w.texts[j] == "»":
            depth -= 1
            if depth == 0:
                return j
    return None


def run_to_close(w: Words, found: list[Found]) -> list[Found]:
    """Quotes whose text opens with « that closes after their end run to that », as direct quotes; the
    quotes found inside the stretch they now cover (the later sentences, read alone) are dropped."""
    out, runs = [], []
    for a, b, cue, kind, ref in found:
        k = a if w.texts[a] == "«" else a - 1 if a > 0 and w.texts[a - 1] == "«" else None
        if k is None or (close := matching_close(w, k)) is None or close <= b:
            out.append((a, b, cue, kind, ref))
            continue
        out.append((k + 1, close, cue, "direct", ref))
        runs.append((k, close, len(out) - 1))
    return [f for n, f in enumerate(out) if not any(
        n != own and k < f[0] < close and k < f[2][0] < close for k, close, own in runs)]


def runs_on(w: Words, sents: Sentences, b: int) -> int:
    """The end of an indirect quote ending at ``b``: past the next sentences of its paragraph that open
    with a reason or restatement link («… . زیرا …»), when ``b`` ends its sentence."""
    s = sents.index(max(0, b - 1))
    while True:
        nxt = sents.bounds(s)[1]
        rest = trim(w, b, nxt)
        if rest[0] < rest[1] or nxt >= len(w) or any("\n" in t for t in w.texts[b:nxt + 1]):
            return b  # the quote stops inside its sentence, or the paragraph ends
        if not reason_links().match(w.keys, nxt):
            return b
        s = sents.index(nxt)
        b = trim(w, nxt, sents.bounds(s)[1])[1]

"""Modality of an event candidate: asserted, planned, denied or negated.

The light verb says it first («نکرد», «خواهد کرد», subjunctive «کند»); cues from
``data/event_cues.tsv`` («قرار است», «تکذیب», «اگر») say it for the whole sentence or for the
triggers after them.
"""

from __future__ import annotations

from khabar.stages.event_tables import modality_cues
from khabar.stages.event_types import Match, Tok


def cue_scopes(toks: list[Tok]) -> list[tuple[str, int]]:
    """(modality, first token it applies to) for every cue in the sentence, from the cue table."""
    found: list[tuple[str, int]] = []
    keys = [t.key for t in toks]

    def fits(k: str, w: str, last: bool) -> bool:
        # The last cue word may be inflected («تکذیب» in «تکذیب‌کرد»); short words must be whole.
        return k.startswith(w) if last and len(w) > 3 else k == w

    for words, modality, scope in modality_cues():
        n = len(words)
        for i, k in enumerate(keys[: len(keys) - n + 1]):
            if fits(k, words[0], n == 1) and all(fits(keys[i + j], words[j], j == n - 1) for j in range(1, n)):
                found.append((modality, 0 if scope == "sentence" else i))
    return found


def modality_of(m: Match, cues: list[tuple[str, int]]) -> str | None:
    """The modality of the trigger ``m``; None for a condition («اگر تهران با این امر مخالفت کند»),
    which is not a happening."""
    cued = {modality for modality, start in cues if start <= m.first}
    if "hypothetical" in cued:
        return None
    if m.rule.frame in ("reject", "deny"):
        cued.discard("denied")  # «تکذیب کرد» is the rejection itself
    if "denied" in cued:
        return "denied"
    if m.negated or "negated" in cued:
        return "negated"
    if m.future or m.subjunctive or "planned" in cued:
        return "planned"
    return "asserted"

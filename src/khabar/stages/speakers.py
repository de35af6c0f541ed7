"""Speaker candidates for quotes, and who speaks in a relayed statement: «رویترز به نقل از X گفت: …» is X's quote, not the outlet's.

The guide (docs/annotation.md, «Relayed speech») makes the source after «به نقل از» the
speaker; when no known entity follows (unnamed officials), the speaker is unknown.
"""

from __future__ import annotations

from spacy.tokens import Doc

from khabar.stages.phrases import compact
from khabar.stages.salience import Ref
from khabar.stages.tokens import Words

SPEAKER_LABELS = {"PER", "ORG", "LOC"}  # a country speaks too («هند … را متهم کرد»)
RELAY = tuple(compact(w) for w in ("به", "نقل", "از"))
# («… به نقل از یک منبع آگاه افزود»): the quote has a speaker, but no entity
NO_SPEAKER = None


def relay_at(w: Words, lo: int, hi: int) -> int | None:
    """The token after «به نقل از» in [lo, hi), if there is one."""
    for k in range(lo, hi - len(RELAY) + 1):
        if tuple(w.keys[k:k + len(RELAY)]) == RELAY:
            return k + len(RELAY)
    return None


def relayed_speaker(w: Words, at: dict[int, list[Ref]], ref: Ref | None, cue_at: int) -> tuple[bool, Ref | None]:
    """(whether the clause relays someone, the source it relays) for a subject ``ref``
    whose cue starts at ``cue_at``."""
    if ref is None or ref.end >= cue_at:
        return False, ref
    k = relay_at(w, ref.end, cue_at)
    if k is None:
        return False, ref
    source = next(iter(at.get(k, [])), None)
    return True, source if source is not None else NO_SPEAKER


def entity_refs(doc: Doc) -> tuple[list[Ref], dict[int, str]]:
    """Mentions (token offsets) and the entity id of each, by mention start token."""
    char_to_tok = {t.idx: t.i for t in doc}
    refs, owner = [], {}
    agency = [(s.start_char, s.end_char) for s in doc.spans.get("structure", []) if s.label_ == "AGENCY"]
    for e in doc._.entities or []:
        if e["label"] not in SPEAKER_LABELS:
            continue
        # every mention of the agency («خبرگزاری فارس», «فارس») is the agency
        is_agency = any(s <= a and b <= end for s, end in e["mentions"] for a, b in agency)
        for s, end in e["mentions"]:
            tok = char_to_tok.get(s)
            if tok is None:
                continue
            end_tok = doc.char_span(s, end, alignment_mode="expand")
            kind = "agency" if is_agency else "mention"
            refs.append(Ref(tok, end_tok.end if end_tok is not None else tok + 1, kind, e["label"], 0))
            owner[tok] = e["id"]
    refs.sort(key=lambda r: (r.start, -r.end))
    return refs, owner

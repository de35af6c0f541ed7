"""Speech cues glued to the word before them («وزیر کشورگفت:», a missing space): the tokenizer splits
them off, so that the speaker's name and the cue are each found. Only a cue of speech right before a
colon is split, where it is sure; the text itself is not changed."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc

from khabar.stages.cues import cue_table
from khabar.stages.phrases import compact

# Speech cues that may be found glued to the word before them, before a colon («وزیر کشورگفت:»).
GLUABLE_KINDS = frozenset({"say", "cont"})
# The fewest letters of the word a cue is glued to: «شگفت», «سرنوشت» are words of their own.
MIN_GLUED_PREFIX = 3
# The most tokens a glued cue runs over before its colon («کشوراظهار کرد:» is two).
MAX_GLUED_TOKENS = 3
# A glued cue does not begin with the progressive «می»: «ابراهیمی افزود:» is a name ending in «می» and the
# past «افزود», not «ابراهی» and «می‌افزود»
PREFIXES = frozenset({"می"})


def glued_cues(texts: list[str]) -> dict[int, int]:
    """Tokens that end with a speech cue glued to the word before it (a missing space) and run up to a
    colon: token index -> the character at which the cue begins. Only before «:», where the cue is sure;
    a cue glued to «و» («… را ضروری دانست وگفت که …») also before «که»."""
    table, out = cue_table(), {}
    for j, text in enumerate(texts):
        if text in {"که", ":"} and (i := _glued_to_and(texts, j)) is not None:
            out[i] = 1
            continue
        if text != ":":
            continue
        for i in range(max(0, j - MAX_GLUED_TOKENS), j):
            rest = [compact(t) for t in texts[i + 1:j]]
            token = texts[i]
            for c in range(1, len(token)):
                head, tail = compact(token[:c]), compact(token[c:])
                if len(head) < MIN_GLUED_PREFIX or not tail or len(compact(token)) != len(head) + len(tail) or (
                        tail in PREFIXES):
                    continue
                hit = table.match([tail, *rest], 0)
                if hit is not None and hit[0] == 1 + len(rest) and hit[1] in GLUABLE_KINDS:
                    out[i] = c
                    break
    return out


def _glued_to_and(texts: list[str], j: int) -> int | None:
    """The token before ``j`` (a colon or «که») that is «و» glued to a speech cue running up to ``j``
    («وگفت که», «وافزود:»), if any."""
    table = cue_table()
    for i in range(max(0, j - MAX_GLUED_TOKENS), j):
        token = texts[i]
        if len(token) < 2 or token[0] != "و" or not compact(token[1:]):
            continue
        hit = table.match([compact(token[1:]), *(compact(t) for t in texts[i + 1:j])], 0)
        if hit is not None and hit[0] == j - i and hit[1] in GLUABLE_KINDS:
            return i
    return None


def split_glued_cues(doc: Doc) -> Doc:
    """«وزیر کشورگفت:»: a speech cue glued to the word before it is a token of its own (the text is not
    changed), so the speaker's name and the cue are found (``glued_cues``)."""
    strings = doc.vocab.strings  # the texts from the token array: no Token object per token (speed)
    texts = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
    glued = glued_cues(texts)
    if not glued:
        return doc
    words, spaces = [], []
    for k, t in enumerate(doc):
        if k in glued:
            words += [t.text[:glued[k]], t.text[glued[k]:]]
            spaces += [False, bool(t.whitespace_)]
        else:
            words.append(t.text)
            spaces.append(bool(t.whitespace_))
    return Doc(doc.vocab, words=words, spaces=spaces)

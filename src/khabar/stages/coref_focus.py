"""Unnamed roles told of the person in focus.

An interview or a speech is often told paragraph by paragraph: «NAME، نماینده مردم X … گفت», «وی
افزود …», then «عضو کمیسیون Y در ادامه گفت …». A role that opens its sentence, that no named person
holds and that no nearby name takes, is the person the text is about at that point, as «وی» would be
(``salience.salient_before``). Not so for an epithet (one holder, data/epithet_holders.tsv), a
description found as a speaker («رسانه‌ها …», ``descriptions``), an aide's office (the spokesman is
not the head he speaks for), a clause that says «نیز» (a second speaker), or an item of a list of
headlines. Nor is the person in focus an outlet or a body a pronoun was read as: the role joins a person.
"""

from __future__ import annotations

from typing import Any

from khabar.stages.coref_epithets import holders
from khabar.stages.cues import ADVERBS
from khabar.stages.mentions import DESCRIBED
from khabar.stages.phrases import compact
from khabar.stages.quote_direct import Regions
from khabar.stages.salience import Sentences
from khabar.stages.tokens import Words

LIST_MARKS = frozenset("-–—*•")
ALSO_REACH = 16  # tokens from a role to the «نیز» of its clause
AIDES = tuple(compact(w) for w in "سخنگو معاون مشاور دستیار".split())  # offices never the person in focus


def too_at(w: Words, tok: int) -> bool:
    """«X نیز گفت»: the clause that opens at ``tok`` says «نیز» (X too) before its first «:» or «که»."""
    for k in range(tok, min(len(w), tok + ALSO_REACH)):
        if w.texts[k] in {":", ".", "«"} or w.keys[k] == "که":
            return False
        if w.keys[k] == "نیز":
            return True
    return False


def sentence_opener(w: Words, tok: int, sents: Sentences) -> bool:
    """The mention at ``tok`` is the first word of its sentence (past adverbs): the subject the
    reporter turns to, not one party among others."""
    lo = sents.bounds(sents.index(tok))[0]
    k = tok - 1
    while k >= lo and (w.keys[k] in ADVERBS or not w.keys[k]):
        if w.texts[k] in LIST_MARKS:
            return False  # «- فرمانده ناجا تاکید کرد: …»: an item of a list of headlines, each its own speaker
        k -= 1
    return k < lo


def told_of_focus(w: Words, tok: int, sents: Sentences, quoted: Regions, keys: list[str]) -> bool:
    """Whether an unnamed role at ``tok`` with role keys ``keys`` is the person in focus (module doc)."""
    return sentence_opener(w, tok, sents) and not quoted.covers(tok) and not too_at(w, tok) and not any(
        compact(r) in holders() or r.startswith(DESCRIBED) or r.startswith(AIDES) for r in keys)


def person_only(entities: list[dict[str, Any]], members: list[int]) -> bool:
    """Whether the mention groups ``members`` (one cluster) are all persons: a «وی» or a subject that stands for
    an outlet («روزنامه X … . وی افزود») is no holder of an unnamed person's role."""
    return all(entities[x]["label"] == "PER" for x in members)

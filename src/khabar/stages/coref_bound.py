"""A free pronoun is not the subject of its own clause, nor, inside a quote, the one who speaks it.

Persian says «خود» for the subject inside its clause: in «X احترام زیادی برای او قائل است» and «X از عملکرد
او راضی است» the «او» is someone else, told of before. In a quote the speaker says «من» of himself: «X
ادامه داد: «برای او خوشحالم»» is about another person. The salience rules (``salience.salient_before``)
take the sentence's subject first, so a pronoun bound this way goes instead to the nearest other person
mentioned before it.
"""

from __future__ import annotations

from khabar.stages.clusters import Clusters
from khabar.stages.coref_anaphors import quoted_antecedent
from khabar.stages.cues import PREPOSITIONS, cue_table
from khabar.stages.mentions import Words
from khabar.stages.quote_direct import Regions
from khabar.stages.relayed_sources import relayed_source_before
from khabar.stages.salience import CLAUSE_OPENERS, Ref, Sentences, attribution, salient_before, subject

# Punctuation that closes a clause: a pronoun after it may open a clause of its own
CLAUSE_MARKS = frozenset({"،", ",", "؛", ";", ":", ".", "!", "؟", "?", "«", "»"})
# Prepositions whose object a pronoun bound by the subject cannot be (Persian has «خود» there)
OBLIQUE = frozenset(PREPOSITIONS - {"را", "و", "یا", "تا"})
NEAREST_SENTENCES = 2  # sentences back where the nearest other person is looked for
# What opens the clause of a quote's cue: «X به دیدار Y رفت و Y گفت: «…»»
CUE_CLAUSE_OPENERS = CLAUSE_OPENERS | {"و"}
ADDRESSEE_REACH = 4  # tokens from a «به Y» to the cue verb of the quote said to Y


def clause_break(w: Words, a: int, b: int) -> bool:
    """Whether a clause opener («که», «اما»), a clause mark or a saying verb stands in tokens [a, b): «X گفت
    او …» reports a clause whose «او» may be X."""
    table = cue_table()
    return any(w.keys[k] in CLAUSE_OPENERS or w.texts[k] in CLAUSE_MARKS or table.match(w.keys, k) is not None
               for k in range(a, b))


def bound_subject(w: Words, refs: list[Ref], n: int, ante: Ref, sents: Sentences, quoted: Regions,
                  chained: bool = False) -> bool:
    """Whether ``ante``, the salient person for the pronoun ``refs[n]``, is one the pronoun cannot be: the
    subject of the pronoun's clause, the pronoun right after a preposition («X … برای او»; a pronoun after a
    noun may be bound in a clause of its own: «X پیشنهاد Y برای گرفتن وی را رد کرد»), or ``chained``, after
    one such in its sentence («… برای او قائل است و از عملکرد او …»); or, in a quote, the person salient
    where the quote begins (its speaker)."""
    ref = refs[n]
    before = ref.start - 1
    region = quoted.around(ref.start)
    start = region[0] if region is not None else ante.start + 1
    if before < start or not (chained or (w.keys[before] in OBLIQUE and not oblique_in(w, start, before))):
        return False  # «X و او», «X، او»: the pronoun opens a clause; «X در مصاحبه با وی»: a noun's complement
    if region is not None:
        if ante.start >= region[0]:
            return False
        speaker = quote_speaker(w, refs, sents, region[0], quoted)
        return speaker is not None and speaker.group == ante.group
    if sents.index(ante.start) != sents.index(ref.start) or ante.start >= ref.start:
        return False
    return not clause_break(w, ante.start + 1, ref.start)


def cue_clause(w: Words, sents: Sentences, begin: int) -> int:
    """Where the clause of the cue before the quote starting at token ``begin`` opens: after the last clause
    opener («و»، «که») or clause mark before it in its sentence («X به دیدار Y رفت و Y گفت: «…»»)."""
    lo = sents.bounds(sents.index(max(0, begin - 1)))[0]
    k = begin - 1
    while k > lo and w.texts[k] in {":", "«", '"'}:
        k -= 1  # the colon and the opening mark of the quote itself
    while k > lo and not (w.keys[k - 1] in CUE_CLAUSE_OPENERS or w.texts[k - 1] in CLAUSE_MARKS):
        k -= 1
    return k


def quote_speaker(w: Words, refs: list[Ref], sents: Sentences, begin: int, quoted: Regions) -> Ref | None:
    """Who speaks the quote starting at token ``begin``: the person who opens the cue's clause, else the
    salient person there."""
    persons = [r for r in refs if r.label == "PER" and r.start < begin]
    return subject(w, persons, cue_clause(w, sents, begin), begin, quoted) or salient_before(
        w, refs, sents, begin, quoted)


def oblique_in(w: Words, a: int, b: int) -> bool:
    """Whether a preposition stands in tokens [a, b): the pronoun after a second one is inside a phrase of
    its own («در مصاحبه با وی»), which may be bound to the subject."""
    return any(w.keys[k] in OBLIQUE for k in range(a, b))


def nearest_other(w: Words, refs: list[Ref], n: int, avoid: int, cl: Clusters, sents: Sentences,
                  quoted: Regions) -> Ref | None:
    """The nearest person mentioned before the pronoun ``refs[n]`` in its sentence or the NEAREST_SENTENCES
    before it who is not in the cluster ``avoid``; one quoted counts only for a pronoun inside a quote."""
    ref = refs[n]
    lo = sents.bounds(max(0, sents.index(ref.start) - NEAREST_SENTENCES))[0]
    inside = quoted.covers(ref.start)
    for r in reversed(refs[:n]):
        if r.start < lo:
            return None
        if r.label != "PER" or r.start >= ref.start or cl.find(r.group) == avoid or r.kind == "agency":
            continue
        if (quoted.covers(r.start) and not inside) or attribution(w, r) or (inside and addressee(w, r, quoted)):
            continue
        return r
    return None


def addressee(w: Words, r: Ref, quoted: Regions) -> bool:
    """Whether ``r`` is the one a quote is said to («X به Y گفت: «…»»): after «به», with a cue verb between it
    and the quote; the speaker's «او» in the quote is someone else."""
    if r.start == 0 or w.keys[r.start - 1] != "به":
        return False
    table = cue_table()
    k = r.end
    while k < len(w) and k - r.end <= ADDRESSEE_REACH and not quoted.covers(k):
        if table.match(w.keys, k) is not None:
            return True
        k += 1
    return False


def pronoun_antecedent(w: Words, refs: list[Ref], n: int, sents: Sentences, quoted: Regions, cl: Clusters,
                       shifted: set[tuple[int, int]]) -> Ref | None:
    """The antecedent of the pronoun or anaphor ``refs[n]``; ``shifted`` holds the (sentence, cluster) pairs a
    pronoun of the sentence was bound away from, for the ones after it."""
    ref = refs[n]
    # every mention before the pronoun may be its antecedent (salient_before looks back only)
    # «به نقل از یک منبع آگاه … این منبع افزود», «به نقل از فردی که او …»: the relayed source,
    # which is never a subject
    ante = relayed_source_before(w, refs, n) or quoted_antecedent(refs, n, quoted)
    if ante is not None:
        return ante
    ante = salient_before(w, refs, sents, ref.start, quoted)
    if ante is None or ref.kind != "pronoun":
        return ante
    if bound_subject(w, refs, n, ante, sents, quoted, (sents.index(ref.start), cl.find(ante.group)) in shifted):
        shifted.add((sents.index(ref.start), cl.find(ante.group)))  # «X … برای او»: not X
        return nearest_other(w, refs, n, cl.find(ante.group), cl, sents, quoted)
    return ante

"""Who a clause is about: the subject mention of a sentence, and the most salient person before a point.

Persian news puts the subject first: «سرتیپ احمدی در این دیدار … تاکید کرد». A mention
counts as a subject when it opens its clause: at the sentence start, after punctuation
(«به گزارش فارس، …»), or after a discourse word («همچنین», «گفتنی است»). Mentions inside
quoted speech or after a preposition («با بشار اسد») are not subjects.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from khabar.stages.connectives import connective_ending
from khabar.stages.cues import ADVERBS, PREPOSITIONS
from khabar.stages.mentions import Words
from khabar.stages.phrases import attribution_openers, compact, compact_words, phrase_list
from khabar.stages.quote_direct import Regions
from khabar.stages.quote_text import RELATIVE_CLAUSE_VERBS
from khabar.tables import load_list, load_table


@dataclass
class Ref:
    """A mention as coreference and quotes see it (token offsets)."""

    start: int
    end: int
    kind: str
    label: str
    group: int  # index of the mention group it came from


class Sentences:
    def __init__(self, starts: list[int], n_tokens: int) -> None:
        self.starts = starts or [0]
        self.n = n_tokens

    def index(self, tok: int) -> int:
        return max(0, bisect_right(self.starts, tok) - 1)

    def bounds(self, s: int) -> tuple[int, int]:
        end = self.starts[s + 1] if s + 1 < len(self.starts) else self.n
        return self.starts[s], end


MAX_CLAUSE = 200  # tokens: far longer than any real sentence


def _start(ref: Ref) -> int:
    return ref.start


def in_regions(tok: int, regions: Regions) -> bool:
    return regions.covers(tok)


# The words before who asks a question («در پاسخ به پرسش خبرنگار ما»), not the one who answers it
ASKER_BEFORE = frozenset({"سوال", "سؤال", "سئوال", "پرسش", "سوالات", "سؤالات", "پرسشهای", "خبرنگار"})


# Conjunctions after which a new clause, with its own subject, begins («با وجود اینکه ایران …»).
# «که»/«اینکه»/«تا» («باعث شد تا مسکو، …») open a subordinate clause,
# the coordinators «اما»/«ولی»/«زیرا» a second one: a mention right after any opens it.
COORDINATORS = frozenset({"اما", "ولی", "زیرا"})
CLAUSE_OPENERS = frozenset({"که", "اینکه", "تا"}) | COORDINATORS


def speech_sources() -> frozenset[str]:
    return compact_words("speech_sources.txt")


# How far back straight quote marks are counted to tell an opening «"» from a closing one, in tokens (a
# bound: a text with no sentence breaks is one endless clause).
QUOTE_PARITY_REACH = 80


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """One-word titles and ranks written before a name (``data/titles.tsv``), compacted."""
    return frozenset(compact(row[0]) for row in load_table("titles.tsv") if " " not in row[0].strip())


# Time words that may open a clause before its subject: the weekdays, dayparts and relative days of
# ``data/time_words.tsv`` and the words of ``data/time_lead_words.txt`` («روز گذشته», «هفته جاری»)
TIME_LEAD_CLASSES = frozenset({"weekday", "daypart", "relative"})


@lru_cache(maxsize=1)
def time_lead() -> frozenset[str]:
    rows = [row[0] for row in load_table("time_words.tsv") if row[1] in TIME_LEAD_CLASSES]
    return frozenset(compact(x) for x in (*rows, *load_list("time_lead_words.txt")))


def opens_clause(w: Words, ref: Ref, lo: int) -> bool:
    k = ref.start - 1
    if k >= lo and w.keys[k] in speech_sources() and ref.label == "ORG":  # «(یک) بیانیه [وزارت خارجه]»
        k -= 1
        if k >= lo and w.keys[k] == "یک":
            k -= 1
    if k >= lo and (w.texts[k] in ("«", "“") or (w.texts[k] == '"' and w.texts[max(lo, k - QUOTE_PARITY_REACH):k].count('"') % 2 == 0)):
        k -= 1  # «شعبه "بانک ملت"»: a quoted name stands where its opening quote mark does (here after a noun)
        while k >= lo and w.keys[k] in title_words():
            k -= 1  # «که ژنرال "X"»: and a title before it, where the name would
    # «اما» is both; «بامداد جمعه روزنامه X …», «روز گذشته وزیر …»: a time adverbial may stand before the subject
    while k >= lo and (w.keys[k] in ADVERBS or w.keys[k] in time_lead()) and w.keys[k] not in CLAUSE_OPENERS:
        k -= 1
    connective = connective_ending(w.keys, k, lo)
    if connective is not None:  # «با این حال X … رد کرد»: the connective stands at the clause start
        k = connective - 1
        while k >= lo and w.keys[k] in ADVERBS:
            k -= 1
    if k >= lo and w.keys[k] in RELATIVE_CLAUSE_VERBS and "که" in w.keys[lo:k]:
        return True  # «در این مراسم که با … آغاز شد X افزود»: the verb closes a relative clause, X opens the main one
    if k >= lo and scene_lead(w, lo, k):
        return True  # «در ادامه این نشست X گفت»: a scene phrase opens the sentence, X its clause
    return k < lo or not w.keys[k] or w.keys[k] in CLAUSE_OPENERS


def scene_lead(w: Words, lo: int, k: int) -> bool:
    """Tokens [lo, k], past adverbs, are just a scene phrase of data/scene_leads.txt («در این جلسه»)."""
    while lo <= k and (w.keys[lo] in ADVERBS or not w.keys[lo]):
        lo += 1
    hit = phrase_list("scene_leads.txt").match(w.keys, lo, limit=k - lo + 1)
    return hit is not None and hit[0] == k - lo + 1


def subject_at(w: Words, tok: int, sents: Sentences) -> bool:
    """The mention starting at token ``tok`` opens its clause in its sentence."""
    return opens_clause(w, Ref(tok, tok + 1, "", "", 0), sents.bounds(sents.index(tok))[0])


def after_preposition(w: Words, ref: Ref, lo: int) -> bool:
    return ref.start - 1 >= lo and w.keys[ref.start - 1] in PREPOSITIONS


def reported_by(w: Words, k: int) -> bool:
    """Whether «گزارش» at token ``k`` is part of an attribution opener («به گزارش X», «بنا بر گزارش X»,
    ``data/attribution_openers.txt``) rather than a report that is a clause's subject."""
    table = attribution_openers()
    for n in range(1, min(k, 3) + 1):
        hit = table.match(w.keys, k - n, limit=n + 1)
        if hit and hit[0] >= n:
            return True
    return False


def attribution(w: Words, ref: Ref) -> bool:
    """A source named in an attribution («به گزارش X»، «به نقل از X»، «خبرگزاری X:»), or who asks the
    question answered («X در پاسخ به سؤال [خبرنگار ایسنا] …»; the reporter's outlet): never a speaker."""
    k = ref.start - 1
    before = w.keys[k] if k >= 0 else ""
    if before == "گزارش":
        return reported_by(w, k)  # «گزارش X ادامه می‌دهد …»: with no opener before it, the report speaks
    if before == "نقل" or (before == "از" and k > 0 and w.keys[k - 1] == "نقل") or before in ASKER_BEFORE:
        return True
    return ref.end < len(w) and w.texts[ref.end] in {":", "-"} and w.keys[ref.start] in {"خبرگزاری", "پایگاه"}


def subject(
    w: Words, refs: list[Ref], lo: int, hi: int, quoted: Regions, *, strict: bool = True
) -> Ref | None:
    """The subject mention among ``refs`` (sorted by start) in tokens [lo, hi): the first that opens
    its clause, looked for in at most the last MAX_CLAUSE tokens (a text with no punctuation is one
    endless "sentence")."""
    first = bisect_left(refs, max(lo, hi - MAX_CLAUSE), key=_start)
    for ref in refs[first:bisect_left(refs, hi, key=_start)]:
        if in_regions(ref.start, quoted) or ref.kind == "agency":
            continue
        if attribution(w, ref) or (ref.end < len(w) and w.keys[ref.end] == "را"):
            continue  # «X را …» is an object, never the subject
        if opens_clause(w, ref, lo) or (not strict and ref.label == "PER" and not after_preposition(w, ref, lo)):
            return ref
    return None


def salient_before(
    w: Words, refs: list[Ref], sents: Sentences, tok: int, quoted: Regions, *, window: int = 4
) -> Ref | None:
    """The person a pronoun at ``tok`` most likely means (``refs`` sorted by start).

    The subject of the pronoun's own sentence when it comes first, else the subject of the
    nearest earlier sentence that has one, else the nearest person mentioned before it.
    """
    s = sents.index(tok)
    earliest = max(sents.bounds(max(0, s - window))[0], tok - 3 * MAX_CLAUSE)
    persons = [r for r in refs[bisect_left(refs, earliest, key=_start):bisect_left(refs, tok, key=_start)]
               if r.label == "PER"]
    lo, _ = sents.bounds(s)
    own = subject(w, persons, lo, tok, quoted)
    if own is not None:
        return own
    for back in range(1, window + 1):
        if s - back < 0:
            break
        a, b = sents.bounds(s - back)
        found = subject(w, persons, a, b, quoted)
        if found is not None:
            return found
    for back in range(0, 3):
        if s - back < 0:
            break
        a, b = sents.bounds(s - back)
        near = [r for r in persons if a <= r.start < min(b, tok) and not in_regions(r.start, quoted)
                and not attribution(w, r)]
        if near:
            return near[-1]
    return None

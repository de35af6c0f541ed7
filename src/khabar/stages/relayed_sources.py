"""Unnamed sources relayed by «به نقل از»: «روزنامه الف به نقل از یک مقام نزدیک به X نوشت: …».

The guide (docs/annotation.md, «Relayed speech») makes the relayed source the speaker, and an indefinite
description («یک منبع آگاه», «یک دیپلمات اروپایی») a mention only when the article goes on to talk about
that one person («Indefinite but specific»: «این منبع», «این مقام»). So a description that opens with
«یک»/«یکی از» right after «به نقل (از)», that no known mention takes, is a person mention when a person
anaphor (data/anaphors.tsv, «این منبع», «این مقام») follows it within REACH tokens; otherwise the quote keeps
no speaker (a singleton source is not annotated). The anaphor is joined to it in ``coref``
(``relayed_source_before``): the relayed source is never a sentence subject, so salience would miss it.

An unnamed medium («یک روزنامه آمریکایی نوشت …», an organization made by ``descriptions``) is the medium of
the same kind named near it («روزنامه واشنگتن پست»), as the guide's annotations join them (``media_named``).
"""

from __future__ import annotations

from functools import lru_cache

from khabar.stages.cues import PREPOSITIONS
from khabar.stages.mentions import DESCRIBED, Mention, MentionFinder, Words
from khabar.stages.phrases import PhraseTable, compact_words, phrase_list
from khabar.stages.salience import Ref

RELAY = ("به", "نقل")
INDEFINITE = frozenset({"یک", "یکی"})
MAX_WORDS = 8  # words of the description before a link («نزدیک به», «در»)
REACH = 80  # tokens after the description where «این منبع» may stand
LOOK_BACK = 120  # tokens before a «person» anaphor where its relayed source may stand


def media_heads() -> frozenset[str]:
    """Words that make a description a news medium (``data/media_words.txt``)."""
    return compact_words("media_words.txt")


def someone_words() -> frozenset[str]:
    return compact_words("someone_words.txt")


def resumptive(finder: MentionFinder, w: Words, k: int) -> bool:
    """«که او/وی …» at ``k``: a relative clause whose pronoun is the noun before «که»."""
    return k + 1 < len(w) and w.keys[k] == "که" and finder.t.pronouns.match(w.keys, k + 1) is not None


@lru_cache(maxsize=1)
def description_links() -> PhraseTable[bool]:
    return phrase_list("description_links.txt")


def _person_anaphor(finder: MentionFinder, w: Words, k: int) -> bool:
    hit = finder.t.anaphors.match(w.keys, k)
    return hit is not None and hit[1][0] == "PER"


def _end(finder: MentionFinder, w: Words, lo: int, taken: set[int], known_end: dict[int, int],
         body_end: dict[int, int]) -> int:
    """Where the description at ``lo`` («یک مقام ارشد», «یکی از مقامات …») ends, over a link and the known
    mention after it («نزدیک به [X]»), or over the organization or place it is of («یک مقام [پلیس X]»)."""
    k = lo + 1
    if w.keys[lo] == "یکی" and k < len(w) and w.keys[k] == "از":
        k += 1
    while k < len(w) and k - lo < MAX_WORDS and k not in taken and w.keys[k] and w.keys[k] not in PREPOSITIONS \
            and w.keys[k] not in finder.t.boundaries and w.keys[k] != "را":
        k += 1
    if k in body_end:  # «یکی از مقامات ارشد [شرکت نفت]»: the body the office belongs to (ezafe)
        return body_end[k]
    for j in (k - 1, k):  # «نزدیک به» ends past k (its «به» stopped the words), «در» starts at k
        link = description_links().match(w.keys, j) if lo < j < len(w) else None
        if link and j + link[0] > k - 1 and j + link[0] in known_end:
            return known_end[j + link[0]]
    return k


def relayed_descriptions(finder: MentionFinder, w: Words, found: list[Mention], first_group: int) -> list[Mention]:
    """Person mentions for the unnamed sources that «به نقل از» relays and the text refers back to."""
    taken = {k for m in found if not m.nested for k in range(m.start, m.end)}
    known_end = {m.start: m.end for m in found if not m.nested}
    body_end = {m.start: m.end for m in found if not m.nested and m.label in {"ORG", "LOC"}}
    extra = []
    group = first_group
    for k in range(len(w) - 2):
        if tuple(w.keys[k:k + 2]) != RELAY:
            continue
        lo = k + 3 if w.keys[k + 2] == "از" else k + 2
        if lo >= len(w) - 1 or lo in taken:
            continue
        if w.keys[lo] in someone_words() and resumptive(finder, w, lo + 1):
            end = lo + 1  # «به نقل از [شخصی] که او …»
        elif w.keys[lo] in INDEFINITE:
            end = _end(finder, w, lo, taken, known_end, body_end)
            if not any(_person_anaphor(finder, w, j) for j in range(end, min(len(w), end + REACH))):
                continue
        else:
            continue
        words = [x for x in w.spaced_keys(lo, end) if x not in INDEFINITE and x != "از"]
        if not words:
            continue
        group += 1
        extra.append(Mention(lo, end, "PER", "role", key=DESCRIBED + " ".join(words), role=w.join(lo, end),
                             group=group))
        taken.update(range(lo, end))
    return extra


def relayed_at(w: Words, k: int) -> bool:
    """Whether the mention at ``k`` is what «به نقل (از)» relays, past an indefinite «یک»/«یکی از»
    («به نقل از یک [کارشناس نظامی]»: a role the tables know, not a description made here)."""
    j = k - 1
    if j >= 1 and w.keys[j] == "از" and w.keys[j - 1] == "یکی":
        j -= 2
    elif j >= 0 and w.keys[j] == "یک":
        j -= 1
    if j >= 0 and w.keys[j] == "از":
        j -= 1
    return j >= 1 and tuple(w.keys[j - 1:j + 1]) == RELAY


def relayed_source_before(w: Words, refs: list[Ref], n: int) -> Ref | None:
    """The nearest relayed unnamed source (a role or description right after «به نقل (از)») within LOOK_BACK
    tokens before the «person» anaphor ``refs[n]`` («… به نقل از یک منبع آگاه … این منبع افزود»), or
    right before the «که» of the pronoun ``refs[n]`` («به نقل از شخصی که او …»)."""
    ref = refs[n]
    if ref.kind == "pronoun":
        r = refs[n - 1] if n > 0 else None
        if r is None or ref.start < 2 or w.keys[ref.start - 1] != "که" or r.start != ref.start - 2:
            return None
    for r in reversed(refs[:n]):
        if ref.start - r.start > LOOK_BACK:
            return None
        if r.label == "PER" and r.kind == "role" and relayed_at(w, r.start):
            return r
    return None


MEDIUM_REACH = 200  # tokens between «یک روزنامه X» and the medium of that kind named before or after it


def media_named(w: Words, refs: list[Ref]) -> list[tuple[int, int]]:
    """(group, group) pairs: an indefinite medium («یک روزنامه آمریکایی نوشت …», ``descriptions``) and the
    nearest medium of the same kind named within MEDIUM_REACH tokens («روزنامه واشنگتن پست», «روزنامه
    [X]»): the guide (§3) makes them one entity, the report told first unnamed (or named in the lead)."""
    pairs = []
    for r in refs:
        if r.label != "ORG" or w.keys[r.start] not in INDEFINITE or r.start + 1 >= len(w):
            continue
        head = w.keys[r.start + 1]
        if head not in media_heads():
            continue
        named = [x for x in refs if x.label == "ORG" and x.group != r.group and x.kind not in {"anaphor", "agency"}
                 and abs(x.start - r.start) <= MEDIUM_REACH and w.keys[x.start] not in INDEFINITE
                 and head in w.keys[max(0, x.start - 1):x.start + 1]]
        if named:
            pairs.append((r.group, min(named, key=lambda x: abs(x.start - r.start)).group))
    return pairs

"""Organizations named after a revered person: «کمیته امداد امام خمینی (ره)», «سپاه حضرت سیدالشهدا (ع)».

The rule scan reads such a name as two mentions: the organization's head that the tables know
(«کمیته امداد», «سپاه») and then a person, a title with a name or a benediction alone («امام (ره)»,
``revered.py``). The organization is then a party cut short, and the revered person a party of its own
(«انتقاد از کمیته امداد امام (ره) و بهزیستی» read as criticism of «امام»). The trained NER names such an
organization whole, up to the benediction that closes it (PEYMA and NSURL mark the name so; ARMAN and
ParsTwiNER end it before the parentheses, but they too run it over the person's name). Where the NER's
ORG opens with a rule organization and ends with a benediction (``data/benediction_marks.txt``) and the
other rule mentions inside it are persons (or there are none), the organization is the NER's span and the
persons inside go.
"""

from __future__ import annotations

from functools import cache

from khabar.stages.phrases import compact, compact_words
from khabar.stages.tokens import Mention, Words

LONGEST_MARK = 2  # words of a benediction inside its parentheses («قدس سره»)
# Words that part a body from a revered name after it: «سپاه به پیروی از امام (ره)», «کمیته امداد، امام (ره)»
# are two things side by side, not one name.
PARTING_WORDS = frozenset({"،", ",", "؛", "و", "از", "به", "با", "در", "که", "را"})


@cache
def benediction_marks() -> frozenset[str]:
    return compact_words("benediction_marks.txt")


def ends_in_benediction(words: Words, start: int, end: int, marks: frozenset[str]) -> bool:
    """Whether tokens ``start:end`` close with a benediction in parentheses after some word: «… (ره)»."""
    if end - start < 4 or words.texts[end - 1] != ")":
        return False
    for n in range(1, LONGEST_MARK + 1):
        opener = end - 2 - n
        if opener > start and words.texts[opener] == "(" and compact(" ".join(words.keys[opener + 1:end - 1])) in marks:
            return True
    return False


def orgs_over_revered(words: Words, found: list[Mention], ner_orgs: list[tuple[int, int]],
                      marks: frozenset[str] | None = None) -> list[Mention]:
    """Pure step: ``found`` with each organization that a NER ORG span (start, end) runs on over a revered
    person («[کمیته امداد] [امام (ره)]») made one ORG mention over the span; the person mentions inside it
    are dropped. Nothing changes where a rule mention crosses the span's edges, or where the span holds a
    mention that is no person after the organization (two bodies: «[معاونت فرهنگی] [سپاه] …»)."""
    marks = benediction_marks() if marks is None else marks
    out = list(found)
    for start, end in ner_orgs:
        if not ends_in_benediction(words, start, end, marks):
            continue
        top = [m for m in out if not m.nested]
        if any(m.start < start < m.end or m.start < end < m.end for m in top):
            continue
        inside = sorted((m for m in top if start <= m.start and m.end <= end), key=lambda m: (m.start, -m.end))
        if not inside or inside[0].start != start or inside[0].label != "ORG" or inside[0].end >= end:
            continue
        if any(m.label != "PER" for m in inside[1:]):
            continue
        if any(words.texts[k] in PARTING_WORDS or words.keys[k] in PARTING_WORDS for k in range(inside[0].end, end)):
            continue
        org = inside[0]
        out = [m for m in out if not (start <= m.start and m.end <= end)]
        out.append(Mention(start, end, "ORG", "org", key=" ".join(words.keys[start:end]), name=words.join(start, end),
                           group=org.group))
    return sorted(out, key=lambda m: (m.start, -m.end))

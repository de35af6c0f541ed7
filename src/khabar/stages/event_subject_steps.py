"""Steps back from a mention to where a clause subject would open (khabar.stages.event_subject): over a head
noun the entity leaves out («رئیس جمهوری X»), an unnamed noun that introduces the name («مردی به نام X»), a
partitive («شماری از X»); and whether a comma closes a source attribution («به گزارش X، Y …»).
"""

from __future__ import annotations

from functools import lru_cache

from khabar.stages.event_tables import (
    NUMBER_WORDS,
    PARTITIVES,
    PREPOSITIONS,
    SUBJECT_HEADS,
    SUBJECT_OPENERS,
    squash,
)
from khabar.stages.event_types import Tok
from khabar.stages.groups import count_words
from khabar.stages.phrases import attribution_openers, compact, compact_words, load_tables
from khabar.tables import load_table

# How many words an attribution («به گزارش خبرنگار گروه … خبرگزاری X،») may run before its comma.
ATTRIBUTION_REACH = 15
# How many words a head noun may stand before the named part of a subject («رئیس جمهوری X»).
HEAD_REACH = 3


def before_head(toks: list[Tok], inside: set[int], prev: int) -> int:
    """Where the subject stands when a head noun comes before the mention: «مقام‌های دولت X»,
    «سربازان مرزی X», «رئیس جمهوری X», «نخست وزیر X» (a head and up to two more plain words);
    ``prev`` itself when there is none."""
    for k in range(prev, max(-1, prev - HEAD_REACH), -1):
        if k in inside or toks[k].punct or toks[k].key in PREPOSITIONS or toks[k].key == "و":
            break
        if toks[k].key in SUBJECT_HEADS or toks[k].key in _role_head_words():
            head = k
            while head - 1 >= 0 and head - 1 not in inside and toks[head - 1].key in SUBJECT_HEADS:
                head -= 1  # «نخست وزیر»: a head of two words
            return head - 1
    return prev


@lru_cache(maxsize=1)
def _role_head_words() -> frozenset[str]:
    """The one-word heads of the role table («دادستان», «خبرنگار»): «دادستان X … بازدید کرد» has X for
    its subject when the head was not taken into a mention of its own."""
    heads = load_tables().role_heads
    # a head written both as one word and as two («مدیرکل», «مدیر کل») is one token in the first spelling
    one_word = (squash(row[0]) for row in load_table("role_heads.tsv") if len(row[0].split()) == 1)
    return frozenset(c for c, n in heads.words.items() if n == 1) | frozenset(one_word)


def before_named(toks: list[Tok], inside: set[int], prev: int) -> int:
    """Where the subject stands when an unnamed noun introduces the name: «مرد جوانی به نام X … خواستار … شد»
    (up to ``HEAD_REACH`` plain words, then «به نام»): before those words; ``prev`` itself when there is none."""
    if prev < 2 or toks[prev].key != "نام" or toks[prev - 1].key != "به":
        return prev
    k = prev - 2
    for _ in range(HEAD_REACH):
        if k < 0 or k in inside or toks[k].punct or toks[k].key in PREPOSITIONS or toks[k].key in SUBJECT_OPENERS:
            return k
        k -= 1
    return k


def before_counted(toks: list[Tok], inside: set[int], prev: int) -> int:
    """Where the subject stands when a count of a body's members comes before the body's name: «ده‌ها نیروی
    [پلیس X]», «۱۲ افسر [Y]» (a count, then a member noun of ``data/counted_heads.txt``); ``prev`` otherwise."""
    if prev < 1 or prev in inside or prev - 1 in inside or compact(toks[prev].text) not in counted_heads():
        return prev
    count = toks[prev - 1]
    return prev - 2 if count.key.isdigit() or compact(count.text) in count_words() else prev


@lru_cache(maxsize=1)
def counted_heads() -> frozenset[str]:
    """Member nouns a count puts before a body's name (``data/counted_heads.txt``, compacted)."""
    return compact_words("counted_heads.txt")


def before_partitive(toks: list[Tok], prev: int) -> int:
    """Where the subject stands when a part of it is named: «سیزده تن از X», «هیئتی از X», «شماری از X»
    (a partitive word, maybe after a number, then «از»); ``prev`` itself otherwise."""
    if prev < 1 or toks[prev].key != "از" or toks[prev - 1].key not in PARTITIVES:
        return prev
    k = prev - 2
    if k >= 0 and (toks[k].key.isdigit() or toks[k].key in NUMBER_WORDS):
        k -= 1  # «سیزده تن از»
    return k


def closes_attribution(toks: list[Tok], comma: int) -> bool:
    """Whether the comma at ``comma`` closes a source attribution that opens its sentence («به گزارش خبرنگار
    X، Y …», «به نقل از خبرگزاری X، Y …»): the name after it starts the clause, it goes on no list."""
    openers = attribution_openers()
    for k in range(comma - 1, max(-1, comma - ATTRIBUTION_REACH), -1):
        if toks[k].punct:
            return False
        if (k == 0 or toks[k - 1].punct) and openers.match(
                [compact(t.text) for t in toks[k:comma]], 0) is not None:
            return True
    return False

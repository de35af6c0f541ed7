"""The plain records the event rules work on: tokens, mentions, times, trigger matches, candidates."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from khabar.stages.event_tables import TriggerRule
from khabar.stages.timex import TimeExpr

_PUNCT = set("،,:؛;.!?؟()«»\"'-–—")


@dataclass
class Tok:
    start: int
    end: int
    text: str
    key: str  # squashed (see event_tables.squash)
    adj: bool = False  # tagged ADJ by the trained pipeline (never set without one)

    @property
    def punct(self) -> bool:
        return _all_punct(self.text)


# Cached: the rules ask of the same token texts again and again (tens of thousands of calls an article set).
@lru_cache(maxsize=50_000)
def _all_punct(text: str) -> bool:
    return bool(text) and all(c in _PUNCT for c in text)


@dataclass
class Mention:
    first: int  # token index, inclusive
    last: int  # token index, inclusive
    entity: str
    label: str


class Mentions(list[Mention]):
    """A sentence's mentions with lookups by token position, built once (the list is not changed
    afterwards): scanning every mention for every trigger made long sentences quadratic."""

    def __init__(self, items: Iterable[Mention] = ()) -> None:
        super().__init__(items)
        self.firsts = [x.first for x in self]
        self.in_order = all(a <= b for a, b in zip(self.firsts, self.firsts[1:], strict=False))
        self.by_first: dict[int, Mention] = {}
        self.by_last: dict[int, list[Mention]] = {}
        self.covered: set[int] = set()
        for x in self:
            self.by_first.setdefault(x.first, x)  # the first in list order, as a scan would find
            self.by_last.setdefault(x.last, []).append(x)
            self.covered.update(range(x.first, x.last + 1))
        self.labels = {x.entity: x.label for x in self}

    def starting_in(self, lo: int, hi: int) -> list[Mention]:
        """The mentions whose first token is in ``[lo, hi)``, in list order."""
        if not self.in_order:
            return [x for x in self if lo <= x.first < hi]
        return self[bisect_left(self.firsts, lo):bisect_left(self.firsts, hi)]

    def ending_at(self, last: int) -> list[Mention]:
        return self.by_last.get(last, [])


def tokens_text(toks: list[Tok], first: int, last: int) -> str:
    """The text of ``toks[first:last + 1]``, with a space where the text had one."""
    return "".join(t.text + (" " if k < last and toks[k + 1].start > t.end else "") for k, t in
                   enumerate(toks[first:last + 1], start=first))


def indexed(mentions: list[Mention]) -> Mentions:
    """``mentions`` with its position index (built here when the caller passed a plain list)."""
    return mentions if isinstance(mentions, Mentions) else Mentions(mentions)

@dataclass
class TimeSpan:
    first: int
    last: int
    expr: TimeExpr


@dataclass
class Match:
    """A trigger found in a sentence, with what its light verb says."""

    first: int
    last: int  # last trigger token
    rule: TriggerRule
    verb: int | None = None  # light verb token
    negated: bool = False
    future: bool = False
    subjunctive: bool = False
    passive: bool = False  # «تهدید شد»: the subject is the target
    nominal: bool = False  # a "verb" trigger used as a noun («مخالفت X با Y», «ضمن رد …»)
    support: bool = False  # the verb is a support verb a few words on («مذاکراتی با X انجام داد»)

    @property
    def end(self) -> int:
        return self.verb if self.verb is not None else self.last


@dataclass
class Candidate:
    type: str
    mode: str | None
    frame: str
    trigger: str
    start: int  # char offsets of the trigger (with its light verb)
    end: int
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    place: str | None = None
    place_explicit: bool = False
    time: TimeExpr | None = None
    modality: str = "asserted"
    sentence: int = 0
    anaphoric: bool = False  # «این دیدار», «در این سفر»: an event already reported
    both_sides: bool = False  # «طرفین توافق کردند»: the parties are those of the meeting just told
    nominal: bool = False  # told by a noun alone («مخالفت X با Y»): when merged, it only fills gaps
    verbal: bool = False  # told with a verb somewhere («دیدار کرد»), not only as a noun («حمله به X»)
    also: bool = False  # «همچنین X … عیادت کرد»: told as a further act, not the last one again
    passive: bool = False  # «از X تجلیل شد»: the doer is left unsaid, so no actor is no miss
    toll: bool = False  # «در این حمله ۳ نفر کشته شدند»: an attack with no party named whose sentence counts the dead
    aimed: bool = False  # «حمله X به مسجد …»: an attack noun whose doer is named, aimed at what is no party
    destined: bool = False  # «سفر X به منطقه», «از بخش‌های Y بازدید کرد»: a trip whose destination names no entity
    unnamed_doer: bool = False  # «دیدار جمعی از X با Y»: the side that comes is a group no entity names
    # «… مذاکرات با Y را نهایی کنیم»: a noun whose clause is in the first person, or «به X رفتم»: a first-person
    # verb of going (the speaker's)
    first_person: bool = False

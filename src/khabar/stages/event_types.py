"""The plain records the event rules work on: tokens, mentions, times, trigger matches, candidates."""

from __future__ import annotations

from dataclasses import dataclass, field

from khabar.stages.event_tables import TriggerRule
from khabar.stages.timex import TimeExpr

_PUNCT = set("،,:؛;.!?؟()«»\"'-–—")


@dataclass
class Tok:
    start: int
    end: int
    text: str
    key: str  # squashed (see event_tables.squash)

    @property
    def punct(self) -> bool:
        return bool(self.text) and all(c in _PUNCT for c in self.text)


@dataclass
class Mention:
    first: int  # token index, inclusive
    last: int  # token index, inclusive
    entity: str
    label: str


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
    verbal: bool = False  # told with a verb somewhere («دیدار کرد»), not only as a noun («حمله به X»)

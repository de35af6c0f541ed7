"""When two mentions of one kind of act, far apart, are two happenings (session 29): mentions that name
parties but none in common join an earlier event only within a couple of sentences, unless one names only
who acted and the other only whom; a shared party ties them at any distance. The merge step is run on hand-made candidates; the trigger words
are our own.
"""

from __future__ import annotations

import pytest

from khabar.stages.event_merge import merge_events
from khabar.stages.event_types import Candidate


def _cand(type_: str, frame: str, trigger: str, sentence: int, actors: list[str], targets: list[str],
          *, nominal: bool = False) -> Candidate:
    return Candidate(type=type_, mode=None, frame=frame, trigger=trigger, start=sentence * 100,
                     end=sentence * 100 + len(trigger), actors=list(actors), targets=list(targets),
                     sentence=sentence, nominal=nominal, verbal=not nominal)


LABELS = {"x": "ORG", "y": "ORG", "z": "PER"}


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [
        (  # «X هدف حمله قرار گرفت» … five sentences on «Y به آن حمله کرد»: one tells whom, the other who: one attack
            [_cand("ASSAULT", "attack", "حمله", 1, [], ["x"]), _cand("ASSAULT", "attack", "حمله کرد", 6, ["y"], [])],
            [(["y"], ["x"])],
        ),
        (  # «Y به X حمله کرد» … five sentences on «Z به شهر حمله کرد»: both name sides, none shared: two attacks
            [_cand("ASSAULT", "attack", "حمله کرد", 1, ["y"], ["x"]), _cand("ASSAULT", "attack", "حمله کرد", 6, ["z"], [])],
            [(["y"], ["x"]), (["z"], [])],
        ),
        (  # the same two in the next sentence: the attack on X and who made it, told one after the other
            [_cand("ASSAULT", "attack", "حمله", 1, [], ["x"]), _cand("ASSAULT", "attack", "حمله کرد", 2, ["y"], [])],
            [(["y"], ["x"])],
        ),
        (  # «Y به X حمله کرد» … later «Y حمله را ادامه داد»: a shared party, far apart, is the one attack retold
            [_cand("ASSAULT", "attack", "حمله کرد", 1, ["y"], ["x"]), _cand("ASSAULT", "attack", "حمله کرد", 7, ["y"], [])],
            [(["y"], ["x"])],
        ),
        (  # «Z خواستار آتش‌بس شد» … five sentences on «Z در پایان باز خواستار آتش‌بس شد»: the one demand retold
            [_cand("REQUEST", "request", "خواستار شد", 2, ["z"], []),
             _cand("REQUEST", "request", "خواستار شد", 7, ["z"], [])],
            [(["z"], [])],
        ),
        (  # the title's «Z خواستار … شد» told again in the lead two sentences on: one demand
            [_cand("REQUEST", "request", "خواستار شد", 0, ["z"], []),
             _cand("REQUEST", "request", "خواستار شد", 2, ["z"], [])],
            [(["z"], [])],
        ),
        (  # «Z خواستار … شد» … later «در این درخواست Z …», the demand named by a noun: the one retold
            [_cand("REQUEST", "request", "خواستار شد", 2, ["z"], []),
             _cand("REQUEST", "request", "درخواست", 7, ["z"], [], nominal=True)],
            [(["z"], [])],
        ),
    ],
)
def test_far_apart_mentions(candidates: list[Candidate], expected: list[tuple[list[str], list[str]]]) -> None:
    events = merge_events(candidates, LABELS)
    assert [(e.actors, e.targets) for e in events] == expected

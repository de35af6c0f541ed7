"""Words left out of data/event_triggers.tsv on purpose (session 31 evtrig): each has a common sense that is no
event, and rows for them added more wrong events than right ones on the dev and fresh articles. These rows
guard the table: a row for the word makes them fail. Sentences we wrote; entities are given by hand.
"""

from __future__ import annotations

import pytest

from events_helpers import brief, run_events

DATE = "2017-10-18"  # a Wednesday

REFEREE = ("محمد رضایی", "e1", "PER")
PLAYER = ("علی کریمی", "e2", "PER")
US = ("آمریکا", "e3", "LOC")
IRAQ = ("عراق", "e4", "LOC")
SPOKESMAN = ("سخنگوی دولت", "e5", "PER")


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (  # «اخطار داد» in a match report: a referee's caution (a yellow card) to a player, no threat
            "محمد رضایی در نیمه دوم به علی کریمی اخطار داد.",
            [REFEREE, PLAYER],
        ),
        (  # «از … منع شده است»: a law that bars a state from an act; no one coerced by anyone
            "بر پایه قانونی که کنگره تصویب کرد، آمریکا از فروش سلاح به کشورهایی مانند عراق منع شده است.",
            [US, IRAQ],
        ),
        (  # «از … تجاوز کردند»: overstepping a rule or a limit, no attack on anyone
            "سخنگوی دولت گفت که مقامات عراق از قانون اساسی تجاوز کردند.",
            [SPOKESMAN, IRAQ],
        ),
    ],
)
def test_left_out_senses_tell_no_event(nlp_bare, text, mentions) -> None:
    assert brief(run_events(nlp_bare, text, mentions, date=DATE)) == []

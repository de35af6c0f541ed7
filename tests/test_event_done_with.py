"""A cooperation told in the passive (session 32, stages/event_done_with.py): «… با همکاری Y انجام شد»,
«همکاری‌های انجام‌شده با Y» name no doer unless an agent phrase does («توسط X»), and the one it was done
with is the target (guide: a passive «با Y هماهنگی شده است» is COOPERATE with ``actors: []``). Entities
are given by hand, as in tests/test_events.py; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

EMERGENCY = ("اورژانس", "e1", "ORG")
CITY_HALL = ("شهرداری", "e2", "ORG")
POLICE = ("پلیس راه", "e3", "ORG")
MINISTRY = ("وزارت نیرو", "e4", "ORG")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «… با همکاری Y انجام شد»: the genitive after «با» is the one it was done with; no doer is named
            "انتقال مجروحان به بیمارستان با همکاری اورژانس انجام شد.",
            [EMERGENCY],
            [("COOPERATE", None, [], ["e1"], None, None, None, "asserted")],
        ),
        (  # «همکاری‌های انجام‌شده با Y و Z»: a participle of carrying out right after the noun
            "طبق همکاری‌های انجام‌شده با شهرداری و پلیس راه، جاده بسته است.",
            [CITY_HALL, POLICE],
            [("COOPERATE", None, [], ["e2", "e3"], None, None, None, "asserted")],
        ),
        (  # «توسط X با همکاری Y انجام شد»: the agent phrase names the doer, Y stays the one it was done with
            "انتقال مجروحان توسط وزارت نیرو با همکاری اورژانس انجام شد.",
            [MINISTRY, EMERGENCY],
            [("COOPERATE", None, ["e4"], ["e1"], None, None, None, "asserted")],
        ),
        (  # «جلسه هماهنگی X و Y»: the session of the two is the meeting; «هماهنگی» adds no COOPERATE of its own
            "جلسه هماهنگی شهرداری و پلیس راه دیروز برگزار شد.",
            [CITY_HALL, POLICE],
            [("CONSULT", "meeting", ["e2"], ["e3"], None, "دیروز", "2019-05-11", "asserted")],
        ),
        (  # an active clause: the subject carries it out with Y; not this reading (left to the other rules)
            "وزارت نیرو با همکاری شهرداری این طرح را اجرا کرد.",
            [MINISTRY, CITY_HALL],
            [],
        ),
        (  # holding a gathering «با همکاری Y برگزار شد» is the gathering's news, no cooperation told
            "این نمایشگاه با همکاری شهرداری برگزار شد.",
            [CITY_HALL],
            [],
        ),
    ],
)
def test_cooperation_in_passive(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

"""Deaths and wounds told in the passive of a named victim (session 33 evvictim; the guide: deaths with no named
attacker are ASSAULT with `actors: []`). «X کشته/زخمی/مجروح شد», «X به شهادت/هلاکت رسید»: X is the target; an
agent phrase («توسط Y», «به وسیله Y») names the doer. A count with no entity («۳۰ نفر کشته شدند») names no victim,
and the dead of an attack told by its own trigger are that attack's toll. Entities are given by hand, as in
tests/test_events.py; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

MARINES = ("سه تفنگدار آمریکایی", "m1", "ORG")
ENVOY = ("کاردار سفارت ژاپن", "p1", "PER")
LEADER = ("فرمانده گردان", "p2", "PER")
ARMY = ("ارتش اسرائیل", "o1", "ORG")
BASRA = ("بصره", "l1", "LOC")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X در Y کشته شدند»: the named group is the one killed; no doer is named
            "سه تفنگدار آمریکایی در جنوب بصره کشته شدند.",
            [MARINES, BASRA],
            [("ASSAULT", None, [], ["m1"], "l1", None, None, "asserted")],
        ),
        (  # «X … زخمی شد»: a named person wounded
            "کاردار سفارت ژاپن در انفجار دیروز زخمی شد.",
            [ENVOY],
            [("ASSAULT", None, [], ["p1"], None, "دیروز", "2019-05-11", "asserted")],
        ),
        (  # «X به وسیله Y به شهادت رسید»: the idiom's passive, its doer named by «به وسیله»
            "فرمانده گردان به وسیله پهپادهای ارتش اسرائیل به شهادت رسید.",
            [LEADER, ARMY],
            [("ASSAULT", None, ["o1"], ["p2"], None, None, None, "asserted")],
        ),
        (  # a count names no victim: no event
            "دست‌کم ۳۰ نفر در این حادثه کشته شدند.",
            [],
            [],
        ),
        (  # the dead of an attack told by «حمله»: its toll, not a second event with the dead as the target
            "در حمله افراد مسلح به یک پاسگاه ارتش، سه تفنگدار آمریکایی کشته شدند.",
            [MARINES],
            [("ASSAULT", None, [], [], None, None, None, "asserted")],
        ),
        (  # «Y مدعی شد که ده‌ها تن … کشته شده‌اند»: Y claims; the dead are unnamed, Y is not one of them
            "سازمان ملل مدعی شد که ده‌ها تن از ماموران مرزی کشته شده‌اند.",
            [("سازمان ملل", "o2", "ORG")],
            [],
        ),
        (  # «X به شهادت رسید» with no doer named: as often a biography or a commemoration, no event
            "فرمانده گردان در سال‌های جنگ در جبهه جنوب به شهادت رسید.",
            [LEADER],
            [],
        ),
        (  # a road accident kills, no one attacks: no ASSAULT (data/accident_words.txt)
            "سه تفنگدار آمریکایی در سانحه رانندگی در جنوب بصره کشته شدند.",
            [MARINES, BASRA],
            [],
        ),
        (  # a gas explosion wounds, no one attacks
            "کاردار سفارت ژاپن در انفجار گاز در منزلش زخمی شد.",
            [ENVOY],
            [],
        ),
        (  # «در اردوگاه آوارگان»: a word that only starts like an accident word («آوار») tells no accident
            "فرمانده گردان در اردوگاه آوارگان جنوب بصره کشته شد.",
            [LEADER, BASRA],
            [("ASSAULT", None, [], ["p2"], "l1", None, None, "asserted")],
        ),
        (  # «سقوط» of a city is no accident, and «به دست Y» names the doer: an attack
            "فرمانده گردان پس از سقوط بصره به دست ارتش اسرائیل کشته شد.",
            [LEADER, BASRA, ARMY],
            [("ASSAULT", None, ["o1"], ["p2"], None, None, None, "asserted")],
        ),
        (  # «به وسیله پهپاد ساخت Y»: Y made the drone; the doer is unnamed (event_agents.MAKER_WORDS)
            "فرمانده گردان به وسیله پهپاد ساخت اسرائیل کشته شد.",
            [LEADER, ("اسرائیل", "l2", "LOC")],
            [("ASSAULT", None, [], ["p2"], None, None, None, "asserted")],
        ),
        (  # «شهادت داد» (testified) names no one hit
            "کاردار سفارت ژاپن در دادگاه به نفع متهم شهادت داد.",
            [ENVOY],
            [],
        ),
    ],
)
def test_passive_victim(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

"""Arrests told as a noun with no doer, and the arrested told as a count of a body's members (session 31
evpassive). Entities are given by hand, as in tests/test_events.py; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

PERSON = ("سارا احمدی", "e1", "PER")
AIRPORT = ("فرودگاه امام", "e2", "LOC")
POLICE = ("پلیس ترکیه", "e3", "ORG")
ARMY = ("ارتش اسرائیل", "e4", "ORG")
MINISTER = ("وزیر کشور", "e5", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «بازداشت X در Y»: a headline's arrest noun; with no agent phrase its genitive is the one arrested
            "بازداشت سارا احمدی در فرودگاه امام",
            [PERSON, AIRPORT],
            [("COERCE", "arrest", [], ["e1"], "e2", None, None, "asserted")],
        ),
        (  # «دستگیری X»: the other arrest noun, the arrested right after it and no doer named
            "دستگیری سارا احمدی در فرودگاه امام",
            [PERSON, AIRPORT],
            [("COERCE", "arrest", [], ["e1"], "e2", None, None, "asserted")],
        ),
        (  # «خواستار بازداشت X شد»: an arrest asked for is no arrest (only the request stands)
            "وزیر کشور خواستار بازداشت سارا احمدی شد.",
            [PERSON, MINISTER],
            [("REQUEST", None, ["e5"], [], None, None, None, "asserted")],
        ),
        (  # «خواهان دستگیری X»: the noun with «+» after a word of wanting is no arrest either
            "وزیر کشور خواهان دستگیری سارا احمدی است.",
            [PERSON, MINISTER],
            [],
        ),
        (  # «حکم بازداشت X صادر شد»: an order for an arrest is no arrest (data/wanting_words.txt)
            "حکم بازداشت سارا احمدی صادر شد.",
            [PERSON],
            [],
        ),
        (  # «درخواست بازداشت X را داد»: a request for an arrest is none either
            "دادستان تهران درخواست بازداشت سارا احمدی را داد.",
            [PERSON],
            [],
        ),
        (  # «X با بازداشت Y مخالفت کرد»: the one who opposes the arrest is not its doer; the arrest names none,
            # and the opposition is X's own act
            "وزیر کشور با بازداشت سارا احمدی مخالفت کرد.",
            [PERSON, MINISTER],
            [("COERCE", "arrest", [], ["e1"], None, None, None, "asserted"),
             ("REJECT", None, ["e5"], ["e1"], None, None, None, "asserted")],
        ),
    ],
)
def test_arrest_nouns(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «ده‌ها نیروی X … دستگیر شدند»: a count of a body's members is the subject of the passive; the body
            # named after the count is the one arrested
            "ده‌ها نیروی پلیس ترکیه صبح امروز در شهرهای مختلف دستگیر شدند.",
            [POLICE],
            [("COERCE", "arrest", [], ["e3"], None, "صبح امروز", "2019-05-12", "asserted")],
        ),
        (  # «دستگیری ده‌ها نیروی X»: after the noun too the count steps over to the body
            "دستگیری ده‌ها نیروی پلیس ترکیه در شهرهای مختلف",
            [POLICE],
            [("COERCE", "arrest", [], ["e3"], None, None, None, "asserted")],
        ),
        (  # «سه مأمور X … حمله کردند»: the counted members act for their body in an active clause as well
            "سه مأمور ارتش اسرائیل دیروز به یک مدرسه حمله کردند.",
            [ARMY],
            [("ASSAULT", None, ["e4"], [], None, "دیروز", "2019-05-11", "asserted")],
        ),
    ],
)
def test_counted_members(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


SPEAKER = ("سرهنگ رضایی", "e6", "PER")
UNIT = ("پلیس امنیت عمومی", "e7", "ORG")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «محموله توقیف شده توسط X … افزود: … N نفر دستگیر شدند»: the round-up's doer, named earlier in the
            # sentence, made the arrests told after the colon
            "سرهنگ رضایی از محموله توقیف شده توسط پلیس امنیت عمومی خبر داد و افزود: "
            "در این عملیات ۲۰ نفر دستگیر شدند.",
            [SPEAKER, UNIT],
            [("COERCE", "arrest", ["e7"], [], None, None, None, "asserted")],
        ),
        (  # «طرح تصویب شده توسط X … گفت: N نفر دستگیر شدند»: a passing of a bill is no round-up; no doer
            "سرهنگ رضایی درباره طرح تصویب شده توسط پلیس امنیت عمومی توضیح داد و گفت: در همین راستا ۲۰ نفر "
            "دستگیر شدند.",
            [SPEAKER, UNIT],
            [("COERCE", "arrest", [], [], None, None, None, "asserted")],
        ),
        (  # «فیلم ضبط شده توسط X … N نفر دستگیر شدند»: «ضبط» here is recording, no seizure; no doer
            "سرهنگ رضایی درباره فیلم ضبط شده توسط پلیس امنیت عمومی توضیح داد و گفت: در همین راستا ۲۰ نفر "
            "دستگیر شدند.",
            [SPEAKER, UNIT],
            [("COERCE", "arrest", [], [], None, None, None, "asserted")],
        ),
        (  # «X گفت: N نفر دستگیر شدند»: the speaker is no doer; the arrest stays with no party
            "سرهنگ رضایی گفت: ۲۰ نفر دستگیر شدند.",
            [SPEAKER],
            [("COERCE", "arrest", [], [], None, None, None, "asserted")],
        ),
    ],
)
def test_round_up_doer_earlier(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

"""Talks and meetings told in ways the trigger table alone misses: an indefinite noun with its light verb
(«با Y گفت‌وگویی داشت»), a first-person meeting inside a long quote (khabar.stages.event_said.speaker_as_doer),
a first-person request inside a quote (its speaker asks), a meeting after a condition that a contrast ends
(«اگر …، … ولی با Y دیدار کردم»), and a political article whose only sports word comes in singular and
plural (khabar.stages.event_sports). Our own sentences."""

from __future__ import annotations

import pytest

from events_helpers import consults
from khabar.stages.event_said import speaker_as_doer
from khabar.stages.event_types import Candidate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «گفت‌وگویی داشت»: the indefinite «یی» after a vowel, with its light verb, is a talk held by the subject
        ("علی رضایی دیروز با حسن کاظمی گفت‌وگویی داشت.", [("meeting", ["علی رضایی"], ["حسن کاظمی"])]),
        # «جلسه‌ای داشتند»: the same with a session noun
        ("علی رضایی عصر امروز با حسن کاظمی جلسه‌ای داشت.", [("meeting", ["علی رضایی"], ["حسن کاظمی"])]),
        # a condition («اگر») ends at «ولی»: the meeting after it was held
        ("علی رضایی گفت: اگر چنین گفته می‌شود باید گفت دیگران هم سهم داشتند ولی دیروز با حسن کاظمی دیدار کردم.",
         [("meeting", ["علی رضایی"], ["حسن کاظمی"])]),
        # «در حال مذاکره با Y»: a talk going on, held by the subject
        ("علی رضایی در حال مذاکره با حسن کاظمی است.", [("meeting", ["علی رضایی"], ["حسن کاظمی"])]),
        # written joined («درحال»), with «رایزنی»
        ("علی رضایی هفته گذشته درحال رایزنی با حسن کاظمی بود.", [("meeting", ["علی رضایی"], ["حسن کاظمی"])]),
        # «ورزشکار» and «ورزشکاران» are one sports word: a political article keeps its meeting
        ("علی رضایی از ورزشکاران استان تقدیر کرد. هر ورزشکار الگوی جوانان است. "
         "علی رضایی دیروز با حسن کاظمی دیدار کرد.", [("meeting", ["علی رضایی"], ["حسن کاظمی"])]),
    ],
)
def test_talks_had(nlp_rules, text, expected) -> None:
    assert consults(nlp_rules(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # «در حال حاضر مذاکره با Y …»: «حال حاضر» is «now», the talk is only a topic
        "علی رضایی گفت: در حال حاضر مذاکره با حسن کاظمی سودی ندارد.",
        # a condition with no contrast after it still tells no meeting
        "علی رضایی گفت: اگر ایران با آمریکا مذاکره کند، تحریم‌ها برداشته می‌شود.",
        # «حمایت‌های X»: a plural noun of another type stays a bare noun (only CONSULT reads a light verb here)
        "حمایت‌های آمریکا از اسرائیل شد.",
    ],
)
def test_no_talk(nlp_rules, text) -> None:
    assert consults(nlp_rules(text)) == []


def _talk(trigger: str, start: int, actors: list[str]) -> Candidate:
    return Candidate(type="CONSULT", mode="meeting", frame="talk", trigger=trigger, start=start,
                     end=start + len(trigger), actors=actors, targets=["e2"], verbal=True)


@pytest.mark.parametrize(
    ("trigger", "start", "actors", "expected"),
    [
        # first person inside the quote, no subject found: the speaker held the talk
        ("گفت‌وگویی داشتم", 40, [], ["e1"]),
        # «داشتیم»: first person plural, the same
        ("مذاکراتی داشتیم", 40, [], ["e1"]),
        # third person: someone else in the speaker's words
        ("گفت‌وگویی داشت", 40, [], []),
        # outside the quote: no speaker to give
        ("گفت‌وگویی داشتم", 5, [], []),
        # a subject already found is kept
        ("گفت‌وگویی داشتم", 40, ["e3"], ["e3"]),
    ],
)
def test_speaker_as_doer(trigger, start, actors, expected) -> None:
    c = _talk(trigger, start, actors)
    speaker_as_doer([c], [{"speaker": "e1", "start": 20, "end": 120}])
    assert c.actors == expected


def _act(type_: str, trigger: str) -> Candidate:
    return Candidate(type=type_, mode=None, frame="request", trigger=trigger, start=40,
                     end=40 + len(trigger), actors=[], targets=["e2"], verbal=True)


@pytest.mark.parametrize(
    ("type_", "trigger", "expected"),
    [
        # «از Y درخواست می‌کنم تا …» inside the quote: the speaker makes the request
        ("REQUEST", "درخواست می‌کنم", ["e1"]),
        # «درخواست کردیم»: first person plural, the same
        ("REQUEST", "درخواست کردیم", ["e1"]),
        # third person: someone else asked, in the speaker's words
        ("REQUEST", "درخواست کرد", []),
        # an accusation performed by saying it («… را متهم می‌کنم») is the speaker's too
        ("ACCUSE", "متهم می‌کنم", ["e1"]),
        # an act not done by saying it («حمله کردیم»: an attack told in the first person) is left to its own
        # subject finding
        ("ASSAULT", "حمله کردیم", []),
    ],
)
def test_speaker_requests(type_, trigger, expected) -> None:
    c = _act(type_, trigger)
    speaker_as_doer([c], [{"speaker": "e1", "start": 20, "end": 120}])
    assert c.actors == expected

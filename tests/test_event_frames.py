"""Event rules of session 13: a meeting the subject speaks of («با اشاره به دیدار با Y», «درباره دیدار با
Y») is the subject's own. Entities are given by hand, as in tests/test_events.py; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief
from khabar.article import make_doc
from khabar.io.readers import RawArticle

DATE = "2019-05-12"
MINISTER = ("وزیر نفت", "e1", "PER")
ENVOY = ("سفیر ژاپن", "e2", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «با اشاره به دیدار با Y»: the minister speaks of his own meeting with the envoy
            "وزیر نفت با اشاره به دیدار با سفیر ژاپن گفت: خرید نفت ادامه دارد.",
            [MINISTER, ENVOY],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «درباره دیدار با Y»: the same, told as the topic of what he said
            "وزیر نفت درباره دیدار با سفیر ژاپن توضیح داد.",
            [MINISTER, ENVOY],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «درباره دیدار Y و …»: a meeting of others (its doer the genitive) is not the speaker's
            "وزیر نفت درباره دیدار سفیر ژاپن و رئیس‌جمهور توضیح داد.",
            [MINISTER, ENVOY],
            [("CONSULT", "meeting", ["e2"], [], None, None, None, "asserted")],
        ),
        (  # «با اشاره به حمله به Y»: an attack spoken of is not the speaker's act (its doer unnamed)
            "وزیر نفت با اشاره به حمله به سفیر ژاپن گفت: این کار محکوم است.",
            [MINISTER, ENVOY],
            [("ASSAULT", None, [], ["e2"], None, None, None, "asserted")],
        ),
    ],
)
def test_topic_meetings(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a purpose phrase whose noun is a trigger («برای بررسی تیراندازی») between the day and the
            # verb: the tagger reads «وارد» as an adjective, yet the noun takes no genitive past the next
            # trigger, so it does not cut the clause and the day still dates the visit
            "سفیر ژاپن روز دوشنبه برای بررسی تیراندازی وارد بندرعباس شد.",
            [("CONSULT", "سفیر ژاپن", "بندرعباس", "2019-05-06")],
        ),
        (  # the same with a longer subject and «در راس هیئتی»
            "فرماندار بندرعباس روز دوشنبه در راس هیئتی برای پیگیری تیراندازی وارد میناب شد.",
            [("CONSULT", "فرماندار بندرعباس", "میناب", "2019-05-06")],
        ),
    ],
)
def test_time_across_purpose_phrase(nlp, text, expected) -> None:
    """With the trained pipeline: the adjective reading of «وارد» comes from the tagger."""
    doc = nlp(make_doc(nlp, RawArticle(text, "<test>"), date=DATE))
    names = {e["id"]: e["name"] for e in doc._.entities}
    assert [(e["type"], *[names[a] for a in e["actors"]], *[names[t] for t in e["targets"]],
             (e["time"] or {}).get("value")) for e in doc._.events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a present-tense act in the words of a speaker who spoke «امروز» is dated by that day,
            # also in the quote that continues hers («وی افزود: …»)
            "وزیر نفت امروز در یک نشست خبری گفت: «قیمت‌ها پایین است.» وی افزود: «ما از سفیر ژاپن حمایت می‌کنیم.»",
            [("SUPPORT", ["e1"], ["e2"], "2019-05-12")],
        ),
        (  # a past act in the same words keeps no date of the speech: it happened before it
            "وزیر نفت امروز در یک نشست خبری گفت: «قیمت‌ها پایین است.» وی افزود: «ما از سفیر ژاپن حمایت کردیم.»",
            [("SUPPORT", ["e1"], ["e2"], None)],
        ),
        (  # another speaker's quote in between: the second quote's time is not carried over
            "وزیر نفت امروز گفت: «قیمت‌ها پایین است.» سفیر ژاپن گفت: «خرید ادامه دارد.» "
            "وزیر نفت افزود: «ما از سفیر ژاپن حمایت می‌کنیم.»",
            [("SUPPORT", ["e1"], ["e2"], None)],
        ),
    ],
)
def test_present_act_dated_by_its_words(nlp, text, expected) -> None:
    doc = nlp(make_doc(nlp, RawArticle(text, "<test>"), date=DATE))
    names = {e["name"]: e["id"] for e in doc._.entities}
    ids = {names.get("وزیر نفت"): "e1", names.get("سفیر ژاپن"): "e2"}
    assert [(e["type"], [ids.get(a) for a in e["actors"]], [ids.get(t) for t in e["targets"]],
             (e["time"] or {}).get("value")) for e in doc._.events] == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «ممکن است … اخراج کند»: a possibility is no happening
            "ممکن است وزیر نفت سفیر ژاپن را اخراج کند.",
            [MINISTER, ENVOY],
            [],
        ),
        (  # «هیچ کس نمی‌تواند … تهدید کند»: what no one can do did not happen
            "هیچ کس نمی‌تواند سفیر ژاپن را تهدید کند.",
            [ENVOY],
            [],
        ),
        (  # a hope that someone may help
            "وزیر نفت ابراز امیدواری کرد سفیر ژاپن بتواند به حل مساله کمک کند.",
            [MINISTER, ENVOY],
            [],
        ),
        (  # «تا» is no such cue: a meeting one travels for is still a planned meeting
            "وزیر نفت به توکیو رفت تا با سفیر ژاپن دیدار کند.",
            [MINISTER, ENVOY],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "planned")],
        ),
        (  # a plan told with «قرار است» stays a planned meeting
            "قرار است وزیر نفت با سفیر ژاپن دیدار کند.",
            [MINISTER, ENVOY],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "planned")],
        ),
    ],
)
def test_possibilities_are_no_events(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

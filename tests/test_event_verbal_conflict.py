"""Verbal conflict (session 34): the one a conditional threat or warning is aimed at, and taunts. Entities are given by
hand, as in tests/test_events.py; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

DATE = "2021-03-08"
SPEAKER = ("رئیس مجلس", "e1", "PER")
PREMIER = ("نخست‌وزیر", "e2", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X تهدید کرد اگر Y …»: the subject of the condition is the one threatened
            "رئیس مجلس تهدید کرد اگر نخست‌وزیر قانون تازه را امضا کند، از مقام خود کناره می‌گیرد.",
            [SPEAKER, PREMIER],
            [("THREATEN", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # the same after «که», with the two-word opener «در صورتی که»
            "رئیس مجلس تهدید کرد که در صورتی که نخست‌وزیر قانون را امضا کند، استعفا خواهد داد.",
            [SPEAKER, PREMIER],
            [("THREATEN", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # a warning with a colon before the condition, whose subject is a party's proposal: its owner
            "وزیر کشاورزی هشدار داد: اگر پیشنهاد اتحادیه اروپا تغییر نکند، از حق وتو استفاده می‌کنیم.",
            [("وزیر کشاورزی", "e1", "PER"), ("اتحادیه اروپا", "e2", "ORG")],
            [("THREATEN", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # the past perfect («هشدار داده بود») before the condition
            "رئیس مجلس هشدار داده بود در صورتی که نخست‌وزیر قانون را امضا کند، استعفا می‌دهد.",
            [SPEAKER, PREMIER],
            [("THREATEN", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # guard: a warning whose condition is on the public names no party: no event
            "وزارت بهداشت هشدار داد اگر مردم نکات بهداشتی را رعایت نکنند، بیماری گسترش می‌یابد.",
            [("وزارت بهداشت", "e1", "ORG")],
            [],
        ),
        (  # a condition on no named party (an unnamed act): still no target, no event
            "رئیس مجلس تهدید کرد اگر این قانون امضا شود، استعفا خواهد داد.",
            [SPEAKER],
            [],
        ),
        (  # guard: a target named by «را» stays the target; the condition's subject is not added
            "رئیس مجلس، دولت را تهدید کرد اگر نخست‌وزیر قانون را امضا کند، استعفا خواهد داد.",
            [SPEAKER, PREMIER, ("دولت", "e3", "ORG")],
            [("THREATEN", None, ["e1"], ["e3"], None, None, None, "asserted")],
        ),
        (  # guard: a condition on the threatener's own act («وی» is the speaker) names no one threatened; the
            # speaker was taken as the target and the actor lost (review of session 34)
            "رئیس مجلس تهدید کرد اگر وی در انتخابات شکست بخورد، نتیجه را نمی‌پذیرد.",
            [SPEAKER, ("وی", "e1", "PER")],
            [],
        ),
        (  # guard: a condition before the threat («اگر Y …، X تهدید خواهد کرد») is hypothetical, not a report
            "اگر نخست‌وزیر قانون را امضا کند، رئیس مجلس او را تهدید خواهد کرد.",
            [SPEAKER, PREMIER],
            [],
        ),
    ],
)
def test_conditional_threat_target(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected


COACH = ("مربی تیم میزبان", "e1", "PER")
RIVAL = ("مربی تیم مهمان", "e2", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «به Y طعنه زد»: a taunt aimed at a party, like «کنایه»
            "وزیر اقتصاد در سخنرانی خود به رئیس بانک مرکزی طعنه زد.",
            [("وزیر اقتصاد", "e1", "PER"), ("رئیس بانک مرکزی", "e2", "PER")],
            [("ACCUSE", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # the noun in a headline: «طعنه X به Y»
            "طعنه مربی تیم میزبان به مربی تیم مهمان",
            [COACH, RIVAL],
            [("ACCUSE", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # guard: a taunt at no named party is no event
            "وزیر اقتصاد در سخنرانی خود به منتقدان طعنه زد.",
            [("وزیر اقتصاد", "e1", "PER")],
            [],
        ),
    ],
)
def test_taunts(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected

"""Event rules of session 13b: whom a stance concerns when it is named inside the stance's object phrase
(«از برقراری تماس میان X و Y حمایت کرد», «ارسال قطعات به X را رد کرد»). Entities are given by hand, as in
tests/test_events.py; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

UNION = ("اتحادیه عرب", "e1", "ORG")
EGYPT = ("مصر", "e2", "LOC")
SUDAN = ("سودان", "e3", "LOC")
AGENCY = ("بانک جهانی", "e4", "ORG")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «میان X و Y» inside the supported act: the support concerns both parties
            "اتحادیه عرب از آغاز مذاکره میان مصر و سودان حمایت کرد.",
            [UNION, EGYPT, SUDAN],
            [("SUPPORT", "verbal", ["e1"], ["e2", "e3"], None, None, None, "asserted")],
        ),
        (  # «بین» is the same word of «between»
            "اتحادیه عرب از ادامه همکاری بین مصر و سودان استقبال کرد.",
            [UNION, EGYPT, SUDAN],
            [("SUPPORT", "verbal", ["e1"], ["e2", "e3"], None, None, None, "asserted")],
        ),
        (  # the rejected act is aimed at X («به X»): X is whom the rejection concerns
            "مصر پیش از این فروش هرگونه سلاح به سودان را رد کرده بود.",
            [EGYPT, SUDAN],
            [("REJECT", None, ["e2"], ["e3"], None, None, None, "asserted")],
        ),
        (  # a bare object mention outside any phrase is still preferred over the one inside it
            "اتحادیه عرب این گزارش بانک جهانی درباره سودان را رد کرد.",
            [UNION, AGENCY, SUDAN],
            [("REJECT", None, ["e1"], ["e4"], None, None, None, "asserted")],
        ),
    ],
)
def test_stance_targets_inside_object(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «که X خواستار آن است»: the «آن» of a relative clause tells what X wishes, no demand is made
            "مصر از طرحی که اتحادیه عرب خواستار آن است پشتیبانی نمی‌کند.",
            [UNION, EGYPT],
            [],
        ),
        (  # «X خواستار آن است که …»: a demand with its content clause is still a request
            "اتحادیه عرب خواستار آن است که مصر مرزها را باز کند.",
            [UNION, EGYPT],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «X خواستار آن است.» outside a relative clause: X demands it
            "اتحادیه عرب خواستار آن است.",
            [UNION],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
    ],
)
def test_wish_in_relative_clause(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «با وجود آنکه X …»: «آنکه» opens a clause whose subject X makes the request
            "با وجود آنکه اتحادیه عرب از مصر خواست تا مرزها را باز کند، گذرگاه بسته ماند.",
            [UNION, EGYPT],
            [("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «پس از آن‌که X …» with a ZWNJ is the same subordinator
            "پس از آن‌که اتحادیه عرب از مصر خواست تا مرزها را باز کند، گذرگاه باز شد.",
            [UNION, EGYPT],
            [("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
    ],
)
def test_subject_after_subordinator(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

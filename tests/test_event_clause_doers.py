"""Who does an act told inside a subordinate clause: the subject after «اینکه» (khabar.stages.event_subject).
Our own sentences."""

from __future__ import annotations

import pytest

from events_helpers import events_brief

DATE = "2017-10-18"


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «مبنی بر اینکه X به Y حمله کرده است»: X attacked, not the minister who denies the reports
            "وزیر دفاع ژاپن گزارش‌هایی مبنی بر اینکه چین به گارد ساحلی ژاپن حمله کرده است را تکذیب کرد.",
            [("وزیر دفاع ژاپن", "e1", "PER"), ("چین", "e2", "LOC"), ("گارد ساحلی ژاپن", "e3", "ORG")],
            [("ASSAULT", None, ["e2"], ["e3"], None, None, None, "denied")],
        ),
        (  # «با تاکید بر اینکه X Y را تهدید کرده است، …»: X threatens inside the clause; past its comma the
            # main clause's subject asks
            "رئیس پارلمان اروپا با تاکید بر اینکه روسیه اوکراین را تهدید کرده است، خواستار آرامش شد.",
            [("رئیس پارلمان اروپا", "e1", "PER"), ("روسیه", "e2", "LOC"), ("اوکراین", "e3", "LOC")],
            [("THREATEN", None, ["e2"], ["e3"], None, None, None, "asserted"),
             ("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «با یادآوری اینکه X از Y حمایت کرده است گفت»: no comma, the clause still ends at its verb
            "سخنگوی ناتو با یادآوری اینکه ترکیه از ارتش عراق حمایت کرده است گفت: وضع آرام است.",
            [("سخنگوی ناتو", "e1", "PER"), ("ترکیه", "e2", "LOC"), ("ارتش عراق", "e3", "ORG")],
            [("SUPPORT", "verbal", ["e2"], ["e3"], None, None, None, "asserted")],
        ),
    ],
)
def test_subject_after_subordinator(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected

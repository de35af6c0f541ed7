"""Who acts on whom in world news (session 21, sentences we wrote): an attack whose doer is named, a capital
standing for its state.

Entities are given by hand (surface, entity id, label), so only the event rules are under test.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «حمله X به …»: an attack whose doer is named is an event though what it hit is no party
            "نماینده مجلس از حمله نیروهای آمریکایی به یک جشن عروسی در روستایی مرزی یاد کرد.",
            [("نماینده مجلس", "p5", "PER"), ("نیروهای آمریکایی", "p6", "ORG")],
            [("ASSAULT", None, ["p6"], [], None, None, None, "asserted")],
        ),
        (  # the same told by a speaker: the anniversary of an attack on a building that is no entity
            "وی گفت: امروز سالروز حمله ارتش بعث به مسجد جامع شهر است.",
            [("وی", "p7", "PER"), ("ارتش بعث", "p8", "ORG")],
            [("ASSAULT", None, ["p8"], [], None, "امروز", "2019-05-12", "asserted")],
        ),
        (  # (review 21) with no «به» after its doer the attack noun is aimed at nothing told: no event
            "نماینده مجلس از حمله نیروهای آمریکایی سخن گفت.",
            [("نماینده مجلس", "p5", "PER"), ("نیروهای آمریکایی", "p6", "ORG")],
            [],
        ),
        (  # a capital stands for its state: the title's «دهلی‌نو … اسلام‌آباد را» and the lead's «هند … پاکستان را»
            # are one accusation (data/capitals.tsv)
            "دهلی‌نو بار دیگر اسلام‌آباد را به حمایت از شبه‌نظامیان متهم کرد.\n"
            "هند امروز پاکستان را به حمایت از شبه‌نظامیان مرزی متهم کرد.",
            [("دهلی‌نو", "p13", "LOC"), ("اسلام‌آباد", "p14", "LOC"), ("هند", "p15", "LOC"), ("پاکستان", "p16", "LOC")],
            [("ACCUSE", "verbal", ["p13"], ["p14"], None, "امروز", "2019-05-12", "asserted")],
        ),
        (  # the same with «پکن» and «واشنگتن» for China and the United States
            "پکن بار دیگر واشنگتن را به دخالت در امور داخلی متهم کرد.\n"
            "چین امروز آمریکا را به دخالت در امور هنگ کنگ متهم کرد.",
            [("پکن", "p17", "LOC"), ("واشنگتن", "p18", "LOC"), ("چین", "p19", "LOC"), ("آمریکا", "p20", "LOC")],
            [("ACCUSE", "verbal", ["p17"], ["p18"], None, "امروز", "2019-05-12", "asserted")],
        ),
    ],
)
def test_world_parties(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

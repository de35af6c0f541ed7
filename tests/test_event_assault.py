"""Attacks and clashes told the way war news tells them (session 15): the other side of a clash named as a
group before its country or people («درگیری میان X و شورشیان مسلح Y»), and a report opened by a comma after a verb of saying
(«X اعلام کرد، … تیراندازی کردند»), whose speaker is no attacker. Entities are given by hand, as in
tests/test_events.py; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

ARMY = ("ارتش سودان", "e1", "ORG")
REBELS = ("دارفور", "e2", "GPE")
REGIME = ("رژیم صهیونیستی", "e3", "ORG")
GAZA = ("غزه", "e4", "GPE")
SOURCE = ("یک مقام امنیتی", "e5", "PER")
ENVOY = ("سفیر ژاپن", "e6", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «درگیری میان X و شورشیان مسلح Y»: the second side is a group named by the region it belongs to
            "در پی درگیری میان ارتش سودان و شورشیان مسلح دارفور دست کم هفت نفر جان باختند.",
            [ARMY, REBELS],
            [("ASSAULT", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «درگیری X و گروه‌های مقاومت Y»: the genitive names both sides, the second after common nouns
            "درگیری رژیم صهیونیستی و گروه‌های مسلح غزه همچنان ادامه دارد.",
            [REGIME, GAZA],
            [("ASSAULT", None, ["e3"], ["e4"], None, None, None, "asserted")],
        ),
    ],
)
def test_clash_sides(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X اعلام کرد، افراد ناشناس … تیراندازی کردند»: the one who reports the shooting did not shoot
            "یک مقام امنیتی روز شنبه اعلام کرد، مردان مسلح به سوی خودروی سفیر ژاپن تیراندازی کردند.",
            [SOURCE, ENVOY],
            [("ASSAULT", "firearms", [], ["e6"], None, None, None, "asserted")],
        ),
        (  # «X گفت، …»: a comma after a verb of saying opens the report as a colon would
            "یک مقام امنیتی گفت، مردان مسلح سفیر ژاپن را هدف قرار دادند.",
            [SOURCE, ENVOY],
            [("ASSAULT", None, [], ["e6"], None, None, None, "asserted")],
        ),
    ],
)
def test_reporter_is_no_attacker(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «خودروی X هدف تیراندازی قرار گرفت»: a passive attack on a car is one on its owner
            "خودروی سفیر ژاپن در کابل هدف تیراندازی قرار گرفت.",
            [("سفیر ژاپن", "e1", "PER"), ("کابل", "e2", "LOC")],
            [("ASSAULT", None, [], ["e1"], "e2", None, None, "asserted")],
        ),
        (  # «کاروان X هدف حمله قرار گرفت»: the convoy's owner was attacked
            "کاروان نیروهای ائتلاف در جنوب بغداد هدف حمله قرار گرفت.",
            [("نیروهای ائتلاف", "e1", "ORG"), ("بغداد", "e2", "LOC")],
            [("ASSAULT", None, [], ["e1"], "e2", None, None, "asserted")],
        ),
    ],
)
def test_passive_subject_after_its_head(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


SPEAKER = ("حسن کریمی", "e7", "PER")
MINISTER = ("وزیر خارجه ترکیه", "e8", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «با وجود تهاجمات و جنگ روانی دشمن»: two nouns joined by «و» with no light verb after them are a
            # phrase of the quote, not an attack by its speaker
            "حسن کریمی گفت: امروز با وجود تهاجمات و جنگ روانی دشمن باید به ایمان تکیه کنیم.",
            [SPEAKER],
            [],
        ),
        (  # «دیدار و گفت‌وگو کرد»: the second noun's light verb makes both the subject's act
            "حسن کریمی با وزیر خارجه ترکیه دیدار و گفت‌وگو کرد.",
            [SPEAKER, MINISTER],
            [("CONSULT", "meeting", ["e7"], ["e8"], None, None, None, "asserted")],
        ),
        (  # «عیادت و دلجویی کرد»: the sick visit is the subject's act only through the light verb after «دلجویی»
            "حسن کریمی از جانبازان عیادت و دلجویی کرد.",
            [SPEAKER],
            [("CONSULT", "visit", ["e7"], [], None, None, None, "asserted")],
        ),
        (  # «تهاجمات و تحریم‌ها، مقاومت کردیم»: the light verb after the comma is another clause's
            "حسن کریمی گفت: با وجود تهاجمات و تحریم‌ها، مقاومت کردیم.",
            [SPEAKER],
            [],
        ),
        (  # «تهاجمات و تحریم‌ها پیشرفت کردیم»: «کردیم» has a noun of its own, «پیشرفت»; the attacks are the
            # enemy's, not the speaker's
            "حسن کریمی گفت: با وجود تهاجمات و تحریم‌ها پیشرفت کردیم.",
            [SPEAKER],
            [],
        ),
        (  # «تهاجمات و در شرایط تحریم …»: «در» after «و» opens a phrase of place or time, no second predicate
            "حسن کریمی گفت: با وجود تهاجمات و در شرایط تحریم کار کردیم.",
            [SPEAKER],
            [],
        ),
        (  # «تهاجمات و به رغم تحریم‌ها …»: «به رغم» is a concession, no second predicate
            "حسن کریمی گفت: با وجود تهاجمات و به رغم تحریم‌ها تلاش کردیم.",
            [SPEAKER],
            [],
        ),
        (  # «از X عیادت و از Y … کرد»: a preposition after «و» opens a second predicate; the first verb is
            # left out, so the sick visit is still the subject's act
            "حسن کریمی از چند تن از جانبازان عیادت و از خداوند برای آنان آرزوی سلامتی کرد.",
            [SPEAKER],
            [("CONSULT", "visit", ["e7"], [], None, None, None, "asserted")],
        ),
    ],
)
def test_joined_nouns_need_a_verb(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

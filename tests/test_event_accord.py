"""Event rules of session 16 (agreements, support, cooperation, concessions): a signing noun and the document
right after it are one trigger («امضای تفاهم‌نامه همکاری با Y»), an agreement the subject speaks of is its own
(«X با اشاره به امضای … با Y»), two adjectives joined by «و» before a noun's genitive («توافق پنهانی و غیرعلنی X
با Y»), the second party after «بین X … و Y» when the first one's name runs on past its mention, an act noun after «بر» whose doer is the one who
emphasizes it («X بر گسترش همکاری با Y تاکید کرد»), and yielding with no one it is owed to («از سمت خود
کناره‌گیری کرد»). Entities are given by hand, as in tests/test_events.py; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

BANK = ("بانک کشاورزی", "e1", "ORG")
RELIEF = ("جمعیت امداد", "e2", "ORG")
HEAD = ("رئیس بانک کشاورزی", "e3", "PER")
ZONE = ("سازمان منطقه", "e4", "ORG")
EGYPT = ("مصر", "e5", "LOC")
SUDAN = ("سودان", "e6", "LOC")
HAMAS = ("حماس", "e7", "ORG")
ISRAEL = ("اسرائیل", "e8", "LOC")
MINISTER = ("وزیر خارجه مصر", "e9", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «انعقاد تفاهم‌نامه همکاری بین X و Y»: the document «of cooperation» is part of the signing, no cooperation
            "انعقاد تفاهم‌نامه همکاری بین بانک کشاورزی و جمعیت امداد",
            [BANK, RELIEF],
            [("AGREE", "sign", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «X با اشاره به امضای تفاهم‌نامه همکاری با Y گفت»: the signing the subject speaks of is its own
            "رئیس بانک کشاورزی با اشاره به امضای تفاهم‌نامه با جمعیت امداد گفت: روستاییان وام می‌گیرند.",
            [HEAD, RELIEF],
            [("AGREE", "sign", ["e3"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «X درباره انعقاد قرارداد همکاری با Y …»: the same after «درباره»
            "رئیس بانک کشاورزی درباره انعقاد قرارداد همکاری با جمعیت امداد توضیح داد.",
            [HEAD, RELIEF],
            [("AGREE", "sign", ["e3"], ["e2"], None, None, None, "asserted")],
        ),
    ],
)
def test_document_signed(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «توافق پنهانی و غیرعلنی X با Y»: two adjectives joined by «و», then the genitive doer
            "روزنامه‌ها از توافق پنهانی و غیرعلنی حماس با اسرائیل نوشتند.",
            [HAMAS, ISRAEL],
            [("AGREE", "verbal", ["e7"], ["e8"], None, None, None, "asserted")],
        ),
        (  # «حمایت قاطع و همه‌جانبه X از Y»: an adjective in «جانبه» after «و»
            "حمایت قاطع و همه‌جانبه مصر از سودان ادامه دارد.",
            [EGYPT, SUDAN],
            [("SUPPORT", "verbal", ["e5"], ["e6"], None, None, None, "asserted")],
        ),
    ],
)
def test_joined_adjectives(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «توافق بین X آزاد و Y»: the first party's name runs on one word past its mention
            "توافق بین سازمان منطقه آزاد و بانک کشاورزی دیروز امضا شد.",
            [ZONE, BANK],
            [("AGREE", "sign", ["e4"], ["e1"], None, "دیروز", "2019-05-11", "asserted")],
        ),
        (  # the same after a signing noun and its document
            "انعقاد تفاهم‌نامه بین سازمان منطقه آزاد و بانک کشاورزی",
            [ZONE, BANK],
            [("AGREE", "sign", ["e4"], ["e1"], None, None, None, "asserted")],
        ),
    ],
)
def test_between_second_party(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


GOVERNOR = ("استاندار", "e10", "PER")
PROVINCE = ("استان مرزی", "e11", "LOC")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «تاکید X بر گسترش همکاری با Y» (a headline): the one who emphasizes the act does it
            "تاکید مصر بر گسترش همکاری‌ها با سودان",
            [EGYPT, SUDAN],
            [("COOPERATE", None, ["e5"], ["e6"], None, None, None, "asserted")],
        ),
        (  # «X بر ادامه حمایت از Y تاکید کرد»: the same told by the verb of emphasis after the noun
            "وزیر خارجه مصر بر ادامه حمایت از سودان تاکید کرد.",
            [MINISTER, SUDAN],
            [("SUPPORT", "verbal", ["e9"], ["e6"], None, None, None, "asserted")],
        ),
        (  # «تاکید استاندار استان X مصر بر …»: a title and the names inside it; the one right before «بر»
            "تاکید استاندار استان مرزی مصر بر تقویت همکاری با سودان",
            [GOVERNOR, PROVINCE, EGYPT, SUDAN],
            [("COOPERATE", None, ["e5"], ["e6"], None, None, None, "asserted")],
        ),
    ],
)
def test_emphasized_act(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


COURT = ("دیوان عالی سودان", "e12", "ORG")
CUSTOMS = ("گمرک", "e13", "ORG")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X از سمت خود کناره‌گیری کرد»: stepping down, a concession with no one it is owed to
            "وزیر خارجه مصر دیروز از سمت خود کناره‌گیری کرد.",
            [MINISTER],
            [("CONCEDE", None, ["e9"], [], None, "دیروز", "2019-05-11", "asserted")],
        ),
        (  # «X حکم … را به حبس ابد تقلیل داد»: a sentence commuted
            "دیوان عالی سودان حکم اعدام سه زندانی را به حبس ابد تقلیل داد.",
            [COURT],
            [("CONCEDE", None, ["e12"], [], None, None, None, "asserted")],
        ),
        (  # «X از شکایت خود صرف‌نظر کرد»: a claim waived
            "گمرک پس از پرداخت جریمه از شکایت خود صرف‌نظر کرد.",
            [CUSTOMS],
            [("CONCEDE", None, ["e13"], [], None, None, None, "asserted")],
        ),
    ],
)
def test_yielding(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

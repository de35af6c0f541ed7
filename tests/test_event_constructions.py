"""The «مورد N قرار داد/گرفت» construction for more event nouns (session 20, sentences we wrote).

Entities are given by hand (surface, entity id, label), so only the event rules are under test.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

CITY_HALL = ("شهرداری تهران", "p1", "ORG")
COUNCIL = ("شورای شهر", "p2", "ORG")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X از سوی Y مورد تمسخر قرار گرفت»: the passive of mocking; Y mocked X
            "شهرداری تهران از سوی شورای شهر مورد تمسخر قرار گرفت.",
            [CITY_HALL, COUNCIL],
            [("ACCUSE", "verbal", ["p2"], ["p1"], None, None, None, "asserted")],
        ),
        (  # «Y X را مورد اعتراض قرار دادند»: the active; Y protested against X
            "نمایندگان کارگران تصمیم هیئت مدیره شرکت را مورد اعتراض قرار دادند.",
            [("نمایندگان کارگران", "p1", "ORG"), ("هیئت مدیره شرکت", "p2", "ORG")],
            [("ACCUSE", "verbal", ["p1"], ["p2"], None, None, None, "asserted")],
        ),
        (  # «مورد استقبال قرار داد»: welcoming a party's proposal supports the party
            "دولت فرانسه پیشنهاد ایران را مورد استقبال قرار داد.",
            [("ایران", "p1", "LOC"), ("دولت فرانسه", "p2", "ORG")],
            [("SUPPORT", "verbal", ["p2"], ["p1"], None, None, None, "asserted")],
        ),
        (  # «مورد تأیید قرار داد» (with hamza): approving a party's draft
            "شورای امنیت قطعنامه پیشنهادی فرانسه را مورد تأیید قرار داد.",
            [("شورای امنیت", "p1", "ORG"), ("فرانسه", "p2", "LOC")],
            [("SUPPORT", "verbal", ["p1"], ["p2"], None, None, None, "asserted")],
        ),
        (  # «X از سوی Y مورد هجوم قرار گرفت»: an assault told in the passive
            "فرماندار مشهد از سوی معترضان مورد هجوم قرار گرفت.",
            [("فرماندار مشهد", "p1", "PER"), ("معترضان", "p2", "ORG")],
            [("ASSAULT", None, ["p2"], ["p1"], None, None, None, "asserted")],
        ),
        (  # «مورد ضرب و شتم قرار گرفت» with no doer named: an assault with actors []
            "رئیس‌جمهور ونزوئلا از سوی مخالفان مورد ضرب و شتم قرار گرفت.",
            [("رئیس‌جمهور ونزوئلا", "p1", "PER")],
            [("ASSAULT", None, [], ["p1"], None, None, None, "asserted")],
        ),
        (  # «مورد تحریم قرار داد»: a sanction told by the construction
            "وزارت خزانه‌داری آمریکا شرکت کشتیرانی ایران را مورد تحریم قرار داد.",
            [("شرکت کشتیرانی ایران", "p1", "ORG"), ("وزارت خزانه‌داری آمریکا", "p2", "ORG")],
            [("SANCTION", None, ["p2"], ["p1"], None, None, None, "asserted")],
        ),
        (  # «X را مورد بازدید قرار داد»: a visit to a site
            "وزیر بهداشت بیمارستان امام رضا مشهد را مورد بازدید قرار داد.",
            [("بیمارستان امام رضا مشهد", "p1", "ORG"), ("وزیر بهداشت", "p2", "PER")],
            [("CONSULT", "visit", ["p2"], ["p1"], None, None, None, "asserted")],
        ),
    ],
)
def test_mored_construction(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

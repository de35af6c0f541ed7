"""Event rules of session 28 (evcoop): a ban or restriction lifted or eased is CONCEDE («X قانون منع … را لغو
کرد», «X ساعات ممنوعیت … را کاهش داد»; only with the ban word earlier in the clause), arming a party is AID/military
(«تسلیح X توسط Y»), and a sentence that opens with «در اعتراض به X،» names who protests as the subject after
its comma; a verb whose row needs a word the clause lacks ends no clause. Entities are given by hand, as in
tests/test_events.py; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

JORDAN_GOV = ("دولت اردن", "e1", "ORG")
GOVERNOR = ("فرماندار نظامی", "e2", "PER")
BANK = ("بانک مرکزی", "e3", "ORG")
YEMEN_ARMY = ("ارتش یمن", "e4", "ORG")
SAUDI = ("عربستان", "e5", "LOC")
AUDITOR = ("مدیرعامل سازمان حسابرسی", "e6", "PER")
COURT = ("دیوان عدالت اداری", "e7", "ORG")
ENVOY = ("سفیر چین", "e8", "PER")
MINISTER = ("وزیر خارجه آمریکا", "e9", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X قانون منع … را لغو کرد»: a ban lifted by the one who imposed it is a concession
            "دولت اردن قانون منع ورود خبرنگاران به مرز را لغو کرد.",
            [JORDAN_GOV],
            [("CONCEDE", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «X ساعات ممنوعیت رفت و آمد را کاهش داد»: a restriction eased
            "فرماندار نظامی ساعات ممنوعیت رفت و آمد را کاهش داد.",
            [GOVERNOR],
            [("CONCEDE", None, ["e2"], [], None, None, None, "asserted")],
        ),
        (  # «X نرخ سود را کاهش داد»: with no ban word, a cut is no concession
            "بانک مرکزی نرخ سود بانکی را کاهش داد.",
            [BANK],
            [],
        ),
        (  # «مسابقه … لغو شد»: a match called off is no concession either
            "بانک مرکزی اعلام کرد جلسه هفته آینده لغو شد.",
            [BANK],
            [],
        ),
    ],
)
def test_ban_lifted(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «تسلیح X توسط Y»: the armed one is the genitive, the doer the agent
            "تسلیح ارتش یمن توسط عربستان ادامه دارد.",
            [YEMEN_ARMY, SAUDI],
            [("AID", "military", ["e5"], ["e4"], None, None, None, "asserted")],
        ),
    ],
)
def test_arming_is_aid(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «در اعتراض به X؛ Y استعفا کرد»: a headline opening with the phrase, the one who protests after «؛»
            "در اعتراض به رای دیوان عدالت اداری؛ مدیرعامل سازمان حسابرسی استعفا کرد.",
            [AUDITOR, COURT],
            [("PROTEST", None, ["e6"], ["e7"], None, None, None, "asserted")],
        ),
        (  # «در اعتراض به سخنان X، Y …»: the same after a comma
            "در اعتراض به سخنان وزیر خارجه آمریکا، سفیر چین جلسه را ترک کرد.",
            [ENVOY, MINISTER],
            [("PROTEST", None, ["e8"], ["e9"], None, None, None, "asserted")],
        ),
    ],
)
def test_protest_phrase_first(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «… پس از آنکه X قانون حالت فوق‌العاده را لغو کرد، Y حمله کرد»: without a ban word «لغو کرد» is no
            # trigger and ends no clause, so the time that opens the sentence still dates the attack
            "روز چهارشنبه چند ساعت پس از آنکه دولت اردن قانون حالت فوق‌العاده را لغو کرد، ارتش یمن به مواضع عربستان حمله کرد.",
            [JORDAN_GOV, YEMEN_ARMY, SAUDI],
            [("ASSAULT", None, ["e4"], ["e5"], None, "روز چهارشنبه", "2019-05-08", "asserted")],
        ),
    ],
)
def test_unmet_row_ends_no_clause(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

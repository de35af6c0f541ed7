"""Event rules of session 28 (evcoop): a ban or restriction lifted or eased is CONCEDE («X قانون منع … را لغو
کرد», «X ساعات ممنوعیت … را کاهش داد»; only with the ban word in the object before the verb, and not when asked for), arming a party is AID/military
(«تسلیح X توسط Y»), and a sentence that opens with «در اعتراض به X،» names who protests as the subject after
its comma (not an object «… را», nor a place that is the setting); a verb whose row needs a word the clause lacks
ends no clause. Entities are given by hand, as in
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
AUDITOR = ("رئیس سازمان بازرسی", "e6", "PER")
COURT = ("دیوان عدالت اداری", "e7", "ORG")
ENVOY = ("سفیر چین", "e8", "PER")
MINISTER = ("وزیر خارجه آمریکا", "e9", "PER")
BEIJING = ("پکن", "e10", "LOC")
CHINA = ("چین", "e11", "LOC")


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
        (  # «جلسه … لغو شد»: a session called off is no concession either
            "بانک مرکزی اعلام کرد جلسه هفته آینده لغو شد.",
            [BANK],
            [],
        ),
        (  # «X از امروز محدودیت‌های … را لغو کرد»: a time phrase before the object leaves the ban word in it
            "دولت اردن از امروز محدودیت‌های تردد شبانه را لغو کرد.",
            [JORDAN_GOV],
            [("CONCEDE", None, ["e1"], [], None, "امروز", "2019-05-12", "asserted")],
        ),
        (  # «به سبب محدودیت منابع»: the ban word is the cause, not what was cut (the object is the bread subsidy)
            "دولت اردن به سبب محدودیت منابع مالی یارانه نان را کاهش داد.",
            [JORDAN_GOV],
            [],
        ),
        (  # the ban word belongs to an earlier verb («… وضع کرد و»): the fuel quota cut is no concession
            "دولت اردن محدودیت‌های تازه‌ای بر واردات وضع کرد و سهمیه سوخت را کاهش داد.",
            [JORDAN_GOV],
            [],
        ),
        (  # «قرارداد منعقده … را لغو کرد»: «منعقده» (concluded) only starts like the ban word «منع»: a contract
            # voided, no concession
            "دولت اردن قرارداد منعقده با شرکت توتال را لغو کرد.",
            [JORDAN_GOV],
            [],
        ),
        (  # «قرارداد منعقدشده …»: the same with the participle written whole
            "دولت اردن قرارداد منعقدشده با عربستان را لغو کرد.",
            [JORDAN_GOV, SAUDI],
            [],
        ),
        (  # «ممنوعیت‌های سفر را لغو کرد»: the ban word with the plural ezafe ending is still the ban
            "دولت اردن ممنوعیت‌های سفر زائران را لغو کرد.",
            [JORDAN_GOV],
            [("CONCEDE", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «X از Y خواست ممنوعیت … را لغو کند»: asked for, so no concession (only the request)
            "دولت اردن از عربستان خواست ممنوعیت سفر زائران را لغو کند.",
            [JORDAN_GOV, SAUDI],
            [("REQUEST", None, ["e1"], ["e5"], None, None, None, "asserted")],
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
        (  # «در اعتراض به X؛ Y استعفا داد»: a headline opening with the phrase, the one who protests after «؛»
            "در اعتراض به حکم دیوان عدالت اداری؛ رئیس سازمان بازرسی از سمت خود استعفا داد.",
            [AUDITOR, COURT],
            [("PROTEST", None, ["e6"], ["e7"], None, None, None, "asserted")],
        ),
        (  # «در اعتراض به سخنان X، Y …»: the same after a comma
            "در اعتراض به سخنان وزیر خارجه آمریکا، سفیر چین جلسه را ترک کرد.",
            [ENVOY, MINISTER],
            [("PROTEST", None, ["e8"], ["e9"], None, None, None, "asserted")],
        ),
        (  # «در اعتراض به X، چین سفیر خود را فراخواند»: a country after the comma acts (recalls its envoy)
            "در اعتراض به سخنان وزیر خارجه آمریکا، چین سفیر خود را فراخواند.",
            [CHINA, MINISTER],
            [("PROTEST", None, ["e11"], ["e9"], None, None, None, "asserted")],
        ),
    ],
)
def test_protest_phrase_first(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «در اعتراض به X، Y را … فراخواندند»: the envoy after the comma is the object (summoned), not who protests
            "در اعتراض به سخنان وزیر خارجه آمریکا، سفیر چین را به وزارت خارجه فراخواندند.",
            [ENVOY, MINISTER],
            [],
        ),
        (  # «در اعتراض به X، پکن صحنه …»: a city that is the scene of something does not protest
            "در اعتراض به سخنان وزیر خارجه آمریکا، پکن صحنه راهپیمایی بزرگی بود.",
            [BEIJING, MINISTER],
            [],
        ),
        (  # «در اعتراض به X، ترکیه میزبان نشست … شد»: hosting a session is a meeting, not the protest act
            # (data/setting_words.txt keeps «میزبان»)
            "در اعتراض به حمله اسرائیل، ترکیه میزبان نشست اضطراری کشورهای اسلامی شد.",
            [("ترکیه", "e12", "LOC"), ("اسرائیل", "e13", "LOC")],
            [],
        ),
        (  # «… پکن دیروز شاهد …»: a place that saw something, past a time, does not protest either
            "در اعتراض به سخنان وزیر خارجه آمریکا، پکن دیروز شاهد گردهمایی دانشجویان بود.",
            [BEIJING, MINISTER],
            [],
        ),
    ],
)
def test_protest_phrase_first_not_subject(nlp_bare, text, mentions, expected) -> None:
    assert [e for e in events_brief(nlp_bare, text, mentions) if e[0] == "PROTEST"] == expected


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

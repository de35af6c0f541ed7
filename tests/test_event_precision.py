"""Event rules that keep precision: conditions, missing parties, media, nested phrases (sentences we wrote).

Entities are given by hand (surface, entity id, label), so only the event rules are under test.
"""

from __future__ import annotations

import pytest

import khabar
from events_helpers import REPLACED, brief, run_events
from khabar.stages.events import kin_entities

DATE = "2017-10-18"  # a Wednesday

IRAN = ("ایران", "e1", "LOC")
LAVROV = ("وزیر خارجه روسیه", "e2", "PER")
EU = ("اتحادیه اروپا", "e3", "ORG")


@pytest.fixture(scope="module")
def nlp_bare():
    return khabar.load(None, exclude=REPLACED)


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # a condition («اگر … مخالفت کند») is not a happening
            "کارشناس آمریکایی گفت اگر ایران با این طرح مخالفت کند، پرونده به شورای امنیت می‌رود.",
            [IRAN],
            [],
        ),
        (  # an obligation («باید … مذاکره می‌کرد») is not a happening
            "او گفت رئیس تشکیلات خودگردان یا باید با اتحادیه اروپا مذاکره می‌کرد یا با مردم.",
            [("رئیس تشکیلات خودگردان", "e4", "PER"), EU],
            [],
        ),
        (  # nobody meets: a meeting with a dropped subject names no actor and is left out
            "دیروز با وزیر خارجه روسیه دیدار کرد.",
            [LAVROV],
            [],
        ),
        (  # «X هدف حمله قرار گرفت»: X was attacked, by someone unnamed
            "وزیر کشور عراق روز گذشته هدف حمله قرار گرفت.",
            [("وزیر کشور عراق", "e5", "PER")],
            [("ASSAULT", None, [], ["e5"], None, "روز گذشته", "2017-10-17", "asserted")],
        ),
        (  # «X و در صدر آن Y» are both the accusers
            "اتحادیه اروپا و در صدر آن فرانسه، ایران را به نقض توافق متهم کردند.",
            [EU, ("فرانسه", "e6", "LOC"), IRAN],
            [("ACCUSE", "verbal", ["e3", "e6"], ["e1"], None, None, None, "asserted")],
        ),
        (  # «X role و Y role … با هم دیدار کردند»: the second name after an apposition is a party too
            "سرگئی لاوروف وزیر خارجه روسیه و جواد ظریف وزیر امور خارجه ایران در مسکو با هم دیدار کردند.",
            [("سرگئی لاوروف", "e2", "PER"), LAVROV, ("جواد ظریف", "e7", "PER"),
             ("وزیر امور خارجه ایران", "e7", "PER"), ("مسکو", "e8", "LOC")],
            [("CONSULT", "meeting", ["e2"], ["e7"], "e8", None, None, "asserted")],
        ),
        (  # a trip and a visit told in one sentence are one happening
            "وزیر بازرگانی امروز در سفر به استان فارس از یک کارخانه بازدید کرد.",
            [("وزیر بازرگانی", "e9", "PER"), ("استان فارس", "e10", "LOC")],
            [("CONSULT", "visit", ["e9"], ["e10"], "e10", "امروز", DATE, "asserted")],
        ),
        (  # «از حامیان خروج از X خواست»: X is inside the phrase; the request names no one we know
            "وزیر دارایی انگلیس از حامیان خروج از اتحادیه اروپا خواست طرحی ارائه کنند.",
            [("وزیر دارایی انگلیس", "e11", "PER"), EU],
            [],
        ),
        (  # a relative clause is not the phrase after «از»: «از نقشی که X خواستار آن است»; X asks
            # (a request with no addressee); Russia neither asks X nor supports X
            "روسیه از نقشی که آمریکا خواستار آن است حمایت کرد.",
            [("روسیه", "e12", "LOC"), ("آمریکا", "e13", "LOC")],
            [("REQUEST", None, ["e13"], [], None, None, None, "asserted")],
        ),
        (  # a medium in «به گزارش X» is no target of an attack
            "به گزارش خبرگزاری فرانسه، نخست‌وزیر ترکیه گفت حمله نظامی راه حل نیست.",
            [("خبرگزاری فرانسه", "e14", "ORG"), ("نخست‌وزیر ترکیه", "e15", "PER")],
            [],
        ),
        (  # a quoted name after a noun («در منطقه «X»») is no subject
            "به گفته وی، سربازان مرزی پاکستان به مواضع هند در منطقه «کرگیل» حمله کردند.",
            [("پاکستان", "e16", "LOC"), ("هند", "e17", "LOC"), ("کرگیل", "e18", "LOC")],
            [("ASSAULT", None, ["e16"], ["e17"], "e18", None, None, "asserted")],
        ),
        (  # new table rows: «ابراز نگرانی کرد» with «نسبت به X»
            "نخست‌وزیر عراق نسبت به دخالت ایران ابراز نگرانی کرد.",
            [("نخست‌وزیر عراق", "e19", "PER"), IRAN],
            [("ACCUSE", "verbal", ["e19"], ["e1"], None, None, None, "asserted")],
        ),
        (  # «سفر سه روزه خود را به X آغاز کرد»: the subject's trip; «سه روزه» is a modifier
            "نخست‌وزیر عراق امروز سفر سه روزه خود را به لبنان آغاز کرد.",
            [("نخست‌وزیر عراق", "e20", "PER"), ("لبنان", "e21", "LOC")],
            [("CONSULT", "visit", ["e20"], ["e21"], "e21", "امروز", DATE, "asserted")],
        ),
        (  # an attack on a named person is a happening even as a bare noun, by someone unnamed
            "در پی ترور نخست‌وزیر سابق لبنان، تنش‌ها در این کشور افزایش یافت.",
            [("نخست‌وزیر سابق لبنان", "e22", "PER")],
            [("ASSAULT", "assassinate", [], ["e22"], None, None, None, "asserted")],
        ),
        (  # a call has someone at the other end: with none named it is left out
            "وزیر خارجه روسیه دیروز در تماس تلفنی گفت که مذاکرات ادامه دارد.",
            [LAVROV],
            [],
        ),
        (  # a time before «گفت» dates the speaking, not the attack told after it
            "فرمانده پلیس روز گذشته گفت شورشیان به مواضع ارتش حمله کردند.",
            [("فرمانده پلیس", "e23", "PER"), ("شورشیان", "e24", "ORG"), ("ارتش", "e25", "ORG")],
            [("ASSAULT", None, ["e24"], ["e25"], None, None, None, "asserted")],
        ),
    ],
)
def test_precision_rules(nlp_bare, text, mentions, expected) -> None:
    doc = run_events(nlp_bare, text, mentions, date=DATE)
    assert brief(doc) == expected


def test_kin_entities() -> None:
    # «معاون وزیر نفت ایران» holds «ایران»: the official is kin to the country (for merging a title's
    # «ایران خواستار …» with the body's «معاون وزیر نفت ایران … خواست»).
    entities = [{"id": "e1", "label": "LOC", "mentions": [[0, 5], [20, 25]]},
                {"id": "e2", "label": "PER", "mentions": [[8, 25]]}]
    assert kin_entities(entities) == {"e2": {"e1"}}

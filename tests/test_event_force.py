"""Coercion and force told the way police reports and war news tell them (session 14): a round-up told by
a noun with its doer in an agent phrase («کشف … توسط پلیس X»), an agent named before a list of such nouns
and verbs. Entities are given by hand, as in tests/test_events.py; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

POLICE = ("پلیس امنیت عمومی", "e1", "ORG")
BORDER = ("مرزبانی استان بوشهر", "e2", "ORG")
NARCOTICS = ("پلیس مبارزه با قاچاق کالا", "e3", "ORG")
SPEAKER = ("سرهنگ رضایی", "e4", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «کشف … توسط X»: a seizure told by a noun, its doer after «توسط» (a report's subheading)
            "کشف ۴۰ قبضه سلاح غیرمجاز توسط پلیس امنیت عمومی",
            [POLICE],
            [("COERCE", "confiscate", ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «دستگیری N نفر توسط X»: an arrest noun; those arrested are unnamed, the doer is named
            "دستگیری ۲۰ قاچاقچی سوخت توسط مرزبانی استان بوشهر",
            [BORDER],
            [("COERCE", "arrest", ["e2"], [], None, None, None, "asserted")],
        ),
        (  # «کشفیات»: the plural of the finds, as a subheading of a police report
            "کشفیات ۱۲ میلیارد ریالی لوازم قاچاق توسط پلیس امنیت عمومی",
            [POLICE],
            [("COERCE", "confiscate", ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «با تلاش ماموران X، … کشف و … دستگیر شدند»: the agent did both, not the speaker «وی»; the noun
            # does not end the clause the agent phrase opens
            "سرهنگ رضایی گفت: در این عملیات و با تلاش ماموران پلیس مبارزه با قاچاق کالا، بیش از ۵۰ دستگاه تلفن همراه "
            "کشف و ۳۰ نفر از قاچاقچیان دستگیر شدند.",
            [NARCOTICS, SPEAKER],
            [("COERCE", "confiscate", ["e3"], [], None, None, None, "asserted"),
             ("COERCE", "arrest", ["e3"], [], None, None, None, "asserted")],
        ),
        (  # «X … را توقیف کرد»: a confiscation whose doer is named is a happening though what it took is no party
            "پلیس امنیت عمومی ۵۰ دستگاه موتورسیکلت را توقیف کرد.",
            [POLICE],
            [("COERCE", "confiscate", ["e1"], [], None, None, None, "asserted")],
        ),
    ],
)
def test_round_up_nouns(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «قتل X»: a killing told by a noun; the mention right after it is the one killed, no doer named
            "پرونده قتل مهندس کریمی به دادگاه کیفری استان فرستاده شد.",
            [("مهندس کریمی", "e1", "PER")],
            [("ASSAULT", None, [], ["e1"], None, None, None, "asserted")],
        ),
        (  # «قتل X توسط Y»: the doer after «توسط» (a headline)
            "قتل یک کشاورز توسط گروهک پژاک در مرز غربی",
            [("یک کشاورز", "e1", "PER"), ("گروهک پژاک", "e2", "ORG")],
            [("ASSAULT", None, ["e2"], ["e1"], None, None, None, "asserted")],
        ),
        (  # «آماده‌باش X»: an alert of an armed force, its genitive the one mobilized
            "آماده‌باش ارتش ترکیه در نزدیکی مرز سوریه",
            [("ارتش ترکیه", "e1", "ORG"), ("سوریه", "e2", "LOC")],
            [("MOBILIZE", "alert", ["e1"], [], "e2", None, None, "asserted")],
        ),
        (  # «مانورهای نظامی X»: a military exercise named by its holder, with no light verb
            "مانورهای نظامی ناوگان روسیه در دریای سیاه آغاز شد.",
            [("ناوگان روسیه", "e1", "ORG"), ("دریای سیاه", "e2", "LOC")],
            [("MOBILIZE", "military", ["e1"], [], "e2", None, None, "asserted")],
        ),
        (  # «اعزام» of a rescue team is no mobilization: only troops, soldiers or warships sent are
            "هلال احمر استان سه تیم امداد و نجات را به مناطق زلزله‌زده کرمانشاه اعزام کرد.",
            [("هلال احمر استان", "e1", "ORG"), ("کرمانشاه", "e2", "LOC")],
            [],
        ),
    ],
)
def test_killings_and_mobilizations(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «… که بیش از N نفر که … دستگیر شدند»: a passive in a relative clause on a plain noun; the 200
            # were arrested, not the minister named before «که» (an arrest with no party named)
            "وزیر کشور بحرین در حالی از آزادی بیان سخن می‌گوید که بیش از ۲۰۰ نفر که در اعتراضات ماه گذشته "
            "شرکت داشتند دستگیر شدند.",
            [("وزیر کشور بحرین", "e1", "PER")],
            [("COERCE", "arrest", [], [], None, None, None, "asserted")],
        ),
        (  # «X از روستاهایی دیدن کرد که … هدف حمله قرار گرفته بودند»: the villages were attacked, not X; X's
            # visit to them is the only event (no named place: no target)
            "نخست وزیر عراق امروز از روستاهایی دیدن کرد که هفته گذشته هدف حمله هوایی قرار گرفته بودند.",
            [("نخست وزیر عراق", "e1", "PER")],
            [("CONSULT", "visit", ["e1"], [], None, "امروز", "2019-05-12", "asserted")],
        ),
    ],
)
def test_passive_in_relative_clause(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # «قصد دارد … توقیف کند»: an intention to seize, told in the subjunctive, is no happening
        ("دادستانی کل ایالت قصد دارد اموال شرکت پارس‌نفت را توقیف کند.",
         [("دادستانی کل ایالت", "e1", "ORG"), ("شرکت پارس‌نفت", "e2", "ORG")]),
        # «موفق شد … دستگیر کند»: the subjunctive after «موفق شد» retells an arrest, not a new one
        ("پلیس آگاهی تهران موفق شد دو سارق مسلح را در غرب شهر دستگیر کند.",
         [("پلیس آگاهی تهران", "e1", "ORG")]),
        # «تلاش کرد … حمله کند»: an attempted attack told in the subjunctive
        ("یک مرد مسلح تلاش کرد به ساختمان پارلمان اوکراین حمله کند.",
         [("پارلمان اوکراین", "e1", "ORG")]),
    ],
)
def test_force_in_the_subjunctive_is_an_aim(nlp_bare, text, mentions) -> None:
    assert events_brief(nlp_bare, text, mentions) == []


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # «احتمال بروز درگیری میان X و Y»: a clash that may come, after an irrealis head and «بروز»
        ("کارشناسان درباره احتمال بروز درگیری میان هند و چین در مرز هیمالیا هشدار دادند.",
         [("هند", "e1", "LOC"), ("چین", "e2", "LOC")]),
        # «هر گونه حمله X به Y»: any attack, a warning about a prospect, not one that happened
        ("وزیر خارجه روسیه درباره هر گونه حمله آمریکا به ونزوئلا هشدار داد.",
         [("وزیر خارجه روسیه", "e1", "PER"), ("آمریکا", "e2", "LOC"), ("ونزوئلا", "e3", "LOC")]),
        # «حملات و بمب‌گذاری احتمالی»: an adjective of possibility a few words after the noun (here closing a
        # pair of nouns) makes the attacks a prospect
        ("پلیس عراق از حملات و بمب‌گذاری احتمالی به زائران ایرانی خبر داد.",
         [("پلیس عراق", "e1", "ORG"), ("زائران ایرانی", "e3", "ORG")]),
    ],
)
def test_prospective_force_nouns(nlp_bare, text, mentions) -> None:
    assert events_brief(nlp_bare, text, mentions) == []


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «یکی از متهمان دستگیر شده X»: the participle is an adjective of «متهمان» (the arrested), no arrest
            # of the judge named as the subject
            "قاضی رضایی رسیدگی به پرونده یکی از متهمان دستگیر شده ناآرامی‌های اخیر را بر عهده دارد.",
            [("قاضی رضایی", "e1", "PER")],
            [],
        ),
    ],
)
def test_passive_participle_as_adjective(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X Y را به شهادت رساندند»: a killing told by its idiom, like «به قتل رساندند»
            "نیروهای اشغالگر دو جوان فلسطینی را در نزدیکی نابلس به شهادت رساندند.",
            [("نیروهای اشغالگر", "e1", "ORG"), ("دو جوان فلسطینی", "e2", "ORG")],
            [("ASSAULT", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «به هلاکت رساند»: the same idiom for killing armed men; the object's genitive names them
            "ارتش عراق سه سرکرده داعش را در یک عملیات هوایی به هلاکت رساند.",
            [("ارتش عراق", "e1", "ORG"), ("داعش", "e2", "ORG")],
            [("ASSAULT", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «X، N تن از Y را کشتند»: the plain active verb of killing, after a comma that ends the subject
            "شبه‌نظامیان الشباب، هفت سرباز کنیا را در یک کمین کشتند.",
            [("شبه‌نظامیان الشباب", "e1", "ORG"), ("کنیا", "e2", "LOC")],
            [("ASSAULT", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # the perfect «کشته‌اند» inside a quote: a killing reported by the speaker
            "فرمانده ارتش لبنان گفت: «سربازان اسرائیلی یک چوپان لبنانی را با شلیک گلوله کشته‌اند.»",
            [("فرمانده ارتش لبنان", "e3", "PER"), ("سربازان اسرائیلی", "e1", "ORG"), ("لبنانی", "e2", "LOC")],
            [("ASSAULT", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
    ],
)
def test_killing_idioms(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «دستگیری N نفر را از اقدامات X برشمرد»: a police report lists the round-up among the acts of X,
            # who made the arrests (not the officer who reports them)
            "سرهنگ رضایی دستگیری ۴۵ سارق را از دیگر اقدامات پلیس امنیت عمومی برشمرد.",
            [SPEAKER, POLICE],
            [("COERCE", "arrest", ["e1"], [], None, None, None, "asserted")],
        ),
    ],
)
def test_round_up_among_acts(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «غارت N X توسط Y»: a headline's noun, what was taken owned by X, the doer Y after «توسط»
            "غارت ذخایر نفتی سوریه توسط نظامیان آمریکایی",
            [("سوریه", "e1", "LOC"), ("نظامیان آمریکایی", "e2", "ORG")],
            [("COERCE", "seize", ["e2"], ["e1"], None, None, None, "asserted")],
        ),
        (  # «اشغال N X توسط Y»: the land occupied lies in X, three words after the noun; the doer after «توسط»
            "اشغال اراضی کشاورزی روستای بلعین توسط شهرک‌نشینان صهیونیست",
            [("بلعین", "e1", "LOC"), ("شهرک‌نشینان صهیونیست", "e2", "ORG")],
            [("ASSAULT", "occupy", ["e2"], ["e1"], None, None, None, "asserted")],
        ),
        (  # «X Y را سرکوب کرد»: a crackdown on a named group is coercion
            "رژیم آل خلیفه جمعیت الوفاق را سرکوب کرد.",
            [("رژیم آل خلیفه", "e1", "ORG"), ("جمعیت الوفاق", "e2", "ORG")],
            [("COERCE", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
    ],
)
def test_plunder_and_crackdown(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «Y به وزارت امور خارجه X احضار شد»: the ministry named after «به» summoned the envoy
            "سفیر انگلیس روز گذشته به وزارت امور خارجه ایران احضار شد.",
            [("سفیر انگلیس", "e1", "PER"), ("وزارت امور خارجه ایران", "e2", "ORG")],
            [("COERCE", None, ["e2"], ["e1"], None, "روز گذشته", "2019-05-11", "asserted")],
        ),
        (  # «Y به دادگاه … احضار شد»: a court's summons
            "رئیس مرکز حقوق بشر بحرین به دادگاه نظامی احضار شد.",
            [("رئیس مرکز حقوق بشر بحرین", "e1", "PER"), ("دادگاه نظامی", "e2", "ORG")],
            [("COERCE", None, ["e2"], ["e1"], None, None, None, "asserted")],
        ),
    ],
)
def test_summoned_to(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X از سوی Y تحت تعقیب قرار دارد»: a prosecution; the agent phrase runs over the body's kind
            # («دادستانی کل») to its mention
            "وزیر سابق نفت به اتهام رشوه از سوی دادستانی کل نیجریه تحت تعقیب قرار دارد.",
            [("وزیر سابق نفت", "e1", "PER"), ("نیجریه", "e2", "LOC")],
            [("ACCUSE", None, ["e2"], ["e1"], None, None, None, "asserted")],
        ),
        (  # «X هدف حملات … قرار دارد»: «قرار دارد», like «قرار گرفت», tells what the subject undergoes
            "حزب دموکرات کردستان همچنان هدف حملات هوایی قرار دارد.",
            [("حزب دموکرات کردستان", "e1", "ORG")],
            [("ASSAULT", None, [], ["e1"], None, None, None, "asserted")],
        ),
    ],
)
def test_undergone_with_qarar_darad(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

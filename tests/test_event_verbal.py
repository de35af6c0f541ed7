"""Event rules of session 14 for the verbal types (not CONSULT). Entities are given by hand, as in
tests/test_events.py; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

DATE = "2021-03-08"
ARMY = ("ارتش", "e1", "ORG")
FORCES = ("نیروهای امنیتی", "e1", "ORG")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X را هدف قرار دادند» with a right, not a party, as the object: no attack between parties
            "نیروهای امنیتی در این هفته حقوق زندانیان را هدف قرار دادند.",
            [FORCES],
            [],
        ),
        (  # an unnamed group bombed: the event names no one it was done to
            "ارتش در این عملیات مواضع شبه‌نظامیان را بمباران کرد.",
            [ARMY],
            [],
        ),
        (  # «هدف حمله … قرار دادند» aimed at a thing (a depot): no party was attacked
            "جنگنده‌ها در این عملیات انبار مهمات را هدف حمله موشکی قرار دادند.",
            [("جنگنده‌ها", "e1", "ORG")],
            [],
        ),
    ],
)
def test_attack_needs_object(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected


MINISTER = ("وزیر خارجه ایران", "e1", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X را مغایر … خواند»: calling an act contrary to the law accuses its doer (the object's mention)
            "وزیر خارجه ایران اقدام اخیر فرانسه را مغایر با قوانین بین‌المللی خواند.",
            [MINISTER, ("فرانسه", "e2", "LOC")],
            [("ACCUSE", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «شرم آور» written as two words is the same accusing word
            "وزیر خارجه ایران حکم دادگاه کانادا را شرم آور دانست.",
            [MINISTER, ("دادگاه کانادا", "e2", "ORG")],
            [("ACCUSE", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # the object names no one; the accused is named in the predicate («تکرار بی‌اخلاقی‌های Y»)
            "وزیر خارجه ایران این لغو ویزاها را تکرار بی‌اخلاقی‌های واشنگتن دانست.",
            [MINISTER, ("واشنگتن", "e2", "LOC")],
            [("ACCUSE", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # a listed word inside a longer one («خطرناک‌ترین»), the accused again in the predicate
            "وزیر خارجه ایران این بازداشت‌ها را خطرناک‌ترین سیاست رژیم اشغالگر خواند.",
            [MINISTER, ("رژیم اشغالگر", "e2", "ORG")],
            [("ACCUSE", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
    ],
)
def test_naming_accusations(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # the mention that opens the sentence, with words before «را», is the subject, not the object
            "نیروهای امنیتی حقوق زندانیان را هدف قرار دادند.",
            [FORCES],
            [],
        ),
        (  # the same subject kept as the accuser; the accused is found in the predicate
            "وزیر خارجه ایران لغو ویزای خبرنگاران را تکرار بی‌اخلاقی‌های واشنگتن دانست.",
            [MINISTER, ("واشنگتن", "e2", "LOC")],
            [("ACCUSE", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
    ],
)
def test_subject_is_no_object(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «از … خواست تا»: unnamed addressees told in a long phrase are still a request by the subject
            "انجمن صنفی پزشکان از همه نهادهای قضایی داخلی و جهانی خواست تا از این پزشکان دفاع کنند.",
            [("انجمن صنفی پزشکان", "e1", "ORG")],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
    ],
)
def test_request_of_unnamed(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «با همکاری X و Y»: the noun names both sides, joined by «و»
            "مدرسه جدید روستا با همکاری شهرداری تبریز و بنیاد مسکن ساخته شد.",
            [("شهرداری تبریز", "e1", "ORG"), ("بنیاد مسکن", "e2", "ORG")],
            [("COOPERATE", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «همکاری X با Y»: the doer as the genitive, the partner after «با»
            "همکاری وزارت نیرو با شرکت برق منطقه‌ای در این طرح ادامه دارد.",
            [("وزارت نیرو", "e1", "ORG"), ("شرکت برق منطقه‌ای", "e2", "ORG")],
            [("COOPERATE", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
    ],
)
def test_cooperation_noun(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «بر ضرورت …»: a cooperation called necessary is a wish, not a happening
            "وزیر خارجه ایران بر ضرورت تقویت همکاری‌های وزارت نیرو و شرکت برق منطقه‌ای تاکید کرد.",
            [MINISTER, ("وزارت نیرو", "e2", "ORG"), ("شرکت برق منطقه‌ای", "e3", "ORG")],
            [],
        ),
    ],
)
def test_necessity_is_no_event(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected

"""Who does an act told inside a subordinate clause or in the speaker's own words: the subject after «اینکه»
(khabar.stages.event_subject), a meeting noun whose clause closes in the first person inside a quote, done by
the quote's speaker (khabar.stages.event_said.first_person_clause), and a noun with its target that is the object
of a verb carrying it out, done by the clause subject (khabar.stages.event_clause.carried_out). Our own sentences."""

from __future__ import annotations

import pytest

from events_helpers import consults, events_brief
from khabar.stages.event_clause import carried_out
from khabar.stages.event_said import first_person_clause
from khabar.stages.event_tables import squash, trigger_rules
from khabar.stages.event_types import Match, Mention, Tok

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
        (  # «او که X و Y را … تهدید کرده، با Z دیدار کرد»: X opens the object list of the relative clause
            # («X و Y را»), so it is no subject; «او» meets Z
            "او که عربستان و امارات را بارها تهدید کرده، دیروز با ولادیمیر پوتین دیدار کرد.",
            [("او", "e1", "PER"), ("عربستان", "e2", "LOC"), ("امارات", "e3", "LOC"), ("ولادیمیر پوتین", "e4", "PER")],
            [("THREATEN", None, ["e1"], ["e2", "e3"], None, None, None, "asserted"),
             ("CONSULT", "meeting", ["e1"], ["e4"], None, "دیروز", "2017-10-17", "asserted")],
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «ما در حال برگزاری مذاکرات با Y هستیم»: the talks are the speaker's, told by «هستیم»
        ("علی رضایی گفت: ما در حال برگزاری مذاکرات فشرده با حسن کاظمی هستیم.",
         [("meeting", ["علی رضایی"], ["حسن کاظمی"])]),
        # «قصد داریم گفت‌وگوهای خود با Y را … تمام کنیم»: a first-person subjunctive closes the clause
        ("علی رضایی گفت: قصد داریم گفت‌وگوهای خود با حسن کاظمی را تا پایان ماه تمام کنیم.",
         [("meeting", ["علی رضایی"], ["حسن کاظمی"])]),
        # «رایزنی‌های زیادی با Y داشته‌ایم»: a present perfect in the first person plural
        ("علی رضایی گفت: رایزنی‌های زیادی با حسن کاظمی داشته‌ایم.", [("meeting", ["علی رضایی"], ["حسن کاظمی"])]),
        # «از مذاکره با Y حمایت می‌کنیم»: the speaker backs talks, holds none
        ("علی رضایی گفت: ما از مذاکره با حسن کاظمی حمایت می‌کنیم.", []),
    ],
)
def test_first_person_talks(nlp_rules, text, expected) -> None:
    assert consults(nlp_rules(text)) == expected


def _toks(words: list[str]) -> list[Tok]:
    toks, at = [], 0
    for w in words:
        toks.append(Tok(at, at + len(w), w, squash(w)))
        at += len(w) + 1
    return toks


def _match(words: list[str], noun: int) -> tuple[list[Tok], Match]:
    toks = _toks(words)
    rule = next(r for r in trigger_rules() if r.words == squash(words[noun]))
    return toks, Match(noun, noun, rule)


@pytest.mark.parametrize(
    ("text", "noun", "mentions", "expected"),
    [
        # «… با Y هستیم»: the clause closes in the first person
        ("ما در حال مذاکره با ژاپن هستیم", 3, [(5, 5)], True),
        # «… با Y هستند»: third person, someone else's talks
        ("آنها در حال مذاکره با ژاپن هستند", 3, [(5, 5)], False),
        # «خواهان مذاکره با Y هستیم»: the talks are what is wanted, no act done
        ("ما خواهان مذاکره با ژاپن هستیم", 2, [(4, 4)], False),
        # «مخالف مذاکره با Y هستیم»: a stance on talks that are not held
        ("ما مخالف مذاکره با ژاپن هستیم", 2, [(4, 4)], False),
        # «علاقه‌مند مذاکره …» written with its ZWNJ: data/wanting_words.txt is matched squashed
        ("ما علاقه‌مند مذاکره با ژاپن هستیم", 2, [(4, 4)], False),
        # «که» ends the noun's clause before the first-person verb of another one
        ("مذاکره با ژاپن که آغاز شد را دنبال می‌کنیم", 0, [(2, 2)], False),
        # a mention right after the noun is its own doer
        ("از مذاکره ژاپن با چین استقبال می‌کنیم", 1, [(2, 2), (4, 4)], False),
        # «از مذاکره با Y استقبال می‌کنیم»: we welcome talks that others may hold; the verb is the welcome's
        ("از مذاکره با ژاپن استقبال می‌کنیم", 1, [(3, 3)], False),
        # «… را محکوم می‌کنیم»: a condemnation in the first person, the talks its object
        ("مذاکره با ژاپن را محکوم می‌کنیم", 0, [(2, 2)], False),
    ],
)
def test_first_person_clause(text, noun, mentions, expected) -> None:
    toks, m = _match(text.split(" "), noun)
    found = [Mention(a, b, f"e{n}", "LOC") for n, (a, b) in enumerate(mentions)]
    assert first_person_clause(toks, found, m) is expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X تحریم‌ها علیه Y را از سر گرفت»: the subject resumes its own sanctions
            "دولت کانادا هفته گذشته تحریم‌ها علیه ونزوئلا را از سر گرفت.",
            [("دولت کانادا", "e1", "ORG"), ("ونزوئلا", "e2", "LOC")],
            [("SANCTION", None, ["e1"], ["e2"], None, "هفته گذشته", None, "asserted")],
        ),
        (  # «X مذاکرات با Y را نهایی کرد»: the subject's own talks
            "وزارت خارجه مکزیک مذاکرات با کوبا را نهایی کرد.",
            [("وزارت خارجه مکزیک", "e1", "ORG"), ("کوبا", "e2", "LOC")],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «X همکاری با Y را گسترش داده است»: widening its cooperation
            "ارتش مصر همکاری با ارتش اردن را گسترش داده است.",
            [("ارتش مصر", "e1", "ORG"), ("ارتش اردن", "e2", "ORG")],
            [("COOPERATE", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
    ],
)
def test_noun_carried_out_by_subject(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        ("تحریم‌ها علیه ونزوئلا را از سر گرفت", 0, True),
        # «را تمدید کرد»: extending the sanctions (a word of data/carry_out_words.txt)
        ("تحریم‌ها علیه ونزوئلا را تمدید کرد", 0, True),
        # «را محکوم کرد»: condemning another's sanctions carries none out
        ("تحریم‌ها علیه ونزوئلا را محکوم کرد", 0, False),
        # a relative clause on the object is not the main clause's verb
        ("تحریم‌ها علیه ونزوئلا را که از سر گرفته شد محکوم کرد", 0, False),
        # a comma ends the noun phrase before any «را»
        ("تحریم‌ها علیه ونزوئلا ، که آغاز شد ، را نپذیرفت", 0, False),
    ],
)
def test_carried_out(text, noun, expected) -> None:
    assert carried_out(_toks(text.split(" ")), noun + 1) is expected

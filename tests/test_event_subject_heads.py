"""Clause subjects the event stage reads past a head noun the entity leaves out («گروه X», «بازیکنان تیم X»:
``data/subject_heads.txt``), and a subject right after a present-tense report («Y می‌گوید X …»), in
khabar.stages.event_subject; and the left-out subject of a meeting's relative clause that opens with a companion
(«جلسه‌ای که به همراه Z با Y داشتیم»: khabar.stages.event_nominal). Our own sentences."""

from __future__ import annotations

import pytest

from events_helpers import consults, events_brief

DATE = "2019-05-12"


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «گروه X»: the group named by X attacks
            "گروه طالبان دیروز به پاسگاه ارتش افغانستان حمله کرد.",
            [("طالبان", "e1", "ORG"), ("ارتش افغانستان", "e2", "ORG")],
            [("ASSAULT", None, ["e1"], ["e2"], None, "دیروز", "2019-05-11", "asserted")],
        ),
        (  # «شاخه X»: a branch of X gives the help
            "شاخه القاعده در شمال آفریقا به شورشیان مالی کمک کرده است.",
            [("القاعده", "e1", "ORG"), ("شورشیان مالی", "e2", "ORG")],
            [("AID", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «بازیکنان تیم X»: the players act for the team
            "بازیکنان تیم استقلال از سرمربی خود مجید جلالی حمایت کردند.",
            [("تیم استقلال", "e1", "ORG"), ("مجید جلالی", "e2", "PER")],
            [("SUPPORT", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «Y می‌گوید X به Z کمک کرده است»: X, after a present-tense report, is the subject of what is reported
            "فرانسه می‌گوید ترکیه به شورشیان سوریه کمک کرده است.",
            [("فرانسه", "e1", "LOC"), ("ترکیه", "e2", "LOC"), ("شورشیان سوریه", "e3", "ORG")],
            [("AID", None, ["e2"], ["e3"], None, None, None, "asserted")],
        ),
    ],
)
def test_subject_past_head(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «X درباره جلسه‌ای که به همراه Z با Y داشتیم»: X, left out of the relative clause, met Y along with Z
        ("علی رضایی درباره جلسه‌ای که به همراه حسن کاظمی با محمد احمدی داشتیم، توضیح داد.",
         [("meeting", ["علی رضایی", "حسن کاظمی"], ["محمد احمدی"])]),
        # «به اتفاق», and two counterparts
        ("علی رضایی درباره جلسه‌ای که به اتفاق حسن کاظمی با محمد احمدی و رضا کریمی داشت، توضیح داد.",
         [("meeting", ["علی رضایی", "حسن کاظمی"], ["محمد احمدی", "رضا کریمی"])]),
    ],
)
def test_companion_in_relative_clause(nlp_rules, text, expected) -> None:
    assert consults(nlp_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # «نماینده مردم شهرستان‌های X، Y و Z خواستار … شد»: the towns after «مردم» are whose people he sits for,
        # not who asks (the MP, not a mention here, is left unnamed: no event)
        ("نماینده مردم شهرستان‌های کرج، ساوجبلاغ و نظرآباد در مجلس خواستار ساخت بیمارستان تازه شد.",
         [("کرج", "e1", "LOC"), ("ساوجبلاغ", "e2", "LOC"), ("نظرآباد", "e3", "LOC")],
         []),
        # «نماینده مردم X و Y … از Z خواست»: the towns do not ask (the MP, no mention here, is left unnamed)
        ("نماینده مردم تبریز و اسکو در مجلس از وزیر نیرو خواست که قطعی برق را پیگیری کند.",
         [("تبریز", "e1", "LOC"), ("اسکو", "e2", "LOC"), ("وزیر نیرو", "e3", "PER")],
         []),
        # without a people noun the body is the subject as before («X … خواستار … شد»)
        ("استانداری قزوین خواستار کمک دولت به کشاورزان شد.",
         [("استانداری قزوین", "e1", "ORG"), ("دولت", "e2", "ORG")],
         [("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")]),
    ],
)
def test_no_place_after_people_noun(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «به گزارش خبرنگار X، Y …»: the comma closes the attribution; Y (a person, as the reporter is) is
            # the subject, not one more item of a list that goes on from the reporter
            "به گزارش خبرنگار ایرنا، حسن کاظمی وزیر امور خارجه با علی رضایی دیدار کرد.",
            [("خبرنگار ایرنا", "e1", "PER"), ("حسن کاظمی", "e2", "PER"), ("علی رضایی", "e3", "PER")],
            [("CONSULT", "meeting", ["e2"], ["e3"], None, None, None, "asserted")],
        ),
        (  # «به نقل از خبرگزاری X، Y …»: an organization after an agency's name opens the clause too
            "به نقل از خبرگزاری ایسنا، ارتش ترکیه به پاسگاه مرزی عراق حمله کرد.",
            [("خبرگزاری ایسنا", "e1", "ORG"), ("ارتش ترکیه", "e2", "ORG"), ("عراق", "e3", "LOC")],
            [("ASSAULT", None, ["e2"], ["e3"], None, None, None, "asserted")],
        ),
        (  # «احتمالاً X …»: a sentence adverb before the subject opens its clause as «البته» does
            "احتمالاً ارتش ترکیه به پاسگاه مرزی عراق حمله کرده است.",
            [("ارتش ترکیه", "e1", "ORG"), ("عراق", "e2", "LOC")],
            [("ASSAULT", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «مرد میانسالی به نام X …»: the name after «به نام» is the subject the unnamed noun opens
            "مرد میانسالی به نام حسن کاظمی دیروز به شورشیان مالی کمک کرد.",
            [("حسن کاظمی", "e1", "PER"), ("شورشیان مالی", "e2", "ORG")],
            [("AID", None, ["e1"], ["e2"], None, "دیروز", "2019-05-11", "asserted")],
        ),
    ],
)
def test_subject_after_opener(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected

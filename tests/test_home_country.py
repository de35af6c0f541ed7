"""«کشورمان», «کشور ما»: the outlet's home country in the first person (sentences we wrote).

The guide (§3) leaves first-person words out of the mentions, so these phrases join no entity; the home
country («ایران») keeps them as ``home_mentions``, which the events and the quote speakers still read.
"""

from __future__ import annotations

import pytest

from khabar.article import Article
from khabar.stages.phrases import compact


def home_entity(doc):
    """The entity named «ایران»."""
    return next(e for e in doc._.entities if any(compact(doc.text[s:t]) == compact("ایران") for s, t in e["mentions"]))


def spans_reading(doc, spans, phrase):
    return [(s, t) for s, t in spans if compact(doc.text[s:t]) == compact(phrase)]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # «کشورمان» agrees with Turkey: Iran is the agreement's actor
        ("ایران و ترکیه پارسال درباره خط لوله گاز گفت‌وگو کردند. کشورمان دیروز با ترکیه توافق کرد.",
         "کشورمان", ("AGREE", "actors")),
        # «کشور ما را … متهم کرد»: Iran is the one accused
        ("ایران بارها این اتهام را رد کرده است. آمریکا هفته گذشته کشور ما را به دخالت در یمن متهم کرد.",
         "کشور ما", ("ACCUSE", "targets")),
        # «به کشورمان حمله کردند»: Iran is the one attacked
        ("ایران آماده است. نیروهای عراقی دیروز به کشورمان حمله کردند.", "کشورمان", ("ASSAULT", "targets")),
        # «کشورمان … اعلام کرد که …»: the home country speaks
        ("مذاکرات ایران و گروه ۱+۱ در وین ادامه دارد. کشورمان روز سه‌شنبه اعلام کرد که به میز مذاکره بازمی‌گردد.",
         "کشورمان", ("speaker", "")),
    ],
)
def test_home_country_is_no_mention_but_still_acts(nlp_rules, text, phrase, expected):
    doc = nlp_rules(text)
    assert not any(spans_reading(doc, e["mentions"], phrase) for e in doc._.entities)  # no mention (guide §3)
    home = home_entity(doc)
    assert spans_reading(doc, home.get("home_mentions", []), phrase)
    kind, side = expected
    if kind == "speaker":
        assert [q["speaker"] for q in doc._.quotes] == [home["id"]]
    else:
        assert any(ev["type"] == kind and home["id"] in ev[side] for ev in doc._.events)


def test_article_lists_home_mentions_with_their_text(nlp_rules):
    # the article view writes «کشورمان» as a span with its text, apart from the mentions
    doc = nlp_rules("ایران و عراق توافق کردند. کشورمان از این توافق استقبال کرد.")
    home = next(e for e in Article.from_doc(doc).entities if e["name"] == "ایران")
    assert [m["text"] for m in home["mentions"]] == ["ایران"]
    assert [m["text"] for m in home["home_mentions"]] == ["کشورمان"]

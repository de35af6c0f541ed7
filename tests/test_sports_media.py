"""Foreign sports media quoted by their bare name are organizations (data/sports_media.txt), and a channel's
full name is one mention, not cut at its first word."""

from __future__ import annotations

import pytest


def mentioned(nlp, text: str) -> dict[str, str]:
    """Each mention's text and the label of its entity."""
    doc = nlp(text)
    return {text[s:e]: ent["label"] for ent in doc._.entities for s, e in ent["mentions"]}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a Spanish daily as the subject of a claim: an organization, not a person
        ("به گزارش ورزش سه، مارکا ادعا کرد که این بازیکن فصل آینده به تیم دیگری می‌رود.", "مارکا", "ORG"),
        # a German daily that «wrote»
        ("به گزارش ورزش سه، بیلد نوشت که مربی تیم در پایان فصل از باشگاه جدا خواهد شد.", "بیلد", "ORG"),
        # the full name of a sports channel, where its first word alone is a known organization too
        ("علی کریمی در مصاحبه با اسکای اسپورتس گفت: «ما خوب بازی کردیم و برنده شدیم.»", "اسکای اسپورتس", "ORG"),
        # ... the same channel written without its final «س»
        ("به گزارش ورزش سه، اسکای اسپورت مدعی شد که باشگاه برای خرید دو مدافع تلاش می‌کند.", "اسکای اسپورت",
         "ORG"),
    ],
)
def test_sports_outlet_is_an_organization(nlp, text, name, label):
    assert mentioned(nlp, text).get(name) == label


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the whole channel name speaks, not its first word
        ("به گزارش ورزش سه، اسکای اسپورت مدعی شد که باشگاه برای خرید دو مدافع تلاش می‌کند.", "اسکای اسپورت"),
    ],
)
def test_sports_outlet_speaks(nlp, text, speaker):
    doc = nlp(text)
    names = {e["id"]: [text[s:t] for s, t in e["mentions"]] for e in doc._.entities}
    assert [speaker in names.get(q["speaker"], []) for q in doc._.quotes] == [True]

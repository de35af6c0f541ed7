"""revered_orgs: an organization named after a revered person is one mention where the NER names it whole."""

from __future__ import annotations

import pytest

from khabar.stages.mentions import MentionFinder, Words
from khabar.stages.phrases import load_tables
from khabar.stages.revered_orgs import orgs_over_revered


def _mentions(text: str, ner_org: str) -> list[tuple[str, str]]:
    """The top-level mentions (label, words) after the step, with the NER's ORG over the words ``ner_org``."""
    tokens = text.split()
    org = ner_org.split()
    start = next(i for i in range(len(tokens)) if tokens[i:i + len(org)] == org)
    words = Words.of(tokens)
    found = MentionFinder(load_tables()).find(words)
    out = orgs_over_revered(words, found, [(start, start + len(org))])
    return [(m.label, " ".join(tokens[m.start:m.end])) for m in out if not m.nested]


@pytest.mark.parametrize(
    ("text", "ner_org", "expected"),
    [
        # the relief committee named after the founder by his benediction alone: one organization, no «امام»
        ("نمایندگان از کمیته امداد امام ( ره ) و بهزیستی انتقاد کردند .", "کمیته امداد امام ( ره )",
         [("ORG", "کمیته امداد امام ( ره )"), ("ORG", "بهزیستی")]),
        # a corps named after an Imam with a title: the corps, not a person «سیدالشهدا»
        ("همایش با همکاری سپاه حضرت سیدالشهدا ( ع ) برپا شد .", "سپاه حضرت سیدالشهدا ( ع )",
         [("ORG", "سپاه حضرت سیدالشهدا ( ع )")]),
        # a unit of such a corps: the unit and the corps read as one body, the person after it goes
        ("جلسه در معاونت فرهنگی سپاه حضرت سیدالشهدا ( ع ) برگزار شد .", "معاونت فرهنگی سپاه حضرت سیدالشهدا ( ع )",
         [("ORG", "معاونت فرهنگی سپاه حضرت سیدالشهدا ( ع )")]),
        # a body, a comma, then the founder: two things side by side, left as the rules read them
        ("مسئولان کمیته امداد ، امام خمینی ( ره ) را یاد کردند .", "کمیته امداد ، امام خمینی ( ره )",
         [("ORG", "کمیته امداد"), ("PER", "امام خمینی")]),
        # «به پیروی از» between the corps and the founder: a phrase, not one name
        ("سپاه به پیروی از امام خمینی ( ره ) عمل کرد .", "سپاه به پیروی از امام خمینی ( ره )",
         [("ORG", "سپاه"), ("PER", "امام خمینی")]),
        # a span with no benediction at its end is the rules' business: left as it is
        ("نمایندگان از کمیته امداد امام و بهزیستی انتقاد کردند .", "کمیته امداد امام",
         [("ORG", "کمیته امداد"), ("ORG", "بهزیستی")]),
    ],
)
def test_orgs_over_revered(text: str, ner_org: str, expected: list[tuple[str, str]]) -> None:
    got = [m for m in _mentions(text, ner_org) if m[0] in {"ORG", "PER"}]
    assert got == expected

"""Whom a request asks is not the asker's own body (session 30, sentences we wrote): «مدیر کل X خواستار بازگشت
بازرسان X به Y شد» reads X off the act asked for, and X lies inside the asker's own mention; one asked by name
(«از X می‌خواهم») stays asked.

Entities are given by hand, with the body nested in the role mention as the annotation guide has it.
"""

from __future__ import annotations

from typing import Any

import pytest

from events_helpers import TEST_DATE, brief
from khabar.article import make_doc
from khabar.io.readers import RawArticle
from khabar.stages.events import EventFinder


def _entities(text: str, mentions: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """Every occurrence of each surface, longer surfaces first; another entity's mention may nest inside
    (unlike events_helpers.hand_entities)."""
    by_id: dict[str, dict[str, Any]] = {}
    for surface, ent_id, label in sorted(mentions, key=lambda m: -len(m[0])):
        ent = by_id.setdefault(ent_id, {"id": ent_id, "label": label, "name": surface, "titles": [], "roles": [],
                                        "mentions": []})
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            if not any(s < end and start < e for s, e in ent["mentions"]):  # one entity's mentions never nest
                ent["mentions"].append([start, end])
            start = text.find(surface, start + 1)
    for ent in by_id.values():
        ent["mentions"].sort()
    return list(by_id.values())


def _events(nlp: Any, text: str, mentions: list[tuple[str, str, str]]) -> Any:
    doc = nlp(make_doc(nlp, RawArticle(text, "<test>"), date=TEST_DATE))
    doc._.entities = _entities(doc.text, mentions)
    return brief(EventFinder(nlp, "khabar_events")(doc))


ROLE = ("مدیر کل آژانس انرژی اتمی", "p1", "PER")
NAME = ("محمد احمدی", "p1", "PER")
BODY = ("آژانس انرژی اتمی", "p2", "ORG")
SHORT = ("آژانس", "p2", "ORG")
ENTS = [ROLE, NAME, BODY, SHORT, ("ایران", "p3", "LOC")]


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # the asker is named by his post first; the inspectors of his own agency are to be sent: the
            # agency is not asked
            "مدیر کل آژانس انرژی اتمی گفت‌وگو را بهتر از تقابل دانست.\n"
            "محمد احمدی خواستار اعزام بازرسان آژانس به کشورش شد.",
            ENTS,
            [("REQUEST", None, ["p1"], [], None, None, None, "asserted")],
        ),
        (  # asked by name with «از»: his own agency stays asked
            "مدیر کل آژانس انرژی اتمی گفت‌وگو را بهتر از تقابل دانست.\n"
            "محمد احمدی از آژانس خواست که بازرسان را به ایران بفرستد.",
            ENTS,
            [("REQUEST", None, ["p1"], ["p2"], None, None, None, "asserted")],
        ),
        (  # another body read off the act asked for is still asked
            "مدیر کل آژانس انرژی اتمی گفت‌وگو را بهتر از تقابل دانست.\n"
            "محمد احمدی خواستار همکاری کامل دولت ایران شد.",
            [*ENTS, ("دولت ایران", "p4", "ORG")],
            [("REQUEST", None, ["p1"], ["p4"], None, None, None, "asserted")],
        ),
    ],
)
def test_own_body_not_asked(nlp_bare, text, mentions, expected) -> None:
    assert _events(nlp_bare, text, mentions) == expected

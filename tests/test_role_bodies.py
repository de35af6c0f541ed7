"""role_bodies: a role cut after its body's kind word is extended to the body the trained NER finds."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from khabar.stages.entities import EntityFinder
from khabar.stages.phrases import compact
from khabar.stages.role_bodies import find_role_bodies
from stage_helpers import doc_before


@pytest.mark.parametrize(
    ("roles", "orgs", "others", "expected"),
    [
        # the body starts inside the role («رئیس [سازمان …»), runs past its end: extended
        ([(0, 2)], [(1, 6)], [], {0: 6}),
        # a place or parent body the rules found inside the extension is absorbed
        ([(0, 2)], [(1, 6)], [(4, 6, True)], {0: 6}),
        # a name after the role is no part of the body
        ([(0, 2)], [(1, 6)], [(4, 6, False)], {}),
        # a mention that runs past the body's end blocks it
        ([(0, 2)], [(1, 6)], [(5, 7, True)], {}),
        # a body that starts with the role (the role's own head) or after it does not extend it
        ([(0, 2)], [(0, 6)], [], {}),
        ([(0, 2)], [(2, 6)], [], {}),
        # a body no longer than the role changes nothing
        ([(0, 4)], [(1, 3)], [], {}),
        # over twelve words past the role is the NER running on
        ([(0, 2)], [(1, 15)], [], {}),
    ],
)
def test_find_role_bodies(roles, orgs, others, expected):
    assert find_role_bodies(roles, orgs, others) == expected


def _with_ner(nlp_rules, text, first, n):
    doc = doc_before(nlp_rules, text, "khabar_entities")
    k = [t.text for t in doc].index(first)
    doc.ents = [Span(doc, k, k + n, label="ORG")]
    EntityFinder(nlp_rules, "khabar_entities", use_ner=True)(doc)
    return doc


@pytest.mark.parametrize(
    ("text", "first", "n", "role"),
    [
        # our sentence: a body named in plain words after «سازمان»; its parent ministry is nested in it
        ("حسن رضایی رئیس سازمان توسعه صنایع کوچک وزارت صنعت گفت: کار ادامه دارد.", "سازمان", 6,
         "رئیس سازمان توسعه صنایع کوچک وزارت صنعت"),
        # «دفتر» (data/body_kinds.txt) opens a body though it is no org head
        ("مریم کریمی مدیرکل دفتر امور زنان استانداری یزد گفت: برنامه آماده است.", "دفتر", 5,
         "مدیرکل دفتر امور زنان استانداری یزد"),
        # a head that needs a body stands alone before it: the rules found no role, the NER's body makes one
        ("رئیس اداره کل امور پستی نوار مرزی گفت: ارسال بسته‌ها ادامه دارد.", "اداره", 6,
         "رئیس اداره کل امور پستی نوار مرزی"),
        # a deputy's head of two words, and a body with its province
        ("معاون اول انجمن صنفی نانوایان سنتی استان یزد خبر داد که آرد گران شد.", "انجمن", 6,
         "معاون اول انجمن صنفی نانوایان سنتی استان یزد"),
    ],
)
def test_role_takes_the_ner_body(nlp_rules, text, first, n, role):
    doc = _with_ner(nlp_rules, text, first, n)
    person = next(e for e in doc._.entities if e["label"] == "PER")
    assert [compact(r) for r in person["roles"]] == [compact(role)]
    body = " ".join(t.text for t in doc[[t.text for t in doc].index(first):][:n])
    assert any(compact(e["name"]) == compact(body) and e["label"] == "ORG" for e in doc._.entities)


def test_body_must_open_with_a_kind_word(nlp_rules):
    # «وزیر اقتصاد» then the NER running into the object «حجم واگذاری‌ها»: no body word opens it
    doc = _with_ner(nlp_rules, "معاون وزیر اقتصاد حجم واگذاری‌ها را دو برابر اعلام کرد.", "اقتصاد", 3)
    person = next(e for e in doc._.entities if e["label"] == "PER")
    assert [compact(r) for r in person["roles"]] == [compact("معاون وزیر اقتصاد")]

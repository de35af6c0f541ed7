"""Unnamed sources relayed by «به نقل از» (stages/relayed_sources.py): a description that opens with
«یک»/«یکی از» is the speaker when the article refers back to it («این منبع», «این مقام»); otherwise the
quote keeps no speaker (guide §3 «Indefinite but specific», §4 «Relayed speech»)."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact


def mentions_of(doc, text):
    """The mention texts of the entity one of whose mentions reads ``text`` (None when there is none)."""
    for e in doc._.entities:
        if any(compact(doc.text[a:b]) == compact(text) for a, b in e["mentions"]):
            return e["id"], [doc.text[a:b] for a, b in e["mentions"]]
    return None, []


@pytest.mark.parametrize(
    ("text", "source", "back"),
    [
        # «به نقل از یک مقام نزدیک به X»: the description runs over «نزدیک به» to the person it is close to,
        # and «این مقام» in the next sentence is the same official (salience would take the newspaper's
        # subject or the minister inside the description)
        ("عنوان\nروزنامه الشرق به نقل از یک مقام نزدیک به وزیر کشور، نوشت: دولت برای انتخابات آماده است.\n"
         "این مقام همچنین گفت که نامزدها باید تا پایان ماه ثبت‌نام کنند.",
         "یک مقام نزدیک به وزیر کشور", "این مقام"),
        # a diplomat with a nationality adjective, told again as «این دیپلمات»
        ("عنوان\nروزنامه گاردین به نقل از یک دیپلمات اروپایی گزارش داد که گفت‌وگوها هفته بعد ادامه می‌یابد.\n"
         "این دیپلمات افزود: هنوز هیچ سندی امضا نشده است.",
         "یک دیپلمات اروپایی", "این دیپلمات"),
        # «یکی از …», and «این منبع» for an official
        ("عنوان\nشبکه الف به نقل از یکی از مقامات ارشد شرکت نفت گفت: صادرات از هفته آینده بیشتر می‌شود.\n"
         "این منبع تاکید کرد که قراردادها تمدید شده است.",
         "یکی از مقامات ارشد شرکت نفت", "این منبع"),
        # a role the tables know («کارشناس نظامی») after «به نقل از یک»: it speaks, and «این مقام» in the next
        # sentence is that expert, not the minister named in between
        ("عنوان\nروزنامه گاردین به نقل از یک کارشناس نظامی غربی نوشت که وزیر دفاع دستور تمرین‌های تازه را داده است.\n"
         "به نوشته این روزنامه، این مقام غربی گفت: «تمرین‌ها تا پایان ماه ادامه می‌یابد.»",
         "کارشناس نظامی", "این مقام"),
        # «فردی که او …»: an indefinite noun whose relative clause refers to it with a pronoun
        ("عنوان\nروزنامه تایمز به نقل از شخصی که او در دفتر وزیر دفاع کار می‌کند، نوشت: «ارتش برای هر حمله‌ای "
         "آماده است.»",
         "شخصی", "او"),
    ],
)
def test_relayed_source_referred_back(nlp_rules, text, source, back):
    doc = nlp_rules(text)
    eid, names = mentions_of(doc, source)
    assert eid is not None and back in names
    assert doc._.quotes and all(q["speaker"] == eid for q in doc._.quotes)


@pytest.mark.parametrize(
    "text",
    [
        # a source the article never mentions again is no annotated entity: the quote has no speaker
        "عنوان\nخبرگزاری رویترز به نقل از یک منبع آگاه گزارش داد که گفت‌وگوها هفته بعد ادامه می‌یابد.\n"
        "بازار نفت امروز آرام بود.",
    ],
)
def test_relayed_source_not_referred_back(nlp_rules, text):
    doc = nlp_rules(text)
    assert mentions_of(doc, "یک منبع آگاه") == (None, [])
    assert [q["speaker"] for q in doc._.quotes] == [None]


@pytest.mark.parametrize(
    ("text", "unnamed", "named"),
    [
        # «یک روزنامه آمریکایی نوشت …» is a medium (an organization, which «این مقام» never joins), and the
        # «روزنامه X» named in the next sentence is that newspaper (guide §3: one entity)
        ("عنوان\nیک روزنامه آمریکایی نوشت که پلیس احتمالا یک مقام وزارت دفاع را هفته آینده بازداشت می‌کند.\n"
         "روزنامه واشنگتن پست روز شنبه نوشت که این مقام به زودی بازداشت می‌شود.",
         "یک روزنامه آمریکایی", "روزنامه واشنگتن پست"),
        # ... a weekly, named before it
        ("عنوان\nهفته‌نامه اشپیگل در شماره تازه خود به بحران انرژی پرداخته است.\n"
         "یک هفته‌نامه آلمانی نوشت که قیمت گاز در زمستان دو برابر می‌شود.",
         "یک هفته‌نامه آلمانی", "هفته‌نامه اشپیگل"),
    ],
)
def test_unnamed_medium_is_the_named_one(nlp_rules, text, unnamed, named):
    doc = nlp_rules(text)
    eid, names = mentions_of(doc, unnamed)
    entity = next(e for e in doc._.entities if e["id"] == eid)
    assert entity["label"] == "ORG" and named in names and "این مقام" not in names
    assert [q["speaker"] for q in doc._.quotes] == [eid] * len(doc._.quotes)

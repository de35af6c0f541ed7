"""Coreference inside an article: surnames, roles, pronouns (rules only)."""

from __future__ import annotations

import pytest

from khabar.stages.coref import names_match, roles_match
from khabar.stages.phrases import compact


def cluster_of(doc, text):
    """The entity that has a mention reading ``text`` (ZWNJ-insensitive)."""
    for e in doc._.entities:
        if any(compact(doc.text[s:t]) == compact(text) for s, t in e["mentions"]):
            return e["id"]
    return None


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # surname alone → the full name with a rank
        ("سرهنگ علی رضایی وارد شد. رضایی سپس به تهران رفت.", "سرهنگ علی رضایی", "رضایی"),
        # a role repeated later without the name, shorter form of the apposed role
        ("دریادار حسین شریفی فرمانده نیروی دریایی ارتش ایران وارد شد. فرمانده نیروی دریایی ارتش سپس بازگشت.",
         "دریادار حسین شریفی", "فرمانده نیروی دریایی ارتش"),
        # pronoun → subject of the previous sentence, not the last name mentioned
        ("سرلشکر احمد نادری با بشار اسد دیدار کرد. وی بر همکاری تاکید کرد.", "سرلشکر احمد نادری", "وی"),
        # honorific pronoun
        ("آیت‌الله حسن مرادی در نماز جمعه سخنرانی کرد. ایشان از مردم تشکر کرد.", "آیت‌الله حسن مرادی", "ایشان"),
        # an epithet written beside the name, then alone
        ("حضرت آیت‌الله خامنه‌ای رهبر معظم انقلاب اسلامی پیامی فرستاد. مقام معظم رهبری در این پیام از ملت تشکر کردند.",
         "حضرت آیت‌الله خامنه‌ای", "مقام معظم رهبری"),
        # a country-specific role never written beside a name: the nearby person with no role
        ("سرلشکر احمد نادری با بشار اسد دیدار کرد. رئیس‌جمهوری سوریه از ایران تشکر کرد.", "بشار اسد",
         "رئیس‌جمهوری سوریه"),
        # the short and the long name of one organization
        ("نیروهای مسلح جمهوری اسلامی ایران آماده‌اند. نیروهای مسلح ایران رزمایش برگزار کردند.",
         "نیروهای مسلح جمهوری اسلامی ایران", "نیروهای مسلح ایران"),
    ],
)
def test_same_entity(nlp_rules, text, a, b):
    doc = nlp_rules(text)
    assert cluster_of(doc, a) is not None
    assert cluster_of(doc, a) == cluster_of(doc, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # two people who share a surname stay apart
        ("دکتر علی رضایی و مهندس محمد رضایی دیدار کردند.", "دکتر علی رضایی", "مهندس محمد رضایی"),
        # an epithet is never guessed onto another person
        ("سرلشکر احمد نادری گفت رهبر انقلاب پیامی فرستاده است.", "سرلشکر احمد نادری", "رهبر انقلاب"),
        # the agency is its own organization
        ("به گزارش ایسنا، دکتر علی رضایی گفت: کار تمام شد.", "ایسنا", "دکتر علی رضایی"),
    ],
)
def test_different_entities(nlp_rules, text, a, b):
    doc = nlp_rules(text)
    assert cluster_of(doc, a) is not None and cluster_of(doc, b) is not None
    assert cluster_of(doc, a) != cluster_of(doc, b)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("باقری",), ("محمد", "باقری"), True),  # surname
        (("محمد", "باقری"), ("علی", "باقری"), False),  # other first name
        (("محمد", "باقری"), ("محمد", "باقری"), True),
    ],
)
def test_names_match(a, b, same):
    assert names_match(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("وزیر دفاع", "وزیر دفاع عمان", True),  # shorter form
        ("وزیر دفاع عمان", "وزیر دفاع سوریه", False),  # other country
        ("وزیر", "وزیر دفاع", False),  # a bare head says too little
    ],
)
def test_roles_match(a, b, same):
    assert roles_match(a, b) is same

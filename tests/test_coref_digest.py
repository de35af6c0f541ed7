"""An unnamed role in a digest (short stories one after another, each under its own headline) is never the
person of another story, and the person in focus an unnamed role goes to is a person, not an outlet.

Every text here is written for these tests."""

from __future__ import annotations

import pytest

from khabar.stages.coref_focus import person_only
from khabar.stages.doc_parts import Items, news_items
from khabar.stages.phrases import compact


def cluster_of(doc, text):
    for e in doc._.entities:
        if any(compact(doc.text[s:t]) == compact(text) for s, t in e["mentions"]):
            return e["id"]
    return None


# A two-item digest: a governor's item, then a minister's trip named under its own headline
TWO_ITEMS = ("اخبار کوتاه استانی\nخبرگزاری فارس: چند خبر از استان‌ها در ادامه می‌آید.\n"
             "افتتاح سد تازه در ایلام\nاستاندار ایلام امروز از افتتاح سد جدید این استان خبر داد.\n"
             "سفر یک مقام به شیراز\nدکتر علی کاظمی امروز صبح وارد شیراز شد و از بیمارستان بازدید کرد.")
# A three-item digest: a visitor named in the first story, a country's leader in the second
THREE_ITEMS = ("خلاصه اخبار جهان\nخبرگزاری فارس: مهم‌ترین خبرهای امروز جهان در ادامه آمده است.\n"
               "سفر سرهنگ حسن مرادی به پکن\nسرهنگ حسن مرادی امروز برای دیدار با مقامات چین وارد پکن شد.\n"
               "تحریم‌های تازه کانادا علیه روسیه\nنخست‌وزیر کانادا امروز تحریم‌های تازه‌ای علیه مسکو اعلام کرد.\n"
               "بارش سنگین در هند\nباران‌های سیل‌آسا در شرق هند خسارت زیادی به بار آورد.")
# One story told in sections: the minister after the sub-heading is the person the sections are about
SECTIONS = ("سفر وزیر به شیراز\nخبرگزاری فارس: دکتر علی کاظمی امروز وارد شیراز شد.\n"
            "به گزارش فارس، دکتر علی کاظمی پس از ورود به شیراز از بیمارستان نمازی بازدید کرد.\n"
            "وی گفت: کار ساخت بیمارستان تازه از ماه آینده آغاز می‌شود.\nآغاز ساخت بیمارستان\n"
            "وزیر بهداشت در ادامه گفت: بودجه این طرح تامین شده است و تا دو سال دیگر به پایان می‌رسد.\n"
            "وی افزود: پزشکان جوان در این بیمارستان به کار گرفته می‌شوند.\nبازدید از روستاها\n"
            "وزیر بهداشت سپس به روستاهای اطراف شیراز رفت و با مردم گفت‌وگو کرد.")


@pytest.mark.parametrize(
    ("text", "role", "person"),
    [
        # the governor of the first item is not the man the second item names after its headline
        (TWO_ITEMS, "استاندار ایلام", "دکتر علی کاظمی"),
        # Canada's prime minister is not the visitor of the story before
        (THREE_ITEMS, "نخست‌وزیر کانادا", "سرهنگ حسن مرادی"),
    ],
)
def test_role_keeps_to_its_own_item(nlp_rules, text, role, person):
    doc = nlp_rules(text)
    assert cluster_of(doc, role) is not None and cluster_of(doc, person) is not None
    assert cluster_of(doc, role) != cluster_of(doc, person)
# One story under a sub-heading whose long paragraphs lost their full stops: no headlines, no digest
UNPUNCTUATED = ("بازدید استاندار از طرح‌های عمرانی\nخبرگزاری فارس: استاندار فارس امروز از چند طرح عمرانی در شیراز بازدید کرد.\n"
                "طرح‌های نیمه‌تمام\n"
                "استاندار فارس در این بازدید گفت که ساخت بزرگراه شرقی شیراز تا پایان سال آینده تمام می‌شود و بودجه آن "
                "از محل درآمدهای استانی تامین شده است\n"
                "مهندس علی کاظمی که از سال گذشته استاندار فارس است در ادامه افزود که بیمارستان تازه شهر نیز تا دو ماه "
                "دیگر به بهره‌برداری می‌رسد و پزشکان آن از همین استان خواهند بود\n"
                "وی همچنین از مردم خواست در طرح‌های آبرسانی روستایی با دولت همکاری کنند و گفت که کار این طرح‌ها از "
                "هفته آینده آغاز می‌شود و تا تابستان ادامه دارد")


@pytest.mark.parametrize(
    ("text", "digest"),
    [
        # three headlines, each over one short story
        (THREE_ITEMS, True),
        # two items are too few to tell a digest from a story in two sections
        (TWO_ITEMS, False),
        # sections of one story, each several paragraphs long
        (SECTIONS, False),
        # a long line with no full stop is a paragraph, not a headline: one story with one sub-heading
        (UNPUNCTUATED, False),
    ],
)
def test_digest_found(nlp_rules, text, digest):
    assert news_items(nlp_rules(text)).digest is digest


@pytest.mark.parametrize(
    ("digest", "at", "other", "apart"),
    [
        # items begin at tokens 10 and 20; a person the next section introduces is out of reach
        (False, 5, 15, True),
        # the person of the section before, in one story, is in reach
        (False, 15, 5, False),
        # the person of the story before, in a digest, is not
        (True, 15, 5, True),
        # one item
        (True, 12, 18, False),
    ],
)
def test_items_apart(digest, at, other, apart):
    assert Items([10, 20], digest).apart(at, other) is apart


@pytest.mark.parametrize(
    ("labels", "person"),
    [
        # a named person and the «وی» that means him
        (["PER", "PER"], True),
        # an outlet and a «وی» read as it: no holder of a person's role
        (["ORG", "PER"], False),
    ],
)
def test_person_in_focus_is_a_person(labels, person):
    entities = [{"label": x} for x in labels]
    assert person_only(entities, list(range(len(labels)))) is person

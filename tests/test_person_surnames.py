"""khabar_entity_types: a person the NER ended at a first name takes the surname after it (person_surnames)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

import khabar.stages  # noqa: F401  (registers the factory)
from khabar.stages.person_surnames import find_surnames
from khabar.stages.tokens import Words


@pytest.mark.parametrize(
    ("words", "pos", "person", "grown"),
    [
        # Our sentence «حسین انواری امروز گفت»: the NER read «حسین» alone; «انواری» is a word no table knows.
        (["حسین", "انواری", "امروز", "گفت"], ["PROPN", "PROPN", "ADV", "VERB"], (0, 1), (0, 1)),
        # «مهدی کشاورززاده گفت»: a surname ending («…زاده»).
        (["مهدی", "کشاورززاده", "گفت"], ["PROPN", "NOUN", "VERB"], (0, 1), (0, 1)),
        # «بهرام خان به شیراز رفت»: «خان» after a first name is part of the name, though a frequent word.
        (["بهرام", "خان", "به", "شیراز", "رفت"], ["PROPN", "NOUN", "ADP", "PROPN", "VERB"], (0, 1), (0, 1)),
        # «محمد‌رضا خسروان گفت»: a first name of two joined by a ZWNJ.
        (["محمد‌رضا", "خسروان", "گفت"], ["PROPN", "PROPN", "VERB"], (0, 1), (0, 1)),
        # «سعید تاجر رئیس اتحادیه گفت»: a common word («تاجر», merchant) is the surname before a role.
        (["سعید", "تاجر", "رئیس", "اتحادیه", "گفت"], ["PROPN", "NOUN", "NOUN", "NOUN", "VERB"], (0, 1), (0, 1)),
        # «زویا کرمانی گفت»: the NER read the surname alone; the first name before it joins.
        (["زویا", "کرمانی", "گفت"], ["PROPN", "PROPN", "VERB"], (1, 2), (1, 0)),
        # «محمد قاضی گفت», the NER read «قاضی» alone: a role word is a surname too, so the first name joins
        (["محمد", "قاضی", "گفت"], ["PROPN", "NOUN", "VERB"], (1, 2), (1, 0)),
        # --- left alone ---
        # «سعید تاجر گفت»: the same common word with no role after it may be anything.
        (["سعید", "تاجر", "گفت"], ["PROPN", "NOUN", "VERB"], (0, 1), None),
        # «حسن جان سلام»: «جان» (dear) is among the most frequent words of Persian, no surname.
        (["حسن", "جان", "سلام"], ["PROPN", "NOUN", "NOUN"], (0, 1), None),
        # «حسن جون»: the spoken form, listed in not_surnames.txt.
        (["حسن", "جون"], ["PROPN", "NOUN"], (0, 1), None),
        # «حسن دی‌ماه به تهران آمد»: a month with «ماه» glued is a time, no surname.
        (["حسن", "دی‌ماه", "به", "تهران", "آمد"], ["PROPN", "NOUN", "ADP", "PROPN", "VERB"], (0, 1), None),
        # «مریم نیمه‌شب رسید»: a part of the day from the time-expression words.
        (["مریم", "نیمه‌شب", "رسید"], ["PROPN", "NOUN", "VERB"], (0, 1), None),
        # «علی ایرانیان را دعوت کرد»: a country's people in the plural, no surname.
        (["علی", "ایرانیان", "را", "دعوت", "کرد"], ["PROPN", "NOUN", "ADP", "NOUN", "VERB"], (0, 1), None),
        # «حسن آمریکایی‌ها را مقصر دانست»: a plural with «‌ها».
        (["حسن", "آمریکایی‌ها", "را", "مقصر", "دانست"], ["PROPN", "NOUN", "ADP", "ADJ", "VERB"], (0, 1), None),
        # «مریم دیجی‌کالا را ترک کرد»: an unknown word joined by a ZWNJ is as often a brand as a surname.
        (["مریم", "دیجی‌کالا", "را", "ترک", "کرد"], ["PROPN", "PROPN", "ADP", "NOUN", "VERB"], (0, 1), None),
        # «محمد‌رضا خسروان» with «خسروان» tagged a common noun: left, the price of not reading descriptions
        # («صدام دیکتاتور») as surnames
        (["محمد‌رضا", "خسروان", "گفت"], ["PROPN", "NOUN", "VERB"], (0, 1), None),
        # «صدام دیکتاتور پیشین»: an unknown word the tagger calls a common noun describes the man
        (["صدام", "دیکتاتور", "پیشین", "عراق"], ["PROPN", "NOUN", "ADJ", "PROPN"], (0, 1), None),
        # «زینب مبهوت پرسید»: an adjective after the name
        (["زینب", "مبهوت", "پرسید"], ["PROPN", "ADJ", "VERB"], (0, 1), None),
        # «فرزندان برومند حضرت زهرا»: a person opening with a title takes no first name before it
        (["فرزندان", "برومند", "حضرت", "زهرا"], ["NOUN", "NOUN", "PROPN", "PROPN"], (2, 4), None),
        # «حسن و حسین»: two people.
        (["حسن", "و", "حسین"], ["PROPN", "CCONJ", "PROPN"], (0, 1), None),
        # «علی دیروز رئیس شد»: a time word.
        (["علی", "دیروز", "رئیس", "شد"], ["PROPN", "NOUN", "NOUN", "VERB"], (0, 1), None),
        # «حسین تهران را ترک کرد»: a known place.
        (["حسین", "تهران", "را", "ترک", "کرد"], ["PROPN", "PROPN", "ADP", "NOUN", "VERB"], (0, 1), None),
        # «ناصر ایرانکوه»: a word the tagger calls a verb is no surname, even one no table knows.
        (["ناصر", "ایرانکوه"], ["PROPN", "VERB"], (0, 1), None),
        # «هتلی به‌نام کرمانی»: «به‌نام» (named) glued would spell the first name «بهنام».
        (["هتلی", "به‌نام", "کرمانی"], ["NOUN", "ADJ", "PROPN"], (2, 3), None),
    ],
)
def test_find_surnames(words, pos, person, grown):
    found = find_surnames([("PER", *person)], Words.of(words), pos)
    assert found == ({0: grown} if grown else {})


def test_org_and_taken_words_stay():
    # «رضا سلیمانیان» with the second word inside another entity, and an ORG «مهدی» before a free word: no change.
    words = Words.of(["رضا", "سلیمانیان", "مهدی", "کشاورززاده"])
    assert find_surnames([("PER", 0, 1), ("LOC", 1, 2), ("ORG", 2, 3)], words, ["PROPN"] * 4) == {}


def test_stage_grows_person():
    nlp = spacy.blank("fa")
    nlp.add_pipe("khabar_entity_types")
    # Our own sentence: «حسین انواری در فرودگاه مهرآباد بود» with only «حسین» tagged PER
    doc = Doc(nlp.vocab, words=["حسین", "انواری", "در", "فرودگاه", "مهرآباد", "بود"],
              pos=["PROPN", "PROPN", "ADP", "NOUN", "PROPN", "AUX"])
    doc.ents = [Span(doc, 0, 1, "PER"), Span(doc, 3, 5, "LOC")]
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("حسین انواری", "PER"), ("فرودگاه مهرآباد", "FAC")]

"""khabar_named_events: named occasions, tournaments and elections the NER leaves untagged."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

import khabar.stages  # noqa: F401  (registers the factory)
from khabar.stages.named_events import find_event_years, find_named_events, named_events


@pytest.mark.parametrize(
    ("sentence", "covered", "found"),
    [
        # «راهپیمایی روز قدس برگزار شد»: a named day, untagged
        ("راهپیمایی روز قدس برگزار شد", set(), [(1, 3)]),
        # «مراسم دهه فجر در شهر»: the ten days of the revolution's anniversary
        ("مراسم دهه فجر در شهر", set(), [(1, 3)]),
        # «نماز عید فطر خوانده شد»: a religious feast
        ("نماز عید فطر خوانده شد", set(), [(1, 3)]),
        # «عید سعید فطر»: the longer form is taken whole
        ("به مناسبت عید سعید فطر", set(), [(2, 5)]),
        # «عید‌فطر» written with a ZWNJ in one token is the same name
        ("پس از عید\u200cفطر", set(), [(2, 3)]),
        # «زائران اربعین»: one word
        ("زائران اربعین به کربلا رفتند", set(), [(1, 2)]),
        # «هفته دفاع مقدس» wins over the shorter «دفاع مقدس» inside it
        ("آغاز هفته دفاع مقدس", set(), [(1, 4)]),
        # «جام جهانی ۲۰۲۶»: the table's entry stops before the number (the year step, below, dates it)
        ("تیم ملی در جام جهانی ۲۰۲۶", set(), [(3, 5)]),
        # «المپیک توکیو»: the host city is left to the NER
        ("مدال طلای المپیک توکیو را گرفت", set(), [(2, 3)]),
        # «انتخابات ریاست جمهوری آمریکا»: elections of a named office
        ("نتیجه انتخابات ریاست جمهوری آمریکا اعلام شد", set(), [(1, 5)]),
        # the same with «آمریکا» tagged LOC by the NER: the shorter entry before it is taken
        ("نتیجه انتخابات ریاست جمهوری آمریکا اعلام شد", {4}, [(1, 4)]),
        # «کمیته ملی المپیک» is an organization the NER found: nothing is added inside it
        ("رئیس کمیته ملی المپیک گفت", {1, 2, 3}, []),
        # «روز قدس» tagged DATE by the NER (as NSURL marks it) stays a date
        ("راهپیمایی روز قدس برگزار شد", {1, 2}, []),
        # a year the NER tagged is not taken into the event
        ("در جام جهانی ۲۰۲۶ بازی کرد", {3}, [(1, 3)]),
        # «جام» alone is a cup, not a named tournament
        ("جام قهرمانی را بالای سر برد", set(), []),
    ],
)
def test_find_named_events(sentence, covered, found):
    assert find_named_events(sentence.split(), covered, named_events()) == found


@pytest.mark.parametrize(
    ("sentence", "spans", "years"),
    [
        # «جام جهانی ۲۰۲۶»: the year after an event is a date of its own, as the news corpora mark it
        ("تیم ملی در جام جهانی ۲۰۲۶ بازی کرد", [(3, 5, "EVENT")], [5]),
        # «روز معلم ۱۲ اردیبهشت»: a day of the month is no year
        ("روز معلم ۱۲ اردیبهشت است", [(0, 2, "EVENT")], []),
        # a year the NER already tagged stays as it is
        ("در جام جهانی ۲۰۲۶ بازی کرد", [(1, 3, "EVENT"), (3, 4, "DATE")], []),
        # a year after an organization is not touched («کمیته ۱۴۰۲»)
        ("گزارش کمیته ۱۴۰۲ منتشر شد", [(1, 2, "ORG")], []),
        # «المپیک ۲۰۲۴»: a Gregorian year after the table's event
        ("مدال المپیک ۲۰۲۴ را برد", [(1, 2, "EVENT")], [2]),
        # «دهه فجر ۱۴۰۲»: a Jalali year
        ("مراسم دهه فجر ۱۴۰۲ برگزار شد", [(1, 3, "EVENT")], [3]),
        # «لیگ برتر ۲۰۰۰ تماشاگر»: a year-like number before a counted person is a count of spectators
        ("در دیدار امروز لیگ برتر ۲۰۰۰ تماشاگر حضور داشتند", [(3, 5, "EVENT")], []),
        # «لیگ برتر ۱۲۰۰ گل»: no year (neither Jalali 1300–1450 nor Gregorian 1900–2100), and «گل» counts
        ("در لیگ برتر ۱۲۰۰ گل به ثمر رسید", [(1, 3, "EVENT")], []),
        # «المپیک ۱۹۰۰ ورزشکار»: a year in range, but «ورزشکار» makes it a count of athletes
        ("در المپیک ۱۹۰۰ ورزشکار شرکت کردند", [(1, 2, "EVENT")], []),
        # «جام جهانی ۲۰۲۶ نفر»: «نفر» counts heads
        ("در جام جهانی ۲۰۲۶ نفر کار کردند", [(1, 3, "EVENT")], []),
        # «المپیک ۲۰۱۶ مدال برنز گرفت»: a medal after the year is the verb's object, the year stays
        ("در المپیک ۲۰۱۶ مدال برنز گرفت", [(1, 2, "EVENT")], [2]),
        # «جام جهانی ۳۰۰۰»: four digits past any year a report names
        ("بلیت جام جهانی ۳۰۰۰ دلار است", [(1, 3, "EVENT")], []),
    ],
)
def test_find_event_years(sentence, spans, years):
    assert find_event_years(sentence.split(), spans) == years


def test_set_annotations():
    nlp = spacy.blank("fa")
    nlp.add_pipe("khabar_named_events")
    # Our own sentence: «علی کریمی در روز قدس در تهران از المپیک ۲۰۲۸ گفت»
    words = ["علی", "کریمی", "در", "روز", "قدس", "در", "تهران", "از", "المپیک", "۲۰۲۸", "گفت"]
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, 0, 2, "PER"), Span(doc, 6, 7, "LOC")]
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("علی کریمی", "PER"), ("روز قدس", "EVENT"), ("تهران", "LOC"), ("المپیک", "EVENT"), ("۲۰۲۸", "DATE")]

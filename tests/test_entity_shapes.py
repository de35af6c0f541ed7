"""khabar_entity_shapes: teams named by a bare place, lone people's adjectives, dates the NER left untagged,
outlets named in press reviews and source lines."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

import khabar.stages  # noqa: F401  (registers the factory)
from khabar.stages.entity_shapes import (
    date_words,
    figure_heads,
    find_bare_dates,
    find_demonyms,
    find_issue_places,
    find_press_names,
    find_score_lines,
    find_team_places,
    future_heads,
    merge_adjoining_dates,
    outlet_titles,
    place_names,
    press_cues,
    press_issues,
    score_words,
    side_words,
)
from khabar.stages.entity_types import facility_heads, find_facilities
from khabar.stages.name_words import is_demonym, word_places
from khabar.stages.phrases import compact, load_tables

PLACES = load_tables().places


@pytest.mark.parametrize(
    ("label", "words", "found"),
    [
        # «تیم ایران»: the side of a country; the country alone is the entity
        ("ORG", ["تیم", "ایران"], True),
        # «تیم تهران»: a province's or city's side
        ("ORG", ["تیم", "تهران"], True),
        # «تیم مس کرمان»: a club's own name stays the organization
        ("ORG", ["تیم", "مس", "کرمان"], False),
        # «تیم ملی ایران»: the national side, named with «ملی», stays
        ("ORG", ["تیم", "ملی", "ایران"], False),
        # a bare «تیم» is no team name
        ("ORG", ["تیم"], False),
        # «دانشگاه تهران» is not a team word
        ("ORG", ["دانشگاه", "تهران"], False),
        # only ORG entities are changed
        ("PER", ["تیم", "ایران"], False),
        # «تیم سامان پیروز شد»: «سامان» is a town but also an everyday word and a club's name, no place here
        ("ORG", ["تیم", "سامان"], False),
        # «تیم مرکزی»: the central team, not the Markazi province
        ("ORG", ["تیم", "مرکزی"], False),
    ],
)
def test_find_team_places(label, words, found):
    keys = [compact(w) for w in words]
    assert find_team_places([(label, keys)], side_words(), PLACES, word_places()) == ([0] if found else [])


@pytest.mark.parametrize(
    ("label", "word", "found"),
    [
        # «سربازان آمریکایی»: the adjective names nothing
        ("ORG", "آمریکایی", True),
        # the older spelling with hamza, «آمریکائی»
        ("ORG", "آمریکائی", True),
        # «عراقی», tagged LOC
        ("LOC", "عراقی", True),
        # «سعودی», a listed irregular adjective
        ("ORG", "سعودی", True),
        # «ترکیه‌ای», tagged ORG
        ("ORG", "ترکیه‌ای", True),
        # a person keeps it: «مصری» alone may be a surname («مصری گفت»)
        ("PER", "مصری", False),
        # the country itself stays
        ("LOC", "عراق", False),
        # a surname that ends in «ی» but is no country's adjective, tagged ORG, stays
        ("ORG", "کریمی", False),
        # a DATE is never dropped
        ("DATE", "آمریکایی", False),
        # a people in the plural, tagged ORG: «فلسطینیان در این راهپیمایی شرکت کردند»
        ("ORG", "فلسطینیان", True),
        # the plural with «ها», tagged ORG: «ژاپنی‌ها این خودرو را ساختند»
        ("ORG", "ژاپنی‌ها", True),
        # a party's adjective, tagged ORG: «نیروهای بعثی عقب نشستند» (data/demonyms.txt)
        ("ORG", "بعثی", True),
        # a surname in the plural form, tagged ORG, stays: no people in «کریمیان»
        ("ORG", "کریمیان", False),
        # a person named like a people's plural keeps it («ایرانیان گفت» may be a surname)
        ("PER", "ایرانیان", False),
    ],
)
def test_find_demonyms(label, word, found):
    ents = [(label, [compact(word)])]
    assert find_demonyms(ents) == ([0] if found else [])


def test_find_demonyms_keeps_longer_names():
    # «سفارت آمریکایی» as one ORG (two words) is the NER's decision and stays
    assert find_demonyms([("ORG", ["سفارت", compact("آمریکایی")])]) == []


@pytest.mark.parametrize(
    ("word", "demonym"),
    [
        # «عراقی»: a country's name with «ی»
        ("عراقی", True),
        # the older spelling «آمریکائی», for the organization finder too (one shared helper)
        ("آمریکائی", True),
        # «سعودی», listed
        ("سعودی", True),
        # «کریمی»: a surname, no country in it
        ("کریمی", False),
    ],
)
def test_is_demonym(word, demonym):
    assert is_demonym(compact(word)) is demonym


@pytest.mark.parametrize(
    ("words", "covered", "dates"),
    [
        # «وزیر دیروز گفت»: «دیروز» alone names the day
        (["وزیر", "دیروز", "گفت"], set(), [1]),
        # «امروز» is left to the NER: as often "nowadays" («مشکلات امروز»)
        (["مشکلات", "امروز"], set(), []),
        # «دیروز» and «امسال»
        (["دیروز", "و", "امسال"], set(), [0, 2]),
        # a word inside an entity already («فردا شنبه» tagged whole) is left to it
        (["فردا", "شنبه", "می‌آید"], {0, 1}, []),
        # a numeric date, year first: «مصوب 1394/12/10»
        (["مصوب", "1394/12/10"], set(), [1]),
        # day first, two-digit year: «27/3/66»
        (["تاریخ", "27/3/66"], set(), [1]),
        # a fraction or a score is no date
        (["نتیجه", "3/1", "شد"], set(), []),
        # «سهم‌ها ۴۰/۳۰/۳۰ تقسیم شد»: three parts, but 30 is no month, so a split, not a date
        (["سهم‌ها", "۴۰/۳۰/۳۰", "تقسیم", "شد"], set(), []),
        # year first with month 14: «1394/14/02» is no date either
        (["شماره", "1394/14/02"], set(), []),
        # day first in Persian digits, in range: «۲۷/۳/۶۶» is a date
        (["تاریخ", "۲۷/۳/۶۶"], set(), [1]),
        # «نسل فردا باید …»: «فردا» after «نسل» is "the future", no date
        (["نسل", "فردا", "باید"], set(), []),
        # «دنیای فردا»: the world of the future
        (["دنیای", "فردا"], set(), []),
        # «انتخابات فردا»: tomorrow's election, a date after a noun too
        (["انتخابات", "فردا"], set(), [1]),
        # «کودکان فردا به مدرسه بازمی‌گردند»: the children are the subject, «فردا» the day they go back
        (["کودکان", "فردا", "به", "مدرسه", "بازمی‌گردند"], set(), [1]),
        # «زنان فردا در راهپیمایی شرکت می‌کنند»: the same with «زنان»
        (["زنان", "فردا", "در", "راهپیمایی", "شرکت", "می‌کنند"], set(), [1]),
        # «سازندگان فردا پل را تحویل می‌دهند»: the builders hand the bridge over tomorrow
        (["سازندگان", "فردا", "پل", "را", "تحویل", "می‌دهند"], set(), [1]),
        # «جامعه فردا»: an abstract head keeps «فردا» the future
        (["جامعه", "فردا", "به", "علم", "نیاز", "دارد"], set(), []),
        # a plain word is no date
        (["روز", "خوبی", "بود"], set(), []),
    ],
)
def test_find_bare_dates(words, covered, dates):
    assert find_bare_dates(words, covered, date_words(), future_heads()) == dates


@pytest.mark.parametrize(
    ("spans", "sent_starts", "merged"),
    [
        # «[دیروز] [۲۰ تیرماه]»: a day word and the day of the month, split by the NER, are one date
        ([(0, 1, "DATE"), (1, 3, "DATE")], set(), [(0, 3, "DATE")]),
        # a word between them keeps two dates («دیروز و ۲۰ تیرماه»)
        ([(0, 1, "DATE"), (2, 4, "DATE")], set(), [(0, 1, "DATE"), (2, 4, "DATE")]),
        # a date that touches a place stays apart («امسال تهران»)
        ([(0, 1, "DATE"), (1, 2, "LOC")], set(), [(0, 1, "DATE"), (1, 2, "LOC")]),
        # three touching pieces make one
        ([(0, 1, "DATE"), (1, 2, "DATE"), (2, 4, "DATE")], set(), [(0, 4, "DATE")]),
        # a headline that ends in a date with no full stop, and a lead that opens with one: two sentences, two dates
        ([(0, 1, "DATE"), (1, 3, "DATE")], {1}, [(0, 1, "DATE"), (1, 3, "DATE")]),
    ],
)
def test_merge_adjoining_dates(spans, sent_starts, merged):
    assert merge_adjoining_dates(spans, sent_starts) == merged


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # «کیهان : …»: a press review line opens with the paper's title and a colon
        ("کیهان : مذاکرات به بن‌بست رسید", [(0, 1, False)]),
        # «جوان»: an everyday word, but no heading: before a colon it is the paper
        ("جوان : بودجه عمرانی کم شد", [(0, 1, False)]),
        # «اطلاعات :» may head a line («Information:»), so it is the paper only in a press review: here a second
        # line names «کیهان»
        ("کیهان : مذاکرات ادامه دارد . اطلاعات : بودجه عمرانی کم شد", [(0, 1, False), (6, 7, False)]),
        # «اطلاعات :» again, in a text that says it reviews the newspapers («روزنامه‌ها»)
        ("نگاهی به روزنامه‌ها . اطلاعات : بودجه عمرانی کم شد", [(4, 5, False)]),
        # «اطلاعات :» alone, with no other sign of a press review: a heading, left to the NER
        ("اطلاعات : ساعت کار اداره از هشت تا دو است", []),
        # «امتیاز از قول …»: no heading quotes someone, so the everyday title is the paper even alone
        ("امتیاز از قول معاون وزیر نوشت", [(0, 1, False)]),
        # «قانون : هر کس …»: the law, not the daily «قانون»
        ("قانون : هر کس مالیات ندهد جریمه می‌شود", []),
        # «امتیاز : ۱۵»: a score, not the daily «امتیاز»
        ("امتیاز : ۱۵ .", []),
        # «مستقل : ۴۰ نماینده»: independent members of parliament, not the daily «مستقل»
        ("اصولگرا : ۱۲۰ نماینده . مستقل : ۴۰ نماینده", []),
        # «خبر فوری :», «تایم : ۹۰ دقیقه»: headings, no longer titles at all
        ("خبر فوری : زلزله‌ای شدید شهر را لرزاند . کیهان : بودجه کم شد", [(9, 10, False)]),
        ("تایم : ۹۰ دقیقه . کیهان : بودجه کم شد", [(5, 6, False)]),
        # «آفتاب یزد»: a two-word title (no everyday word), quoting someone
        ("آفتاب یزد به نقل از وزیر نوشت", [(0, 2, False)]),
        # «اطلاعات از قول سخنگو»: the paper quotes a spokesman
        ("اطلاعات از قول سخنگو نوشت", [(0, 1, False)]),
        # «کیهان درباره …»: a review line names the paper's topic before its headline
        ("کیهان درباره بودجه : سهم عمران کم شد", [(0, 1, False)]),
        # «ایران درباره …» opening a plain sentence is the country: an everyday title needs a press review
        ("ایران درباره برجام نظر داد", []),
        # … and the paper in one: the text names «روزنامه‌ها»
        ("نگاهی به روزنامه‌ها . ایران درباره برجام : توافق ماند", [(4, 5, False)]),
        # the title written glued, «عصرایران», matches «عصر ایران»
        ("عصرایران : قیمت‌ها بالا رفت", [(0, 1, False)]),
        # «منبع : همشهری»: a source line at the end of an article, an everyday word or not
        ("منبع : همشهری", [(2, 3, True)]),
        # a source line title followed by a full stop
        ("منبع : عصر ایران .", [(2, 4, True)]),
        # «جوان» mid-sentence is a young person, not the paper
        ("این کارگر جوان : گفت", []),
        # «اطلاعات» opening a plain sentence is information
        ("اطلاعات جدید منتشر شد", []),
        # «ایران خودرو :»: a carmaker, no paper; the title must meet the colon
        ("ایران خودرو : قیمت‌ها ثابت ماند", []),
        # after «منبع :» a longer name that is no title is left to the NER
        ("منبع : ایران خودرو", []),
    ],
)
def test_find_press_names(text, found):
    words = text.split()
    starts = {0} | {i + 1 for i, w in enumerate(words) if w == "."}
    assert find_press_names(words, starts, outlet_titles(), *press_cues()) == found


@pytest.mark.parametrize(
    ("spans", "names", "placed"),
    [
        # nothing tagged: the title becomes an ORG
        ([], [(0, 1, False)], [(0, 1, "ORG")]),
        # «آفتاب [یزد]»: the place inside the title is dropped for the whole title
        ([(1, 2, "LOC")], [(0, 2, False)], [(0, 2, "ORG")]),
        # «ابتکار :» tagged PER at a sentence start may be the person quoted in a headline: it stays
        ([(0, 1, "PER")], [(0, 1, False)], [(0, 1, "PER")]),
        # «منبع : ایران» tagged LOC: a source line names the paper
        ([(2, 3, "LOC")], [(2, 3, True)], [(2, 3, "ORG")]),
        # an entity that runs past the title is the NER's call
        ([(0, 3, "ORG")], [(0, 1, False)], [(0, 3, "ORG")]),
    ],
)
def test_place_names(spans, names, placed):
    assert place_names(spans, names) == placed


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # «فولاد خوزستان ۲ - ملوان بندرانزلی ۱»: two clubs told by their cities, with a dash
        ("فولاد خوزستان ۲ - ملوان بندرانزلی ۱", [(0, 2), (4, 6)]),
        # scores in words, no dash: «پیکان سه ذوب آهن اصفهان صفر»
        ("پیکان سه ذوب آهن اصفهان صفر", [(0, 1), (2, 5)]),
        # three results on one line, a full stop at the end
        ("نفت آبادان 1 شهرداری قزوین 2 سپاهان 0 .", [(0, 2), (3, 5), (6, 7)]),
        # «ایران ۲ - ژاپن ۱»: no name is a club told by a city, so the line is left to the NER
        ("ایران ۲ - ژاپن ۱", []),
        # a sentence with numbers is no results line: «ساخت ۱۴۰ برج قبل از سال ۹۲»
        ("صدور پروانه ساخت 140 برج قبل از سال 92", []),
        # «ساخت مسکن در تهران 140 برج در سال 92»: a preposition in the name and a three-digit count
        ("ساخت مسکن در تهران 140 برج در سال 92", []),
        # «ساخت مسکن در تهران ۱۴ - …»: the preposition «در» alone is enough, the numbers look like scores
        ("ساخت مسکن در تهران ۱۴ - ساخت مسکن در کرج ۱۲", []),
        # «دمای تهران ۳۵ - دمای اهواز ۴۸»: a weather table, its rows open with «دمای»
        ("دمای تهران ۳۵ - دمای اهواز ۴۸", []),
        # «حوزه انتخابیه شیراز …»: the votes of two constituencies, five digits and «حوزه»
        ("حوزه انتخابیه شیراز ۴۵۰۰۰ حوزه انتخابیه کازرون ۱۲۰۰۰", []),
        # «حوزه … ۴۵ …»: «حوزه» alone keeps a constituency out, with two-digit numbers
        ("حوزه انتخابیه شیراز ۴۵ حوزه انتخابیه کازرون ۱۲", []),
        # «پالایشگاه آبادان ۳۶۰ - …»: three-digit figures (a refinery's output) are no scores
        ("پالایشگاه آبادان ۳۶۰ - پالایشگاه اراک ۲۵۰", []),
        # «بازار تهران ۲۵ بازار مشهد ۲۴»: market prices
        ("بازار تهران ۲۵ بازار مشهد ۲۴", []),
        # «شهر مشهد ۱۵ - شهر تبریز ۱۲»: counts by city
        ("شهر مشهد ۱۵ - شهر تبریز ۱۲", []),
        # one side alone is no result
        ("ملوان بندرانزلی ۱", []),
        # a comma inside breaks the line
        ("ملوان بندرانزلی ۱ ، سپاهان ۲", []),
    ],
)
def test_find_score_lines(text, names):
    keys = [compact(w) for w in text.split()]
    assert find_score_lines(keys, score_words(), PLACES, figure_heads()) == [(s, e, False) for s, e in names]


@pytest.mark.parametrize(
    ("words", "facility"),
    [
        # «مصلای امام خمینی»: a prayer ground is a facility
        (["مصلای", "امام", "خمینی"], True),
        # «مصلی تهران»: the other spelling
        (["مصلی", "تهران"], True),
    ],
)
def test_prayer_grounds_are_facilities(words, facility):
    assert find_facilities([("LOC", words)], facility_heads()) == ([0] if facility else [])


def test_set_annotations():
    nlp = spacy.blank("fa")
    nlp.add_pipe("khabar_entity_shapes")
    # Our own sentence: «تیم ایران دیروز با بازیکنان آمریکایی بازی کرد»
    words = ["تیم", "ایران", "دیروز", "با", "بازیکنان", "آمریکایی", "بازی", "کرد"]
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, 0, 2, "ORG"), Span(doc, 5, 6, "ORG")]
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("ایران", "LOC"), ("دیروز", "DATE")]


@pytest.mark.parametrize(
    ("text", "label", "span", "found"),
    [
        # «روزنامه‌های صبح ایران»: Iran's morning papers; «صبح ایران» is no outlet, «ایران» the place
        ("خبرهای روزنامه‌های صبح ایران", "ORG", (2, 4), True),
        # «نشریات عصر تهران»: the evening papers of Tehran, tagged as a product
        ("تیتر نشریات عصر تهران", "PRODUCT", (2, 4), True),
        # «عصر ایران» with no plural of papers before it is the outlet's name
        ("به گزارش عصر ایران", "ORG", (2, 4), False),
        # «روزنامه‌های صبح امروز»: no place after the time of day
        ("روزنامه‌های صبح امروز", "ORG", (1, 3), False),
        # a person is left alone
        ("روزنامه‌های صبح ایران", "PER", (1, 3), False),
    ],
)
def test_find_issue_places(text, label, span, found):
    keys = [compact(w) for w in text.split()]
    ents = [(label, span[0], keys[span[0]:span[1]])]
    assert find_issue_places(ents, keys, *press_issues(), load_tables().places) == ([0] if found else [])

"""khabar_date_shapes: decades, two-digit years after «سال», numeric dates in parts, days of a month that the NER
left out or cut short, and DATEs parted at long numbers. All sentences are our own."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

import khabar.stages  # noqa: F401  (registers the factory)
from khabar.stages.date_shapes import (
    amount_words,
    decade_words,
    drop_bare_units,
    extend_spelled_years,
    find_decades,
    find_short_years,
    find_spaced_dates,
    month_words,
    place_dates,
    split_at_counts,
    year_number_words,
)
from khabar.stages.date_spans import counted_durations, date_ranges, open_ranges, time_counts
from khabar.stages.phrases import compact_words


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # «در دهه ۷۰ ساخته شد»: digits that end in a zero name a decade
        ("در دهه ۷۰ ساخته شد", [(1, 3)]),
        # «فیلم‌های دهه شصت»: the tens in words
        ("فیلم‌های دهه شصت", [(1, 3)]),
        # «در دهه هشتاد و نود»: two decades joined by «و» are one date
        ("در دهه هشتاد و نود رخ داد", [(1, 5)]),
        # «دهه ۱۹۶۰ میلادی»: a decade in four digits
        ("موسیقی دهه ۱۹۶۰ میلادی", [(1, 3)]),
        # «دو دهه گذشته»: a count of years, no decade named
        ("در دو دهه گذشته", []),
        # «دهه اخیر»: the latest ten years, no decade named
        ("در دهه اخیر", []),
        # «دهه ۷۵»: no decade ends in five
        ("در دهه ۷۵ ساخته شد", []),
        # «در یک دهه ۸۰ هزار نفر»: «یک» before it counts ten years, and «هزار» after makes ۸۰ an amount
        ("در یک دهه ۸۰ هزار نفر مهاجرت کردند", []),
        # «در دو دهه ۷۰ شرکت»: a number before «دهه» makes it a count of years
        ("در دو دهه ۷۰ شرکت تأسیس شد", []),
        # «دهه ۶۰ سالگی»: an age after it, the sixties of a life
        ("او در دهه ۶۰ سالگی بازنشسته شد", []),
        # «دهه ۹۰ میلیون»: an amount after it
        ("در یک دهه ۹۰ میلیون تومان خرج شد", []),
    ],
)
def test_find_decades(text, found):
    assert find_decades(text.split(), decade_words(), year_number_words(), amount_words()) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # «در سال ۵۸ ساخته شد»: a year of two digits after «سال»
        ("در سال ۵۸ ساخته شد", [(1, 3)]),
        # «بودجه سال 97»: Latin digits too
        ("بودجه سال 97 تصویب شد", [(1, 3)]),
        # «سال ۳۵ میلیون تومان»: a price, not a year
        ("قیمت خودرو در یک سال ۳۵ میلیون تومان بالا رفت", []),
        # «سال ۲۵ نفر»: a count of people
        ("در این سال ۲۵ نفر استخدام شدند", []),
        # «سال ۹۲ ۱۱۹۷۶۴»: a number after it, a table's figures
        ("سال ۹۲ ۱۱۹۷۶۴", []),
        # «سال ۱۳۹۸»: four digits are the NER's (and timex's) to find
        ("در سال ۱۳۹۸ ساخته شد", []),
        # «۳۰ سال ۱۲ ساعت»: a number before «سال» and hours after, a count
        ("زندانی ۳۰ سال ۱۲ ساعت در روز کار کرد", []),
        # «سال ۴۰ سالگی»: an age after it
        ("در آن سال ۴۰ سالگی جشن گرفت", []),
        # «دو سال ۱۵ روز»: a number word before «سال»
        ("او دو سال ۱۵ روز زندانی بود", []),
    ],
)
def test_find_short_years(text, found):
    assert find_short_years(text.split(), year_number_words(), amount_words()) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # «۱۳۹۷ . ۵ . ۲۰»: a year-first date parted at its dots
        ("تاریخ انتشار : ۱۳۹۷ . ۵ . ۲۰", [(3, 8)]),
        # «12 / 3 / 2019»: a day-first date parted at its slashes
        ("به روز شده 12 / 3 / 2019", [(3, 8)]),
        # «۲ . ۵ . ۳»: no year of four digits, and day first only with «/»: no date
        ("نسخه ۲ . ۵ . ۳ منتشر شد", []),
        # «قیمت ۱۲ . ۵ . ۱۰ هزار تومان»: dots, day first, then an amount: a price
        ("قیمت ۱۲ . ۵ . ۱۰ هزار تومان شد", []),
        # «شاخص ۱۲ - ۵ - ۲۰ درصد»: dashes, day first: no date
        ("شاخص ۱۲ - ۵ - ۲۰ درصد رشد کرد", []),
        # «۲ . ۱۲ . ۱۹ متر»: a length
        ("طول آن ۲ . ۱۲ . ۱۹ متر است", []),
        # «۱۰ . ۱۲ . ۱۳۹۸»: day first with dots, but a year of four digits ends it: a date
        ("در تاریخ ۱۰ . ۱۲ . ۱۳۹۸ منتشر شد", [(2, 7)]),
        # «۱۴۰۰ . ۲ . ۱۰ درصد»: year first, but an amount after it
        ("رشد ۱۴۰۰ . ۲ . ۱۰ درصد بود", []),
        # «۱۴۰۰ - ۲ - ۱۰»: year first with dashes is a date
        ("تاریخ ۱۴۰۰ - ۲ - ۱۰ ثبت شد", [(1, 6)]),
        # «۱۳۹۷ . ۱۵ . ۲۰»: no fifteenth month
        ("کد ۱۳۹۷ . ۱۵ . ۲۰", []),
        # «۱۳۹۷ / ۵ . ۲۰»: two different marks
        ("کد ۱۳۹۷ / ۵ . ۲۰", []),
    ],
)
def test_find_spaced_dates(text, found):
    assert find_spaced_dates(text.split(), amount_words()) == found


@pytest.mark.parametrize(
    ("spans", "dates", "placed"),
    [
        # a date no entity touches is added
        ([(0, 1, "PER")], [(3, 5)], [(0, 1, "PER"), (3, 5, "DATE")]),
        # «[جمعه هفتم آبان]» where the NER tagged «هفتم آبان»: the DATE grows to the weekday
        ([(2, 4, "DATE")], [(1, 4)], [(1, 4, "DATE")]),
        # a DATE already the date's own is kept
        ([(1, 4, "DATE")], [(1, 4)], [(1, 4, "DATE")]),
        # an entity of another label inside the date is left alone (a name that holds a date)
        ([(2, 4, "ORG")], [(1, 4)], [(2, 4, "ORG")]),
        # a DATE that runs past the date is the NER's reading, left alone
        ([(2, 6, "DATE")], [(1, 4)], [(2, 6, "DATE")]),
    ],
)
def test_place_dates(spans, dates, placed):
    assert place_dates(spans, dates) == placed


@pytest.mark.parametrize(
    ("text", "spans", "parted"),
    [
        # «سال ۹۲ ۱۱۹۷۶۴ ۳۴»: a year run into a table's figures keeps the year
        ("سال ۹۲ ۱۱۹۷۶۴ ۳۴", [(0, 4, "DATE")], [(0, 2, "DATE")]),
        # «شماره ۱۲۳۴۵۶۷۸۹۰»: a phone number is no date
        ("شماره ۱۲۳۴۵۶۷۸۹۰", [(1, 2, "DATE")], []),
        # «۱۶ ۹۴ ۲۴۴۱۰»: figures only, dropped
        ("۱۶ ۹۴ ۲۴۴۱۰", [(0, 3, "DATE")], []),
        # «۱۳۹۵ ۲۴۴۱۰»: a four-digit year stays
        ("۱۳۹۵ ۲۴۴۱۰", [(0, 2, "DATE")], [(0, 1, "DATE")]),
        # a long number in a money entity is its own
        ("۱۲۰۰۰۰ تومان", [(0, 2, "MON")], [(0, 2, "MON")]),
    ],
)
def test_split_at_counts(text, spans, parted):
    assert split_at_counts(spans, text.split()) == parted


@pytest.mark.parametrize(
    ("text", "spans", "grown"),
    [
        # «مصوب ۱۸ اسفند یک هزار و سیصد و نود و هشت»: the spelled year joins the date
        ("مصوب ۱۸ اسفند یک هزار و سیصد و نود و هشت ابلاغ شد", [(1, 3, "DATE")], [(1, 11, "DATE")]),
        # «اسفندماه یکهزار و …» written in one word, and the month with «ماه»
        ("مورخ دهم اسفندماه یکهزار و سیصد و نود ابلاغ شد", [(1, 3, "DATE")], [(1, 8, "DATE")]),
        # «۲ ژوئن دو هزار و نوزده»: a Gregorian year in words
        ("در ۲ ژوئن دو هزار و نوزده", [(1, 3, "DATE")], [(1, 7, "DATE")]),
        # «سال ۹۵ دو هزار و پانصد نفر»: the DATE ends in no month, so nothing after it is a year
        ("سال ۹۵ دو هزار و پانصد نفر", [(0, 2, "DATE")], [(0, 2, "DATE")]),
        # «۵ مهر دو هزار و پانصد نفر»: «دو هزار» and hundreds is no year, a count of people
        ("۵ مهر دو هزار و پانصد نفر آمدند", [(0, 2, "DATE")], [(0, 2, "DATE")]),
        # «در ۱۰ فروردین هزار و چهارصد نفر»: a bare «هزار» is no year
        ("در ۱۰ فروردین هزار و چهارصد نفر آمدند", [(1, 3, "DATE")], [(1, 3, "DATE")]),
        # «۱۰ فروردین یک هزار و چهارصد نفر»: a counted noun after it makes it a count
        ("۱۰ فروردین یک هزار و چهارصد نفر آمدند", [(0, 2, "DATE")], [(0, 2, "DATE")]),
        # «۲ ژوئن دو هزار و بیست و یک نفر»: a counted noun after a plausible year too
        ("در ۲ ژوئن دو هزار و بیست و یک نفر", [(1, 3, "DATE")], [(1, 3, "DATE")]),
        # «[۱۸ اسفند یک] هزار و سیصد و نود و چهار»: the NER's cut after «یک» grows to the whole year
        ("مصوب ۱۸ اسفند یک هزار و سیصد و نود و چهار", [(1, 4, "DATE")], [(1, 11, "DATE")]),
        # «[۵ مهر دو] هزار و پانصد نفر»: the NER's cut, but no year follows: left as it is
        ("۵ مهر دو هزار و پانصد نفر", [(0, 3, "DATE")], [(0, 3, "DATE")]),
        # «۱۸ اسفند هزار نفر»: «هزار» with no «و» after it is no year
        ("۱۸ اسفند هزار نفر آمدند", [(0, 2, "DATE")], [(0, 2, "DATE")]),
        # not over another entity that starts inside the words
        ("۱۸ اسفند یک هزار و سیصد", [(0, 2, "DATE"), (4, 5, "ORG")], [(0, 2, "DATE"), (4, 5, "ORG")]),
    ],
)
def test_extend_spelled_years(text, spans, grown):
    assert extend_spelled_years(spans, text.split(), month_words(), amount_words()) == grown


def test_set_annotations():
    nlp = spacy.blank("fa")
    nlp.add_pipe("khabar_date_shapes")
    # Our own sentence: «جلسه جمعه هفتم آبان و ۲۸ اکتبر در دهه ۹۰ و سال ۹۴ برگزار شد»
    words = ["جلسه", "جمعه", "هفتم", "آبان", "و", "۲۸", "اکتبر", "در", "دهه", "۹۰", "و", "سال", "۹۴", "برگزار", "شد"]
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, 2, 4, "DATE")]
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("جمعه هفتم آبان", "DATE"), ("۲۸ اکتبر", "DATE"), ("دهه ۹۰", "DATE"), ("سال ۹۴", "DATE")]


@pytest.mark.parametrize(
    ("words", "ents", "found"),
    [
        # «۱۰ آبان ۱۳۹۵ . ۸ . ۱۰»: a numeric date added right after a DATE the NER found is made one with it
        (["در", "۱۰", "آبان", "۱۳۹۵", ".", "۸", ".", "۱۰", "آمد"], [(1, 3)], [("۱۰ آبان ۱۳۹۵ . ۸ . ۱۰", "DATE")]),
        # «امروز دهه ۹۰»: a decade added right after a DATE is made one with it
        (["از", "امروز", "دهه", "۹۰", "گذشت"], [(1, 2)], [("امروز دهه ۹۰", "DATE")]),
        # «[سال] [۱۳۹۸]»: a bare unit touching a date is merged with it first, not dropped as a bare unit
        (["در", "سال", "۱۳۹۸", "آمد"], [(1, 2), (2, 3)], [("سال ۱۳۹۸", "DATE")]),
    ],
)
def test_touching_dates_merged(words, ents, found):
    nlp = spacy.blank("fa")
    nlp.add_pipe("khabar_date_shapes")
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, s, e, "DATE") for s, e in ents]
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == found


@pytest.mark.parametrize(
    ("words", "spans", "kept"),
    [
        # «در هفته مورد بررسی»: the week a report covers; «هفته» alone names no date
        (["در", "هفته", "مورد", "بررسی"], [(1, 2, "DATE")], []),
        # «ماه» alone as TIME goes too
        (["این", "کار", "ماه", "طول", "کشید"], [(2, 3, "TIME")], []),
        # «هفته گذشته»: the unit with a word that places it is a date
        (["هفته", "گذشته", "آمد"], [(0, 2, "DATE")], [(0, 2, "DATE")]),
        # «امسال» is a date by itself, no bare unit
        (["امسال", "باران", "آمد"], [(0, 1, "DATE")], [(0, 1, "DATE")]),
        # a person or organization that is a unit's word is not touched («روز» as a surname)
        (["آقای", "روز", "گفت"], [(1, 2, "PER")], [(1, 2, "PER")]),
    ],
)
def test_drop_bare_units(words, spans, kept):
    assert drop_bare_units(spans, words, compact_words("bare_units.txt")) == kept


@pytest.mark.parametrize(
    ("text", "spans", "grown"),
    [
        # «از سال ۱۳۸۸ تا ۱۳۹۲ کار کرد»: a range; «از» opens it and is part of the date
        ("او از سال ۱۳۸۸ تا ۱۳۹۲ آنجا کار کرد", [(2, 6, "DATE")], [(1, 6, "DATE")]),
        # «از دی‌ماه تاکنون»: a range closed at the present takes in «تاکنون» after it too
        ("از دی‌ماه تاکنون سه بار آمده است", [(1, 2, "DATE")], [(0, 3, "DATE")]),
        # the NER took «تاکنون» in already: only «از» is added
        ("از دی‌ماه تاکنون سه بار آمده است", [(1, 3, "DATE")], [(0, 3, "DATE")]),
        # «از سال ۱۳۹۰ در این شهر است»: a point in time after «از», no range; left as it is
        ("او از سال ۱۳۹۰ در این شهر است", [(2, 4, "DATE")], [(2, 4, "DATE")]),
        # «تا» as the date's first word is no range («تا پایان سال»): left as it is
        ("از تا پایان سال خبری نیست", [(1, 4, "DATE")], [(1, 4, "DATE")]),
        # «از» inside another entity (an organization's name) is not taken
        ("بنیاد حمایت از سال ۱۳۸۸ تا ۱۳۹۲", [(0, 3, "ORG"), (3, 7, "DATE")], [(0, 3, "ORG"), (3, 7, "DATE")]),
        # a person is no date: not grown
        ("از علی تا حسن", [(1, 4, "PER")], [(1, 4, "PER")]),
    ],
)
def test_open_ranges(text, spans, grown):
    assert open_ranges(spans, text.split(), *date_ranges()) == grown


@pytest.mark.parametrize(
    ("text", "spans", "kept"),
    [
        # «درمان سه هفته طول کشید»: a length of time, no date; dropped
        ("درمان سه هفته طول کشید", [(1, 3, "DATE")], []),
        # «۱۲ سال در زندان ماند»: digits count too
        ("او ۱۲ سال در زندان ماند", [(1, 3, "DATE")], []),
        # a length as TIME («۴۰ دقیقه») goes as well
        ("جلسه ۴۰ دقیقه طول کشید", [(1, 3, "TIME")], []),
        # «پنج روز بعد»: a word that places it follows; the date takes it in
        ("پنج روز بعد بازگشت", [(0, 2, "DATE")], [(0, 3, "DATE")]),
        # «دو سال پیش» whole: three words, a point in time, kept
        ("دو سال پیش آمد", [(0, 3, "DATE")], [(0, 3, "DATE")]),
        # «سال ۱۳۹۰»: a unit and a year, no count; kept
        ("در سال ۱۳۹۰ آمد", [(1, 3, "DATE")], [(1, 3, "DATE")]),
        # «۲۰ آذر»: a day of a month, no unit of time; kept
        ("۲۰ آذر آمد", [(0, 2, "DATE")], [(0, 2, "DATE")]),
        # «۸ شب»: an hour of the night, a clock time, not a length; kept
        ("جلسه ساعت ۸ شب آغاز شد", [(2, 4, "TIME")], [(2, 4, "TIME")]),
        # a count and a unit inside an organization's name is not touched
        ("ستاد ده روز", [(0, 3, "ORG")], [(0, 3, "ORG")]),
    ],
)
def test_counted_durations(text, spans, kept):
    assert counted_durations(spans, text.split(), *time_counts()) == kept

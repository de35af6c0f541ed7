"""Persian time expressions → ISO dates (khabar.stages.timex)."""

from __future__ import annotations

from datetime import date

import pytest

from khabar.stages.timex import find_times

# Publication date: Wednesday 2017-10-18 (1396/07/26).
WEDNESDAY = date(2017, 10, 18)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("وزیر از روز سه‌شنبه در تهران است.", "روز سه‌شنبه", "2017-10-17"),  # weekday → most recent
        ("وزیر عصر چهارشنبه با سفیر دیدار کرد.", "عصر چهارشنبه", "2017-10-18"),  # same weekday = the date
        ("وزیر از روز سهشنبه در تهران است.", "روز سهشنبه", "2017-10-17"),  # ZWNJ lost
        ("هیئت روز شنبه وارد شد.", "روز شنبه", "2017-10-14"),  # «شنبه» alone, not inside «سه‌شنبه»
        ("سه‌شنبه هفته گذشته جلسه بود.", "سه‌شنبه هفته گذشته", "2017-10-10"),  # last week's Tuesday
        ("او دیروز گفت.", "دیروز", "2017-10-17"),  # yesterday
        ("صبح امروز نشست برگزار شد.", "صبح امروز", "2017-10-18"),  # part of day + today
        ("وزیر روز گذشته گفت.", "روز گذشته", "2017-10-17"),  # news style «روز گذشته» = yesterday
        ("فردا به مسکو می‌رود.", "فردا", "2017-10-19"),  # tomorrow
        ("دو روز پیش حمله شد.", "دو روز پیش", "2017-10-16"),  # number word + «روز پیش»
        ("در ۲۲ اسفند ۱۳۹۱ امضا شد.", "۲۲ اسفند ۱۳۹۱", "2013-03-12"),  # Jalali with Persian digits
        ("در ۲۲ اسفندماه ۱۳۹۱ امضا شد.", "۲۲ اسفندماه ۱۳۹۱", "2013-03-12"),  # «اسفندماه»
        ("تاریخ ۱۳۹۱/۱۲/۲۲ است.", "۱۳۹۱/۱۲/۲۲", "2013-03-12"),  # numeric Jalali
        ("تاریخ 1396/7/26 است.", "1396/7/26", "2017-10-18"),  # numeric Jalali, Latin digits
        ("در 18 اکتبر 2017 امضا شد.", "18 اکتبر 2017", "2017-10-18"),  # Gregorian month name
        ("تاریخ 2017-10-18 است.", "2017-10-18", "2017-10-18"),  # ISO
        ("در ۲۴ مهر دیدار کردند.", "۲۴ مهر", "2017-10-16"),  # no year: the closest such date
        ("هفته گذشته سفر کرد.", "هفته گذشته", None),  # vague: kept, no value
        ("اسفند ۱۳۹۱ بود.", "اسفند ۱۳۹۱", None),  # a whole month: no day
        ("شب گذشته انفجاری رخ داد.", "شب گذشته", "2017-10-17"),  # last night
        ("پریشب انفجاری رخ داد.", "پریشب", "2017-10-16"),  # the night before last
        ("ساعاتی پیش انفجاری رخ داد.", "ساعاتی پیش", "2017-10-18"),  # hours ago: today
        ("سحرگاه امروز حمله شد.", "سحرگاه امروز", "2017-10-18"),  # dawn today: the part of day is kept
        ("دوشنبه‌شب حمله شد.", "دوشنبه‌شب", "2017-10-16"),  # weekday and «شب» joined by ZWNJ
        ("۱۴ فوریه گذشته ترور شد.", "۱۴ فوریه گذشته", "2017-02-14"),  # «گذشته»: the last one, not the closest
        ("۱۰ فروردین آینده افتتاح می‌شود.", "۱۰ فروردین آینده", "2018-03-30"),  # «آینده»: the next one
        # a weekday with «آینده»: the next one, not the most recent (published on a Wednesday)
        ("دوشنبه آینده افتتاح می‌شود.", "دوشنبه آینده", "2017-10-23"),
        # … and on its own weekday, next week's: «چهارشنبه آینده» said on a Wednesday
        ("چهارشنبه آینده افتتاح می‌شود.", "چهارشنبه آینده", "2017-10-25"),
        # «چهارشنبه گذشته» said on a Wednesday is last week's, not the day itself
        ("چهارشنبه گذشته افتتاح شد.", "چهارشنبه گذشته", "2017-10-11"),
        # «دوشنبه گذشته» on a Wednesday is two days before, as the bare weekday
        ("دوشنبه گذشته افتتاح شد.", "دوشنبه گذشته", "2017-10-16"),
        # a day and month with the year told from the publication year (1396)
        ("قرارداد در ۵ اسفند سال گذشته امضا شد.", "۵ اسفند سال گذشته", "2017-02-23"),  # 1395
        ("انفجار روز ۳ مرداد سال جاری رخ داد.", "روز ۳ مرداد سال جاری", "2017-07-25"),  # 1396
        ("نامه در ۱۲ تیرماه امسال رسید.", "۱۲ تیرماه امسال", "2017-07-03"),  # «امسال»
        ("هیئت در ۲۰ نوامبر جاری می‌آید.", "۲۰ نوامبر جاری", "2017-11-20"),  # this month, this year
        # an ordinal after a part of a month counts halves or weeks, not days
        ("وزیر نیمه دوم ماه دسامبر سفر می‌کند.", "نیمه دوم ماه دسامبر", None),
        ("هفته اول آبان نمایشگاه برپاست.", "هفته اول آبان", None),
        # «N روز گذشته» alone is N days ago; after «طی» it is a stretch of days; a vague count has no day
        ("سه روز گذشته سفیر احضار شد.", "سه روز گذشته", "2017-10-15"),
        ("طی سه روز گذشته ۴۰ نفر دستگیر شدند.", "سه روز گذشته", None),
        ("چند روز پیش سفیر احضار شد.", "چند روز پیش", None),
        ("در پنج روز اخیر باران بارید.", "پنج روز اخیر", None),  # «اخیر»: the recent days, a stretch
        ("در سه روز گذشته ۴۰ نفر دستگیر شدند.", "سه روز گذشته", None),  # «در N روز گذشته»: a stretch too
    ],
)
def test_time_values(sentence: str, text: str, value: str | None) -> None:
    found = find_times(sentence)
    assert [t.text for t in found] == [text]
    assert found[0].resolve(WEDNESDAY) == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("قرار است روز پنجشنبه سفر کند.", "2017-10-19"),  # planned: the next Thursday
        ("قرار است عصر چهارشنبه سفر کند.", "2017-10-18"),  # the same weekday is the date itself
        ("قرار است روز شنبه سفر کند.", "2017-10-21"),  # next Saturday
        ("قرار است ۱۰ فروردین سفر کند.", "2018-03-30"),  # a planned date without a year: the next one
        ("قرار است ۱۵ مهر سفر کند.", "2018-10-07"),  # … even when last month's is closer
    ],
)
def test_planned_weekdays_look_forward(sentence: str, value: str) -> None:
    (t,) = find_times(sentence)
    assert t.resolve(WEDNESDAY, future=True) == value


# Published in January 2018 (1396/10/20): «سال جاری» is still the Jalali year 1396.
JANUARY = date(2018, 1, 10)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a past December «of this year» told in January is the one just gone, not one eleven months off
        ("نشست در ۲۰ دسامبر سال جاری برگزار شد.", "2017-12-20"),
        ("سفیر روز ۵ نوامبر امسال احضار شد.", "2017-11-05"),
    ],
)
def test_gregorian_month_in_this_jalali_year(sentence: str, value: str) -> None:
    (t,) = find_times(sentence)
    assert t.resolve(JANUARY) == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("روز سه‌شنبه سفر کرد.", None),  # relative: no anchor, no value
        ("در ۲۲ اسفند ۱۳۹۱ امضا شد.", "2013-03-12"),  # absolute: needs no anchor
    ],
)
def test_without_publication_date(sentence: str, value: str | None) -> None:
    (t,) = find_times(sentence)
    assert t.resolve(None) == value


@pytest.mark.parametrize(
    "sentence",
    [
        "رزمندگان در 8 سال دفاع مقدس جنگیدند.",  # «8 سال» is a duration, not a date
        "مهر و محبت میان دو ملت است.",  # «مهر» without a day number is not the month
        "او می‌گوید که آماده است.",  # «می» (verb prefix) is not the month May
        "امام جمعه شهر گفت که مردم آماده‌اند.",  # «امام جمعه» (the Friday prayer leader) is a title, no Friday
        "ائمه جمعه استان دیدار کردند.",  # the plural «ائمه جمعه» likewise
    ],
)
def test_not_times(sentence: str) -> None:
    assert find_times(sentence) == []

"""Table-driven tests of khabar.text.normalize (sentences written for these tests)."""

from __future__ import annotations

import pytest

from khabar.text import normalize, normalize_with_offsets

Z = "\u200c"

ZWNJ_CASES = [
    # ... while «شماری» after a noun, with no «از», is still the compound head: "the people are counting the moments"
    ("مردم لحظه شماری می کنند", f"مردم لحظه{Z}شماری می{Z}کنند"),
    # glued verbal prefix: "the plan will soon be carried out"
    ("این طرح بزودی اجرا میشود", f"این طرح بزودی اجرا می{Z}شود"),
    # glued compound noun «گفت‌وگو»: "the director talked yesterday"
    ("مدیرکل دیروز گفتوگو کرد", f"مدیرکل دیروز گفت{Z}وگو کرد"),
    # compounds «رئیس‌جمهور» and «سه‌شنبه»: "the president attended on Tuesday"
    ("رئیسجمهور سهشنبه شرکت کرد", f"رئیس{Z}جمهور سه{Z}شنبه شرکت کرد"),
    # compound + perfect-tense clitic: "MPs have planned"
    ("نمایندگان برنامهریزی کردهاند", f"نمایندگان برنامه{Z}ریزی کرده{Z}اند"),
    # title «آیت‌الله»: "his Eminence spoke in this meeting"
    ("آیتالله در این دیدار سخن گفت", f"آیت{Z}الله در این دیدار سخن گفت"),
    # name ending in ه + «ای», plural after ه: "his words appeared in the papers"
    ("سخنان خامنهای در روزنامهها آمد", f"سخنان خامنه{Z}ای در روزنامه{Z}ها آمد"),
    # reduplicated compound «پی‌درپی»: "repeated attacks were repelled"
    ("حملات پیدرپی دفع شد", f"حملات پی{Z}درپی دفع شد"),
    # ambiguity decided for ضربه + ای, not ضرب + های: "it was a blow to the economy"
    ("این ضربهای به اقتصاد بود", f"این ضربه{Z}ای به اقتصاد بود"),
    # spaced plural suffix: "students took the books"
    ("دانشجویان کتاب ها را بردند", f"دانشجویان کتاب{Z}ها را بردند"),
    # spaced «ای» after ه and spaced «می»: "he lives in a small house"
    ("او در خانه ای کوچک زندگی می کند", f"او در خانه{Z}ای کوچک زندگی می{Z}کند"),
    # spaced negative prefix: "we cannot accept this offer"
    ("ما نمی توانیم این را بپذیریم", f"ما نمی{Z}توانیم این را بپذیریم"),
    # glued plural and verb: "cooperation between the two countries grows"
    ("همکاریهای دو کشور گسترش مییابد", f"همکاری{Z}های دو کشور گسترش می{Z}یابد"),
    # privative prefix «بی»: "neglecting this is dangerous"
    ("بیتوجهی به این خطرناک است", f"بی{Z}توجهی به این خطرناک است"),
    # clitic after ه typed spaced: "the armed forces are ready"
    ("نیروها آماده اند", f"نیروها آماده{Z}اند"),
    # bound compound head «سازی»: "retrofitting schools continues"
    ("مقاوم سازی مدارس ادامه دارد", f"مقاوم{Z}سازی مدارس ادامه دارد"),
    # wrong ZWNJs after non-joining letters: "countries and cities"
    (f"کشور{Z}ها و شهر{Z}ها", "کشورها و شهرها"),
    # a right-to-left mark typed where the ZWNJ belongs: "the minister's remarks"
    ("صحبت\u200fهای وزیر", f"صحبت{Z}های وزیر"),
    # a chain of spaced suffixes joins in one pass, as a second pass would (idempotence):
    # "the people of some house said"
    ("خانه ای ها گفتند", f"خانه{Z}ای{Z}ها گفتند"),
    # a ZWNJ after ر does nothing and is dropped; none is added inside «هلیکوپتر»:
    # "the helicopters took off"
    (f"هلیکوپتر{Z}های ارتش برخاستند", "هلیکوپترهای ارتش برخاستند"),
    # after one join, the word before may join the result: done in the same pass, as a second
    # pass would (idempotence): "God willing we will come back tomorrow"
    ("ان شاء الله فردا برمی گردیم", f"ان{Z}شاءالله فردا برمی{Z}گردیم"),
    # a glued word that splits may join the next one in the same pass, as a second pass would
    # (idempotence; found by the fuzz test): "the house of bibliography"
    ("خانهکتاب نامه", f"خانه{Z}کتاب{Z}نامه"),
    # a ZWNJ before «ایی» after ی is not a morpheme boundary: "a naval exercise"
    (f"رزمایش دری{Z}ایی برگزار شد", "رزمایش دریایی برگزار شد"),
]

KEEP_CASES = [
    # «شماری از» is "a number of", not the compound head of «لحظه‌شماری»: "the police arrested Iran's
    # … a number of the suspects"
    "پلیس ایران شماری از متهمان را بازداشت کرد",
    # two separate words are never joined: "the minister met Bashar al-Assad"
    "وزیر با بشار اسد دیدار کرد",
    # accepted spellings stay: «آنها», «به ویژه» (no house style by default)
    "آنها به ویژه بر همکاری تاکید کردند",
    # the other accepted spelling stays too: "they said cooperation goes on"
    f"آن{Z}ها گفتند که همکاری ادامه دارد",
    # vocative «ای» is a word, not a suffix: "he said, if only I had come earlier"
    "او گفت که ای کاش زودتر آمده بودم",
    # decimal number keeps its point: "the price rose 12.5 percent"
    "قیمت ۱۲.۵ درصد افزایش یافت",
    # URL and e-mail untouched: "the address is ... and the e-mail ..."
    "نشانی www.example.com و ایمیل info@example.ir است",
    # a date with slashes: "registered on this date"
    "تاریخ ۱۳۹۶/۰۷/۲۶ ثبت شد",
    # one-letter Persian abbreviation: no space after its period
    "سال ۱۳۵۷ ه.ش بود",
    # colon followed by a space already: "he stated: all is well"
    "اظهار داشت: همه چیز خوب است",
    # «هلیکوپتر» and «هلی‌کوپتر» are both accepted; «هلی»/«کوپتر» are not words to split at:
    # "the helicopter landed"
    "هلیکوپتر در فرودگاه نشست",
    f"هلی{Z}کوپتر در فرودگاه نشست",
    # its plural, glued, is not split inside «هلیکوپتر» either: "the helicopters landed"
    "هلیکوپترهای ارتش نشستند",
    # a nisba adjective stays whole (not «دری‌ایی»): "naval forces"
    "نیروهای دریایی آماده هستند",
    # an unknown name is not split before a function word (not «کل‌این»): "Klein said"
    "کلاین گفت که موافق است",
    # the phrase «کل این» typed with a space stays two words: "all of this plan"
    "کل این طرح اجرا شد",
]

CHAR_CASES = [
    # Arabic yeh and kaf become Persian: "Arabic book"
    ("كتاب عربي", "کتاب عربی"),
    # alef maksura: "Mustafa"
    ("مصطفى", "مصطفی"),
    # missing space after a sentence period: "talks ended. The result was good"
    ("مذاکرات تمام شد.نتیجه خوب بود", "مذاکرات تمام شد. نتیجه خوب بود"),
    # missing space after a Persian comma: "he said, we agree"
    ("گفت،موافقیم", "گفت، موافقیم"),
    # repeated ZWNJ and a ZWNJ at a word edge: "hello world"
    (f"سلام{Z}{Z} دنیا", "سلام دنیا"),
    # BOM, zero-width space and ZWJ are dropped; NBSP becomes a space
    ("\ufeffسلام\u200b\u200dدنیا\u00a0خوب", "سلامدنیا خوب"),
    # a tatweel after a non-joining letter is a dash, not a kashida: kept (the useless ZWNJ
    # after «ا» goes), so a second pass changes nothing: "Asia-Oceania"
    (f"آسیا{Z}ـ{Z}اقیانوسیه", f"آسیاـ{Z}اقیانوسیه"),
    # kashida removed, a standalone tatweel (used as a dash) kept
    ("سلامـــ ـ خوب", "سلام ـ خوب"),
    # standalone hamza for the ezafe after ه: "the house of us"
    ("خانهء ما", "خانهٔ ما"),
    # CRLF becomes LF; lines are kept
    ("سطر یک\r\nسطر دو\n\nسطر سه", "سطر یک\nسطر دو\n\nسطر سه"),
    # bidi embedding/override/isolate controls are removed: "Tehran (ABC) said"
    ("\u202bتهران\u202c (\u2066ABC\u2069) گفت\u202e", "تهران (ABC) گفت"),
    # presentation forms fold to letters, the lam-alef ligature to two: "hello"
    ("\ufeb3\ufefc\ufee1", "سلام"),
    # a word written entirely in contextual forms: "the book of peace"
    ("\ufb8e\ufe98\ufe8e\ufe8f \ufeb3\ufefc\ufee1", "کتاب سلام"),
    # Arabic yeh in presentation form becomes Persian yeh; «ﷲ» becomes «الله»: "God willing"
    ("\ufef3\ufe8e \ufdf2", "یا الله"),
    # Arabic decimal separator between Latin digits: "12.5 percent"
    ("12\u066b5 درصد", "12.5 درصد"),
    # ... and kept between Persian digits (it is the Persian decimal separator)
    ("۱۲\u066b۵ درصد", "۱۲\u066b۵ درصد"),
]


@pytest.mark.parametrize(("text", "expected"), ZWNJ_CASES)
def test_zwnj_restoration(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize("text", KEEP_CASES)
def test_correct_text_is_not_changed(text: str) -> None:
    assert normalize(text) == text


@pytest.mark.parametrize(("text", "expected"), CHAR_CASES)
def test_characters_and_spacing(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "digits", "expected"),
    [
        # default keeps digits as typed
        ("سال 1402 و ۱۴۰۳", "keep", "سال 1402 و ۱۴۰۳"),
        # Persian digits, but Latin tokens keep theirs: "model ATM74 in year 1402"
        ("مدل ATM74 در سال 1402", "persian", "مدل ATM74 در سال ۱۴۰۲"),
        # Arabic-Indic and Persian digits to Latin
        ("۱۲ و ٣٤", "latin", "12 و 34"),
        # Latin digits: the decimal and thousands separators become «.» and «,»
        ("۱٬۲۵۰٫۵ تومان", "latin", "1,250.5 تومان"),
        # Persian digits: the Arabic separators are the Persian ones and are kept
        ("12٫5 درصد", "persian", "۱۲٫۵ درصد"),
    ],
)
def test_digit_modes(text: str, digits: str, expected: str) -> None:
    assert normalize(text, digits=digits) == expected


def test_persian_punctuation_option() -> None:
    # Latin comma and question mark after Persian words: "he said, really?"
    assert normalize("گفت , واقعا?", punct="persian") == "گفت، واقعا؟"


def test_zwnj_restoration_can_be_switched_off() -> None:
    # only characters are repaired: "it becomes"
    assert normalize("ميشود", zwnj=False) == "میشود"


@pytest.mark.parametrize("bad", [{"digits": "roman"}, {"punct": "french"}])
def test_bad_options_raise(bad: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        normalize("سلام", **bad)


@pytest.mark.parametrize(
    "text",
    [
        "رئیسستاد گفت.سردار میشود",  # glued forms and a glued period
        "كتاب ها\r\nخانهء ما",  # Arabic letters, spaced suffix, CRLF, ezafe hamza
        f"\ufeffسلام{Z}{Z}  دنیا ـ خوب",  # BOM, repeated ZWNJ, double space, dash tatweel
    ],
)
def test_offsets_point_at_source_characters(text: str) -> None:
    out, offsets = normalize_with_offsets(text, digits="persian")
    assert out == normalize(text, digits="persian")
    assert len(offsets) == len(out)
    assert offsets == sorted(offsets)
    for ch, i in zip(out, offsets, strict=True):
        if ch not in f" {Z}هٔ":  # every kept letter maps to itself (or its Arabic original)
            assert text[i] == ch or text[i] in "كيى"


@pytest.mark.parametrize(
    ("text", "expected_offsets"),
    [
        # the lam-alef ligature «ﻻ» (index 1) becomes «لا»: both letters point at it
        ("\ufeb3\ufefc\ufee1", [0, 1, 1, 2]),
        # a removed bidi isolate (index 0) leaves the letters mapped to their own places
        ("\u2067سلام\u2069", [1, 2, 3, 4]),
    ],
)
def test_offsets_through_folding(text: str, expected_offsets: list[int]) -> None:
    out, offsets = normalize_with_offsets(text)
    assert out == normalize(text)
    assert offsets == expected_offsets

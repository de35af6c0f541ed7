"""Quotes: cue constructions and quote boundaries of world and politics news (session 22), each counted over
several studied articles rather than fitted to one."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact


def _quotes(nlp, text):
    return [(compact(q["cue"]), compact(q["text"]), q["speaker"]) for q in nlp(text)._.quotes]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # a sub-heading between them: the first-person paragraph after it is no longer the quote's
        ("عنوان\nسرهنگ علی رضایی گفت: ما کار را ادامه می‌دهیم.\nبرنامه‌های تازه پلیس راه\n"
         "ما همچنین برای امنیت جاده‌ها برنامه‌های زیادی داریم.",
         ["ما کار را ادامه می‌دهیم."]),
        # (a press review) a headline of the list, then a bare «X: …» headline in the first person: no quote
        ("عنوان\nخبرگزاری فارس: روزنامه‌های صبح امروز این عناوین را برگزیدند.\n- وزیر راه و شهرسازی در گفت‌وگو با "
         "این روزنامه اعلام کرد: ساخت سه فرودگاه تازه در استان‌های مرزی کشور\n- بزرگداشت شاعر در سکوت\n* ایران\n"
         "- یک نماینده عضو کمیسیون برنامه و بودجه مجلس: ما با بودجه امسال دولت به هیچ وجه موافق نیستیم",
         ["ساخت سه فرودگاه تازه در استان‌های مرزی کشور"]),
    ],
)
def test_heading_ends_a_running_quote(nlp, text, contents):
    assert [q["text"] for q in nlp(text)._.quotes] == contents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «براساس این اطلاعیه، …»: what the notice told of before says, spoken by the embassy that issued it
        ("عنوان\nسفارت ایران در رم در اطلاعیه‌ای اعلام کرد که پرواز ویژه‌ای برای بازگشت دانشجویان برقرار می‌شود.\n"
         "براساس این اطلاعیه، ثبت‌نام مسافران تا پایان هفته در بخش کنسولی ادامه دارد.",
         ("براساس این اطلاعیه", "ثبت‌نام مسافران تا پایان هفته در بخش کنسولی ادامه دارد", "سفارت ایران")),
        # ... «طبق این بیانیه» the same
        ("عنوان\nوزارت خارجه در بیانیه‌ای اعلام کرد که سفیر تازه هفته آینده به کابل می‌رود.\n"
         "طبق این بیانیه، سفارت در کابل از ماه آینده ویزا صادر می‌کند.",
         ("طبق این بیانیه", "سفارت در کابل از ماه آینده ویزا صادر می‌کند", "وزارت خارجه")),
        # «طبق گفته X، …» like «به گفته X، …»: an unnamed source, speaker unknown
        ("عنوان\nطبق گفته منابع محلی، سه کشتی باری در بندر عدن متوقف شده‌اند.",
         ("طبق گفته", "سه کشتی باری در بندر عدن متوقف شده‌اند", None)),
        # «بنا به اظهارات X، …»: a named source
        ("عنوان\nبنا به اظهارات وزیر نیرو، سدهای استان تا نیمه پر شده‌اند.",
         ("بنا به اظهارات", "سدهای استان تا نیمه پر شده‌اند", "وزیر نیرو")),
    ],
)
def test_according_to_openers(nlp, text, expected):
    cue, content, speaker = expected
    found = [(compact(q["cue"]), compact(q["text"]), q["speaker_text"]) for q in nlp(text)._.quotes]
    assert (compact(cue), compact(content), speaker) in found


@pytest.mark.parametrize(
    "text",
    [
        # «گفت و گوهای …» (talks, plural): no «گفت» of speech
        "عنوان\nسیزده تن از نمایندگان مجلس برای انجام گفت و گوهای دوجانبه راهی دهلی شدند.",
        # ... nor the indefinite written «گفت وگویی»
        "عنوان\nدو وزیر در یک گفت وگویی تلفنی درباره آینده مرز مشترک با هم سخن گفتند.",
    ],
)
def test_talks_are_no_cue(nlp, text):
    assert nlp(text)._.quotes == []

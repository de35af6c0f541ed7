"""Speakers chosen by focus, not by the nearest name: a comma inside a body's name, a foreign office told
«… کشورش», a demonstrative body («این کمیسیون»), and «وی» after a report's quote (rules only)."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact


def speaker_names(doc):
    ents = {e["id"]: e["name"] for e in doc._.entities}
    return [compact(ents.get(q["speaker"], "")) for q in doc._.quotes]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # «به نقل از دفتر خبری اداره کل X، Y و Z استان W NAME گفت»: the comma lies inside the body's name,
        # so the word after it («صنایع‌دستی») is no described speaker; the named person speaks
        ("عنوان\nبه گزارش خبرگزاری فارس از سمنان به نقل از دفتر خبری اداره کل میراث فرهنگی، صنایع‌دستی و "
         "گردشگری سمنان حسین رضایی گفت: ساخت این موزه تا پایان سال تمام می‌شود.", ["حسین رضایی"]),
        # ... a second body of that shape, spoken for by its director
        ("عنوان\nبه گزارش خبرگزاری فارس از اراک به نقل از روابط عمومی اداره کل ورزش، جوانان و تربیت بدنی "
         "استان مرکزی مهدی کاظمی اظهار کرد: مسابقات هفته آینده برگزار می‌شود.", ["مهدی کاظمی"]),
        # the bare «رئیس جمهور» opening a paragraph is the home president told «رئیس جمهوری» before, not the
        # foreign president named last, whose office is «رئیس جمهور کشورش» (another country's)
        ("عنوان\nخبرگزاری فارس: حسن روحانی رئیس جمهوری در دیدار وزیر خارجه بولیوی از روابط دو کشور سخن گفت.\n"
         "روحانی ابراز امیدواری کرد آقای مورالس در انتخابات پیروز شود.\n"
         "رئیس جمهور سیاست مستقل لاپاز را ستود و گفت: روابط دو کشور رو به گسترش است.\n"
         "وزیر خارجه بولیوی نیز سلام آقای مورالس رئیس جمهور کشورش را به روحانی رساند.",
         ["حسن روحانی", "حسن روحانی", "حسن روحانی"]),
        # «این کمیسیون» opening its sentence is the commission that opened the sentence before, not the
        # foreign one named inside that sentence
        ("عنوان\nخبرگزاری فارس: کمیسیون آموزش مجلس شورای اسلامی در بیانیه‌ای ضمن انتقاد از پارلمان سوئد "
         "بویژه کمیسیون آموزش پارلمان سوئد اعلام کرد: برگزاری آزمون باید شفاف باشد.\n"
         "این کمیسیون در بخش دیگری از بیانیه‌اش آورده است: نمایندگان پیگیر حقوق داوطلبان هستند.",
         ["کمیسیون آموزش مجلس", "کمیسیون آموزش مجلس", "کمیسیون آموزش مجلس"]),
        # «وی» after «در این گزارش آمده است: «سخنان X …»» is a person (X), never the newspaper that spoke last
        ("عنوان\nبه گزارش روزنامه گاردین، برنامه هسته‌ای کره شمالی پیشرفت کرده است.\n"
         "در این گزارش آمده است: «سخنان هفته گذشته مارک جانسون، رئیس سازمان اطلاعات دفاعی در کنگره "
         "نگران‌کننده بود.»\nوی اعلام کرد کره شمالی هنوز موشک دوربرد ندارد.\n"
         "وی افزود: «این کشور در پنج سال آینده به این موشک دست می‌یابد.»",
         ["گاردین", "مارک جانسون", "مارک جانسون"]),
        # a plural cue after a list of places: the peoples speak, none of the countries alone
        ("عنوان\nعلی رضایی گفت: مردم ایران، عراق و سوریه اظهار کردند که این طرح موفق بوده است.",
         ["علی رضایی", ""]),
        # ... after a list of officials in a relative clause, then «همگی»: the many speak
        ("عنوان\nدر این نشست که فرمانده ناحیه مقاومت بسیج کرج، فرمانده سپاه استان البرز و جمعی از مسئولان، "
         "استاندار البرز را همراهی می‌کردند، همگی بر حفظ ارزش‌های انقلاب تاکید کردند.", [""]),
        # ... after a list of named men
        ("عنوان\nدر ابتدای این نشست آقایان علی رضایی، حسن کریمی و مهدی احمدی بر لزوم توجه به مشکلات جوانان "
         "تاکید کردند.", [""]),
        # ... after an office and a name joined by «و»: the office comes before any name, so it is a member
        ("عنوان\nوزیر کشور و محمد کریمی بر لزوم امنیت مرزها تاکید کردند.", [""]),
        # ... but an office apposed to one name is no list: the honorific plural keeps its speaker
        ("عنوان\nآیت‌الله علی خامنه‌ای، رهبر معظم انقلاب اسلامی، در این دیدار بر لزوم وحدت ملی تاکید کردند.",
         ["علی خامنه‌ای"]),
        # ... nor two offices joined by «و» after one name: both are his, the plural is an honorific
        ("عنوان\nبه گزارش خبرگزاری فارس، آیت‌الله محمد کاظمی، امام جمعه موقت کرمان و عضو مجلس خبرگان رهبری در خطبه‌ها تاکید کردند "
         "که همدلی مردم لازم است.", ["محمد کاظمی"]),
        # ... nor the dateline's places before the attribution's comma: the one after it speaks
        ("عنوان\nبه گزارش خبرگزاری فارس از یزد و کرمان، حسن کریمی در جمع کشاورزان تاکید کردند که آب کم است.",
         ["حسن کریمی"]),
        # ... nor places in a phrase before the subject's comma («در سفر به روسیه و چین، X …»)
        ("عنوان\nدر حاشیه سفر به روسیه و چین، علی رضایی در جمع خبرنگاران تاکید کردند که روابط خوب است.",
         ["علی رضایی"]),
    ],
)
def test_speaker_focus(nlp_rules, text, speakers):
    assert speaker_names(nlp_rules(text)) == [compact(s) for s in speakers]

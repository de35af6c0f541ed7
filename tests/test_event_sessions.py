"""A speaker at a body's session (khabar.stages.event_sessions, data/session_words.tsv): CONSULT/multilateral
by the speaker with the body as target; a session noun with a body right after it and no speaker, by the
body («نشست شورای Y …»). Run on the rules-only pipeline (entities, quotes and events of our
own sentences), since the rule reads the quote stage's speakers.
"""

from __future__ import annotations

import pytest

from events_helpers import consults


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named after «در» is itself the session: no «نشست/جلسه» before it (after a time word ...)
        ("فرماندار دیروز در کمیته اشتغال شهرستان بوکان گفت: بیکاری کم شده است.",
         [("multilateral", ["فرماندار"], ["کمیته اشتغال شهرستان بوکان"])]),
        # ... or right after the speaker's name
        ("حسن موسوی در شورای اداری استان فارس گفت: زنان فعال هستند.",
         [("multilateral", ["حسن موسوی"], ["شورای اداری استان فارس"])]),
        # a provincial body named with the bare «استان» is the session's target
        ("حسن موسوی عصر امروز در نشست شورای وقف استان گفت: موقوفات زیاد شده است.",
         [("multilateral", ["حسن موسوی"], ["شورای وقف استان"])]),
        # a working session told by its topic («جلسه بررسی …», «نشست مقابله با …») with no body named: no target
        ("مهدی کاظمی عصر دیروز در جلسه بررسی کمبود آب شرب روستاها گفت: تانکرها کافی نیستند.",
         [("multilateral", ["مهدی کاظمی"], [])]),
        ("مهدی کاظمی امروز در نشست مقابله با آفت ملخ گفت: سمپاشی آغاز شده است.",
         [("multilateral", ["مهدی کاظمی"], [])]),
    ],
)
def test_speaker_at_session(nlp_rules, text, expected) -> None:
    assert consults(nlp_rules(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # «در شورای Y» inside another phrase (the topic of the speech) tells no session
        "حسن موسوی درباره نقش زنان در شورای اداری استان فارس اظهار داشت: زنان فعال هستند.",
        # an MP's floor speech is no event (no «مجلس» among the council heads)
        "حسن موسوی در مجلس شورای اسلامی گفت: بودجه کم است.",
        # with no body and no topic word, a «همایش» or «جلسه» is too often a seminar or a ceremony
        "مهدی کاظمی امروز در همایش بزرگداشت شاعران محلی گفت: شعر زنده است.",
        # a session noun in the topic of the speech («درباره حضور در نشست Y …») is no session he attends
        "حسن موسوی درباره حضور در نشست شورای شهر شیراز گفت: دعوت نشده بودم.",
        # nor is a floor speech told with the session word («در جلسه علنی مجلس»)
        "حسن موسوی امروز در جلسه علنی مجلس شورای اسلامی گفت: بودجه کم است.",
        # taking part in a press conference («در نشست خبری … شرکت کرد») is no session either
        "حسن موسوی در نشست خبری پیش از بازی فردا شرکت کرد.",
        "حسن موسوی دیروز در کنفرانس مطبوعاتی شرکت کرد.",
    ],
)
def test_no_session(nlp_rules, text) -> None:
    assert consults(nlp_rules(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker at a session with no body named: who the session was held «با حضور» of is its target
        ("علی رضایی در جلسه هم‌اندیشی احزاب شهرستان ری که با حضور محمد احمدی برگزار شد، گفت: احزاب باید فعال باشند.",
         [("multilateral", ["علی رضایی"], ["محمد احمدی"])]),
        # no speaker: the one who chairs a body's session is its actor, the body its target
        ("در جلسه امروز شورای فرهنگ عمومی استان فارس که به ریاست حسن کاظمی برگزار شد، مقرر شد کمک‌ها جمع شود.",
         [("multilateral", ["حسن کاظمی"], ["شورای فرهنگ"])]),
        # a session told inside the quote, with no body: its attendee alone («و» ends an unnamed group before it)
        ("علی رضایی گفت: دیشب در جلسه‌ای که با حضور مدیران صندوق‌ها و وزیر کشور برپا شد، بر دفاتر بانکی تاکید شد.",
         [("multilateral", ["وزیر کشور"], [])]),
        # a name that only describes the chair («معاون Y») is no attendee
        ("در نشست عصر امروز کنگره آمریکا که به ریاست «جو بایدن» برگزار شد، آرا شمرده شد.",
         [("multilateral", ["جو بایدن"], ["کنگره آمریکا"])]),
    ],
)
def test_attended_session(nlp_rules, text, expected) -> None:
    assert consults(nlp_rules(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a body inside the phrase of who attends («نمایندگان کشورهای Y») is not itself an attendee
        "در این جلسه که با حضور نمایندگان چند کشور آسیایی تشکیل شد، طرح تازه معرفی شد.",
        # «با حضور» not in a relative clause on the session noun tells nothing here
        "این همایش امروز با حضور گروهی از مردم شهر برگزار شد.",
    ],
)
def test_no_attended_session(nlp_rules, text) -> None:
    assert consults(nlp_rules(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a session noun with the body right after it and no speaker: the body holds the session
        ("نشست شورای امنیت سازمان ملل دیروز برای بررسی وضعیت سودان برگزار شد.",
         [("multilateral", ["شورای امنیت سازمان ملل"], [])]),
        # a time may stand between the noun and the body («اجلاس روز گذشته Y»)
        ("اجلاس روز گذشته اتحادیه آفریقا در آدیس آبابا بدون نتیجه پایان یافت.",
         [("multilateral", ["اتحادیه آفریقا"], [])]),
        # the body's session already told with a speaker is not told again by the body alone
        ("حسن موسوی عصر امروز در نشست شورای وقف استان گفت: موقوفات زیاد شده است. نشست شورای وقف استان دو "
         "ساعت طول کشید.",
         [("multilateral", ["حسن موسوی"], ["شورای وقف استان"])]),
        # a plural «جلسات» is a run of sessions, no one happening (data/session_words.tsv: series)
        ("جلسات این هفته شورای شهر تهران به بودجه سال آینده اختصاص دارد.", []),
        # the body further on («نشست فصلی اعضای Y») may be only whose members are named: no session by it
        ("نشست فصلی اعضای اتاق بازرگانی تهران امروز برگزار شد.", []),
        # several sessions listed in one sentence are an agenda, no session that met: none is told
        ("برنامه هفته آینده: جلسه کمیسیون امنیت ملی برای بررسی لایحه، جلسه کمیسیون عمران برای شنیدن گزارش "
         "وزیر و جلسه شورای شهر تهران.", []),
        # a body's numbered assembly («دومین اجلاس Y») with no speaker is its own gathering, no parties meeting
        ("در سومین اجلاس انجمن بین‌المللی پزشکان مسلمان بیانیه پایانی تصویب شد.", []),
        # one session in the sentence is still told by its body
        ("جلسه کمیسیون امنیت ملی برای بررسی لایحه صبح امروز برگزار شد.",
         [("multilateral", ["کمیسیون امنیت ملی"], [])]),
        # the same session told again in its sentence («… و در این جلسه …») is one session, not an agenda
        ("جلسه کمیسیون امنیت ملی صبح امروز برگزار شد و در این جلسه گزارش وزیر بررسی شد.",
         [("multilateral", ["کمیسیون امنیت ملی"], [])]),
        # an ordinal past ten («دوازدهمین») is a numbered assembly too
        ("در دوازدهمین اجلاس انجمن بین‌المللی پزشکان مسلمان بیانیه پایانی تصویب شد.", []),
        # a session named for what it decided («از مصوبات نشست Y است»): background, no session reported as met
        ("ساخت کتابخانه تازه در شهر از مصوبات نشست شورای شهر تبریز است.", []),
        # a session named for its agenda («از جمله مباحث مطرح در جلسه Y»): a schedule, no session that met
        ("افزایش حقوق معلمان از جمله مباحث مطرح در جلسه روز شنبه کمیسیون آموزش مجلس است.", []),
        # the same with «مطرح شده» written apart
        ("افزایش حقوق معلمان از جمله موضوعات مطرح شده در جلسه روز شنبه کمیسیون آموزش مجلس است.", []),
        # the decisions announced are the news of a session that met: with no «از» the body's session stays
        ("مصوبات نشست شورای شهر تبریز امروز اعلام شد.", [("multilateral", ["شورای شهر تبریز"], [])]),
    ],
)
def test_body_session(nlp_rules, text, expected) -> None:
    assert consults(nlp_rules(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a press conference first, then a council's session: the second still licenses «شرکت کرد»
        ("حسن موسوی در نشست خبری و سپس در نشست شورای امنیت سازمان ملل شرکت کرد.",
         [("multilateral", ["حسن موسوی"], ["شورای امنیت سازمان ملل"])]),
        # the press-conference words only bar a session: «نامه علنی» is still a letter sent
        ("حسن موسوی نامه علنی خود را برای علی رضایی ارسال کرد.",
         [("message", ["حسن موسوی"], ["علی رضایی"])]),
    ],
)
def test_press_words_bar_only_sessions(nlp_rules, text, expected) -> None:
    assert consults(nlp_rules(text)) == expected

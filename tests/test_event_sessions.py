"""A speaker at a body's session (khabar.stages.event_sessions, data/session_words.tsv): CONSULT/multilateral
by the speaker with the body as target. Run on the rules-only pipeline (entities, quotes and events of our
own sentences), since the rule reads the quote stage's speakers.
"""

from __future__ import annotations

import pytest


def consults(doc) -> list[tuple[str, list[str], list[str]]]:
    names = {e["id"]: e["name"] for e in doc._.entities}
    return [(e["mode"], [names[a] for a in e["actors"]], [names[t] for t in e["targets"]])
            for e in doc._.events if e["type"] == "CONSULT"]


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
    ],
)
def test_no_session(nlp_rules, text) -> None:
    assert consults(nlp_rules(text)) == []

"""Talks told by letters exchanged («مکاتبه»), a session held with someone («جلسه … با»), and a joint press
conference that is no meeting (CONSULT). Our own sentences."""

from __future__ import annotations

import pytest

from events_helpers import events_brief

DATE = "2019-05-12"


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # «X با Y مکاتبه کرد»: letters exchanged are a message
        ("کمیته امداد در ماه گذشته با وزارت کار مکاتبه کرد.",
         [("کمیته امداد", "e1", "ORG"), ("وزارت کار", "e2", "ORG")],
         [("CONSULT", "message", ["e1"], ["e2"], None, "ماه گذشته", None, "asserted")]),
        # control: «جلسه X با Y» names with whom the session was held: a meeting
        ("جلسه وزیر نفت با سفیر ژاپن دیروز برگزار شد.",
         [("وزیر نفت", "e1", "PER"), ("سفیر ژاپن", "e2", "PER")],
         [("CONSULT", "meeting", ["e1"], ["e2"], None, "دیروز", "2019-05-11", "asserted")]),
        # a session «با حضور X» names who attends, not whom it was held with: no meeting
        ("جلسه هم‌اندیشی اقتصاد با حضور وزیر نفت دیروز برگزار شد.", [("وزیر نفت", "e1", "PER")], []),
        # «جلسه خبری مشترک با Y»: a press conference given with Y is no meeting of the two
        ("وزیر خارجه ایران دیروز در جلسه خبری مشترک با همتای ترکیه‌ای خود گفت: روابط خوب است.",
         [("وزیر خارجه ایران", "e1", "PER"), ("همتای ترکیه‌ای", "e2", "PER")], []),
        # a press conference names no party
        ("علی رضایی در جلسه خبری با حضور خبرنگاران گفت: روابط خوب است.", [("علی رضایی", "e1", "PER")], []),
    ],
)
def test_letters_and_sessions_with(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected

"""Events read off a quote and its speaker: «X باید …» inside it is a request by the speaker to the body X
(khabar.stages.event_obligations), and a speaker «در نشست Y» took part in Y's session
(khabar.stages.event_sessions). The pure steps are fed whitespace tokens, hand mentions and one quote;
the sentences are our own."""

from __future__ import annotations

import pytest

from khabar.stages.event_obligations import obligation_requests
from khabar.stages.event_sessions import session_events
from khabar.stages.event_tables import squash


def run(text: str, quote: str, speaker: str | None, mentions: list[tuple[str, ...]], step=obligation_requests):
    words = text.split(" ")
    offsets, at = [], 0
    for w in words:
        offsets.append(at)
        at += len(w) + 1
    found = []
    for surface, ent_id, label, *after in mentions:  # an optional fourth item: find the surface after it
        start = text.find(surface, text.find(after[0]) + len(after[0]) if after else 0)
        found.append((start, start + len(surface), ent_id, label))
    start = text.find(quote)
    quotes = [{"speaker": speaker, "start": start, "end": start + len(quote)}]
    out = step(words, [squash(w) for w in words], offsets, [0] * len(words), sorted(found), quotes, {})
    return [(c.type, c.actors, c.targets) for c in out]


SPEAKER = ("وزیر نیرو", "e1", "PER")
GOVERNMENT = ("دولت", "e2", "ORG")
MAJLIS = ("مجلس", "e3", "ORG")


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "mentions", "expected"),
    [
        # the government, named right before «باید» in what the minister said, is asked to act
        ("وزیر نیرو گفت: دولت باید بودجه سدها را بدهد.", "دولت باید بودجه سدها را بدهد.", "e1",
         [SPEAKER, GOVERNMENT], [("REQUEST", ["e1"], ["e2"])]),
        # «دولت و مجلس هم باید»: both bodies are asked, past «هم»
        ("وزیر نیرو گفت: دولت و مجلس هم باید کمک کنند.", "دولت و مجلس هم باید کمک کنند.", "e1",
         [SPEAKER, GOVERNMENT, MAJLIS], [("REQUEST", ["e1"], ["e2", "e3"])]),
        # «دولت امروز نیز باید …»: a word of now between the body and the modal; the body is still asked
        ("وزیر نیرو گفت: دولت امروز نیز باید به سدها کمک کند.", "دولت امروز نیز باید به سدها کمک کند.", "e1",
         [SPEAKER, GOVERNMENT], [("REQUEST", ["e1"], ["e2"])]),
        # «مجلس اکنون باید …»: the same with «اکنون»
        ("وزیر نیرو گفت: مجلس اکنون باید این طرح را تصویب کند.", "مجلس اکنون باید این طرح را تصویب کند.", "e1",
         [SPEAKER, MAJLIS], [("REQUEST", ["e1"], ["e3"])]),
        # «برای دولت باید …»: after a preposition the body is no subject
        ("وزیر نیرو گفت: برای دولت باید راهی یافت.", "برای دولت باید راهی یافت.", "e1",
         [SPEAKER, GOVERNMENT], []),
        # «ما باید»: no named body
        ("وزیر نیرو گفت: ما باید صرفه‌جویی کنیم.", "ما باید صرفه‌جویی کنیم.", "e1", [SPEAKER], []),
        # a place before «باید» is where, not who («در تهران باید» or «تهران باید»)
        ("وزیر نیرو گفت: تهران باید آب کمتری مصرف کند.", "تهران باید آب کمتری مصرف کند.", "e1",
         [SPEAKER, ("تهران", "e4", "LOC")], []),
        # a quote with no known speaker asks nothing of anyone
        ("گفته شد: دولت باید بودجه را بدهد.", "دولت باید بودجه را بدهد.", None, [GOVERNMENT], []),
        # «باید … می‌کرد»: what the government should have done is blame, not a request
        ("وزیر نیرو گفت: دولت باید سدها را لایروبی می‌کرد.", "دولت باید سدها را لایروبی می‌کرد.", "e1",
         [SPEAKER, GOVERNMENT], []),
        # a «می‌» verb in the next clause («که … می‌شود») leaves the request standing
        ("وزیر نیرو گفت: دولت باید بودجه‌ای بدهد که صرف سدها می‌شود.",
         "دولت باید بودجه‌ای بدهد که صرف سدها می‌شود.", "e1", [SPEAKER, GOVERNMENT], [("REQUEST", ["e1"], ["e2"])]),
        # session 14 (no final stop: the helper splits on spaces): «باید پاسخگو باشد» tells the government how to be, it asks for no act
        ("وزیر نیرو گفت: دولت باید پاسخگوی کم‌آبی شهرها باشد", "دولت باید پاسخگوی کم‌آبی شهرها باشد", "e1",
         [SPEAKER, GOVERNMENT], []),
        # «باید … داشته است»: a past perfect, a duty that was not done, no request
        ("وزیر نیرو گفت: دولت باید نظارت بیشتری بر سدها داشته است", "دولت باید نظارت بیشتری بر سدها داشته است",
         "e1", [SPEAKER, GOVERNMENT], []),
        # «باید … داشته باشد»: «باشد» after a participle closes an act asked for
        ("وزیر نیرو گفت: دولت باید نظارت بیشتری بر سدها داشته باشد", "دولت باید نظارت بیشتری بر سدها داشته باشد",
         "e1", [SPEAKER, GOVERNMENT], [("REQUEST", ["e1"], ["e2"])]),
        # an act verb before a later «باشد» leaves the request standing
        ("وزیر نیرو گفت: دولت باید سدها را لایروبی کند تا آب کافی باشد",
         "دولت باید سدها را لایروبی کند تا آب کافی باشد", "e1", [SPEAKER, GOVERNMENT], [("REQUEST", ["e1"], ["e2"])]),
        # «مدیر جدید X باید»: the holder of a post in the body is told how to be, not the body
        ("وزیر نیرو گفت: مدیر جدید شرکت آب باید کارش را بداند و برنامه بدهد",
         "مدیر جدید شرکت آب باید کارش را بداند و برنامه بدهد", "e1", [SPEAKER, ("شرکت آب", "e6", "ORG")], []),
        # «مأموران X باید»: the body's unnamed officers, not the body, are told what to do
        ("وزیر نیرو گفت: مأموران پلیس راه باید جاده‌ها را ببندند", "مأموران پلیس راه باید جاده‌ها را ببندند",
         "e1", [SPEAKER, ("پلیس راه", "e6", "ORG")], []),
        # «عضو شورای شهر گفت: شورای شهر باید …»: a member speaks of his own body's duty, no request
        ("عضو شورای شهر گفت: شورای شهر باید طرح را بررسی کند", "شورای شهر باید طرح را بررسی کند", "e1",
         [("عضو شورای شهر", "e1", "PER"), ("شورای شهر", "e6", "ORG", "گفت:")], []),
        # «هزینه‌های دولت باید … صورت گیرد»: an impersonal passive; the spending is what must be done, no one asked
        ("وزیر نیرو گفت: هزینه‌های دولت باید با نظارت مجلس صورت گیرد", "هزینه‌های دولت باید با نظارت مجلس صورت گیرد",
         "e1", [SPEAKER, GOVERNMENT], []),
        # «… باید … انجام شود»: the same with «انجام شود»
        ("وزیر نیرو گفت: لایروبی سدهای دولت باید تا پاییز انجام شود", "لایروبی سدهای دولت باید تا پاییز انجام شود",
         "e1", [SPEAKER, GOVERNMENT], []),
        # an active «انجام دهد» still asks the body named before «باید»
        ("وزیر نیرو گفت: دولت باید لایروبی سدها را تا پاییز انجام دهد", "دولت باید لایروبی سدها را تا پاییز انجام دهد",
         "e1", [SPEAKER, GOVERNMENT], [("REQUEST", ["e1"], ["e2"])]),
        # outside the quote, «دولت باید» is the agency's narration
        ("دولت باید بودجه را بدهد و وزیر نیرو گفت: کار ادامه دارد.", "کار ادامه دارد.", "e1",
         [SPEAKER, GOVERNMENT], []),
    ],
)
def test_obligation_requests(text, quote, speaker, mentions, expected):
    assert run(text, quote, speaker, mentions) == expected


COUNCIL = ("شورای آب استان", "e5", "ORG")


@pytest.mark.parametrize(
    ("text", "quote", "mentions", "expected"),
    [
        # the minister spoke at the council's session: he took part in it
        ("وزیر نیرو صبح امروز در نشست شورای آب استان گفت: کار ادامه دارد.", "کار ادامه دارد.",
         [SPEAKER, COUNCIL], [("CONSULT", ["e1"], ["e5"])]),
        # an ordinal between «در» and the session word («در دومین جلسه»)
        ("وزیر نیرو در دومین جلسه شورای آب استان گفت: کار ادامه دارد.", "کار ادامه دارد.",
         [SPEAKER, COUNCIL], [("CONSULT", ["e1"], ["e5"])]),
        # a press conference is no session
        ("وزیر نیرو در نشست خبری شورای آب استان گفت: کار ادامه دارد.", "کار ادامه دارد.",
         [SPEAKER, COUNCIL], []),
        # «در این نشست»: the session already told, not a new one
        ("وزیر نیرو در این نشست شورای آب استان گفت: کار ادامه دارد.", "کار ادامه دارد.",
         [SPEAKER, COUNCIL], []),
        # a session of no named body (a seminar, a ceremony) is left out
        ("وزیر نیرو در همایش کشاورزان گفت: کار ادامه دارد.", "کار ادامه دارد.", [SPEAKER], []),
    ],
)
def test_session_events(text, quote, mentions, expected):
    assert run(text, quote, "e1", mentions, step=session_events) == expected

"""The reporting medium, rumours and police posts are no parties to the events they tell (sentences we wrote).

Entities are given by hand (surface, entity id, label), so only the event rules are under test.
"""

from __future__ import annotations

import pytest

from events_helpers import brief, run_events
from khabar.stages.event_entities import names_police_post
from khabar.stages.event_tables import squash
from khabar.stages.event_types import Tok

DATE = "2017-10-18"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # a TV channel the tagger took for a person reports the talks; it holds none of them
            "تلویزیون دولتی ارمنستان با پخش گزارشی از دیدار و مذاکرات مقامات دو کشور گفت: روابط رو به گسترش است.",
            [("تلویزیون دولتی ارمنستان", "e1", "PER")],
            [],
        ),
        (  # «این پایگاه» names the news site again: what it adds about the talks is not its own meeting
            "این پایگاه افزود: گسترش تجارت از محورهای دیدار و مذاکرات سران بود.",
            [("این پایگاه", "e2", "PER")],
            [],
        ),
        (  # a news system tagged as a person is a medium too
            "سامانه خبری تاجیک با پخش گزارشی از دیدار و مذاکرات مقامات دو کشور گفت: روابط رو به گسترش است.",
            [("سامانه خبری تاجیک", "e3", "PER")],
            [],
        ),
        (  # a source that reports, then quotes: the heads it tells of met, with the verb they share with
            # «مذاکرات»; the source before the colon met no one
            "پایگاه نوا تاکید کرد: وزیر خارجه ترکیه با وزیر خارجه ایران دیدار و مذاکراتی طولانی انجام دادند.",
            [("نوا", "e6", "LOC"), ("وزیر خارجه ترکیه", "e1", "PER"), ("وزیر خارجه ایران", "e2", "PER")],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # the word after the verb is no person ending: «… انجام دادند هم …» is still the third person, so
            # the speaker before the colon is no party to the talks
            "وزیر خارجه روسیه گفت: سران با رئیس جمهور فرانسه مذاکراتی انجام دادند هم اکنون روابط خوب است.",
            [("وزیر خارجه روسیه", "e5", "PER"), ("رئیس جمهور فرانسه", "e7", "PER")],
            [],
        ),
        (  # the same in the first person: the speaker is one of «ما», and met the other side
            "وزیر خارجه روسیه گفت: ما با رئیس جمهور فرانسه دیدار و مذاکره کردیم.",
            [("وزیر خارجه روسیه", "e5", "PER"), ("رئیس جمهور فرانسه", "e7", "PER")],
            [("CONSULT", "meeting", ["e5"], ["e7"], None, None, None, "asserted")],
        ),
        (  # a reporter of a newspaper is a person who acts: his meeting stays
            "خبرنگار روزنامه کیهان دیروز با وزیر خارجه روسیه دیدار کرد.",
            [("خبرنگار روزنامه کیهان", "e4", "PER"), ("وزیر خارجه روسیه", "e5", "PER")],
            [("CONSULT", "meeting", ["e4"], ["e5"], None, "دیروز", "2017-10-17", "asserted")],
        ),
        # --- rumours ---
        (  # rumours in the plural («شایعاتی») tell talks that a party denies, as «شایعه» does
            "در روزهای اخیر شایعاتی در خصوص مذاکره باشگاه استقلال با مربی کرواسی منتشر شده است.",
            [("باشگاه استقلال", "e1", "ORG"), ("مربی کرواسی", "e2", "PER")],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "denied")],
        ),
        (  # the same talks told as a fact stay asserted
            "باشگاه استقلال دیروز با مربی کرواسی مذاکره کرد.",
            [("باشگاه استقلال", "e1", "ORG"), ("مربی کرواسی", "e2", "PER")],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, "دیروز", "2017-10-17", "asserted")],
        ),
        # --- police posts ---
        (  # «ماموران پاسگاه X»: X names the post, it is no doer; the officers are not named, and an active
            # seizure with no party is left out (the place was its doer before)
            "ماموران پاسگاه میرجاوه دیروز ۲۰ کیلو تریاک کشف و ضبط کردند.",
            [("میرجاوه", "e1", "LOC")],
            [],
        ),
        (  # a word may stand between the post and its name («ایستگاه بازرسی X», «پاسگاه انتظامی X»)
            "ماموران ایستگاه بازرسی میرجاوه دیروز ۲۰ کیلو تریاک کشف و ضبط کردند.",
            [("میرجاوه", "e1", "LOC")],
            [],
        ),
        (  # the police of a province is a body that acts: it stays the doer
            "پلیس استان سیستان دیروز یک قاچاقچی را دستگیر کرد.",
            [("پلیس استان سیستان", "e2", "ORG")],
            [("COERCE", "arrest", ["e2"], [], None, "دیروز", "2017-10-17", "asserted")],
        ),
    ],
)
def test_medium_rumour_and_post(nlp_bare, text, mentions, expected) -> None:
    assert brief(run_events(nlp_bare, text, mentions, date=DATE)) == expected


@pytest.mark.parametrize(
    ("words", "k", "expected"),
    [
        (["پاسگاه", "میرجاوه"], 0, True),  # «پاسگاه X»: a post word right before the place
        (["ایستگاه", "بازرسی", "میرجاوه"], 1, True),  # a checkpoint word between («ایستگاه بازرسی X»)
        (["ایستگاه", "فضایی", "روسیه"], 1, False),  # «ایستگاه فضایی روسیه»: a space station, no police post
    ],
)
def test_names_police_post(words: list[str], k: int, expected: bool) -> None:
    toks = [Tok(0, 0, w, squash(w)) for w in words]
    assert names_police_post(toks, k) is expected

"""Acts that did not happen as reports say: «هرگز … نکرده است» (never), «هیچ‌کس», a negated future
(«نخواهد پذیرفت»), an open question («… یا نه»), and an act asked for with «خواست»
after its noun («در جلسه خواست»). Sentences we wrote; entities are given by hand.
"""

from __future__ import annotations

import pytest

from events_helpers import brief, run_events

DATE = "2017-10-18"  # a Wednesday

IRAN = ("ایران", "e1", "LOC")
US = ("آمریکا", "e2", "LOC")
ZARIF = ("وزیر خارجه ایران", "e3", "PER")
POMPEO = ("وزیر خارجه آمریکا", "e4", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «هرگز … تهدید نکرده است»: a claim that it never happened, not a report of one act not done
            "رئیس‌جمهور روسیه گفت که آمریکا هرگز ایران را تهدید نکرده است.",
            [US, IRAN],
            [],
        ),
        (  # «هیچ‌گاه … دیدار نکرد»: never met; no meeting to report
            "وزیر خارجه ایران هیچ‌گاه با وزیر خارجه آمریکا دیدار نکرد.",
            [ZARIF, POMPEO],
            [],
        ),
        (  # «از هیچ‌کس … نخواست»: asked no one at all, a general claim like «هرگز»; no act to report
            "وزیر خارجه ایران گفت که از هیچ‌کس درخواست دیدار نکرده است.",
            [ZARIF],
            [],
        ),
        (  # «با هیچ کس دیدار نکرد» (written apart): met no one, nothing to report
            "وزیر خارجه ایران در این سفر با هیچ کس دیدار نکرد.",
            [ZARIF],
            [],
        ),
        (  # «نخواهد پذیرفت»: a forecast that an act will not happen is no act, neither done nor planned
            "به احتمال زیاد، ایران شرایط آمریکا را نخواهد پذیرفت.",
            [IRAN, US],
            [],
        ),
        (  # «دیدار نخواهد کرد»: the same for a meeting (negated future)
            "وزیر خارجه ایران با وزیر خارجه آمریکا دیدار نخواهد کرد.",
            [ZARIF, POMPEO],
            [],
        ),
        (  # without the negation the future meeting is a plan and is kept
            "وزیر خارجه ایران با وزیر خارجه آمریکا دیدار خواهد کرد.",
            [ZARIF, POMPEO],
            [("CONSULT", "meeting", ["e3"], ["e4"], None, None, None, "planned")],
        ),
        (  # «… دیدار کرد یا نه؟»: a question left open («or not») reports no meeting
            "وزیر خارجه ایران با وزیر خارجه آمریکا دیدار کرد یا نه؟",
            [ZARIF, POMPEO],
            [],
        ),
        (  # without «یا نه» the meeting is reported
            "وزیر خارجه ایران با وزیر خارجه آمریکا دیدار کرد.",
            [ZARIF, POMPEO],
            [("CONSULT", "meeting", ["e3"], ["e4"], None, None, None, "asserted")],
        ),
        (  # «هشت یا نه نفر»: «نه» counts (nine), no open question: the meeting stands
            "وزیر خارجه ایران با وزیر خارجه آمریکا دیدار کرد و هشت یا نه نفر همراه او بودند.",
            [ZARIF, POMPEO],
            [("CONSULT", "meeting", ["e3"], ["e4"], None, None, None, "asserted")],
        ),
        (  # without «هرگز» the one act not done is still reported, negated
            "رئیس‌جمهور روسیه گفت که آمریکا ایران را تهدید نکرده است.",
            [US, IRAN],
            [("THREATEN", None, ["e2"], ["e1"], None, None, None, "negated")],
        ),
        (  # «هرگز» before a verb that is not negated reaches no act: the meeting told after it stands
            "وزیر خارجه ایران هرگز فراموش نمی‌کند که امروز با وزیر خارجه آمریکا دیدار کرد.",
            [ZARIF, POMPEO],
            [("CONSULT", "meeting", ["e3"], ["e4"], None, "امروز", DATE, "asserted")],
        ),
        (  # «در جلسه خواست»: «خواست» asks the members present (unnamed); the session is where it was asked,
            # no meeting held by the minister
            "وزیر خارجه ایران از اعضای حاضر در جلسه خواست تا از طرح او حمایت کنند.",
            [ZARIF],
            [("REQUEST", None, ["e3"], [], None, None, None, "asserted")],
        ),
        (  # «کمک خواست»: asking for aid is not aid given
            "وزیر خارجه ایران از آمریکا کمک خواست.",
            [ZARIF, US],
            [("REQUEST", None, ["e3"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «دیدار … انجام نخواهد شد»: the meeting noun's own «انجام» verb is a negated future: a forecast, no act
            # (as for «دیدار نخواهد کرد» above)
            "دیدار وزیر خارجه ایران با وزیر خارجه آمریکا انجام نخواهد شد.",
            [ZARIF, POMPEO],
            [],
        ),
        (  # «حمایت X از Y … متوقف نخواهد شد»: the negated future is another predicate's («متوقف»): the support is
            # reported as it stands
            "حمایت آمریکا از ایران هرگز متوقف نخواهد شد.",
            [US, IRAN],
            [("SUPPORT", "verbal", ["e2"], ["e1"], None, None, None, "asserted")],
        ),
        (  # «در پی گفت‌وگوی تلفنی با Y … اشاره نکرد»: the negated verb further on is another predicate's; the
            # call itself happened
            "وزیر خارجه آمریکا در پی گفت‌وگوی تلفنی با وزیر خارجه ایران به این موضوع اشاره نکرد.",
            [POMPEO, ZARIF],
            [("CONSULT", "phone", ["e4"], ["e3"], None, None, None, "asserted")],
        ),
        (  # «دیدار … انجام نشد»: the meeting noun's clause ends in a negated «انجام شد»: it did not take place
            "دیدار وزیر خارجه ایران با وزیر خارجه آمریکا انجام نشد.",
            [ZARIF, POMPEO],
            [("CONSULT", "meeting", ["e3"], ["e4"], None, None, None, "negated")],
        ),
        (  # «عدم همکاری X با Y»: «عدم» before the noun says the cooperation did not happen
            "عدم همکاری آمریکا با ایران ادامه دارد.",
            [US, IRAN],
            [("COOPERATE", None, ["e2"], ["e1"], None, None, None, "negated")],
        ),
    ],
)
def test_never_and_asked_for(nlp_bare, text, mentions, expected) -> None:
    assert brief(run_events(nlp_bare, text, mentions, date=DATE)) == expected

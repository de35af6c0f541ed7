"""Events in sports reports (session 24, sentences we wrote).

In a sports report «دیدار» is a match and «گفت‌وگو» an interview, but «جلسه» with a named party and
«مذاکره» with a club are still meetings, and «حضور X در تیم Y» is playing for Y; praise «به تمجید از X … پرداخت» has its verb past the complement;
«راهی X شد» is a move to a club;
a session only asked for («درخواست جلسه») is none held; a relative clause on the subject («X که … ،») does not lend the subject its mentions.
Entities are given by hand (surface, entity id, label), so only the event rules are under test.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief

SPORTS_ROWS = [
    (  # a session with a named party in a sports report («کادر فنی», «سرمربی» make it one): a meeting
        "سرمربی تیم ملی فوتبال پس از تمرین با مدیرعامل باشگاه نفت جلسه داشت. کادر فنی هم حضور داشت.",
        [("سرمربی تیم ملی فوتبال", "p1", "PER"), ("مدیرعامل باشگاه نفت", "p2", "PER")],
        [("CONSULT", "meeting", ["p1"], ["p2"], None, None, None, "asserted")],
    ),
    (  # negotiation with a club over a transfer in a sports report: a meeting
        "باشگاه پرسپولیس برای جذب این بازیکن با باشگاه الاهلی مذاکره کرد. سرمربی تیم موافق است.",
        [("باشگاه پرسپولیس", "o1", "ORG"), ("باشگاه الاهلی", "o2", "ORG")],
        [("CONSULT", "meeting", ["o1"], ["o2"], None, None, None, "asserted")],
    ),
    (  # «دیدار» in a sports report stays a match: no event
        "تیم ملی فوتبال ایران در دیدار با تیم ملی ژاپن به پیروزی رسید. سرمربی تیم از بازیکنان راضی بود.",
        [("تیم ملی فوتبال ایران", "o1", "ORG"), ("تیم ملی ژاپن", "o2", "ORG")],
        [],
    ),
    (  # «جلسه داشتیم» with no one named in a sports report: the team's own session, no event
        "سرمربی تیم فوتبال ذوب آهن گفت: بعد از بازی جلسه داشتیم. کادر فنی ناراحت بود.",
        [("سرمربی تیم فوتبال ذوب آهن", "p1", "PER")],
        [],
    ),
    (  # «حضور X در باشگاه Y» in a sports report is X playing for Y, not a visit
        "حضور علی کریمی در باشگاه سپاهان قطعی شد. سرمربی تیم فوتبال از این بازیکن راضی است.",
        [("علی کریمی", "p1", "PER"), ("باشگاه سپاهان", "o1", "ORG")],
        [],
    ),
    (  # outside sport «در X حضور یافت» is still a visit
        "رئیس‌جمهور روسیه دیروز در مقر سازمان ملل حضور یافت.",
        [("رئیس‌جمهور روسیه", "p1", "PER"), ("سازمان ملل", "o1", "ORG")],
        [("CONSULT", "visit", ["p1"], ["o1"], None, "دیروز", "2019-05-11", "asserted")],
    ),
    (  # «درخواست جلسه نکردم»: the verb is the request's; no meeting is told, held or not
        "علی پروین گفت: من از هیچ مسئولی درخواست جلسه نکردم.",
        [("علی پروین", "p1", "PER")],
        [],
    ),
    (  # without the request noun the same session with a named party is a meeting
        "وزیر نیرو با استاندار تهران جلسه کرد.",
        [("وزیر نیرو", "p1", "PER"), ("استاندار تهران", "p2", "PER")],
        [("CONSULT", "meeting", ["p1"], ["p2"], None, None, None, "asserted")],
    ),
    (  # «به تمجید از X، Y پرداخت»: praise whose «پرداخت» comes past «از X» and an apposition
        "سرمربی تیم فوتبال سپاهان پس از تمرین به تمجید از علی کریمی، هافبک جوان تیمش پرداخت.",
        [("سرمربی تیم فوتبال سپاهان", "p1", "PER"), ("علی کریمی", "p2", "PER")],
        [("SUPPORT", "praise", ["p1"], ["p2"], None, None, None, "asserted")],
    ),
    (  # the same construction in political news: «به انتقاد از X پرداخت» is criticism of X
        "وزیر خارجه ایران در این نشست به انتقاد از دولت آمریکا پرداخت.",
        [("وزیر خارجه ایران", "p1", "PER"), ("دولت آمریکا", "o1", "ORG")],
        [("ACCUSE", "verbal", ["p1"], ["o1"], None, None, None, "asserted")],
    ),
    (  # «X که Y او را … کرد، با W تماس داشته»: X calls W; Y, the subject inside the relative clause, is not
        "علی دایی که باشگاه سایپا او را اخراج کرد، با باشگاه استقلال تماس داشته است.",
        [("علی دایی", "p1", "PER"), ("باشگاه سایپا", "o1", "ORG"), ("باشگاه استقلال", "o3", "ORG")],
        [("CONSULT", "phone", ["p1"], ["o3"], None, None, None, "asserted")],
    ),
    (  # «خواستار پرداخت مطالبات شدند»: «پرداخت» is the noun (payment) here, no verb closing «به انتقاد از»
        "کاپیتان تیم فوتبال در واکنش به انتقاد از باشگاه سپاهان، خواستار پرداخت مطالبات شد.",
        [("کاپیتان تیم فوتبال", "p1", "PER"), ("باشگاه سپاهان", "o1", "ORG")],
        [("REQUEST", None, ["p1"], ["o1"], None, None, None, "asserted")],
    ),
    (  # a visit told with its verb («حضور یافت») stays a visit in a sentence of sport
        "رئیس فیفا دیروز در تهران حضور یافت و با مسئولان فدراسیون فوتبال دیدار کرد.",
        [("رئیس فیفا", "p1", "PER"), ("تهران", "l1", "LOC")],
        [("CONSULT", "visit", ["p1"], ["l1"], "l1", "دیروز", "2019-05-11", "asserted")],
    ),
    (  # «راهی تبریز شد» in a sports report: a midfielder's move to his new club's city, no visit (session 33)
        "هافبک برزیلی پس از جدایی از تیم سپاهان در پایان فصل راهی تبریز شد تا با تیم جدیدش تمرین کند.",
        [("هافبک برزیلی", "p1", "PER"), ("تبریز", "l1", "LOC")],
        [],
    ),
    (  # the same verb in political news stays a trip: the minister went to Moscow
        "وزیر امور خارجه ایران دیروز راهی مسکو شد.",
        [("وزیر امور خارجه ایران", "p1", "PER"), ("مسکو", "l1", "LOC")],
        [("CONSULT", "visit", ["p1"], ["l1"], "l1", "دیروز", "2019-05-11", "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "mentions", "expected"), SPORTS_ROWS)
def test_sports_events(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

"""The event stage on sentences we wrote, with the entities given by hand.

The entity stage is tested on its own; here every mention is listed as
(surface, entity id, label), so only the event rules are under test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from events_helpers import brief, check_events, gold_entities, run_events, to_gold_ids
from khabar.article import make_doc
from khabar.io.readers import RawArticle
from khabar.stages.event_tables import light_verb_forms, trigger_rules
from khabar.stages.events import EventFinder

DATE = "2017-10-18"  # a Wednesday


ZARIF = ("وزیر امور خارجه ایران", "e1", "PER")
LAVROV = ("وزیر خارجه روسیه", "e2", "PER")
MOSCOW = ("مسکو", "e3", "LOC")
TEHRAN = ("تهران", "e4", "LOC")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # a meeting: «با X دیدار کرد», place «در X», weekday time
            "وزیر امور خارجه ایران روز دوشنبه در مسکو با وزیر خارجه روسیه دیدار کرد.",
            [ZARIF, LAVROV, MOSCOW],
            [("CONSULT", "meeting", ["e1"], ["e2"], "e3", "روز دوشنبه", "2017-10-16", "asserted")],
        ),
        (  # a trip: «به X سفر کرد»; the destination is also the place
            "رئیس‌جمهور عراق صبح امروز به تهران سفر کرد.",
            [("رئیس‌جمهور عراق", "e1", "PER"), TEHRAN],
            [("CONSULT", "visit", ["e1"], ["e4"], "e4", "صبح امروز", DATE, "asserted")],
        ),
        (  # a phone call; the «گفت‌وگو کرد» that follows is the same call
            "رئیس‌جمهور فرانسه شامگاه دیروز در تماس تلفنی با رئیس‌جمهور ایران گفت‌وگو کرد.",
            [("رئیس‌جمهور فرانسه", "e1", "PER"), ("رئیس‌جمهور ایران", "e2", "PER")],
            [("CONSULT", "phone", ["e1"], ["e2"], None, "شامگاه دیروز", "2017-10-17", "asserted")],
        ),
        (  # an accusation: the object «X را» is the target, not the subject
            "سخنگوی وزارت خارجه ایران، آمریکا را به نقض توافق متهم کرد.",
            [("سخنگوی وزارت خارجه ایران", "e1", "PER"), ("آمریکا", "e2", "LOC")],
            [("ACCUSE", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # support: «از مواضع X حمایت کرد»
            "نخست‌وزیر عراق از مواضع ایران حمایت کرد.",
            [("نخست‌وزیر عراق", "e1", "PER"), ("ایران", "e2", "LOC")],
            [("SUPPORT", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # planned: «قرار است … سفر کند»; a vague time keeps no value
            "قرار است وزیر دفاع روسیه هفته آینده به تهران سفر کند.",
            [("وزیر دفاع روسیه", "e1", "PER"), TEHRAN],
            [("CONSULT", "visit", ["e1"], ["e4"], "e4", "هفته آینده", None, "planned")],
        ),
        (  # planned: «دیدار خواهد کرد»; the weekday looks forward
            "رئیس مجلس روز پنجشنبه با سفیر چین دیدار خواهد کرد.",
            [("رئیس مجلس", "e1", "PER"), ("سفیر چین", "e2", "PER")],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, "روز پنجشنبه", "2017-10-19", "planned")],
        ),
        (  # denied: the ministry denies the meeting; the meeting's actor is the genitive
            "وزارت خارجه عربستان خبر دیدار وزیر خارجه این کشور با مقامات اسرائیل را تکذیب کرد.",
            [("وزارت خارجه عربستان", "e1", "ORG"), ("وزیر خارجه این کشور", "e2", "PER"),
             ("اسرائیل", "e3", "LOC")],
            # the denial rejects a report, not a party: no REJECT event of its own (session 21: none of the
            # studied dev articles annotates one, as the guide reads a statement with no target)
            [("CONSULT", "meeting", ["e2"], ["e3"], None, None, None, "denied")],
        ),
        (  # negated: «دیدار نکرد»
            "وزیر نفت ایران در وین با وزیر انرژی عربستان دیدار نکرد.",
            [("وزیر نفت ایران", "e1", "PER"), ("وزیر انرژی عربستان", "e2", "PER"), ("وین", "e3", "LOC")],
            [("CONSULT", "meeting", ["e1"], ["e2"], "e3", None, None, "negated")],
        ),
        (  # a message delivered: «پیام … را به X تسلیم کرد»; the sender named in the message is not the actor
            "وزیر خارجه عمان پیام کتبی سلطان عمان را به رئیس‌جمهور ایران تسلیم کرد.",
            [("وزیر خارجه عمان", "e1", "PER"), ("سلطان عمان", "e2", "PER"), ("رئیس‌جمهور ایران", "e3", "PER")],
            [("CONSULT", "message", ["e1"], ["e3"], None, None, None, "asserted")],
        ),
        (  # «وارد X شد»: the mention after the trigger is the destination
            "نخست‌وزیر پاکستان بامداد امروز وارد تهران شد.",
            [("نخست‌وزیر پاکستان", "e1", "PER"), TEHRAN],
            [("CONSULT", "visit", ["e1"], ["e4"], "e4", "بامداد امروز", DATE, "asserted")],
        ),
        (  # an attack: «به مواضع X حمله کرد»
            "ارتش عراق به مواضع داعش در موصل حمله کرد.",
            [("ارتش عراق", "e1", "ORG"), ("داعش", "e2", "ORG"), ("موصل", "e3", "LOC")],
            [("ASSAULT", None, ["e1"], ["e2"], "e3", None, None, "asserted")],
        ),
        (  # coordinated subject of a meeting: the first is the actor, the other the target
            "وزیر امور خارجه ایران و وزیر خارجه روسیه در مسکو رایزنی کردند.",
            [ZARIF, LAVROV, MOSCOW],
            [("CONSULT", "meeting", ["e1"], ["e2"], "e3", None, None, "asserted")],
        ),
        (  # inside a direct quote: the speaker said «we do not meet»; a negated meeting
            "وزیر امور خارجه ایران گفت: ما با وزیر خارجه روسیه دیدار نمی‌کنیم.",
            [ZARIF, LAVROV],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "negated")],
        ),
        (  # «با بیان اینکه Y …،» is reported speech: Y is not the subject of «از X خواست»
            "وزیر امور خارجه ایران با بیان اینکه وزیر خارجه روسیه همکاری را ادامه می‌دهد، از آمریکا خواست تحریم‌ها را لغو کند.",
            [ZARIF, LAVROV, ("آمریکا", "e5", "LOC")],
            [("REQUEST", None, ["e1"], ["e5"], None, None, None, "asserted")],
        ),
        (  # a phone interview with a newspaper is no event
            "وزیر امور خارجه ایران در تماس تلفنی با روزنامه الحیات گفت که مذاکرات ادامه دارد.",
            [ZARIF, ("روزنامه الحیات", "e6", "ORG")],
            [],
        ),
        (  # a trip to a capital is a trip to its country when the article names it; the city is the place
            "وزیر خارجه روسیه به تهران سفر کرد. ایران از این سفر استقبال کرد.",
            [LAVROV, TEHRAN, ("ایران", "e5", "LOC")],
            [("CONSULT", "visit", ["e2"], ["e5"], "e4", None, None, "asserted")],
        ),
        (  # the agency in «به گزارش X،» is never the actor
            "به گزارش ایرنا، وزیر امور خارجه ایران در دیدار با وزیر خارجه روسیه گفت: همکاری ادامه دارد.",
            [("ایرنا", "e9", "ORG"), ZARIF, LAVROV],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # a headline told by a noun: «مخالفت X با Y», the doer as genitive, the target after «با»
            "مخالفت جنبش حماس با تشکیلات خودگردان",
            [("جنبش حماس", "e1", "ORG"), ("تشکیلات خودگردان", "e2", "ORG")],
            [("REJECT", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # a relational adjective between the noun and its genitive («کنایه توئیتری X به Y»)
            "کنایه توئیتری سخنگوی وزارت خارجه به رئیس‌جمهور آمریکا",
            [("سخنگوی وزارت خارجه", "e1", "PER"), ("رئیس‌جمهور آمریکا", "e2", "PER")],
            [("ACCUSE", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # a plural noun inside a topic phrase still tells who sanctions whom
            "وزیر خارجه کوبا با اشاره به تحریم‌های اقتصادی آمریکا علیه کوبا سخن گفت.",
            [("وزیر خارجه کوبا", "e1", "PER"), ("آمریکا", "e2", "LOC"), ("کوبا", "e3", "LOC")],
            [("SANCTION", None, ["e2"], ["e3"], None, None, None, "asserted")],
        ),
        (  # «X ضمن اعلام حمایت از Y»: after «ضمن» the subject does what the noun says
            "نماینده مجلس ضمن اعلام حمایت از دولت عراق گفت که انتخابات برگزار می‌شود.",
            [("نماینده مجلس", "e1", "PER"), ("دولت عراق", "e2", "ORG")],
            [("SUPPORT", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «X با انتقاد از Y»: the participle with «با»
            "وزیر خارجه روسیه با انتقاد از اتحادیه اروپا گفت که تحریم‌ها بی‌اثر است.",
            [LAVROV, ("اتحادیه اروپا", "e3", "ORG")],
            [("ACCUSE", "verbal", ["e2"], ["e3"], None, None, None, "asserted")],
        ),
        (  # a noun with no event in it does not end the clause: «با لغو تحریم‌های X مخالفت کرد»
            "رئیس‌جمهور آمریکا با لغو تحریم‌های ایران مخالفت کرد.",
            [("رئیس‌جمهور آمریکا", "e1", "PER"), ("ایران", "e2", "LOC")],
            [("REJECT", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # a journalist is a person, not a medium: he can deny what a radio said
            "خبرنگار روزنامه همشهری ادعاهای صدای آمریکا را تکذیب کرد.",
            [("خبرنگار روزنامه همشهری", "e1", "PER"), ("صدای آمریکا", "e2", "ORG")],
            [("REJECT", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «طرفین … توافق کردند»: the two sides are the parties of the meeting just told
            "وزیر خارجه روسیه و وزیر امور خارجه ایران در مسکو دیدار کردند. طرفین درباره ادامه همکاری‌ها توافق کردند.",
            [LAVROV, ZARIF, MOSCOW],
            [("CONSULT", "meeting", ["e2"], ["e1"], "e3", None, None, "asserted"),
             ("AGREE", "verbal", ["e2"], ["e1"], None, None, None, "asserted")],
        ),
        (  # «رهبران دو کشور … توافق کردند» after a call: not the caller alone, both leaders
            "رئیس‌جمهور فرانسه در تماس تلفنی با نخست‌وزیر انگلیس گفت‌وگو کرد و رهبران دو کشور درباره "
            "مبارزه با گروه داعش توافق کردند.",
            [("رئیس‌جمهور فرانسه", "e1", "PER"), ("نخست‌وزیر انگلیس", "e2", "PER"), ("گروه داعش", "e3", "ORG")],
            [("CONSULT", "phone", ["e1"], ["e2"], None, None, None, "asserted"),
             ("AGREE", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «توافقی حاصل نشد»: an agreement with no doer, negated, between those who met
            "وزیر خارجه روسیه و وزیر امور خارجه ایران در مسکو دیدار کردند. وزیر خارجه روسیه گفت: "
            "«دیدار خوبی بود اما توافقی حاصل نشد.»",
            [LAVROV, ZARIF, MOSCOW],
            [("CONSULT", "meeting", ["e2"], ["e1"], "e3", None, None, "asserted"),
             ("AGREE", "verbal", ["e2"], ["e1"], None, None, None, "negated")],
        ),
        (  # an agreement document «توافقنامه‌ای بین X و Y»: X and Y signed it
            "توافقنامه‌ای بین ایران و عراق در تهران امضا شد.",
            [("ایران", "e5", "LOC"), ("عراق", "e6", "LOC"), TEHRAN],
            [("AGREE", "sign", ["e5"], ["e6"], "e4", None, None, "asserted")],
        ),
        (  # «دیداری که با X داشت»: the relative clause names the counterpart; the subject met them
            "وزیر خارجه روسیه در دیداری که با وزیر امور خارجه ایران داشت، گفت همکاری ادامه دارد.",
            [LAVROV, ZARIF],
            [("CONSULT", "meeting", ["e2"], ["e1"], None, None, None, "asserted")],
        ),
        (  # «گفتگوهایی که X با برخی از مسئولان Y داشتند»: both parties in the clause; «برخی از» a part of Y
            "نماینده مجلس گفت: در گفتگوهایی که اعضای ستاد انتخاباتی با برخی از مسئولان وزارت کشور داشتند، "
            "نتایج بررسی شد.",
            [("نماینده مجلس", "e1", "PER"), ("ستاد انتخاباتی", "e2", "ORG"), ("وزارت کشور", "e3", "ORG")],
            [("CONSULT", "meeting", ["e2"], ["e3"], None, None, None, "asserted")],
        ),
        (  # talks told by a plural noun, with their place after it
            "مذاکرات ایران با اتحادیه اروپا امروز در بروکسل آغاز شد.",
            [("ایران", "e5", "LOC"), ("اتحادیه اروپا", "e6", "ORG"), ("بروکسل", "e7", "LOC")],
            [("CONSULT", "meeting", ["e5"], ["e6"], "e7", "امروز", DATE, "asserted")],
        ),
        (  # «ادعای X … را تکذیب کرد»: the one who made the claim is the target, however long the object
            "سخنگوی دانشگاه تهران ادعای روزنامه گاردین مبنی بر بازداشت یک استاد به دلیل نوشتن مقاله را "
            "تکذیب کرد.",
            [("سخنگوی دانشگاه تهران", "e1", "PER"), ("روزنامه گاردین", "e2", "ORG")],
            [("REJECT", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «خبر منتشر شده توسط X … را رد کرد»; the purpose «برای حمله به Y» inside it is no event and
            # does not cut the object off
            "سفیر فرانسه در آنکارا خبر منتشر شده توسط یک سایت ترکی درباره فروش هواپیماهای جنگی "
            "برای حمله به سوریه را رد کرد.",
            [("سفیر فرانسه در آنکارا", "e1", "PER"), ("یک سایت ترکی", "e2", "ORG"), ("سوریه", "e3", "LOC")],
            [("REJECT", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «اظهارات X علیه Y را محکوم کرد»: X said it, so X is condemned (not Y)
            "وزیر خارجه ایران اظهارات نخست‌وزیر اسرائیل علیه ایران را محکوم کرد.",
            [("وزیر خارجه ایران", "e1", "PER"), ("نخست‌وزیر اسرائیل", "e2", "PER"), ("ایران", "e3", "LOC")],
            [("ACCUSE", "condemn", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «به X که … بودند، حمله کردند»: the target is before the relative clause, not inside it
            "یک مقام محلی گفت شبه‌نظامیان به خودروهای نیروهای ناتو که از قندهار به سوی کابل در حرکت بودند، "
            "حمله کردند.",
            [("یک مقام محلی", "e1", "PER"), ("شبه‌نظامیان", "e2", "ORG"), ("نیروهای ناتو", "e3", "ORG"),
             ("قندهار", "e4", "LOC"), ("کابل", "e5", "LOC")],
            [("ASSAULT", None, ["e2"], ["e3"], None, None, None, "asserted")],
        ),
        (  # «از X دیدار کرد» is a visit to X, not a meeting
            "وزیر امور خارجه ایران روز دوشنبه از مسکو دیدار کرد.",
            [ZARIF, MOSCOW],
            [("CONSULT", "visit", ["e1"], ["e3"], "e3", "روز دوشنبه", "2017-10-16", "asserted")],
        ),
        (  # an ultimatum by its noun: «ضرب‌الاجل X به Y»
            "پس از پایان ضرب‌الاجل جنبش حماس به اسرائیل درگیری‌ها آغاز شد.",
            [("جنبش حماس", "e1", "ORG"), ("اسرائیل", "e2", "LOC")],
            [("THREATEN", "ultimatum", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # a role head before the only mention found («رئیس جمهوری X») stands where the subject does
            "رئیس جمهوری لبنان از فرانسه خواست که به این کشور کمک کند.",
            [("لبنان", "e1", "LOC"), ("فرانسه", "e2", "LOC")],
            [("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # a list item in a news digest: the bullet opens no clause
            "- نخست‌وزیر هند پیشنهاد پاکستان را رد کرد.",
            [("نخست‌وزیر هند", "e1", "PER"), ("پاکستان", "e2", "LOC")],
            [("REJECT", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «شماری از رهبران X را»: a part of X is the object, «از» governs no other phrase
            "دولت ترکیه شماری از رهبران گروه مسلح را بازداشت کرد.",
            [("دولت ترکیه", "e1", "ORG"), ("گروه مسلح", "e2", "ORG")],
            [("COERCE", "arrest", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # recognising a state is support: «X را به رسمیت شناخت»
            "دولت سوئد هفته گذشته کشور فلسطین را به رسمیت شناخت.",
            [("دولت سوئد", "e1", "ORG"), ("فلسطین", "e2", "LOC")],
            [("SUPPORT", None, ["e1"], ["e2"], None, "هفته گذشته", None, "asserted")],
        ),
        (  # recalling an ambassador: «سفیر خود را از X فراخواند»
            "اسرائیل در واکنش به این تصمیم سفیر خود را از سوئد فراخواند.",
            [("اسرائیل", "e1", "LOC"), ("سوئد", "e2", "LOC")],
            [("SANCTION", "withdraw", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «راهی X شد»: a trip, the destination right after the trigger
            "هیئتی از نمایندگان پارلمان پاکستان دیروز راهی هند شد.",
            [("نمایندگان پارلمان پاکستان", "e1", "ORG"), ("هند", "e2", "LOC")],
            [("CONSULT", "visit", ["e1"], ["e2"], "e2", "دیروز", "2017-10-17", "asserted")],
        ),
        (  # talks told by a noun whose genitive names both sides: «مذاکرات X و Y»
            "دور تازه مذاکرات هند و پاکستان هفته آینده آغاز می‌شود.",
            [("هند", "e1", "LOC"), ("پاکستان", "e2", "LOC")],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, "هفته آینده", None, "planned")],
        ),
        (  # a possessive clitic on the noun: «در دیدارش با X», the subject met X
            "رئیس کمیته اسرا در دیدارش با یک اسیر آزادشده از وضع زندان‌ها انتقاد کرد.",
            [("رئیس کمیته اسرا", "e1", "PER"), ("یک اسیر آزادشده", "e2", "PER")],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # a sick visit: «X از Y عیادت کرد»
            "رئیس مجلس دیروز از وزیر نیرو در بیمارستان عیادت کرد.",
            [("رئیس مجلس", "e1", "PER"), ("وزیر نیرو", "e2", "PER")],
            [("CONSULT", "visit", ["e1"], ["e2"], None, "دیروز", "2017-10-17", "asserted")],
        ),
        (  # a seizure: «X Y را تصرف کردند»
            "شورشیان مسلح دیروز شهر کیدال را تصرف کردند.",
            [("شورشیان مسلح", "e1", "ORG"), ("شهر کیدال", "e2", "LOC")],
            [("COERCE", "seize", ["e1"], ["e2"], None, "دیروز", "2017-10-17", "asserted")],
        ),
    ],
)
def test_sentence_events(nlp_bare, text, mentions, expected) -> None:
    doc = run_events(nlp_bare, text, mentions, date=DATE)
    assert brief(doc) == expected


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("نخست‌وزیر عراق حمایت‌های معنوی ایران را ستود.", [("نخست‌وزیر عراق", "e1", "PER"),
                                                         ("ایران", "e2", "LOC")]),  # noun without a light verb
        ("همکاری‌های دفاعی دو کشور گسترش می‌یابد.", []),  # plural noun, no participants
    ],
)
def test_no_event(nlp_bare, text, mentions) -> None:
    assert run_events(nlp_bare, text, mentions, date=DATE)._.events == []


def test_one_happening_one_event(nlp_bare) -> None:
    # The trip in the title and the lead, and again in the body with its time: one trip.
    text = "\n".join([
        "سفر وزیر امور خارجه ایران به روسیه",
        "وزیر امور خارجه ایران در سفر به روسیه با وزیر خارجه روسیه دیدار کرد.",
        "گفتنی است وزیر امور خارجه ایران که از روز دوشنبه به مسکو سفر کرده است، در این دیدار بر همکاری تاکید کرد.",
    ])
    mentions = [ZARIF, LAVROV, ("روسیه", "e5", "LOC"), MOSCOW]
    events = run_events(nlp_bare, text, mentions, date=DATE)._.events
    trips = [e for e in events if e["mode"] == "visit"]
    meetings = [e for e in events if e["mode"] == "meeting"]
    assert len(trips) == 1 and len(meetings) == 1
    assert trips[0]["actors"] == ["e1"] and trips[0]["targets"] == ["e5"]
    assert trips[0]["time"]["text"] == "روز دوشنبه" and trips[0]["time"]["value"] == "2017-10-16"
    assert trips[0]["sentence"] == 0 and trips[0]["trigger"] == "سفر"
    assert meetings[0]["targets"] == ["e2"]


def test_two_counterparts_two_meetings(nlp_bare) -> None:
    text = "وزیر امور خارجه ایران با وزیر خارجه روسیه دیدار کرد. وزیر امور خارجه ایران سپس با رئیس‌جمهور روسیه دیدار کرد."
    mentions = [ZARIF, LAVROV, ("رئیس‌جمهور روسیه", "e6", "PER")]
    events = run_events(nlp_bare, text, mentions, date=DATE)._.events
    assert [e["targets"] for e in events] == [["e2"], ["e6"]]


def test_tables_load() -> None:
    rules = trigger_rules()
    assert {r.type for r in rules} <= {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
        "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert {r.mode for r in rules if r.type == "CONSULT"} == {"visit", "meeting", "phone", "message", "multilateral"}
    forms = light_verb_forms()
    assert forms["نکرد"].negated and forms["کند"].subjunctive and not forms["میکند"].subjunctive


REPO = Path(__file__).resolve().parents[1]
# Our own articles with their event gold: (text file, gold file).
ARTICLES = [
    (REPO / "examples" / "article.txt", REPO / "tests" / "fixtures" / "example.events.gold.json"),
    (REPO / "tests" / "fixtures" / "phone_call.txt", REPO / "tests" / "fixtures" / "phone_call.events.gold.json"),
]


def _load(text_path: Path, gold_path: Path) -> tuple[RawArticle, dict]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return RawArticle(text_path.read_text(encoding="utf-8"), str(text_path), date=gold["date"]), gold


@pytest.mark.parametrize(("text_path", "gold_path"), ARTICLES, ids=["example", "phone_call"])
def test_article_events_on_gold_entities(nlp_bare, text_path, gold_path) -> None:
    raw, gold = _load(text_path, gold_path)
    doc = nlp_bare(make_doc(nlp_bare, raw))
    doc._.entities = gold_entities(doc.text, gold)
    EventFinder(nlp_bare, "khabar_events")(doc)
    assert check_events(doc._.events, {g["id"]: g["id"] for g in gold["entities"]}, gold) == []


@pytest.mark.parametrize(("text_path", "gold_path"), [
    ARTICLES[0],
    pytest.param(*ARTICLES[1], marks=pytest.mark.xfail(
        reason="entity stage: the surname alone («ظریف») and «وزیر امور خارجه ایران» are not yet one entity "
               "with «محمدجواد ظریف»; the event rules pass on the gold entities (test above)", strict=False)),
], ids=["example", "phone_call"])
def test_article_events_end_to_end(nlp_rules, text_path, gold_path) -> None:
    raw, gold = _load(text_path, gold_path)
    doc = nlp_rules(make_doc(nlp_rules, raw))
    ids = to_gold_ids(doc._.entities or [], doc.text, gold)
    assert check_events(doc._.events, ids, gold) == []


def _khabar(*args: str):  # noqa: ANN202 - a CompletedProcess
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "khabar", *args], capture_output=True, text=True, timeout=300)


def test_events_command_csv() -> None:
    import csv
    import io

    from khabar.stages.event_export import COLUMNS

    result = _khabar("events", str(ARTICLES[0][0]), "--model", "none", "--date", "1396/07/26", "-f", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == COLUMNS
    meeting = next(r for r in rows if r["mode"] == "meeting")
    # The meeting on «صبح سه‌شنبه» before Wednesday 1396/07/26 (2017-10-18), with the minister of Oman.
    assert meeting["date"] == "2017-10-17" and meeting["target_country"] == "عمان"
    assert meeting["actor_role"] == "فرمانده نیروی دریایی ارتش" and meeting["article"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["events", "/no/such/file.txt", "--model", "none"], "no such file"),  # a missing file
        (["events", str(REPO / "examples" / "article.txt"), "--model", "none", "--date", "yesterday"],
         "--date"),  # a bad date
        (["events", str(REPO / "examples" / "article.txt"), "-f", "xml"], "xml"),  # an unknown format
    ],
)
def test_events_command_bad_input(args: list[str], message: str) -> None:
    result = _khabar(*args)
    assert result.returncode != 0
    assert message in result.stderr and "Traceback" not in result.stderr


def test_scorer_matches_one_to_one() -> None:
    from khabar.evaluate.events import score_article

    # Gold: e1 met e2 on 2017-10-16 in e3; e1 accused e4. Offsets are arbitrary but consistent.
    record = {
        "entities": [{"id": "e1", "label": "PER", "mentions": [[0, 5]]}, {"id": "e2", "label": "PER", "mentions": [[10, 15]]},
                     {"id": "e3", "label": "LOC", "mentions": [[20, 25]]}, {"id": "e4", "label": "LOC", "mentions": [[30, 35]]}],
        "events": [
            {"type": "CONSULT", "mode": "meeting", "actors": ["e1"], "targets": ["e2"], "place": "e3",
             "time": {"span": [40, 45], "value": "2017-10-16"}, "modality": "asserted"},
            {"type": "ACCUSE", "mode": "verbal", "actors": ["e1"], "targets": ["e4"], "place": None, "time": None,
             "modality": "asserted"},
        ],
    }
    # Predicted entities overlap the gold ones; the meeting is found with the parties swapped
    # (accepted for a meeting), the accusation with a wrong target, plus a duplicate meeting.
    mentions = {"p1": [(0, 4)], "p2": [(11, 15)], "p3": [(20, 25)], "p9": [(50, 55)]}
    meeting = {"type": "CONSULT", "mode": "meeting", "actors": ["p2"], "targets": ["p1"], "place": "p3",
               "time": {"text": "x", "value": "2017-10-16"}, "modality": "asserted"}
    events = [meeting, dict(meeting), {"type": "ACCUSE", "mode": "verbal", "actors": ["p1"], "targets": ["p9"],
                                       "place": None, "time": None, "modality": "asserted"}]
    stats = score_article(record, mentions, events)["stats"]
    assert (stats["gold"], stats["predicted"], stats["matched"], stats["partial"]) == (2, 3, 1, 2)
    assert (stats["place_correct"], stats["time_value_correct"], stats["modality_correct"]) == (1, 1, 1)



@pytest.mark.parametrize(
    ("gold_target", "expected"),
    [
        # the gold target is the nested country: the loose score takes the minister's mention for it,
        # the one-entity score does not
        ("e2", (1, 0)),
        # the gold target is the minister himself: both scores match
        ("e1", (1, 1)),
    ],
)
def test_scorer_one_entity_alignment(gold_target: str, expected: tuple[int, int]) -> None:
    from khabar.evaluate.events import score_article

    # e1 a minister mentioned as «وزیر خارجه برزیل» (0–20), e2 the country «برزیل» nested in it (14–20).
    record = {"entities": [{"id": "e1", "label": "PER", "mentions": [[0, 20]]},
                           {"id": "e2", "label": "LOC", "mentions": [[14, 20]]},
                           {"id": "e3", "label": "PER", "mentions": [[30, 40]]}],
              "events": [{"type": "ACCUSE", "mode": None, "actors": ["e3"], "targets": [gold_target], "place": None,
                          "time": None, "modality": "asserted"}]}
    mentions = {"p1": [(0, 20)], "p3": [(30, 40)]}
    events = [{"type": "ACCUSE", "mode": None, "actors": ["p3"], "targets": ["p1"], "place": None, "time": None,
               "modality": "asserted"}]
    stats = score_article(record, mentions, events)["stats"]
    assert (stats["matched"], stats["matched_one_entity"]) == expected

@pytest.mark.parametrize(
    ("predictions", "expected_time_right"),
    [
        # Predictions in article order: each pairs with the gold trigger at its own place.
        ([((100, 105), 100), ((300, 305), 300)], 2),
        # Predictions in reverse order: still paired by trigger, not by list order.
        ([((300, 305), 300), ((100, 105), 100)], 2),
        # No trigger offsets on the predictions: they pair in list order, here the wrong way round.
        ([(None, 300), (None, 100)], 0),
    ],
)
def test_scorer_pairs_by_nearest_trigger(
    predictions: list[tuple[tuple[int, int] | None, int]], expected_time_right: int
) -> None:
    from khabar.evaluate.events import score_article

    # Two meetings with no parties on different days: both predictions fit both gold events, so only
    # the trigger positions can say which prediction's time should be compared with which gold time.
    values = {100: "2020-01-01", 300: "2020-01-05"}
    gold = [{"type": "CONSULT", "mode": "meeting", "trigger": [start, start + 5], "actors": [], "targets": [],
             "place": None, "time": {"span": [0, 1], "value": values[start]}, "modality": "asserted"}
            for start in (100, 300)]
    events = [{"type": "CONSULT", "mode": "meeting", "actors": [], "targets": [], "place": None,
               "time": {"text": "x", "value": values[day]}, "modality": "asserted", "span": span}
              for span, day in predictions]
    stats = score_article({"entities": [], "events": gold}, {}, events)["stats"]
    assert (stats["matched"], stats["time_value_correct"]) == (2, expected_time_right)

# One run-on sentence of role phrases with a meeting in each, no punctuation (our own sentence).
RUN_ON = "وزیر امور خارجه ایران با سفیر ترکیه دیدار کرد و "


@pytest.mark.parametrize(
    ("repeats", "max_ratio"),
    [
        (20, 2.5),  # doubling a short run-on sentence at most about doubles the work
        (40, 2.5),  # and so does doubling a longer one (per-trigger scans of the whole sentence grew ~4×)
    ],
)
def test_event_work_grows_linearly(nlp_bare, monkeypatch, repeats: int, max_ratio: float) -> None:
    import khabar.stages.events as events_module
    from khabar.stages.event_types import Mention, Tok

    reads = [0]

    class CountedTok(Tok):
        def __getattribute__(self, name: str):  # type: ignore[no-untyped-def]
            reads[0] += 1
            return super().__getattribute__(name)

    class CountedMention(Mention):
        def __getattribute__(self, name: str):  # type: ignore[no-untyped-def]
            reads[0] += 1
            return super().__getattribute__(name)

    monkeypatch.setattr(events_module, "Tok", CountedTok)
    monkeypatch.setattr(events_module, "Mention", CountedMention)
    work = []
    for n in (repeats, 2 * repeats):
        reads[0] = 0
        doc = run_events(nlp_bare, RUN_ON * n, [ZARIF, ("سفیر ترکیه", "e2", "PER")], DATE)
        assert doc._.events, "the meeting is still found"
        work.append(reads[0])
    assert work[1] <= max_ratio * work[0], work

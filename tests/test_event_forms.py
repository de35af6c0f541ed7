"""Verb and noun forms the event rules read (session 6): perfect tenses written as one word, the formal
passive «گردید», «پرداختند» as a light verb, a «خواستار» clause over quoted names or closed by «است»,
a noun's doer after «توسط/از سوی», a letter sent «در نامه‌ای به X», and a title's event dated by
its lead. Entities are given by hand, as in tests/test_events.py; the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief, hand_entities
from khabar.article import make_doc
from khabar.io.readers import RawArticle
from khabar.stages.events import EventFinder

DATE = "2017-10-18"


FRANCE = ("فرانسه", "e1", "LOC")
ISRAEL = ("اسرائیل", "e2", "LOC")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «محکوم کرده‌اند»: a perfect written as one word is a light verb like «محکوم کردند»
            "فرانسه اقدام اسرائیل را محکوم کرده‌اند.",
            [FRANCE, ISRAEL],
            [("ACCUSE", "condemn", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «امضا کرده‌اند» with «با»: the same for a symmetric act
            "ایران با عراق قرارداد همکاری امضا کرده‌اند.",
            [("ایران", "e1", "LOC"), ("عراق", "e2", "LOC")],
            [("AGREE", "sign", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «فراخوانده‌است»: the perfect of a verb that is itself the trigger («فراخواند»)
            "اسرائیل سفیر خود را از سوئد فراخوانده‌است.",
            [ISRAEL, ("سوئد", "e3", "LOC")],
            [("SANCTION", "withdraw", ["e2"], ["e3"], None, None, None, "asserted")],
        ),
        (  # «فراخوانده شد» is a passive: the ambassador did not recall anyone
            "سفیر اسرائیل از سوئد فراخوانده شد.",
            [("سفیر اسرائیل", "e1", "PER"), ("سوئد", "e3", "LOC")],
            [],
        ),
        (  # «خواستار … شد» runs on over quoted names to its light verb
            'رهبر جریان صدر خواستار آزادی "ژرژ" و "کریستین" دو گروگان فرانسوی شد.',
            [("رهبر جریان صدر", "e1", "PER")],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «خواستار … است»: a demand in the present, closed by the copula
            "حاکم آمریکایی خواستار اجرای هرچه زودتر این قانون است.",
            [("حاکم آمریکایی", "e1", "PER")],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «اشغال X توسط Y»: the genitive is occupied, the one after «توسط» occupies
            "اشغال عراق توسط آمریکا محکوم شد.",
            [("عراق", "e1", "LOC"), ("آمریکا", "e2", "LOC")],
            [("ASSAULT", "occupy", ["e2"], ["e1"], None, None, None, "asserted")],
        ),
        (  # «حمله به X توسط Y»: a noun with its target and, later in the clause, its doer
            "حمله به کنسولگری آمریکا توسط طالبان صورت گرفت.",
            [("آمریکا", "e1", "LOC"), ("طالبان", "e2", "ORG")],
            [("ASSAULT", None, ["e2"], ["e1"], None, None, None, "asserted")],
        ),
        (  # «به گفت‌وگو پرداختند»: «پرداخت» is a light verb; the place is «در مسکو»
            "وزیر خارجه ایران و وزیر خارجه روسیه در مسکو به گفت‌وگو پرداختند.",
            [("وزیر خارجه ایران", "e1", "PER"), ("وزیر خارجه روسیه", "e2", "PER"), ("مسکو", "e3", "LOC")],
            [("CONSULT", "meeting", ["e1"], ["e2"], "e3", None, None, "asserted")],
        ),
        (  # «بازداشت گردید»: the formal passive; «توسط X» is the doer
            "خبرنگار روزنامه توسط پلیس ترکیه بازداشت گردید.",
            [("خبرنگار روزنامه", "e1", "PER"), ("پلیس ترکیه", "e2", "ORG")],
            [("COERCE", "arrest", ["e2"], ["e1"], None, None, None, "asserted")],
        ),
        (  # «در نامه‌ای به Y»: the subject sent a letter to Y and asked Y for something in it
            "رئیس مجلس در نامه‌ای به رئیس‌جمهور خواستار توقف طرح شد.",
            [("رئیس مجلس", "e1", "PER"), ("رئیس‌جمهور", "e2", "PER")],
            [("CONSULT", "message", ["e1"], ["e2"], None, None, None, "asserted"),
             ("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «X پیش از عزیمت به Y»: the subject is the one who travels
            "وزیر کشور پیش از عزیمت به عربستان، از انتخاب معاون جدید خبر داد.",
            [("وزیر کشور", "e1", "PER"), ("عربستان", "e2", "LOC")],
            [("CONSULT", "visit", ["e1"], ["e2"], "e2", None, None, "asserted")],
        ),
        (  # «X پس از دیدار با Y»: the subject met Y
            "رئیس‌جمهور پس از دیدار با نخست‌وزیر عراق به تهران بازگشت.",
            [("رئیس‌جمهور", "e1", "PER"), ("نخست‌وزیر عراق", "e2", "PER"), ("تهران", "e3", "LOC")],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # a «خواستار» clause stops where a quote that opened before it closes: «است» there is another clause's
            "وزیر خارجه ایران گفت «ما خواستار جنگ با عراق نیستیم» و آمریکا مقصر است.",
            [("وزیر خارجه ایران", "e1", "PER"), ("عراق", "e2", "LOC"), ("آمریکا", "e3", "LOC")],
            [],
        ),
        (  # «پرداخت» without «به» before the noun is «payment», not a light verb: no request is made here
            "ایران درخواست پرداخت غرامت از عراق را رد کرد.",
            [("ایران", "e1", "LOC"), ("عراق", "e2", "LOC")],
            [],
        ),
        (  # «فراخوانده گردید»: the formal passive, like «فراخوانده شد»
            "سفیر آلمان از عراق فراخوانده گردید.",
            [("سفیر آلمان", "e1", "PER"), ("عراق", "e2", "LOC")],
            [],
        ),
        (  # «تقاضای X از Y» as a bare noun is economic demand, not a request
            "افزایش تقاضای چین از نفت ایران ادامه دارد.",
            [("چین", "e1", "LOC"), ("ایران", "e2", "LOC")],
            [],
        ),
        (  # «به حمله نظامی» names no one: the noun does not cut the object «ایران را» off the threat
            "وزیر دفاع اسرائیل ایران را به حمله نظامی تهدید کرد.",
            [("وزیر دفاع اسرائیل", "e1", "PER"), ("ایران", "e2", "LOC")],
            [("THREATEN", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «X در جلسه با Y»: a session held with Y is a meeting of X and Y (and X's demand there asks Y)
            "نماینده کرمان در جلسه با وزیر صنعت خواستار انتقال آب شد.",
            [("نماینده کرمان", "e1", "PER"), ("وزیر صنعت", "e2", "PER")],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, None, None, "asserted"),
             ("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «در جلسه» with no one it was held with is no meeting (and reading a letter out is no accusation)
            "رئیس مجلس نامه رئیس‌جمهور را در جلسه خواند.",
            [("رئیس مجلس", "e1", "PER"), ("رئیس‌جمهور", "e2", "PER")],
            [],
        ),
        (  # «X را رژیمی تروریست خواند»: calling Y a name that accuses it
            "نخست‌وزیر ترکیه اسرائیل را رژیمی تروریست خواند.",
            [("نخست‌وزیر ترکیه", "e1", "PER"), ("اسرائیل", "e2", "LOC")],
            [("ACCUSE", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «نامید» starts with «ن» but is no negation
            "وزیر خارجه ایران روز دوشنبه اسرائیل را رژیمی تروریست نامید.",
            [("وزیر خارجه ایران", "e1", "PER"), ("اسرائیل", "e2", "LOC")],
            [("ACCUSE", "verbal", ["e1"], ["e2"], None, "روز دوشنبه", "2017-10-16", "asserted")],
        ),
        (  # the accusing word may be spelt as two words («غیر قانونی»)
            "وزیر خارجه ایران اقدام آمریکا را غیر قانونی خواند.",
            [("وزیر خارجه ایران", "e1", "PER"), ("آمریکا", "e2", "LOC")],
            [("ACCUSE", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # ... but must stand in the verb's own phrase, not before a comma
            "وزیر خارجه ایران در نشست مقابله با گروه‌های تروریستی، پیام رئیس‌جمهور روسیه را خواند.",
            [("وزیر خارجه ایران", "e1", "PER"), ("رئیس‌جمهور روسیه", "e2", "PER")],
            [],
        ),
        (  # a session and the talks held in it are one meeting
            "وزیر خارجه ایران روز دوشنبه در جلسه با وزیر خارجه روسیه درباره سوریه گفت‌وگو کرد.",
            [("وزیر خارجه ایران", "e1", "PER"), ("وزیر خارجه روسیه", "e2", "PER")],
            [("CONSULT", "meeting", ["e1"], ["e2"], None, "روز دوشنبه", "2017-10-16", "asserted")],
        ),
        (  # «جلسه X و Y»: the genitive names both sides
            "جلسه ایران و روسیه روز دوشنبه در مسکو برگزار شد.",
            [("ایران", "e1", "LOC"), ("روسیه", "e2", "LOC"), ("مسکو", "e3", "LOC")],
            [("CONSULT", "meeting", ["e1"], ["e2"], "e3", "روز دوشنبه", "2017-10-16", "asserted")],
        ),
        (  # «X را مقصر … دانست»: blaming is accusing
            "وزیر خارجه ایران آمریکا را مقصر اصلی این بحران دانست.",
            [("وزیر خارجه ایران", "e1", "PER"), ("آمریکا", "e2", "LOC")],
            [("ACCUSE", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «X را مسئول پیگیری … دانست»: a duty, not blame
            "وزیر کشور استاندار تهران را مسئول پیگیری پرونده دانست.",
            [("وزیر کشور", "e1", "PER"), ("استاندار تهران", "e2", "PER")],
            [],
        ),
        (  # «با حضور X»: who attended, not whom the session was held with
            "این جلسه با حضور وزیر کشور برگزار شد.",
            [("وزیر کشور", "e1", "PER")],
            [],
        ),
        (  # «خواست که …» with no «از»: «wanted», not a request to anyone
            "رئیس شورای شهر خواست که جلسه تعطیل شود.",
            [("رئیس شورای شهر", "e1", "PER")],
            [],
        ),
        (  # «از رسانه‌ها خواست تا …»: a request to people the article does not name
            "رئیس شورای شهر از رسانه‌های محلی خواست تا شهرداری را یاری کنند.",
            [("رئیس شورای شهر", "e1", "PER")],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «۳۳ نفر را دستگیر کردند»: the police are the subject, not the object; those arrested are unnamed
            "ماموران پلیس آگاهی ۳۳ نفر از سارقان را دستگیر کردند.",
            [("پلیس آگاهی", "e1", "ORG")],
            [("COERCE", "arrest", ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «با تلاش X … دستگیر شدند»: a passive arrest whose doer is named by the effort
            "با تلاش ماموران پلیس آگاهی ۲۰ سارق دستگیر شدند.",
            [("پلیس آگاهی", "e1", "ORG")],
            [("COERCE", "arrest", ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «به … زندان محکوم شد»: a court's sentence, not a condemnation
            "نخست‌وزیر سابق به پنج سال زندان محکوم شد.",
            [("نخست‌وزیر سابق", "e1", "PER")],
            [("COERCE", None, [], ["e1"], None, None, None, "asserted")],
        ),
        (  # «X دستگیر شد»: an arrest told in the passive, with nobody named who made it
            "مدیر این شرکت روز گذشته دستگیر شد.",
            [("مدیر این شرکت", "e1", "PER")],
            [("COERCE", "arrest", [], ["e1"], None, "روز گذشته", "2017-10-17", "asserted")],
        ),
        (  # «هیئت اعزامی»: «sent», an adjective, tells no dispatch
            "رئیس هیئت اعزامی مصر به عراق سخنرانی کرد.",
            [("رئیس هیئت", "e1", "PER"), ("مصر", "e2", "LOC"), ("عراق", "e3", "LOC")],
            [],
        ),
        (  # «ویدئویی ضبط کند»: «ضبط» is also «to record»; a seizure needs what it seized named
            "رئیس‌جمهور آمریکا قرار بود ویدئویی ضبط کند.",
            [("رئیس‌جمهور آمریکا", "e1", "PER")],
            [],
        ),
        (  # «"X" رئیس … از Y خواست»: a quoted name that opens the sentence is its subject
            '"ژان مارتن" رئیس جمهور فرانسه از لبنان خواست تا به توافق پایبند بماند.',
            [("ژان مارتن", "e1", "PER"), ("رئیس جمهور فرانسه", "e1", "PER"), ("لبنان", "e2", "LOC")],
            [("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «X با اشاره به اینکه Y …، از Z خواست»: X asks; Y is the subject of the clause X speaks of
            "رئیس جمهور ایران با اشاره به اینکه آمریکا به تعهدات خود عمل نکرده است، از اروپا خواست تا توافق را حفظ کند.",
            [("رئیس جمهور ایران", "e1", "PER"), ("آمریکا", "e2", "LOC"), ("اروپا", "e3", "LOC")],
            [("REQUEST", None, ["e1"], ["e3"], None, None, None, "asserted")],
        ),
        (  # «X با ارسال نامه‌ای به Y»: a letter sent, told by a noun after «با»
            "نخست وزیر عراق دیروز با ارسال نامه‌ای برای پارلمان عراق اعلام کرد: برنامه تغییر نمی‌کند.",
            [("نخست وزیر عراق", "e1", "PER"), ("پارلمان عراق", "e2", "ORG")],
            [("CONSULT", "message", ["e1"], ["e2"], None, "دیروز", "2017-10-17", "asserted")],
        ),
        (  # «X ربوده شد»: a kidnapping told in the passive; X underwent it
            "رئیس هیئت مصری در بغداد ربوده شد.",
            [("رئیس هیئت مصری", "e1", "PER"), ("بغداد", "e2", "LOC")],
            [("COERCE", "abduct", [], ["e1"], "e2", None, None, "asserted")],
        ),
        (  # «به سوی X تیراندازی کردند»: a shooting at X by people the article does not name
            "افراد ناشناس به سوی خودروی سفیر روسیه تیراندازی کردند.",
            [("سفیر روسیه", "e1", "PER")],
            [("ASSAULT", "firearms", [], ["e1"], None, None, None, "asserted")],
        ),
        (  # «درگیری شدید در X بین A و B»: «شدید» is «severe», no verb; the place comes before the sides
            "درگیری شدید در استان حلب بین ارتش سوریه و نیروهای ترکیه ادامه دارد.",
            [("استان حلب", "e1", "LOC"), ("ارتش سوریه", "e2", "ORG"), ("نیروهای ترکیه", "e3", "ORG")],
            [("ASSAULT", None, ["e2"], ["e3"], "e1", None, None, "asserted")],
        ),
        (  # «X یک مانور … برگزار می‌کند»: a military exercise held is a mobilization, with no target
            "ناتو هفته آینده کنار مرز روسیه یک مانور دریایی برگزار می‌کند.",
            [("ناتو", "e1", "ORG"), ("روسیه", "e2", "LOC")],
            [("MOBILIZE", "military", ["e1"], [], None, "هفته آینده", None, "planned")],
        ),
        (  # «از این اقدام X تشکر»: the act's doer is whom the thanks go to
            "سخنگوی دولت ضمن تشکر از این اقدام وزیر کشور افزود: مردم راضی هستند.",
            [("سخنگوی دولت", "e1", "PER"), ("وزیر کشور", "e2", "PER")],
            [("SUPPORT", "praise", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «با محکوم کردن جنایات X»: an infinitive's object is the party condemned; the clause subject condemns,
            # not the council named inside «در جلسه عصر امروز شورای …» (a time inside a phrase opens no subject)
            "مدیرکل ارشاد استان در جلسه عصر امروز شورای فرهنگ با محکوم کردن جنایات رژیم صهیونیستی گفت: مقاومت ادامه دارد.",
            [("مدیرکل ارشاد استان", "e1", "PER"), ("شورای فرهنگ", "e2", "ORG"), ("رژیم صهیونیستی", "e3", "LOC")],
            [("ACCUSE", "condemn", ["e1"], ["e3"], None, "عصر امروز", DATE, "asserted")],
        ),
        (  # the infinitive with no party after it («حملات در عراق»: a place) condemns no one
            "وزیر خارجه ضمن محکوم کردن حملات در عراق از مردم حمایت کرد.",
            [("وزیر خارجه", "e1", "PER"), ("عراق", "e2", "LOC")],
            [],
        ),
        (  # «… دستگیر شدند»: an arrest told in the passive is an event with neither side named
            "در این خصوص ۱۵ نفر از عوامل توزیع در آمل شناسایی و دستگیر شدند.",
            [("آمل", "e1", "LOC")],
            [("COERCE", "arrest", [], [], "e1", None, None, "asserted")],
        ),
        (  # two such arrests are two events: with no party there is nothing to tell them the same
            "در این خصوص ۱۵ نفر در آمل دستگیر شدند. همچنین ۲۰ نفر دیگر در ساری دستگیر شدند.",
            [("آمل", "e1", "LOC"), ("ساری", "e2", "LOC")],
            [("COERCE", "arrest", [], [], "e1", None, None, "asserted"),
             ("COERCE", "arrest", [], [], "e2", None, None, "asserted")],
        ),
        (  # the same passive arrest verb in the very next sentence retells one arrest (a title and its lead)
            "۱۲ قاچاقچی سوخت در بندرعباس دستگیر شدند. به گفته پلیس این ۱۲ نفر با لنج در بندرعباس دستگیر شدند.",
            [("بندرعباس", "e1", "LOC")],
            [("COERCE", "arrest", [], [], "e1", None, None, "asserted")],
        ),
        (  # «از مردم X خواست»: the request goes to X's people, whom the article does not name, not to X
            # (data/people_nouns.tsv, after «از» or «با»)
            "رئیس جمهور قزاقستان از مردم قزاقستان خواست تا در انتخابات شرکت کنند.",
            [("رئیس جمهور قزاقستان", "e1", "PER"), ("قزاقستان", "e2", "LOC")],
            [("REQUEST", None, ["e1"], [], None, None, None, "asserted")],
        ),
        (  # «با خانواده‌های شهدای X دیدار کرد»: a meeting with people of X, whom it does not name, not with X
            "فرمانده سپاه با خانواده‌های شهدای تبریز دیدار کرد.",
            [("فرمانده سپاه", "e1", "PER"), ("تبریز", "e2", "LOC")],
            [("CONSULT", "meeting", ["e1"], [], None, None, None, "asserted")],
        ),
        (  # a body named right after «از» is asked itself
            "رئیس جمهور قزاقستان از دولت روسیه خواست تا کمک کند.",
            [("رئیس جمهور قزاقستان", "e1", "PER"), ("دولت روسیه", "e2", "ORG")],
            [("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «کشف و ضبط شد»: contraband confiscated, an event with no party named as well
            "امسال ۱۹ کیلوگرم مواد مخدر در ماکو کشف و ضبط شد.",
            [("ماکو", "e1", "LOC")],
            [("COERCE", "confiscate", [], [], "e1", "امسال", None, "asserted")],  # a year: no day value
        ),
        (  # a recording («ضبط شد») is no seizure, and other passive acts need a party
            "صدای جلسه ضبط شد و تیم پزشکی به منطقه اعزام شد.",
            [],
            [],
        ),
        (  # the sides of a talk listed with commas after the noun («مذاکرات X، Y و Z») all take part
            "دور تازه مذاکرات ایران، ترکیه و روسیه در ژنو آغاز شد.",
            [("ایران", "e1", "LOC"), ("ترکیه", "e2", "LOC"), ("روسیه", "e3", "LOC")],
            [("CONSULT", "meeting", ["e1"], ["e2", "e3"], None, None, None, "asserted")],
        ),
    ],
)
def test_event_forms(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected


HEADLINE = "وزیر خارجه فرانسه خواستار توقف طرح شد"
LEAD_DATED = "خبرگزاری فارس: وزیر خارجه فرانسه امروز یکشنبه در پاریس گفت: این طرح باید متوقف شود."
LEAD_QUOTE = "خبرگزاری فارس: وزیر خارجه فرانسه گفت: این طرح روز بعد متوقف شد."
BODY_DATED = "به گزارش فارس، وزیر خارجه فرانسه دیروز در پاریس این سخنان را گفت."
BODY_OTHER = "به گزارش فارس، سفیر آلمان دیروز در برلین سخن گفت."
BODY_TRIP = "به گزارش فارس، وزیر خارجه فرانسه که دیروز به تهران سفر کرده است، این سخنان را گفت."
LEAD_PAST_QUOTE = "خبرگزاری فارس: وزیر خارجه فرانسه گفت: این طرح پریروز متوقف شد."
KICKER = "سفر وزیر خارجه فرانسه به اروپا"


@pytest.mark.parametrize(
    ("lines", "expected_time"),
    [
        # the lead tells the title's request again with its day («امروز یکشنبه» → the publication date)
        ([HEADLINE, LEAD_DATED, BODY_DATED], ("امروز", DATE)),
        # the lead is a quote whose «روز بعد» is inside a story: the body's first sentence dates it
        ([HEADLINE, LEAD_QUOTE, BODY_DATED], ("دیروز", "2017-10-17")),
        # the body's first sentence is about someone else: no date
        ([HEADLINE, LEAD_QUOTE, BODY_OTHER], None),
        # its «دیروز» is the day of a trip told there, not of the request in the title
        ([HEADLINE, LEAD_QUOTE, BODY_TRIP], None),
        # a day inside the lead's quote is what was said, not when: the body's first sentence dates it
        ([HEADLINE, LEAD_PAST_QUOTE, BODY_DATED], ("دیروز", "2017-10-17")),
        # a kicker above the title is no dating line
        ([KICKER, HEADLINE, BODY_DATED], ("دیروز", "2017-10-17")),
    ],
)
def test_headline_event_dated_by_lead(nlp_bare, lines, expected_time) -> None:
    text = "\n".join(lines)
    roles = ["kicker", "title", "paragraph"] if lines[0] == KICKER else ["title", "lead", "paragraph"]
    raw = RawArticle(text, "<test>", line_roles=roles, date=DATE)
    doc = nlp_bare(make_doc(nlp_bare, raw))
    doc._.entities = hand_entities(doc.text, [("وزیر خارجه فرانسه", "e1", "PER"), ("سفیر آلمان", "e2", "PER"),
                                                  ("تهران", "e3", "LOC")])
    events = EventFinder(nlp_bare, "khabar_events")(doc)._.events
    title_line = 1 if lines[0] == KICKER else 0
    title_events = [e for e in events if e["sentence"] == title_line]
    assert [e["type"] for e in title_events] == ["REQUEST"]
    time = title_events[0]["time"]
    assert ((time["text"], time["value"]) if time else None) == expected_time


@pytest.mark.parametrize(
    ("body", "expected_time"),
    [
        # the title's actor is the country; the body names its minister, whose mention holds the country
        ("به گزارش فارس، وزیر خارجه فرانسه دیروز در پاریس این سخنان را گفت.", ("دیروز", "2017-10-17")),
        # an official of another country dates nothing
        ("به گزارش فارس، وزیر خارجه آلمان دیروز در برلین این سخنان را گفت.", None),
    ],
)
def test_headline_event_dated_by_its_countrys_official(nlp_bare, body, expected_time) -> None:
    text = "\n".join(["فرانسه خواستار توقف طرح شد", "خبرگزاری فارس: فرانسه با این طرح مخالف است.", body])
    raw = RawArticle(text, "<test>", line_roles=["title", "lead", "paragraph"], date=DATE)
    doc = nlp_bare(make_doc(nlp_bare, raw))
    doc._.entities = hand_entities(doc.text, [("وزیر خارجه فرانسه", "e1", "PER"), ("وزیر خارجه آلمان", "e2", "PER"),
                                              ("فرانسه", "e3", "LOC")])
    role = doc.text.find("وزیر خارجه فرانسه")
    if role >= 0:  # the country inside the minister's mention, as the entity stage nests it
        country = doc.text.index("فرانسه", role)
        next(e for e in doc._.entities if e["id"] == "e3")["mentions"].append([country, country + len("فرانسه")])
    events = EventFinder(nlp_bare, "khabar_events")(doc)._.events
    title_events = [e for e in events if e["sentence"] == 0]
    assert [(e["type"], e["actors"]) for e in title_events] == [("REQUEST", ["e3"])]
    time = title_events[0]["time"]
    assert ((time["text"], time["value"]) if time else None) == expected_time


@pytest.mark.parametrize(
    ("title", "expected_place"),
    [
        # a meeting told in the title takes the lead's «در پاریس» (where the telling happened)
        ("دیدار وزیر خارجه فرانسه با سفیر آلمان", "e3"),
        # a statement does not: its «در X» is seldom where it was made
        (HEADLINE, None),
    ],
)
def test_headline_event_placed_by_lead(nlp_bare, title, expected_place) -> None:
    lead = "خبرگزاری فارس: وزیر خارجه فرانسه امروز در پاریس گفت: روابط دو کشور خوب است."
    text = "\n".join([title, lead])
    raw = RawArticle(text, "<test>", line_roles=["title", "lead"], date=DATE)
    doc = nlp_bare(make_doc(nlp_bare, raw))
    doc._.entities = hand_entities(doc.text, [("وزیر خارجه فرانسه", "e1", "PER"), ("سفیر آلمان", "e2", "PER"),
                                              ("پاریس", "e3", "LOC")])
    events = [e for e in EventFinder(nlp_bare, "khabar_events")(doc)._.events if e["sentence"] == 0]
    assert len(events) == 1 and events[0]["place"] == expected_place


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # «یک» before the subject: the unnamed official asks for it
        ("یک مقام ارشد اروپایی خواستار توقف این طرح شد.", [("مقام ارشد اروپایی", "e1", "PER")],
         [("REQUEST", None, ["e1"], [], None, None, None, "asserted")]),
        # «به یک X»: the official is the one asked, not the subject
        ("وزیر کشور به یک مقام ارشد اروپایی حمله کرد.", [("وزیر کشور", "e1", "PER"),
                                                          ("مقام ارشد اروپایی", "e2", "PER")],
         [("ASSAULT", None, ["e1"], ["e2"], None, None, None, "asserted")]),
    ],
)
def test_indefinite_subject(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected


@pytest.mark.parametrize(
    ("second", "expected_actors"),
    [
        # the lead names the person the title leaves unnamed: one request, by the named person
        ("خبرگزاری فارس: رئیس پیشین پلیس اروپا خواستار توقف این طرح شد.", [["e2"]]),
        # two sentences on, it is told of someone else: two requests
        ("این خبر تازه است. فارس: رئیس پیشین پلیس اروپا خواستار توقف این طرح شد.", [["e1"], ["e2"]]),
    ],
)
def test_unnamed_title_actor_named_in_lead(nlp_bare, second, expected_actors) -> None:
    text = "یک مقام پیشین اروپایی خواستار توقف این طرح شد.\n" + second
    doc = nlp_bare(make_doc(nlp_bare, RawArticle(text, "<test>"), date=DATE))
    doc._.entities = hand_entities(doc.text, [("مقام پیشین اروپایی", "e1", "PER"),
                                              ("رئیس پیشین پلیس اروپا", "e2", "PER")])
    next(e for e in doc._.entities if e["id"] == "e1").update(roles=["مقام پیشین اروپایی"])  # a description only
    events = EventFinder(nlp_bare, "khabar_events")(doc)._.events
    assert [e["actors"] for e in events if e["type"] == "REQUEST"] == expected_actors



@pytest.mark.parametrize(
    "text",
    [
        # two officials in one sentence, each with a trip of his own: the one known only by his post
        # («وزیر کشاورزی این کشور») is not the named minister told again
        "وزیر خارجه اتریش روز شنبه به ایران سفر خواهد کرد و به گفته او، سفر وزیر کشاورزی این کشور به ایران "
        "هم در پاییز انجام می‌شود.",
        # two requests joined by «و»: one by each official
        "وزیر خارجه اتریش خواستار توقف این طرح شد و وزیر کشاورزی این کشور نیز خواستار تمدید آن شد.",
    ],
)
def test_unnamed_official_in_the_same_sentence(nlp_bare, text) -> None:
    doc = nlp_bare(make_doc(nlp_bare, RawArticle(text, "<test>"), date=DATE))
    doc._.entities = hand_entities(doc.text, [("وزیر خارجه اتریش", "e1", "PER"), ("وزیر کشاورزی این کشور", "e2", "PER"),
                                              ("ایران", "e3", "LOC")])
    next(e for e in doc._.entities if e["id"] == "e2").update(roles=["وزیر کشاورزی این کشور"])  # a post only
    events = EventFinder(nlp_bare, "khabar_events")(doc)._.events
    assert sorted(e["actors"] for e in events if e["type"] in ("CONSULT", "REQUEST")) == [["e1"], ["e2"]]

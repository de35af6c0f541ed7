"""Meetings whose visiting side is a group no entity names (khabar.stages.event_unnamed): the guide codes them
with `actors: []` and the one met as the target («Either may be [] when the text does not say»)."""

from __future__ import annotations

import pytest

from events_helpers import events_brief

DATE = "2019-05-12"
GOVERNOR = ("استاندار یزد", "e1", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # «دیدار جمعی از X با Y … برگزار شد»: a partitive group of families met the Friday prayer leader
        ("دیدار جمعی از خانواده‌های شهدا و ایثارگران با امام جمعه شهر در مصلی برگزار شد.",
         [("امام جمعه شهر", "e1", "PER")],
         [("CONSULT", "meeting", [], ["e1"], None, None, None, "asserted")]),
        # «جمعی از X با Y دیدار کردند»: the same told with the verb; the group is the clause's subject
        ("جمعی از فرهنگیان بازنشسته با استاندار یزد دیدار کردند.",
         [GOVERNOR],
         [("CONSULT", "meeting", [], ["e1"], None, None, None, "asserted")]),
        # «سفیران چند کشور با Y رایزنی کردند»: a plural people noun opens the group; a title stands after «با»
        ("سفیران چند کشور اروپایی با آیت‌الله سید حسن عاملی رایزنی کردند.",
         [("حسن عاملی", "e1", "PER")],
         [("CONSULT", "meeting", [], ["e1"], None, None, None, "asserted")]),
        # a headline: «رایزنی X با Y» with no verb at all
        ("رایزنی سفیران عالی‌رتبه با استاندار یزد",
         [GOVERNOR],
         [("CONSULT", "meeting", [], ["e1"], None, None, None, "asserted")]),
        # the group is a named body's («اعضای شورای شهر»): no unnamed side, the rule stays out
        ("دیدار جمعی از اعضای شورای شهر با استاندار یزد",
         [("شورای شهر", "e2", "ORG"), GOVERNOR],
         []),
        # «با همکاری X» is with X's help: the ministry is no side the managers met (data/with_nouns.txt)
        ("جمعی از مدیران با همکاری وزارت نیرو با مردم روستا گفت‌وگو کردند.",
         [("وزارت نیرو", "e3", "ORG")],
         []),
        # the «با» nearest the verb names whom they met: the people after it, unnamed, not the governor before
        ("جمعی از فرهنگیان با استاندار یزد با مردم شهر گفت‌وگو کردند.",
         [GOVERNOR],
         []),
        # a later «با» that tells the manner («با لحن تندی») names no second side: the minister is still met
        ("گروهی از فعالان با استاندار یزد با لحن تندی گفت‌وگو کردند.",
         [GOVERNOR],
         [("CONSULT", "meeting", [], ["e1"], None, None, None, "asserted")]),
        # a group met by a named doer («در دیدار با جمعی از X»): the doer stands, the group is no target
        ("استاندار یزد در دیدار با جمعی از فرهنگیان گفت: مدارس بازسازی می‌شوند.",
         [GOVERNOR],
         [("CONSULT", "meeting", ["e1"], [], None, None, None, "asserted")]),
    ],
)
def test_unnamed_group_meetings(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected


MAYOR = ("شهردار تبریز", "e1", "PER")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # «معترضان خواستار X شدند»: a crowd no entity names demands the mayor's resignation
        ("معترضان در میدان شهر خواستار استعفای شهردار تبریز شدند.",
         [MAYOR],
         [("REQUEST", None, [], ["e1"], None, None, None, "asserted")]),
        # «تظاهرکنندگان X را محکوم کردند»: the crowd's condemnation of a named body
        ("تظاهرکنندگان سیاست‌های شورای شهر را محکوم کردند.",
         [("شورای شهر", "e2", "ORG")],
         [("ACCUSE", "condemn", [], ["e2"], None, None, None, "asserted")]),
        # «مردم X …»: a crowd of a place is still unnamed; the place is no doer and no target
        ("مردم شیراز خواستار استعفای شهردار تبریز شدند.",
         [("شیراز", "e3", "LOC"), MAYOR],
         [("REQUEST", None, [], ["e1"], None, None, None, "asserted")]),
        # a crowd and its people's adjective made one person by the entity stage (given by hand): no doer named
        ("معترضان ونزوئلایی از دادگاه عالی خواستند که انتخابات را عقب بیندازد.",
         [("معترضان ونزوئلایی", "e5", "PER"), ("دادگاه عالی", "e6", "ORG")],
         [("REQUEST", None, [], ["e6"], None, None, None, "asserted")]),
        # «مردم روستای X»: a crowd named by its village is a party the guide codes; it stays the doer
        ("مردم روستای چشمه‌سار خواستار استعفای شهردار تبریز شدند.",
         [("مردم روستای چشمه‌سار", "e7", "PER"), MAYOR],
         [("REQUEST", None, ["e7"], ["e1"], None, None, None, "asserted")]),
        # the body named three words into the partitive («جمعی از نمایندگان اصولگرای مجلس»): still its members
        ("جمعی از نمایندگان اصولگرای مجلس خواستار استعفای شهردار تبریز شدند.",
         [("مجلس", "e1", "ORG"), ("شهردار تبریز", "e2", "PER")],
         []),
        # a crowd that is no partitive («معترضان از X خواستند»): «از» names whom they ask, not whose crowd it is
        ("معترضان از شهردار تبریز خواستند که استعفا دهد.",
         [("شهردار تبریز", "e2", "PER")],
         [("REQUEST", None, [], ["e2"], None, None, None, "asserted")]),
        # «جمعی از اعضای X …»: the crowd is a named body's members; the rule stays out (no doer is guessed)
        ("جمعی از اعضای شورای شهر خواستار استعفای شهردار تبریز شدند.",
         [("شورای شهر", "e2", "ORG"), MAYOR],
         []),
        # «جمعی» made a person by the speaker finder (given here by hand): a partitive names no doer, and
        # with no one named asked no event stands
        ("جمعی از کشاورزان روستا خواستار رسیدگی به مشکلات آب شدند.",
         [("جمعی", "e4", "PER")],
         []),
        # the same partitive person demanding a named governor's resignation: the request stands with no doer
        ("جمعی از کشاورزان روستا خواستار استعفای استاندار یزد شدند.",
         [("جمعی", "e4", "PER"), GOVERNOR],
         [("REQUEST", None, [], ["e1"], None, None, None, "asserted")]),
        # a plain subject missing with no crowd word (a dropped pronoun): nothing said of who demands
        ("در این نشست خواستار استعفای شهردار تبریز شدند.",
         [MAYOR],
         []),
    ],
)
def test_crowd_verbal_acts(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected

"""Event rules of the accusation/rejection/threat session (ev-stance): the one whose request or proposal is
rejected («درخواست X … را رد کرد»), objects of two parties («X و Y را متهم کرد»), and verbal acts told in the
first person inside a quote («… را محکوم می‌کنیم»). Entities are given by hand, as in tests/test_events.py;
the sentences are our own.
"""

from __future__ import annotations

import pytest

from events_helpers import events_brief
from khabar.stages.event_said import speaker_as_doer
from khabar.stages.event_types import Candidate

UNION = ("اتحادیه عرب", "e3", "ORG")
EGYPT = ("مصر", "e1", "LOC")
SUDAN = ("سودان", "e2", "LOC")
BANK = ("بانک جهانی", "e4", "ORG")


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «درخواست X» is a trigger of its own that ends the clause; the rejection still reaches back to X
            "مصر درخواست سودان برای گشودن دوباره مرزهای جنوبی را رد کرد.",
            [EGYPT, SUDAN],
            [("REQUEST", None, ["e2"], [], None, None, None, "asserted"),
             ("REJECT", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «پیشنهاد X»: a proposal rejected concerns the one who made it, past a long object
            "اتحادیه عرب پیشنهاد بانک جهانی برای اعطای وام‌های بلندمدت به کشورهای فقیر را رد کرد.",
            [UNION, BANK],
            [("REJECT", None, ["e3"], ["e4"], None, None, None, "asserted")],
        ),
    ],
)
def test_rejected_request_names_its_maker(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X، Y و Z را متهم کرد»: both parties of the object are accused, the subject before the comma
            "اتحادیه عرب، مصر و سودان را به نقض آتش‌بس متهم کرد.",
            [UNION, EGYPT, SUDAN],
            [("ACCUSE", "verbal", ["e3"], ["e1", "e2"], None, None, None, "asserted")],
        ),
        (  # the object «حمله X و Y را»: the condemnation concerns both
            "اتحادیه عرب حمله مصر و سودان را محکوم کرد.",
            [UNION, EGYPT, SUDAN],
            [("ACCUSE", "condemn", ["e3"], ["e1", "e2"], None, None, None, "asserted")],
        ),
        (  # a quoted first conjunct («"X" و Y را») is still one of the object
            "بانک جهانی روز گذشته «مصر» و سودان را به پنهان کردن بدهی‌ها متهم کرد.",
            [BANK, EGYPT, SUDAN],
            [("ACCUSE", "verbal", ["e4"], ["e1", "e2"], None, "روز گذشته", "2019-05-11", "asserted")],
        ),
        (  # «از اقدامات X و تلاش‌های Y»: an act noun after «و» leads on to a second party criticized
            "اتحادیه عرب از اقدامات مصر و تلاش‌های سودان برای بستن مرزها انتقاد کرد.",
            [UNION, EGYPT, SUDAN],
            [("ACCUSE", "verbal", ["e3"], ["e1", "e2"], None, None, None, "asserted")],
        ),
    ],
)
def test_object_of_two_parties(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


def _act(type_: str, trigger: str, start: int) -> Candidate:
    return Candidate(type=type_, mode=None, frame="accuse", trigger=trigger, start=start,
                     end=start + len(trigger), actors=[], targets=["e2"], verbal=True)


@pytest.mark.parametrize(
    ("type_", "trigger", "start", "expected"),
    [
        # «… را محکوم می‌کنیم» inside the speaker's quote: the speaker condemns
        ("ACCUSE", "محکوم می‌کنیم", 40, ["e1"]),
        # «… را رد می‌کنم»: a rejection in the first person singular
        ("REJECT", "رد می‌کنم", 40, ["e1"]),
        # a threat in the first person plural
        ("THREATEN", "تهدید می‌کنیم", 40, ["e1"]),
    ],
)
def test_speaker_does_first_person_act(type_, trigger, start, expected) -> None:
    c = _act(type_, trigger, start)
    speaker_as_doer([c], [{"speaker": "e1", "start": 20, "end": 120}])
    assert c.actors == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «که X … را مقصر دانست»: X opens the clause after «که» and is its subject, not the one blamed
            "مصر گفت که اتحادیه عرب شماری از دیپلمات‌ها را در این حادثه مقصر دانست.",
            [EGYPT, UNION],
            [],
        ),
        (  # the same after «نیز … که»: the bank blames its own staff, no party is accused
            "سودان نیز اعلام کرد که بانک جهانی چند کارمند خود را در این ماجرا مقصر خواند.",
            [SUDAN, BANK],
            [],
        ),
        (  # the object starts at its head noun «پیشنهاد»: the country named in the subject before it is not rejected
            "رئیس بانک مرکزی در وزارت دارایی سودان پیشنهاد همکاری با شرکت‌های خارجی را رد کرد.",
            [("رئیس بانک مرکزی", "e5", "PER"), SUDAN],
            [],
        ),
    ],
)
def test_clause_subject_is_not_the_object(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «… را تکرار جنایت‌های Y خواند»: the genitive of the word of wrongdoing is accused, not the object's owner
            "مصر تصمیم تازه اتحادیه عرب را تکرار جنایت‌های سودان خواند.",
            [EGYPT, SUDAN, UNION],
            [("ACCUSE", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «… از سوی Y نامید»: an agent phrase that ends the predicate names the wrongdoer
            "اتحادیه عرب دلیل بحران را نقض آتش‌بس از سوی سودان نامید.",
            [UNION, SUDAN],
            [("ACCUSE", "verbal", ["e3"], ["e2"], None, None, None, "asserted")],
        ),
    ],
)
def test_wrongdoer_named_in_predicate(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «به X هشدار داد»: a warning addressed to a party is a threat to it
            "اتحادیه عرب روز گذشته به سودان هشدار داد که مرزها را نبندد.",
            [UNION, SUDAN],
            [("THREATEN", None, ["e3"], ["e2"], None, "روز گذشته", "2019-05-11", "asserted")],
        ),
        (  # «نسبت به … X» is what the warning is about; Y warned «به Y» before it is cautioned about a matter,
            # not threatened (session 16: a letter «خطاب به Y نسبت به …» warning of a danger is no THREATEN on dev)
            "اتحادیه عرب به سودان نسبت به بدهی‌های تازه مصر هشدار داد.",
            [UNION, SUDAN, EGYPT],
            [],
        ),
        (  # «درباره حمله X به Y هشدار داد»: the «به» belongs to the attack inside the topic phrase; no one
            # is warned
            "اتحادیه عرب درباره حمله احتمالی مصر به سودان هشدار داد.",
            [UNION, EGYPT, SUDAN],
            [],
        ),
    ],
)
def test_warning_to_a_party(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # an apology to no one named is a statement, not a concession to a party («از X عذرخواهی کرد» still is)
        ("وزیر خارجه سودان به خاطر این حادثه عذرخواهی کرد.", [("وزیر خارجه سودان", "e2", "PER")], []),
    ],
)
def test_apology_needs_its_addressee(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «مورد تهدید … اعلام کرد»: the clause of «تهدید» ends in a verb of saying, whose «کرد» is not its light verb
            "استاندار در پاسخ به پرسش خبرنگار الجزیره، خشکسالی را مهم‌ترین بلای مورد تهدید این استان در سال‌های اخیر اعلام کرد.",
            [("استاندار", "e5", "PER"), ("خبرنگار الجزیره", "e6", "PER")],
            [],
        ),
        (  # «تهدید اگر … شوند»: the light verb inside a condition is not the trigger's
            "وزیر خارجه مصر در پاسخ به سودان تهدید اگر مرزها بسته شوند، کمک‌ها قطع می‌شود.",
            [("وزیر خارجه مصر", "e5", "PER"), SUDAN],
            [],
        ),
    ],
)
def test_threat_clause_ends_before_another_verb(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "passive_type"),
    [
        # «کشورهایی که … متهم شده‌اند»: the passive's subject is the unnamed head «کشورهایی», not «سودان»
        ("سودان به کشورهایی که از سوی بانک جهانی متهم شده‌اند وام نمی‌دهد.",
         [("سودان", "e1", "LOC"), ("بانک جهانی", "e2", "ORG")], "ACCUSE"),
        # «کسانی که … تهدید شده‌اند»: the same with a head of persons
        ("مصر از کسانی که در این ماجرا تهدید شده‌اند حمایت کرد.", [("مصر", "e1", "LOC")], "THREATEN"),
    ],
)
def test_passive_in_relative_clause(nlp_bare, text, mentions, passive_type) -> None:
    # the party named before the relative clause did not undergo its passive act
    assert not [e for e in events_brief(nlp_bare, text, mentions) if e[0] == passive_type and "e1" in e[3]]


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «از X و Y که … پذیرفته‌اند، بشدت انتقاد کرد»: the relative clause's own verb does not end the main
            # clause, whose «از» phrase before it names those criticized
            "اتحادیه عرب از دولت‌های مصر و سودان که طرح بانک جهانی را پذیرفته‌اند، بشدت انتقاد کرد.",
            [UNION, EGYPT, SUDAN, BANK],
            [("ACCUSE", "verbal", ["e3"], ["e1", "e2"], None, None, None, "asserted")],
        ),
    ],
)
def test_main_clause_goes_on_after_relative(nlp_bare, text, mentions, expected) -> None:
    assert [e for e in events_brief(nlp_bare, text, mentions) if e[0] == "ACCUSE"] == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X در حالی Y را متهم می‌کند که …» (while): «در حالی» frames the clause; Y is no prepositional phrase
            "مصر در حالی سودان را به حمایت از شورشیان متهم می‌کند که خارطوم این اتهام را نپذیرفته است.",
            [EGYPT, SUDAN, ("خارطوم", "e5", "LOC")],
            [("ACCUSE", "verbal", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # the same frame before a condemnation, the object a body
            "مصر در حالی بانک جهانی را محکوم کرد که سودان از این بانک وام گرفته است.",
            [EGYPT, SUDAN, BANK],
            [("ACCUSE", "condemn", ["e1"], ["e4"], None, None, None, "asserted")],
        ),
    ],
)
def test_while_frame_keeps_the_object(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «از Y شکایت کرد»: a lawsuit is ACCUSE (the guide), Y the one sued
            "مربی سابق تیم از باشگاه سپاهان به فیفا شکایت کرد.",
            [("مربی سابق تیم", "e1", "PER"), ("باشگاه سپاهان", "e2", "ORG"), ("فیفا", "e3", "ORG")],
            [("ACCUSE", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # the noun naming both sides: «شکایت X از Y»
            "در پی شکایت شرکت مپنا از بانک ملت، پرونده به دادگاه رفت.",
            [("شرکت مپنا", "e1", "ORG"), ("بانک ملت", "e2", "ORG")],
            [("ACCUSE", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
    ],
)
def test_lawsuit(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions) == expected

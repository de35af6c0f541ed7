"""Stance and agreement events told by nouns (session 14): the parties «بین/میان X و Y» name both sides of
an agreement noun with no doer of its own (khabar.stages.event_nominal), a cooperation document is a signed
agreement («سند همکاری میان X و Y», data/event_triggers.tsv), and two nouns of one act joined by «و» share the
opener «ضمن/با» and so the clause subject («ضمن تقدیر و تشکر از Y»). Protests name whom they are against by
«در اعتراض به/برای محکومیت Y», and a place right after «تظاهرات» is no marcher (khabar.stages.event_protest).
Our own sentences."""

from __future__ import annotations

import pytest


def events(doc, type_: str) -> list[tuple[list[str], list[str]]]:
    names = {e["id"]: e["name"] for e in doc._.entities}
    return [([names[a] for a in e["actors"]], [names[t] for t in e["targets"]])
            for e in doc._.events if e["type"] == type_]


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        # a headline noun «توافق بین X و Y»: the first party is the actor, the other the target
        ("توافق بین ایران و عراق درباره مرز", "AGREE", [(["ایران"], ["عراق"])]),
        # «سند همکاری میان X و Y» after «امضای چند»: the document row names both sides
        ("رئیس جمهور سوریه امضای چند سند همکاری میان تهران و دمشق را اعلام کرد.", "AGREE",
         [(["تهران"], ["دمشق"])]),
        # plural «اسناد همکاری» with «بین»
        ("اسناد همکاری بین ایران و سوریه در دمشق آماده شد.", "AGREE", [(["ایران"], ["سوریه"])]),
        # «ضمن تقدیر و تشکر از Y»: the second noun of the pair reads the opener before the first
        ("وزیر کشور ضمن تقدیر و تشکر از استاندار فارس گفت: کارها پیش می‌رود.", "SUPPORT",
         [(["وزیر کشور"], ["استاندار فارس"])]),
        # the same with «با … و …»
        ("شهردار تبریز با قدردانی و تشکر از شورای شهر تبریز به کار خود پایان داد.", "SUPPORT",
         [(["شهردار تبریز"], ["شورای شهر تبریز"])]),
    ],
)
def test_stance_nouns(nlp_rules, text, type_, expected) -> None:
    assert events(nlp_rules(text), type_) == expected


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # «با» is no «بین»: an agreement with one side named and no doer tells nothing
        ("توافق با عراق درباره مرز", "AGREE"),
        # «و» after a word of another act does not reach back to the opener («ضمن سفر و تشکر» is no pair)
        ("وزیر کشور ضمن سفر و تشکر از استاندار فارس گفت: کارها پیش می‌رود.", "SUPPORT"),
    ],
)
def test_no_stance_noun(nlp_rules, text, type_) -> None:
    assert events(nlp_rules(text), type_) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rally verb with «در اعتراض به سفر X»: the rally is against X (khabar.stages.event_protest)
        ("کانون وکلای تهران در اعتراض به سفر رئیس‌جمهور فرانسه تجمع کرد.",
         [(["کانون وکلای تهران"], ["رئیس‌جمهور فرانسه"])]),
        # «در اعتراض به Y» with no rally word is the subject's own protest against Y
        ("کانون وکلای تهران در اعتراض به سخنان وزیر خارجه فرانسه جلسه را ترک کرد.",
         [(["کانون وکلای تهران"], ["وزیر خارجه فرانسه"])]),
    ],
)
def test_protest_against(nlp_rules, text, expected) -> None:
    assert events(nlp_rules(text), "PROTEST") == expected


@pytest.mark.parametrize(
    "text",
    [
        # «تظاهرات بحرین»: a place after the noun is where the rally was, not who marched
        "ده‌ها نفر در تظاهرات بحرین کشته شدند.",
        # «در پی تظاهرات‌ها و اعتراضات …»: the rallies led to the subject's act; the subject did not march
        "وزیر خارجه فرانسه در پی تظاهرات‌ها و اعتراضات پرشمار مردم از سمت خود کناره‌گیری کرد.",
        # «در محکومیت …» in a statement condemns; it is no protest act of its own
        "مجلس در بیانیه‌ای در محکومیت حملات اسرائیل سخن گفت.",
    ],
)
def test_no_protest(nlp_rules, text) -> None:
    assert events(nlp_rules(text), "PROTEST") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «پیشنهاد X با مخالفت Y روبرو شد»: Y rejects X, the owner of what met the stance (khabar.stages.event_faced)
        ("پیشنهاد فرانسه با مخالفت آلمان روبرو شد.", [(["آلمان"], ["فرانسه"])]),
        # an adjective between the noun and its genitive («مخالفت شدید Y»), with «مواجه»
        ("طرح اتریش با مخالفت شدید ترکیه مواجه شد.", [(["ترکیه"], ["اتریش"])]),
        # «که این خواسته …» names no one: the subject of the clause «که» hangs on made the request
        ("کانون وکلای تهران خواستار دیدار با وزیر خارجه فرانسه شد که این درخواست با مخالفت ایران روبرو شد.",
         [(["ایران"], ["کانون وکلای تهران"])]),
    ],
)
def test_faced_opposition(nlp_rules, text, expected) -> None:
    assert events(nlp_rules(text), "REJECT") == expected


def test_opposition_not_faced(nlp_rules) -> None:
    # «با مخالفت Y» with no «مواجه/روبرو» after: a manner phrase, and the noun names no one it is toward
    assert events(nlp_rules("پیشنهاد فرانسه با مخالفت آلمان به تعویق افتاد."), "REJECT") == []


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        # «موافقت X با پروازهای امدادی Y»: the stance is on an act of Y, named two words after «با»
        ("موافقت کانون وکلای تهران با طرح‌های پیشنهادی وزیر خارجه فرانسه", "AGREE",
         [(["کانون وکلای تهران"], ["وزیر خارجه فرانسه"])]),
        # «مخالفت X با برنامه‌های جدید Y»
        ("مخالفت کانون وکلای تهران با برنامه‌های جدید وزیر خارجه فرانسه", "REJECT",
         [(["کانون وکلای تهران"], ["وزیر خارجه فرانسه"])]),
    ],
)
def test_stance_on_an_act(nlp_rules, text, type_, expected) -> None:
    assert events(nlp_rules(text), type_) == expected


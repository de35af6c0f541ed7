"""The speed caches of the rule stages give what the uncached code gave (issue 4: no output may change)."""

from __future__ import annotations

import pytest

from khabar.stages.cues import find_cues, words_of
from khabar.stages.entities import ner_mentions
from khabar.stages.event_tables import squash
from khabar.stages.event_triggers import _match_at, _rules_by_start, _rules_for
from khabar.stages.event_types import Tok
from khabar.stages.mentions import MentionFinder
from khabar.stages.phrases import load_tables


def _words(text: str):
    return words_of(text.split())


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a cue verb with a colon after it: the range asked twice gives the cue twice, each time in a list of its own
        ("وزیر نیرو در این نشست گفت : آب سدها کم است .", 0, None),
        # a noun cue whose light verb is elided before «و» («اعلام و تاکید کرد»)
        ("سخنگوی دولت این خبر را اعلام و تاکید کرد که کار ادامه دارد .", 0, None),
        # a range that ends before the cue: none, remembered as none
        ("مدیر مدرسه روز شنبه گفت که کلاس‌ها باز است .", 0, 3),
        # a range from the middle of the sentence
        ("او روز گذشته در جمع مردم اظهار داشت که نگران نیست .", 2, None),
    ],
)
def test_find_cues_remembers_a_range(text, start, end):
    w = _words(text)
    first = find_cues(w, start, end)
    assert w.cue_found is not None and w.cue_found[1][(start, len(w) if end is None else end)] == tuple(first)
    second = find_cues(w, start, end)
    assert second == first and second is not first  # a caller's change to its list reaches no other caller


def test_find_cues_forgets_when_the_keys_change():
    # «گفت» read first; then the keys are replaced (as ``words_of`` does), and the range is read anew
    w = _words("رئیس شورا گفت : جلسه فردا است .")
    assert [c.start for c in find_cues(w)] == [2]
    w.keys = ["" for _ in w.keys]
    assert find_cues(w) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an attack told by a noun and its light verb, then a meeting
        "نیروهای ارتش به مواضع شورشیان حمله کردند و سپس فرمانده با وزیر دیدار کرد .",
        # an arrest and a protest in one line
        "پلیس دو نفر را بازداشت کرد و مردم در میدان شهر تجمع کردند .",
        # talks and a visit, with plural and ezafe endings on the trigger nouns
        "مذاکرات دو کشور ادامه یافت و رئیس مجلس از نمایشگاه بازدید کرد .",
    ],
)
def test_trigger_rules_for_a_key_leave_out_only_rules_that_cannot_match(sentence):
    toks = [Tok(0, 0, x, squash(x)) for x in sentence.split()]
    skipped = 0
    for i, t in enumerate(toks):
        kept = set(map(id, _rules_for(t.key)))
        for rule in _rules_by_start().get(t.key[:2], ()):
            if id(rule) not in kept:
                skipped += 1
                assert _match_at(toks, i, len(toks), rule) is None, (t.text, rule.words)
    assert skipped > 0  # the filter spares calls in every such sentence


@pytest.mark.parametrize(
    ("text", "punct"),
    [
        ("،", True),  # the Persian comma
        ("«»", True),  # quote marks alone
        ("", False),  # nothing is no punctuation
        ("گفت", False),  # a word
        ("-۲", False),  # a sign before a digit
    ],
)
def test_tok_punct(text, punct):
    assert Tok(0, len(text), text, squash(text)).punct is punct


def test_ner_mentions_take_the_entities_read_once():
    # the entity stage reads ``doc.ents`` once and hands the spans on; an empty tuple adds no mention
    words = _words("سفیر کشور ما دیروز به شهر رسید .")
    assert ner_mentions((), MentionFinder(load_tables()), words, []) == []


@pytest.mark.parametrize(
    ("sentence", "mention", "found"),
    [
        # «در اعتراض به» and the body protested against two words on
        ("کارگران در اعتراض به تصمیم شورا دست از کار کشیدند .", (5, 5, "e1", "ORG"), (1, 3, "e1")),
        # «برای محکومیت», the second word of the phrase ending no earlier phrase
        ("مردم برای محکومیت حمله دشمن در میدان جمع شدند .", (4, 4, "e2", "LOC"), (1, 2, "e2")),
        # «در» alone opens no phrase: the first cause phrase is the later «در محکومیت»
        ("دانشجویان در دانشگاه در محکومیت این اقدام تجمع کردند .", None, (3, 4, None)),
        # no cause phrase at all
        ("بازیکنان در ورزشگاه تمرین کردند .", None, None),
    ],
)
def test_cause_phrases_by_first_word(sentence, mention, found):
    from khabar.stages.event_protest import _cause, _phrases_by_first
    from khabar.stages.event_types import Mention

    toks = [Tok(0, 0, x, squash(x)) for x in sentence.split()]
    mentions = [Mention(*mention)] if mention else []
    assert _cause(toks, mentions) == found
    assert all(p[0] == first for first, ps in _phrases_by_first().items() for p in ps)


def _connective_ending_by_scan(keys: list[str], k: int, lo: int = 0) -> int | None:
    """The search before the last-word check: every length of connective, longest first."""
    from khabar.stages.connectives import connective_words, connectives

    for n in range(connective_words(), 0, -1):
        if k - n + 1 >= lo and tuple(keys[k - n + 1:k + 1]) in connectives():
            return k - n + 1
    return None


@pytest.mark.parametrize(
    ("sentence", "lo"),
    [
        ("با این حال وزیر خارجه به سفر خود ادامه داد .", 0),  # a connective opens the sentence
        ("مدیر شرکت از سوی دیگر قرارداد را امضا کرد .", 0),  # one inside the sentence
        ("با این حال وزیر خارجه به سفر خود ادامه داد .", 2),  # its start lies before ``lo``: none
        ("این حال و روز مردم شهر است .", 0),  # «این حال» without «با» is no connective
    ],
)
def test_connective_ending_checks_the_last_word_first(sentence, lo):
    from khabar.stages.connectives import connective_ending

    keys = _words(sentence).keys
    for k in range(-1, len(keys) + 2):  # out of the sentence too: the same answer as the full search
        assert connective_ending(keys, k, lo) == _connective_ending_by_scan(keys, k, lo)


@pytest.mark.parametrize(
    "sentence",
    [
        "رئیس مجلس این موضوع را اعلام و تاکید کرد که کار ادامه دارد .",  # «و» right after a cue noun
        "سخنگو این خبر را مورد تاکید و بررسی قرار داد .",  # «و» two words after «مورد»
        "او و همکارانش گفتند که جلسه برگزار می‌شود .",  # «و» after the first word
        "وزیر در نشست امروز گفت که بودجه کم است",  # no «و» at all
    ],
)
def test_cue_starts_near_and(sentence):
    from khabar.stages.cues import MAX_LEAD, cue_starts, cue_table

    w = _words(sentence)
    prefixes = cue_table().prefixes
    by_slices = [i for i, k in enumerate(w.keys) if k in prefixes or "و" in w.keys[i + 1:i + 1 + MAX_LEAD]]
    assert cue_starts(w) == by_slices

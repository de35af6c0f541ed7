"""A date with no year, told in the past tense, is the last such date before publication, not the
nearest one (khabar.stages.events.told_in_past, timex.TimeExpr.resolve(past=...))."""

from __future__ import annotations

import pytest

from events_helpers import REPLACED, events_brief

DATE = "2019-05-15"  # 25 Ordibehesht 1398: the coming «۱۰ مهر» (2 October) is nearer than the last one
PEOPLE = [("نخست‌وزیر ژاپن", "e1", "PER"), ("رئیس‌جمهور چین", "e2", "PER"), ("پکن", "e3", "LOC")]


@pytest.fixture(scope="module")
def nlp_tagged():
    import khabar

    # the trained tagger: the verb's tense comes from its morphology
    return khabar.load(exclude=REPLACED)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a past verb: the meeting was last October, and it stays asserted
        ("نخست‌وزیر ژاپن روز ۱۰ مهر با رئیس‌جمهور چین دیدار کرد.", ("روز ۱۰ مهر", "2018-10-02", "asserted")),
        # a trip told with a past verb of its own
        ("نخست‌وزیر ژاپن روز ۱۰ مهر به پکن سفر کرد.", ("روز ۱۰ مهر", "2018-10-02", "asserted")),
        # a noun whose clause verb is past tells nothing of the noun's own time: a plot revealed
        # now of a meeting still to come keeps the nearest (coming) date
        ("نقشه دیدار ۱۰ مهر نخست‌وزیر ژاپن با رئیس‌جمهور چین فاش شد.", ("۱۰ مهر", "2019-10-02", "planned")),
        # the past progressive «می‌کرد» has no tense from the tagger, but its stem is past
        ("نخست‌وزیر ژاپن روز ۱۰ مهر با رئیس‌جمهور چین دیدار می‌کرد.", ("روز ۱۰ مهر", "2018-10-02", "asserted")),
        # a present verb tells a plan: the coming October
        ("نخست‌وزیر ژاپن روز ۱۰ مهر با رئیس‌جمهور چین دیدار می‌کند.", ("روز ۱۰ مهر", "2019-10-02", "planned")),
        # «خواهد کرد» is future although «کرد» looks past
        ("نخست‌وزیر ژاپن روز ۱۰ مهر با رئیس‌جمهور چین دیدار خواهد کرد.", ("روز ۱۰ مهر", "2019-10-02", "planned")),
    ],
)
def test_past_verb_dates_the_last_one(nlp_tagged, sentence, expected) -> None:
    found = [(e[5], e[6], e[7]) for e in events_brief(nlp_tagged, sentence, PEOPLE, date=DATE) if e[0] == "CONSULT"]
    assert found == [expected]

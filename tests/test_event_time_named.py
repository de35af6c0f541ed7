"""A time before «آنچه … خواند» still dates the act after it; «مصمم است» makes a meeting planned
(khabar.stages.event_place_time.named_as, data/naming_relatives.txt, data/event_cues.tsv)."""

from __future__ import annotations

import pytest

from events_helpers import REPLACED, events_brief

DATE = "2019-09-15"  # a Sunday
PEOPLE = [("رئیس‌جمهور مصر", "e1", "PER"), ("سفیر قطر", "e2", "PER"), ("نخست‌وزیر ژاپن", "e3", "PER"),
          ("رئیس‌جمهور چین", "e4", "PER"), ("وزیر خارجه کانادا", "e5", "PER"), ("ونزوئلا", "e6", "LOC")]


@pytest.fixture(scope="module")
def nlp_bare():
    import khabar

    return khabar.load(None, exclude=REPLACED)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # «آنچه … خواند» names a thing (what he called it), no speaking: «دیروز» dates the summons
        ("رئیس‌جمهور مصر دیروز به دلیل آنچه دخالت در امور داخلی خواند، سفیر قطر را احضار کرد.",
         ("COERCE", "دیروز", "2019-09-14")),
        # the same with «نامید» and «به خاطر آنچه»: the sanction keeps «روز گذشته»
        ("وزیر خارجه کانادا روز گذشته به خاطر آنچه سرکوب مخالفان نامید، ونزوئلا را تحریم کرد.",
         ("SANCTION", "روز گذشته", "2019-09-14")),
        # a plain «خواند» with no «آنچه» still reports a deeming in between: the act is not dated by it
        ("رئیس‌جمهور مصر دیروز این اقدام را دخالت خواند و سفیر قطر را احضار کرد.",
         ("COERCE", None, None)),
    ],
)
def test_time_before_a_named_thing(nlp_bare, sentence, expected) -> None:
    found = [(e[0], e[5], e[6]) for e in events_brief(nlp_bare, sentence, PEOPLE, date=DATE)]
    assert expected in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # «مصمم است … در دیدار روز دوشنبه … مطرح کند»: an intent, the meeting is still to come, so next Monday
        ("نخست‌وزیر ژاپن مصمم است طرح تازه‌ای را در دیدار روز دوشنبه با رئیس‌جمهور چین مطرح کند.",
         ("روز دوشنبه", "2019-09-16", "planned")),
        # «مصمم هستند» with the plural
        ("نخست‌وزیر ژاپن و همراهانش مصمم هستند در دیدار روز دوشنبه با رئیس‌جمهور چین شرکت کنند.",
         ("روز دوشنبه", "2019-09-16", "planned")),
        # no intent: the meeting told is the last Monday's
        ("نخست‌وزیر ژاپن طرح تازه‌ای را در دیدار روز دوشنبه با رئیس‌جمهور چین مطرح کرد.",
         ("روز دوشنبه", "2019-09-09", "asserted")),
    ],
)
def test_determined_to_is_a_plan(nlp_bare, sentence, expected) -> None:
    found = [(e[5], e[6], e[7]) for e in events_brief(nlp_bare, sentence, PEOPLE, date=DATE) if e[0] == "CONSULT"]
    assert found == [expected]

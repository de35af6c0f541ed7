"""Clause subjects the event stage finds far before the trigger (khabar.stages.event_subject): a reporting verb
followed by «و» goes on with a second verb of the same subject («X مقاله‌ای نوشت و ضمن …، خواستار … شد»), it
does not open a reported clause whose subject would be someone else. Our own sentences."""

from __future__ import annotations

import pytest

from events_helpers import events_brief

DATE = "2021-03-08"


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        (  # «X … نوشت و ضمن …، خواستار … شد»: the writer goes on to ask; «نوشت و» opens no reported clause
            "علی رضایی یادداشتی در روزنامه نوشت و ضمن انتقاد از کندی کار، خواستار استعفای حسن کاظمی شد.",
            [("علی رضایی", "e1", "PER"), ("حسن کاظمی", "e2", "PER")],
            [("REQUEST", None, ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # «X … گفت و با اشاره به …، Y را محکوم کرد»: the speaker condemns too
            "وزیر خارجه ایران با خبرنگاران سخن گفت و با اشاره به حمله اخیر، رژیم صهیونیستی را محکوم کرد.",
            [("وزیر خارجه ایران", "e1", "PER"), ("رژیم صهیونیستی", "e2", "ORG")],
            [("ACCUSE", "condemn", ["e1"], ["e2"], None, None, None, "asserted")],
        ),
        (  # a report with a bare clause after it still leaves the speaker out: «X گفت Y به Z کمک کرده است»
            "علی رضایی گفت ترکیه به شورشیان سوریه کمک کرده است.",
            [("علی رضایی", "e1", "PER"), ("ترکیه", "e2", "LOC"), ("شورشیان سوریه", "e3", "ORG")],
            [("AID", None, ["e2"], ["e3"], None, None, None, "asserted")],
        ),
    ],
)
def test_subject_past_coordinated_report(nlp_bare, text, mentions, expected) -> None:
    assert events_brief(nlp_bare, text, mentions, DATE) == expected


"""Which mention opens its clause (a subject position): salience.opens_clause over our own sentences."""

from __future__ import annotations

import pytest

from khabar.stages.cues import words_of
from khabar.stages.salience import Ref, opens_clause


@pytest.mark.parametrize(
    ("tokens", "start", "expected"),
    [
        # the sentence's first word
        (["علی", "نادری", "گفت"], 0, True),
        # a quoted name at the sentence start: the quote mark stands where the name does
        (['"', "علی", "نادری", '"', "گفت"], 1, True),
        # a quoted name after a noun is a genitive («شعبه "بانک ملت"»), no subject
        (["تحریم", "شعبه", '"', "بانک", "ملت", '"', "در", "مالزی"], 3, False),
        # ... after a title it is where the name would be («که ژنرال "X"»)
        (["گفت", "که", "ژنرال", '"', "پرویز", "مشرف", '"', "اعلام", "کرد"], 4, True),
        # a closing straight quote before a role is no opening one: «"X" رئیس دفتر …» has the role after the name
        (['"', "غسان", "بن", "جدو", '"', "رئیس", "دفتر"], 5, True),
        # after «که» a mention opens a clause
        (["گفت", "که", "علی", "نادری"], 2, True),
        # after a preposition it does not
        (["با", "علی", "نادری"], 1, False),
    ],
)
def test_opens_clause(tokens, start, expected) -> None:
    w = words_of(tokens)
    assert opens_clause(w, Ref(start, start + 1, "name", "PER", 0), 0) is expected

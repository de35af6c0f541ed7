"""Property tests: idempotence, newlines kept, offset maps well-formed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.text import normalize, normalize_with_offsets

# Persian letters, Arabic variants, digits, punctuation and every invisible the normalizer handles.
ALPHABET = (
    "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآأؤئءةۀكيى"
    "۰۱۲۳۴۵۶۷۸۹0123456789٠١"
    " \n\r\t.،؛:؟!?,«»()-ـ"
    "\u200c\u200d\u200e\u200f\ufeff\u00ad\u00a0\u064e\u0654"
)
WORDS = ["می", "نمی", "شود", "ها", "های", "ای", "اند", "کتاب", "خانه", "رئیس", "ستاد", "سازی", "بی", "آن"]
texts = st.one_of(
    st.text(alphabet=ALPHABET, max_size=80),
    st.lists(st.sampled_from(WORDS + [" ", "\n", ".", "\u200c"]), max_size=30).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=300, deadline=None)
@given(texts)
def test_newlines_kept(text: str) -> None:
    expected = text.replace("\r\n", "\n").count("\n")
    assert normalize(text).count("\n") == expected


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["keep", "persian", "latin"]), st.sampled_from(["keep", "persian"]))
def test_offsets_well_formed(text: str, digits: str, punct: str) -> None:
    out, offsets = normalize_with_offsets(text, digits=digits, punct=punct)
    assert out == normalize(text, digits=digits, punct=punct)
    assert len(offsets) == len(out)
    assert all(0 <= i < len(text) for i in offsets)
    assert offsets == sorted(offsets)

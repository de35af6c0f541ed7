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
    "\u202b\u202c\u2066\u2069\ufefb\ufeb3\ufef3\ufdf2\ufe70\u066b\u066c"  # bidi, presentation, separators
)
WORDS = ["می", "نمی", "شود", "ها", "های", "ای", "اند", "کتاب", "خانه", "رئیس", "ستاد", "سازی", "بی", "آن"]
# Affix chains: stems, suffixes and prefixes glued, spaced or ZWNJ-joined in any order
# («خانه ای ها», «کتاب‌ها ای», «می کرده اند»), where one pass must already give the final form.
STEMS = ["خانه", "کتاب", "دریا", "دریایی", "هلیکوپتر", "نامه", "کرده", "رئیس", "کل", "برنامه", "زندگی"]
AFFIXES = "ها های هایی ای ایی ام اش اند شان تر ترین می نمی بی ریزی سازی این".split()
chains = st.lists(
    st.tuples(st.sampled_from(STEMS + AFFIXES), st.sampled_from(["", " ", "\u200c"])), min_size=1, max_size=8
).map(lambda parts: "".join(w + sep for w, sep in parts))
texts = st.one_of(
    st.text(alphabet=ALPHABET, max_size=80),
    st.lists(st.sampled_from(WORDS + [" ", "\n", ".", "\u200c"]), max_size=30).map("".join),
    chains,
)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=1000, deadline=None)
@given(chains)
def test_affix_chains_idempotent(text: str) -> None:
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

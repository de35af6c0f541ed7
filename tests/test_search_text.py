"""The search form: spelling variants fold together, queries become FTS5 expressions. Our own words."""

from __future__ import annotations

import pytest

from khabar.store.searchtext import find_hits, fold, parse_query, snippet_parts


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("گفت‌وگو", "گفتگو"),  # ZWNJ compound with «و» vs glued without it ("conversation")
        ("گفت و گو", "گفتگو"),  # spaced compound
        ("جست‌وجو", "جستجو"),  # "search": same stem pair
        ("رئیس‌جمهور", "رئیس جمهور"),  # ZWNJ vs space ("president")
        ("رئيس", "رییس"),  # Arabic yeh and the hamza seat both fold to ی
        ("كشور", "کشور"),  # Arabic kaf ("country")
        ("آمریکا", "امریکا"),  # alef madda ("America")
        ("خانهٔ", "خانه"),  # hamza above ("house of")
        ("۱۴۰۳", "1403"),  # Persian digits
    ],
)
def test_variants_fold_together(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(
    ("text", "terms", "spans"),
    [
        ("دیدار و گفت‌وگوی رئيس‌جمهور", {"گفتگوی", "رییس"}, ["گفت‌وگوی", "رئيس"]),  # compound, Arabic yeh
        ("جست و جوی كتاب در ۱۲ کتابخانه", {"جستجوی", "کتاب", "12"}, ["جست و جوی", "كتاب", "۱۲"]),  # spaced, kaf, digits
        ("خانهٔ ما و خانه‌ها", {"خانه"}, ["خانهٔ", "خانه"]),  # hamza above; «خانه» before a ZWNJ suffix
        ("ایرانی‌ها و ایران", {"ایران"}, ["ایران"]),  # whole words only
    ],
)
def test_hits_are_source_spans_of_the_terms(text: str, terms: set[str], spans: list[str]) -> None:
    hits = find_hits(text, terms)
    assert [text[s:e] for s, e in hits] == spans
    assert all(fold(text[s:e]) in terms for s, e in hits)


@pytest.mark.parametrize(
    ("query", "expression"),
    [
        ("تهران", '"تهران"'),  # one word
        ("گفتگو", '"گفتگو"'),  # a compound stays one word
        ("گفت و گو", '"گفتگو"'),  # typed spaced, folded into the compound before splitting
        ('"وزیر خارجه"', '("وزیر خارجه" OR "وزیرخارجه")'),  # a quoted phrase (or the words glued)
        ("وزیر خارجه", '("وزیر" AND "خارجه") OR ("وزیرخارجه")'),  # two words, or one glued word
        ("!!! ...", None),  # nothing searchable
    ],
)
def test_parse_query(query: str, expression: str | None) -> None:
    parsed = parse_query(query)
    assert (parsed.expression if parsed else None) == expression


@pytest.mark.parametrize(
    ("text", "terms", "hits"),
    [
        ("امروز دو طرف دیدار و گفت‌وگو کردند.", {"گفتگو"}, ["گفت‌وگو"]),  # the hit is the source spelling
        ("سفر رئيس جمهور به شیراز", {"رییس", "جمهور"}, ["رئيس", "جمهور"]),  # Arabic yeh kept in the snippet
        ("خبری بدون واژه مورد نظر", {"تهران"}, []),  # no hit: the start of the text
    ],
)
def test_snippet_marks_hits(text: str, terms: set[str], hits: list[str]) -> None:
    parts = snippet_parts(text, terms)
    assert [t for t, hit in parts if hit] == hits
    assert "".join(str(t) for t, _ in parts).replace("…", "") in text

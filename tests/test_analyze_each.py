"""One article that breaks the pipeline is reported and skipped; the others in its batch still get done
(``khabar.article.analyze_each``, used by `khabar analyze`, `khabar events` and the batch runner)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import khabar
from khabar.article import analyze_each
from khabar.io.readers import RawArticle

BROKEN = "خرابکار"  # a word our test component refuses, standing in for any stage's bug


CALLS: list[str] = []  # the texts the test component saw, in order


@Language.component("khabar_test_breaks_on_word")
def breaks_on_word(doc: Doc) -> Doc:
    CALLS.append(doc.text)
    if BROKEN in doc.text:
        raise IndexError("tuple index out of range")
    return doc


@pytest.fixture(scope="module")
def nlp_breaking():
    nlp = khabar.load(None)
    nlp.add_pipe("khabar_test_breaks_on_word", first=True)
    return nlp


GOOD_1 = "وزیر خارجه ایران روز دوشنبه به مسکو سفر کرد."
GOOD_2 = "رئیس مجلس با سفیر چین دیدار کرد."
BAD = f"این متن یک {BROKEN} دارد."


@pytest.mark.parametrize(
    ("texts", "batch_size", "done", "failed", "calls"),
    [
        # the bad one in the middle of a batch: the batch, then each article again
        ([GOOD_1, BAD, GOOD_2], 8, ["a0", "a2"], ["a1"], 2 + 3),
        ([BAD, GOOD_1], 1, ["a1"], ["a0"], 2),  # batches of one: a failed one is not run twice
        ([GOOD_1, GOOD_2], 8, ["a0", "a1"], [], 2),  # nothing fails: one batch, no retry
        ([BAD, BAD], 8, [], ["a0", "a1"], 1 + 2),  # every article fails: none is lost silently
    ],
)
def test_bad_article_is_reported_and_skipped(nlp_breaking, texts, batch_size, done, failed, calls) -> None:
    CALLS.clear()
    raws = [RawArticle(text, f"a{n}") for n, text in enumerate(texts)]
    problems: list[tuple[str, str]] = []
    pairs = list(analyze_each(nlp_breaking, raws, lambda raw, problem: problems.append((raw.origin, problem)),
                              batch_size=batch_size))
    assert [raw.origin for raw, _ in pairs] == done
    assert [origin for origin, _ in problems] == failed
    assert all(problem == "analysis failed: IndexError: tuple index out of range" for _, problem in problems)
    assert len(CALLS) == calls

"""khabar_lemma_rules: the verb and plural-noun lemma repair, on docs whose tags and lemmas we set by hand.

The tables are small ones written here, so these tests need neither the trained model nor ../shared.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from khabar.models.lemma_rules import LemmaRules

TABLES = {"present": {"رو": "رفت", "گو": "گفت"}, "past": ["دید"], "nouns": ["کتاب", "دیدار"]}


@pytest.fixture()
def rules() -> LemmaRules:
    r = LemmaRules()
    r.set_tables(TABLES)
    return r


def run(rules: LemmaRules, rows: list[tuple[str, str, str]]) -> list[str]:
    """The lemmas after the stage, for tokens given as (text, UPOS, the model's lemma)."""
    words, pos, lemmas = zip(*rows, strict=True)
    doc = Doc(spacy.blank("fa").vocab, words=list(words), pos=list(pos), lemmas=list(lemmas))
    return [t.lemma_ for t in rules(doc)]


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        (("می‌روند", "VERB", "می‌روند"), "رفت"),  # «می» + present stem + «ند»: the past stem
        (("نمی‌گوید", "AUX", "نمی‌گوید"), "گفت"),  # negated, and an AUX is read as a verb too
        (("دیدند", "VERB", "دید"), "دید"),  # past stem + «ند»: the lemma the model gave stays
        (("کتاب‌ها", "NOUN", "کتاب‌ها"), "کتاب"),  # the model copied a plural: «ها» is dropped
        (("دیدارهای", "PROPN", "دیدارهای"), "دیدار"),  # «های» before an ezafe, on a proper noun too
        # must NOT change:
        (("کتاب‌ها", "NOUN", "کتابها"), "کتابها"),  # the model's own noun lemma (not a copy) is kept
        (("کتاب‌ها", "ADJ", "کتاب‌ها"), "کتاب‌ها"),  # not a noun or a verb
        (("می‌روند", "VERB", "رفت و آمد"), "رفت و آمد"),  # a merged multi-word lemma is the model's
        (("نوشتند", "VERB", "نوشتند"), "نوشتند"),  # a stem no table knows: the model's lemma stays
    ],
)
def test_lemma(rules, token, expected):
    assert run(rules, [token]) == [expected]


def test_repeated_words_get_the_same_lemma(rules):
    # «کتاب‌ها را می‌روند … کتاب‌ها می‌روند»: the second of each word reads the first one's answer
    rows = [("کتاب‌ها", "NOUN", "کتاب‌ها"), ("می‌روند", "VERB", "می‌روند")] * 2
    assert run(rules, rows) == ["کتاب", "رفت", "کتاب", "رفت"]


def test_new_tables_forget_earlier_answers(rules):
    # the same word is read again with the new tables, not from what the old ones gave
    assert run(rules, [("می‌روند", "VERB", "می‌روند")]) == ["رفت"]
    rules.set_tables({"present": {"رو": "روید"}})
    assert run(rules, [("می‌روند", "VERB", "می‌روند")]) == ["روید"]


def test_a_full_memo_is_emptied_and_answers_stay(rules, monkeypatch):
    # with room for one verb, «نمی‌گوید» pushes «می‌روند» out and back; each keeps its lemma
    monkeypatch.setattr("khabar.models.lemma_rules.MEMO_MAX", 1)
    rows = [("می‌روند", "VERB", "می‌روند"), ("نمی‌گوید", "VERB", "نمی‌گوید"), ("می‌روند", "VERB", "می‌روند")]
    assert run(rules, rows) == ["رفت", "گفت", "رفت"]
    assert len(rules._verb_memo) == 1

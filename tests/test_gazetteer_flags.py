"""The NER's gazetteer flags: first names, countries and Iranian places as lexeme flags."""

from __future__ import annotations

import pytest
import spacy

import khabar.stages  # noqa: F401  (registers khabar.gazetteer_flags.v1)
from khabar.models.gazetteer_flags import FLAGS, add_gazetteer_flags
from khabar.tables import load_table


@pytest.fixture(scope="module")
def nlp():
    return add_gazetteer_flags(spacy.blank("fa"))


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("مریم", "first_name"),  # a woman's first name
        ("ونزوئلا", "country"),  # a country, written as one word
        ("شهرکرد", "place"),  # an Iranian provincial capital
        ("دیدار", None),  # a common noun: "meeting"
        ("ایالات", None),  # one word of a two-word country name is not flagged
    ],
)
def test_flags(nlp, word, expected):
    flags = {label for label, flag in FLAGS.items() if nlp.vocab[word].check_flag(flag)}
    assert flags == ({expected} if expected else set())


def test_lexemes_made_before_the_callback_get_flags_too():
    nlp = spacy.blank("fa")
    early = nlp.vocab["مریم"]  # created before the flags exist
    add_gazetteer_flags(nlp)
    assert early.check_flag(FLAGS["first_name"])


def test_callback_is_registered_for_configs():
    make = spacy.util.registry.callbacks.get("khabar.gazetteer_flags.v1")
    nlp = make()(spacy.blank("fa"))
    assert nlp("مریم")[0].check_flag(FLAGS["first_name"])


def test_table_has_every_class_and_no_common_words():
    rows = load_table("gazetteer/feature_words.tsv")
    assert {label for _, label in rows} == set(FLAGS)
    common = {row[0] for row in load_table("gazetteer/common_words.txt")}
    assert not common & {word for word, _ in rows}

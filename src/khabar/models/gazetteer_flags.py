"""Gazetteer flags for the NER: whether a word is a first name, a country or an Iranian place.

The NER's embedding (``training/ner4.cfg``) reads three lexeme flags beside NORM, PREFIX, SUFFIX
and SHAPE, so that a name it never saw in training («شهرکرد», «ونزوئلا») still looks like one.
The words come from lexicons outside the NER corpora (``data/gazetteer/feature_words.tsv``, built
by ``training/build_feature_words.py``). A pipeline whose config names
``khabar.gazetteer_flags.v1`` in ``[nlp.after_creation]`` gets the flags on every lexeme, those
made before and after; the syntax components do not read them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.attrs import FLAG40, FLAG41, FLAG42
from spacy.language import Language
from spacy.util import registry

from khabar.tables import load_table

# class in feature_words.tsv → the lexeme flag that marks it
FLAGS = {"first_name": FLAG40, "country": FLAG41, "place": FLAG42}


@lru_cache(maxsize=1)
def feature_words() -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {label: set() for label in FLAGS}
    for word, label in load_table("gazetteer/feature_words.tsv"):
        words[label].add(word)
    return {label: frozenset(ws) for label, ws in words.items()}


def _flag_getter(label: str) -> Callable[[str], bool]:
    def getter(text: str) -> bool:
        return text in feature_words()[label]

    return getter


def add_gazetteer_flags(nlp: Language) -> Language:
    for label, flag_id in FLAGS.items():
        nlp.vocab.add_flag(_flag_getter(label), flag_id=flag_id)
    return nlp


@registry.callbacks("khabar.gazetteer_flags.v1")
def gazetteer_flags_callback() -> Callable[[Language], Language]:
    """``[nlp.after_creation]``: set the gazetteer flags on the pipeline's vocabulary."""
    return add_gazetteer_flags

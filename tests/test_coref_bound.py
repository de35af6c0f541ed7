"""A free pronoun bound away from its own clause's subject, or, in a quote, from its speaker
(stages/coref_bound.py): Persian says «خود» there, so «او» is someone told of before. And one name the
recognizer read as two, a space apart (stages/coref_given.adjacent_names)."""

from __future__ import annotations

import re

import pytest

from khabar.stages.clusters import Clusters
from khabar.stages.coref_given import adjacent_names
from khabar.stages.coref_output import glue
from khabar.stages.phrases import compact
from test_coref import cluster_of


def pronoun_cluster(doc, word, nth):
    """The entity of the ``nth`` (0-based) mention reading ``word``."""
    found = sorted((s, e["id"]) for e in doc._.entities for s, t in e["mentions"]
                   if compact(doc.text[s:t]) == compact(word))
    return found[nth][1] if nth < len(found) else None


@pytest.mark.parametrize(
    ("text", "nth", "person"),
    [
        # the subject holds «او» after a preposition in its own clause: the person of the sentence before
        ("علی رضایی دیروز به تیم تازه‌اش رفت. حسن کاظمی احترام زیادی برای او قائل است.", 0, "علی رضایی"),
        # ... and a second «او» of the same sentence after the first one (here a noun's complement)
        ("علی رضایی دیروز به تیم تازه‌اش رفت. حسن کاظمی از او تشکر کرد و از کار او در تیم راضی بود.", 1,
         "علی رضایی"),
        # in a quote, «او» after a preposition is not the speaker, who says «من» of himself
        ("حسن کاظمی گفت: «علی رضایی امروز خیلی خوب بازی کرد.» کاظمی ادامه داد: «برای او خوشحالم.»", 0,
         "علی رضایی"),
        # the quote's speaker is the subject of its cue's clause («… و Y گفت: «…»»), not the sentence's first
        # subject: «او» in Y's quote is the one Y met
        ("حسن کاظمی به دیدار علی رضایی رفت و رضایی گفت: «از او برای این دیدار تشکر می‌کنم.»", 0,
         "حسن کاظمی"),
        # the one a quote is said to («X به Y گفت: «…»») is no antecedent of «او» in it: someone told of before
        ("علی رضایی دیروز استعفا داد. حسن کاظمی به محمد احمدی گفت: «از او حمایت می‌کنم.»", 0, "علی رضایی"),
        # not bound: a pronoun that is no preposition's object (a verbal noun's, in a phrase of its own)
        ("علی رضایی دیروز به تیم تازه‌اش رفت. حسن کاظمی پیشنهاد باشگاه برای جذب وی را رد کرد.", 0,
         "حسن کاظمی"),
        # ... nor one after a second preposition: «در مصاحبه با وی» is the subject's own interview
        ("علی رضایی دیروز به تیم تازه‌اش رفت. حسن کاظمی در مصاحبه شبکه ورزش با وی گفت که خسته است.", 0,
         "حسن کاظمی"),
        # ... nor one in a clause after «که»
        ("علی رضایی دیروز به تیم تازه‌اش رفت. حسن کاظمی گفت که برای او هیچ چیز مهم‌تر از تیم نیست.", 0,
         "حسن کاظمی"),
    ],
)
def test_pronoun_bound(nlp_rules, text, nth, person):
    doc = nlp_rules(text)
    word = "او" if " او " in text or "او." in text or "او»" in text else "وی"
    assert cluster_of(doc, person) is not None
    assert pronoun_cluster(doc, word, nth) == cluster_of(doc, person)


def name_groups(text, names):
    """One person group per name in ``names`` (found in ``text`` in order), and the token starts of ``text``
    (a word, or one punctuation mark)."""
    entities, at = [], 0
    for name in names:
        s = text.index(name, at)
        at = s + len(name)
        entities.append({"label": "PER", "mentions": [[s, at]], "mention_kinds": ["name"], "mention_keys": [name]})
    char_to_tok = {m.start(): i for i, m in enumerate(re.finditer(r"[\w\u200c]+|[^\w\s]", text))}
    return entities, char_to_tok


@pytest.mark.parametrize(
    ("text", "names", "same"),
    [
        # a given name and a two-word surname read as two people, a space apart: one person
        ("مربی تیم از روبرت فان دایک تمجید کرد.", ["روبرت", "فان دایک"], True),
        # two names a comma apart are a list of two people
        ("مربی تیم از روبرت، فان دایک و دیگران تمجید کرد.", ["روبرت", "فان دایک"], False),
        # ... and so are two names joined by «و»
        ("علی رضایی و حسن کاظمی به تمرین آمدند.", ["علی رضایی", "حسن کاظمی"], False),
        # two one-word surnames side by side are a line-up of two players, not one name
        ("تیم ملی با ترکیب بیرانوند رضاییان و انصاری به میدان رفت.", ["بیرانوند", "رضاییان"], False),
        # ... but a given name before a one-word surname is one person read as two
        ("مربی تیم از علی کریمی تمجید کرد.", ["علی", "کریمی"], True),
        # a name of two words before another is a person of his own («شهید گمنام» read as a name)
        ("پیکر دو شهید گمنام آیت‌الله کریمی را تشییع کرد.", ["شهید گمنام", "آیت‌الله کریمی"], False),
    ],
)
def test_adjacent_names(text, names, same):
    entities, char_to_tok = name_groups(text, names)
    cl = Clusters(len(entities), [0] * len(entities))
    keys = [[tuple(name.split())] for name in names]
    adjacent_names(cl, entities, list(range(len(entities))), keys, char_to_tok)
    assert (cl.find(0) == cl.find(1)) == same


@pytest.mark.parametrize(
    ("spans", "glued", "out"),
    [
        # «روبین» + «فان پرسی» joined: one mention in the output, as the guide writes a name
        ([(10, 15), (16, 24), (40, 48)], {(10, 15): (16, 24)}, [(10, 24), (40, 48)]),
        # two spans of one person not read as one name stay two («X، هافبک Y»), though other spans are glued
        ([(10, 15), (17, 24), (30, 35), (36, 40)], {(30, 35): (36, 40)}, [(10, 15), (17, 24), (30, 40)]),
        # a glued pair with another span between them is not joined across it
        ([(10, 15), (16, 20), (21, 24)], {(10, 15): (21, 24)}, [(10, 15), (16, 20), (21, 24)]),
    ],
)
def test_glued_mentions(spans, glued, out):
    assert glue(spans, glued) == out

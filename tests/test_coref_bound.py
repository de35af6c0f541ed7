"""A free pronoun bound away from its own clause's subject, or, in a quote, from its speaker
(stages/coref_bound.py): Persian says «خود» there, so «او» is someone told of before."""

from __future__ import annotations

import pytest

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

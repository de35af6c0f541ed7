"""Quote speakers and precision in world and politics news: who speaks, and which cue-like words report no
one's speech (general patterns studied on the tune3 and check3 halves of the dev set)."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact


def quotes_of(doc):
    return [(q["kind"], compact(q["cue"]), compact(q["text"])) for q in doc._.quotes]


@pytest.mark.parametrize(
    "text",
    [
        # «باید اشاره کرد که …»: a cue right after a modal is a short infinitive, the writer's own voice
        "در این باره باید اشاره کرد که تحریم‌های تازه بازار نفت را آشفته کرده است.",
        # ... «باید تاکید کرد که …» too
        "با این همه باید تاکید کرد که هیچ یک از دو طرف به توافق پایبند نمانده است.",
        # ... and «می‌توان ادعا کرد که …»
        "از این نظر می‌توان ادعا کرد که سیاست تازه کاخ سفید شکست خورده است.",
    ],
)
def test_modal_cue_is_no_quote(nlp_rules, text):
    assert quotes_of(nlp_rules(text)) == []

"""Running a pipeline up to one of its stages, for tests that then call that stage themselves."""

from __future__ import annotations


def doc_before(nlp, text, stage):
    """``text`` through every component of ``nlp`` that comes before ``stage``."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == stage:
            break
        doc = proc(doc)
    return doc


def cue_text_speaker(nlp, text):
    """Each quote of ``text`` as (cue, text, speaker as written), cue and text compacted."""
    from khabar.stages.phrases import compact

    return [(compact(q["cue"]), compact(q["text"]), q["speaker_text"]) for q in nlp(text)._.quotes]

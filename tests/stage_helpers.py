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

"""training/convert_ner.py re-cuts gold NER Docs the way the runtime tokenizer cuts their text.

spaCy aligns gold and predicted tokens only when both texts are equal, and Khabar's normalizer works
across words (it joins spaced compounds), so a corpus converted word by word must be re-cut.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

import khabar.stages  # noqa: F401  (registers khabar.tokenizer.v1)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
from convert_ner import retokenize  # noqa: E402

NLP = spacy.blank("fa", config={"nlp": {"tokenizer": {"@tokenizers": "khabar.tokenizer.v1"}}})


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        (  # «بی پایه» is joined into one token; the person after it keeps its B/I tags
            ["ادعای", "بی", "پایه", "علی", "رضایی"],
            ["O", "O", "O", "B-PER", "I-PER"],
            [("ادعای", "O"), ("بی\u200cپایه", "O"), ("علی", "B-PER"), ("رضایی", "I-PER")],
        ),
        (  # a joined word inside an organization stays inside it, as I-ORG
            ["سازمان", "بی", "طرف", "ملل"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG"],
            [("سازمان", "B-ORG"), ("بی\u200cطرف", "I-ORG"), ("ملل", "I-ORG")],
        ),
        (  # a missing tag ("") stays missing on the joined token
            ["کار", "بی", "وقفه", "ادامه", "دارد"],
            ["O", "", "", "O", "O"],
            [("کار", "O"), ("بی\u200cوقفه", "-"), ("ادامه", "O"), ("دارد", "O")],
        ),
        (  # text the normalizer leaves alone is returned as it is
            ["تهران", "پایتخت", "ایران", "است"],
            ["B-LOC", "O", "B-LOC", "O"],
            [("تهران", "B-LOC"), ("پایتخت", "O"), ("ایران", "B-LOC"), ("است", "O")],
        ),
    ],
)
def test_retokenize_matches_the_runtime_tokenizer(words, tags, expected) -> None:
    doc = Doc(NLP.vocab, words=words, ents=tags)
    out = retokenize(NLP, doc, tags)
    assert out.text == NLP.make_doc(out.text).text == NLP.make_doc(doc.text).text
    got = [
        (t.text, (t.ent_iob_ + "-" + t.ent_type_) if t.ent_type_ else ("O" if t.ent_iob_ == "O" else "-"))
        for t in out
    ]
    assert got == expected

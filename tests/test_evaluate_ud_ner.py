"""``khabar evaluate ud`` / ``ner`` on tiny gold files written for these tests."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import khabar.stages  # noqa: F401
from khabar.evaluate.ner import evaluate_ner, gold_sentence, map_label
from khabar.evaluate.ud import evaluate_ud, read_conllu

# Two sentences of our own; «کتابش» is a multi-word token (کتاب + ش).
CONLLU = """# newdoc id = t1
# text = علی کتابش را خواند.
1	علی	علی	PROPN	N_ANM	Number=Sing	5	nsubj	_	_
2-3	کتابش	_	_	_	_	_	_	_	_
2	کتاب	کتاب	NOUN	N_IANM	Number=Sing	5	obj	_	_
3	ش	او	PRON	PR_JOPER	Number=Sing|Person=3	2	nmod	_	_
4	را	را	ADP	POSTP	_	2	case	_	_
5	خواند	خواند	VERB	V_ACT	Number=Sing|Person=3|Tense=Past	0	root	_	SpaceAfter=No
6	.	.	PUNCT	PUNC	_	5	punct	_	_

# text = او رفت.
1	او	او	PRON	PR_SEPER	Number=Sing|Person=3	2	nsubj	_	_
2	رفت	رفت	VERB	V_ACT	Number=Sing|Person=3|Tense=Past	0	root	_	SpaceAfter=No
3	.	.	PUNCT	PUNC	_	2	punct	_	_
"""

# word -> (UPOS, XPOS, lemma, head offset in its sentence or None for root, relation)
ORACLE = {
    "علی": ("PROPN", "N_ANM", "علی", 3, "nsubj"),
    "کتابش": ("NOUN", "N_IANM_PR_JOPER", "کتاب او", 2, "obj"),
    "را": ("ADP", "POSTP", "را", -1, "case"),
    "خواند": ("VERB", "V_ACT", "خواند", None, "ROOT"),
    "او": ("PRON", "PR_SEPER", "او", 1, "nsubj"),
    "رفت": ("VERB", "V_ACT", "رفت", None, "ROOT"),
    ".": ("PUNCT", "PUNC", ".", -1, "punct"),
}


@Language.component("test_oracle_syntax")
def oracle_syntax(doc: Doc) -> Doc:
    """Annotate from ORACLE (heads as offsets), so the expected scores are known."""
    rows = [ORACLE[t.text] for t in doc]
    return Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        pos=[r[0] for r in rows],
        tags=[r[1] for r in rows],
        lemmas=[r[2] for r in rows],
        heads=[t.i if r[3] is None else t.i + r[3] for t, r in zip(doc, rows, strict=True)],
        deps=[r[4] for r in rows],
    )


def _blank() -> Language:
    return spacy.blank("fa", config={"nlp": {"tokenizer": {"@tokenizers": "khabar.tokenizer.v1"}}})


@pytest.fixture()
def conllu(tmp_path):
    path = tmp_path / "gold.conllu"
    path.write_text(CONLLU, encoding="utf8")
    return path


def test_multiword_token_is_merged(conllu):
    tok = read_conllu(conllu)[0].tokens[1]
    # «کتابش»: UPOS and relation of the head word, joined XPOS and lemmas.
    assert (tok.form, tok.upos, tok.xpos, tok.lemma, tok.deprel) == (
        "کتابش",
        "NOUN",
        "N_IANM_PR_JOPER",
        "کتاب او",
        "obj",
    )


@pytest.mark.parametrize(
    ("components", "expected"),
    [
        # Tokenizer + sentencizer only: tokens and sentences right, no tags.
        (["sentencizer"], {"tokens": 100.0, "sentences": 100.0, "upos": 0.0, "las": 0.0}),
        # The oracle annotates everything as the gold does (its ROOT is 'root' in UD).
        (
            ["test_oracle_syntax"],
            {
                "tokens": 100.0,
                "sentences": 100.0,
                "upos": 100.0,
                "xpos": 100.0,
                "lemma": 100.0,
                "uas": 100.0,
                "las": 100.0,
            },
        ),
    ],
)
def test_evaluate_ud_scores(conllu, components, expected):
    nlp = _blank()
    for name in components:
        nlp.add_pipe(name)
    scores = evaluate_ud(nlp, conllu)
    assert {k: scores[k]["f1"] for k in expected} == expected


@pytest.mark.parametrize(
    ("tag", "label"),
    [("B-pers", "PER"), ("I_DAT", "DATE"), ("B-POG", "ORG"), ("B-NAT", None), ("O", None)],
)
def test_label_map(tag, label):
    assert map_label(tag) == label


def test_peyma_space_becomes_zwnj():
    # PEYMA writes «روش های» with a space where the ZWNJ belongs.
    words, spans, _ = gold_sentence([("روش های", "O"), ("تهران", "B_LOC")], "peyma")
    assert words == ["روش\u200cهای", "تهران"] and spans == {(1, 2, "LOC")}


def _score_ner(tmp_path, gold: str, fmt: str, patterns: list) -> dict:
    """Scores of an entity ruler with ``patterns`` (label, pattern) on the ``gold`` text."""
    path = tmp_path / "gold.txt"
    path.write_text(gold, encoding="utf8")
    nlp = _blank()
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": lab, "pattern": pattern} for lab, pattern in patterns])
    return evaluate_ner(nlp, path, fmt)


NER_ARMAN = "سعید O\nرحیمی B-pers\nدر O\nشیراز B-loc\nماند O\n\nدیروز O\nبارید O\n"


@pytest.mark.parametrize(
    ("patterns", "f1"),
    [
        # Both entities found; the DATE «دیروز» is dropped because ARMAN has no dates.
        ([("PER", "رحیمی"), ("LOC", "شیراز"), ("DATE", "دیروز")], 100.0),
        # One of two gold entities found, no false positive: P 100, R 50.
        ([("LOC", "شیراز")], 66.67),
    ],
)
def test_evaluate_ner_arman(tmp_path, patterns, f1):
    scores = _score_ner(tmp_path, NER_ARMAN, "arman", patterns)
    assert scores["overall"]["f1"] == f1
    assert "DATE" not in scores["per_label"]
    json.dumps(scores)  # plain JSON data


# Our own PEYMA-style sentence: PEYMA has no FAC label, so a stadium is a LOC there.
NER_PEYMA_FAC = "بازی|O\nدر|O\nورزشگاه|B_LOC\nنقش‌جهان|I_LOC\nبود|O\n"


@pytest.mark.parametrize(
    ("patterns", "f1"),
    [
        # A FAC prediction counts as LOC in a corpus without FAC.
        ([("FAC", [{"TEXT": "ورزشگاه"}, {"TEXT": "نقش‌جهان"}])], 100.0),
        # A LOC prediction is scored as before.
        ([("LOC", [{"TEXT": "ورزشگاه"}, {"TEXT": "نقش‌جهان"}])], 100.0),
        # PRODUCT is not folded: dropped, so nothing is found.
        ([("PRODUCT", [{"TEXT": "ورزشگاه"}, {"TEXT": "نقش‌جهان"}])], 0.0),
    ],
)
def test_evaluate_ner_folds_fac_into_loc(tmp_path, patterns, f1):
    scores = _score_ner(tmp_path, NER_PEYMA_FAC, "peyma", patterns)
    assert scores["overall"]["f1"] == f1
    assert "FAC" not in scores["per_label"]

"""Combine the trained syntax and NER pipelines into one package directory.

Usage: python training/assemble.py SYNTAX_MODEL NER_MODEL OUT_DIR [SHARED_DIR [TRAIN_CONLLU]]
NER_MODEL ``-``: SYNTAX_MODEL already holds the NER (training/joint.cfg: one shared tok2vec).
The result loads with ``spacy.load(OUT_DIR)`` after ``import khabar.stages``.
"""

from __future__ import annotations

import shutil
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy
import spacy
from spacy.util import registry
from spacy.vectors import Vectors

import khabar.stages  # noqa: F401  (registers khabar.tokenizer.v1)
from khabar.models.half_precision import cast_weights
from khabar.models.lemma_rules import stem_candidates

TRAIN_CONLLU = Path("training/corpus/ud-train.conllu")
NOUN_MIN_FREQ = 1000  # hazm corpus frequency for a noun to count as known


def lemma_tables(train_conllu: Path, shared: Path) -> dict:
    """Verb and noun tables for khabar_lemma_rules, from the PerDT training slice and hazm."""
    past: set[str] = set()
    present: dict[str, str] = {}
    for line in (shared / "data/lexicons/hazm/verbs.dat").read_text(encoding="utf8").splitlines():
        past_stem, _, present_stem = line.strip().partition("#")
        if past_stem:
            past.add(past_stem)
            if present_stem:
                present.setdefault(present_stem, past_stem)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    cores: dict[str, Counter[str]] = defaultdict(Counter)
    nouns: set[str] = set()
    for line in train_conllu.read_text(encoding="utf8").splitlines():
        row = line.split("\t")
        if len(row) != 10 or not row[0].isdigit():
            continue
        form, lemma, upos = row[1], row[2], row[3]
        if upos in ("VERB", "AUX"):
            past.add(lemma)
            forms[form][lemma] += 1
            for _, core in stem_candidates(form):
                if core == lemma or present.get(core) == lemma:
                    cores[core][lemma] += 1
        elif upos in ("NOUN", "PROPN", "ADJ"):
            nouns.add(lemma)
    for line in (shared / "data/lexicons/hazm/words.dat").read_text(encoding="utf8").splitlines():
        parts = line.split("\t")
        if (
            len(parts) > 2
            and "N" in parts[2].split(",")
            and parts[1].isdigit()
            and int(parts[1]) > NOUN_MIN_FREQ
        ):
            nouns.add(parts[0])
    return {
        "forms": {f: c.most_common(1)[0][0] for f, c in forms.items()},
        "cores": {k: c.most_common(1)[0][0] for k, c in cores.items()},
        "past": sorted(past),
        "present": present,
        "nouns": sorted(nouns),
    }


def same_vectors(a: Vectors, b: Vectors) -> bool:
    """Whether two vector tables hold the same rows for the same keys (float16 rounding allowed)."""
    if a.shape != b.shape or set(a.key2row) != set(b.key2row):
        return False
    keys = list(a.key2row)
    rows_a = numpy.asarray(a.data)[[a.key2row[k] for k in keys]].astype("float32")
    rows_b = numpy.asarray(b.data)[[b.key2row[k] for k in keys]].astype("float32")
    return bool(numpy.allclose(rows_a, rows_b, atol=1e-2))


def read_silver(nlp: spacy.Language, syntax: Path) -> bool:
    """Whether stage one (training/train.sh syntax-all-silver) read silver parses of the news.

    The stage-two config names its stage one, and that model's config names its training data; an output
    folder's name is only the fallback (a retrained variant may live anywhere).
    """
    stage_one = nlp.config["paths"].get("stage_one")
    config = Path(str(stage_one)) / "config.cfg" if stage_one else None
    if config is not None and config.exists():
        return "silver" in str(spacy.util.load_config(config)["paths"]["train"])
    return "silver" in str(syntax)


def main(syntax: Path, ner: Path, out: Path, shared: Path, train_conllu: Path = TRAIN_CONLLU) -> None:
    nlp = spacy.load(syntax)
    rules = nlp.add_pipe("khabar_lemma_rules", after="trainable_lemmatizer")
    rules.set_tables(lemma_tables(train_conllu, shared))
    silver = read_silver(nlp, syntax)
    treebank = "all of the dev split" if train_conllu.stem.endswith("-all") else "dev split, 80%"
    if str(ner) != "-":
        ner_nlp = spacy.load(ner)
        # Both were trained over the same static vectors, so the sourced NER sees the same table. A packaged
        # NER (float16 on disk) carries its table's name in its meta, a training output none: compare the rows.
        assert same_vectors(nlp.vocab.vectors, ner_nlp.vocab.vectors), "the NER was trained over other vectors"
        nlp.vocab.vectors.name = ner_nlp.vocab.vectors.name or nlp.vocab.vectors.name
        nlp.add_pipe("ner", source=ner_nlp)
        # An NER that reads the gazetteer flags (training/ner4.cfg) needs them set on this vocabulary too.
        creation = ner_nlp.config["nlp"].get("after_creation")
        if creation:
            nlp._config["nlp"]["after_creation"] = creation
            registry.resolve({"callback": creation})["callback"](nlp)
    # Training ran through numpy's BLAS (khabar.numpy_blas.v1); the package leaves that to khabar.load(),
    # so that plain spacy.load() keeps thinc's default ops.
    nlp._config["nlp"]["after_pipeline_creation"] = None
    nlp.meta.update(
        {
            "name": out.name.removeprefix("fa_"),
            "version": "0.1.0",
            "description": "Khabar's Persian pipeline: normalizing tokenizer, UPOS/XPOS/features, "
            "lemmas, dependencies, sentences and named entities"
            + (" (one tok2vec shared by every component)" if str(ner) == "-" else "") + ". See MODEL_CARD.md.",
            "author": "Khabar",
            "license": "research use only (trained on ARMAN and PEYMA); see MODEL_CARD.md",
            "sources": [
                {"name": f"UD Persian-PerDT ({treebank})", "license": "CC BY-SA 4.0"},
                {"name": "UD Persian-Seraji (dev and test; the syntax tok2vec's first stage)", "license": "CC BY-SA 4.0"},
                {"name": "ARMAN (fold 1 train, 90%)", "license": "academic research use only"},
                {"name": "PEYMA (train)", "license": "not stated; research use"},
                {"name": "NSURL-2019 Persian NER (train, 90% of documents)", "license": "not stated"},
                {"name": "ParsTwiNER (train)", "license": "MIT"},
                {"name": "hazm words.dat, persian-names, iran cities, babel", "license": "MIT / BSD"},
                *([{"name": "the syntax model's own parses of a quarter of the shared news (silver, stage one)",
                    "license": "derived; see the news source's licence"}] if silver else []),
            ],
        }
    )
    # float16 on disk keeps the package under 25 MB; khabar_half_precision restores float32 on load.
    nlp.add_pipe("khabar_half_precision", last=True)
    cast_weights(nlp, "float16")
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"{out}: {nlp.pipe_names}, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main(
        Path(sys.argv[1]),
        Path(sys.argv[2]),
        Path(sys.argv[3]),
        Path(sys.argv[4] if len(sys.argv) > 4 else "../shared"),
        Path(sys.argv[5]) if len(sys.argv) > 5 else TRAIN_CONLLU,
    )

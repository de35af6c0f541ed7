"""Build Khabar's spaCy pipeline.

``load()`` starts from the trained pipeline in ``khabar/models/fa_khabar`` when it
is there (tokens, tags, lemmas, parse, NER), or from a blank Persian pipeline with
the normalizing tokenizer, and adds the rule-based article stages around it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.language import Language

import khabar.models.morph_rules  # noqa: F401  (registers khabar_morph_rules)
import khabar.stages  # noqa: F401  (registers the factories)
from khabar.extensions import register_extensions
from khabar.models.blas import use_numpy_blas

MODELS_DIR = Path(__file__).parent / "models"
DEFAULT_MODEL = "fa_khabar"

# Stages that run before the trained components (the parser keeps their sentence starts).
BEFORE_TRAINED = ["khabar_structure", "khabar_sentences"]
# Lexical repair of lemmas, tags and features, then facility labels, table-decided shapes of the NER's
# entities, the dates it left out or cut short and the named events it left untagged; they run right after the trained components (they read
# their tags and entities) and only when there are trained components.
AFTER_MODEL = ["khabar_morph_rules", "khabar_entity_types", "khabar_entity_shapes", "khabar_date_shapes",
               "khabar_named_events"]
# Stages that run after them, in order. Missing factories are skipped.
AFTER_TRAINED = ["khabar_entities", "khabar_coref", "khabar_quotes", "khabar_events", "khabar_summary"]

# Token-level syntax: tags, features, lemmas and the parse. The article stages read only the entities and
# the sentences (which khabar_sentences sets in full before the parser runs), and the Article view stores
# none of it, so ``load(syntax=False)`` leaves these out: same articles, 1.7–2.1× less CPU.
SYNTAX = ["morphologizer", "tagger", "trainable_lemmatizer", "khabar_lemma_rules", "parser", "khabar_morph_rules"]

# Articles per nlp.pipe batch (spaCy's default is 1,000 documents, sized for sentences): a batch's activations
# grow with its tokens, and news articles run to 2,000 tokens (one in the shared news to 10,000). 8 kept the
# peak 50 MB under what 16 costs (session 4); since the parser reads extra state tokens (session 24) a batch
# of 8 that holds the longest article peaks at 605 MB and 4 at 544 MB, at the same speed (BENCHMARKS.md).
ARTICLE_BATCH_SIZE = 4

BLANK_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "khabar.tokenizer.v1"}}}


def model_path(name: str = DEFAULT_MODEL) -> Path | None:
    """The directory of a packaged pipeline (by name), or of a pipeline directory given as a path."""
    for path in (MODELS_DIR / name, Path(name)):
        if (path / "config.cfg").exists():
            return path
    return None


def _unheard_tok2vec(nlp: Language) -> bool:
    """True when the pipeline has a shared ``tok2vec`` that no remaining component listens to."""
    if "tok2vec" not in nlp.pipe_names:
        return False
    listeners = getattr(nlp.get_pipe("tok2vec"), "listening_components", None)
    return listeners is not None and not listeners


def load(model: str | None = DEFAULT_MODEL, *, exclude: Iterable[str] = (), syntax: bool = True) -> Language:
    """Return Khabar's pipeline. ``model=None`` gives the rules-only pipeline (no trained model).

    ``syntax=False`` leaves out the token-level syntax (``SYNTAX``) for jobs that keep only the
    Article view (``khabar analyze``, ``ingest``, ``batch``): their output is the same.
    """
    register_extensions()
    excluded = set(exclude) | (set() if syntax else set(SYNTAX))
    path = model_path(model) if model else None
    if path is not None:
        nlp = spacy.load(path, exclude=list(excluded))
        if not syntax and _unheard_tok2vec(nlp):
            nlp.remove_pipe("tok2vec")  # the syntax CNN, when the NER has a CNN of its own
        use_numpy_blas(nlp)  # numpy's BLAS, not the bundled BLIS (see khabar.models.blas)
    else:
        nlp = spacy.blank("fa", config=BLANK_CONFIG)
    first_trained = nlp.pipe_names[0] if nlp.pipe_names else None
    for name in BEFORE_TRAINED:
        if name in excluded or name in nlp.pipe_names:
            continue
        if first_trained is not None:
            nlp.add_pipe(name, before=first_trained)
        else:
            nlp.add_pipe(name)
    for name in AFTER_MODEL if path is not None else ():
        if name not in excluded and name not in nlp.pipe_names:
            nlp.add_pipe(name)
    for name in AFTER_TRAINED:
        if name in excluded or name in nlp.pipe_names or not nlp.has_factory(name):
            continue
        nlp.add_pipe(name)
    nlp.batch_size = ARTICLE_BATCH_SIZE
    return nlp

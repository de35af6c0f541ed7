"""Loaded by ``spacy train --code``: registers Khabar's tokenizer and the mixed UD + NER reader."""

import random
from collections.abc import Callable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.training import Corpus, Example
from spacy.util import registry

import khabar.stages  # noqa: F401


@registry.readers("khabar.MixedCorpus.v1")
def mixed_corpus(
    ud_path: Path, ner_path: Path, ud_repeat: int = 1, seed: int = 0
) -> Callable[[Language], Iterator[Example]]:
    """UD Docs (raw text through the runtime tokenizer) plus NER Docs (already re-cut to it).

    The treebank is 57 times smaller than the NER corpora, so it is repeated ``ud_repeat`` times:
    otherwise the shared tok2vec would hardly ever see a parse. Missing annotation (no heads or
    tags on NER Docs, no entities on UD Docs) is ignored by every component's loss.
    """
    ud = Corpus(ud_path, gold_preproc=False)
    ner = Corpus(ner_path, gold_preproc=True)

    def read(nlp: Language) -> Iterator[Example]:
        examples = [eg for _ in range(ud_repeat) for eg in ud(nlp)] + list(ner(nlp))
        random.Random(seed).shuffle(examples)
        yield from examples

    return read

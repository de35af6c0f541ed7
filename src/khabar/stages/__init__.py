"""Pipeline stages. Importing this package registers every component factory."""

from khabar.models import lemma_rules  # noqa: F401  (lemma repair inside the trained pipeline)
from khabar.stages import (  # noqa: F401
    coref,
    entities,
    events,
    quotes,
    sentences,
    structure,
    summary,
    tokenizer,
)

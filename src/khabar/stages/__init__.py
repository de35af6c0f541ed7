"""Pipeline stages. Importing this package registers every component factory."""

from khabar.models import blas, half_precision, lemma_rules  # noqa: F401  (registered names used by fa_khabar and training)
from khabar.stages import (  # noqa: F401
    coref,
    entities,
    entity_types,
    events,
    quotes,
    sentences,
    structure,
    summary,
    tokenizer,
)

"""Pipeline stages. Importing this package registers every component factory."""

from khabar.models import blas, gazetteer_flags, half_precision, lemma_rules  # noqa: F401  (registered names)
from khabar.stages import (  # noqa: F401
    coref,
    date_shapes,
    entities,
    entity_shapes,
    entity_types,
    events,
    named_events,
    quotes,
    sentences,
    structure,
    summary,
    tokenizer,
)

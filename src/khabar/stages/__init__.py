"""Pipeline stages. Importing this package registers every component factory."""

from khabar.models import half_precision, lemma_rules  # noqa: F401  (components saved in fa_khabar)
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

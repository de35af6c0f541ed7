"""Pipeline stages. Importing this package registers every component factory."""

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

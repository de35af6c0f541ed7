"""Loaded by ``spacy train --code``: registers Khabar's tokenizer (khabar.tokenizer.v1)."""

import khabar.stages  # noqa: F401

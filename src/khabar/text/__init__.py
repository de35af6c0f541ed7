"""Persian text repair: character tables, normalization and ZWNJ restoration."""

from khabar.text.normalize import normalize, normalize_with_offsets

__all__ = ["normalize", "normalize_with_offsets"]

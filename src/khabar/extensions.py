"""Article-level results live on the Doc as ``doc._`` extensions.

Every value is plain JSON-like data (dicts, lists, str, int, None), so it
serializes with ``Doc.to_bytes`` / ``DocBin(store_user_data=True)``.
"""

from __future__ import annotations

from spacy.tokens import Doc

# name -> default factory description (documented in docs/schema.md)
DOC_EXTENSIONS: dict[str, object] = {
    "meta": None,  # {"source", "date", "url", "id", "fields"}
    "structure": None,  # {"kicker", "title", "lead", "subheadings", "paragraphs", "agency"}
    "entities": None,  # [{"id", "label", "name", "titles", "roles", "mentions": [[start, end]]}]
    "quotes": None,  # [{"speaker", "speaker_text", "cue", "kind", "text", "start", "end"}]
    "events": None,  # [{"type", "mode", "trigger", "actors", "targets", "place", "time", "modality", "sentence"}]
    "summary": None,  # [sentence indices]
    "keyphrases": None,  # [str]
}

# Span groups (char-aligned spans over the normalized text).
SPAN_STRUCTURE = "structure"  # labels KICKER, TITLE, LEAD, SUBHEADING, PARAGRAPH, AGENCY
SPAN_MENTIONS = "mentions"  # entity mentions, label = entity label; overlapping allowed
SPAN_TITLES = "titles"  # rank/title words attached to a person mention
SPAN_ROLES = "roles"  # role descriptions («وزیر دفاع سوریه»)


def register_extensions() -> None:
    """Register the ``doc._`` attributes once; safe to call repeatedly."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)

"""The token view the entity rules work on, and the mention record they produce."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from khabar.stages.phrases import compact
from khabar.tables import key

if TYPE_CHECKING:
    from khabar.stages.cues import Cue

# Arabic-script letters; not the Persian comma, semicolon and question mark or the digits of the same block
_LETTERS = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]")
_NUMBER = re.compile(r"^[0-9۰-۹]+(?:[.,/][0-9۰-۹]+)*$")

# Matching form of each token text seen so far: (key, is a number). News vocabularies repeat, so most
# tokens are a dict hit instead of a normalization; the cache is emptied when it grows too large.
_FORMS: dict[str, tuple[str, bool]] = {}
_FORMS_MAX = 300_000


def _learn(text: str) -> tuple[str, bool]:
    if len(_FORMS) >= _FORMS_MAX:
        _FORMS.clear()
    form = _FORMS[text] = (compact(text) if _LETTERS.search(text) else "", bool(_NUMBER.match(text)))
    return form


@dataclass
class Mention:
    start: int  # token indices [start, end)
    end: int
    label: str
    kind: str  # name | role | pronoun | agency | org | place | value
    key: str = ""  # what must match for two mentions to be one entity
    titles: list[str] = field(default_factory=list)
    name: str = ""  # the name without titles, as written
    role: str = ""  # the role description, as written
    group: int = -1  # apposition group (a name and its role)
    nested: bool = False


def taken_tokens(found: list[Mention], n: int) -> list[bool]:
    """Which of ``n`` tokens a mention already covers (nested mentions left out)."""
    taken = [False] * n
    for m in found:
        if not m.nested:
            for k in range(m.start, m.end):
                taken[k] = True
    return taken


@dataclass
class Words:
    """The tokens of a document in matching form."""

    texts: list[str]  # as written
    keys: list[str]  # compact; "" for tokens without Persian letters
    numbers: list[bool]
    # The positions where a cue verb may start, with the keys they were read from (built by ``cues.cue_starts``
    # once per document: the quote rules search overlapping ranges of one document for cues about 90 times).
    cue_index: tuple[list[str], list[int]] | None = field(default=None, repr=False, compare=False)
    # The cues ``cues.find_cues`` found in a token range, by (start, end), with the keys they were read from: the
    # quote rules ask for one range again and again (about half their calls repeat one).
    cue_found: tuple[list[str], dict[tuple[int, int], tuple[Cue, ...]]] | None = field(default=None, repr=False,
                                                                                         compare=False)

    @classmethod
    def of(cls, texts: list[str]) -> Words:
        get = _FORMS.get
        forms = [get(t) or _learn(t) for t in texts]
        return cls(texts, [f[0] for f in forms], [f[1] for f in forms])

    def __len__(self) -> int:
        return len(self.texts)

    def join(self, start: int, end: int) -> str:
        # a list comma inside a name or role is written against the word before it («صنعت، معدن و تجارت»)
        return " ".join(self.texts[start:end]).replace(" ، ", "، ")

    def spaced_keys(self, start: int, end: int) -> list[str]:
        """The keys of tokens ``start:end``, a word joined by a ZWNJ split at it: «ولی‌فقیه» and «ولی فقیه»
        give the same words (a compact key would glue «ولیفقیه»), so one office written both ways matches."""
        out: list[str] = []
        for k in range(start, end):
            out.extend(key(self.texts[k]).split() if "\u200c" in self.texts[k] else [self.keys[k]])
        return out

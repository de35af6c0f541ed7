"""The token view the entity rules work on, and the mention record they produce."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from khabar.stages.phrases import compact

_LETTERS = re.compile(r"[\u0600-\u06ff]")
_NUMBER = re.compile(r"^[0-9۰-۹]+(?:[.,/][0-9۰-۹]+)*$")


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


@dataclass
class Words:
    """The tokens of a document in matching form."""

    texts: list[str]  # as written
    keys: list[str]  # compact; "" for tokens without Persian letters
    numbers: list[bool]

    @classmethod
    def of(cls, texts: list[str]) -> Words:
        keys = [compact(t) if _LETTERS.search(t) else "" for t in texts]
        return cls(texts, keys, [bool(_NUMBER.match(t)) for t in texts])

    def __len__(self) -> int:
        return len(self.texts)

    def join(self, start: int, end: int) -> str:
        return " ".join(self.texts[start:end])

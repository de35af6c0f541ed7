"""Speakers a title or lead introduces without a name, whom the body names.

Fars leads often describe a speaker indefinitely («یک کارشناس آمریکایی … گفت»،
«یکی از مقامات کویتی اعلام کرد») and name him when the body opens («به گزارش فارس، X … گفت»).
"""

from __future__ import annotations

from khabar.stages.tokens import Words

INDEFINITES = (("یک",), ("یکی", "از"))


def indefinite_at(w: Words, tok: int) -> int | None:
    """Where the determiner of an indefinite description at ``tok`` starts («[یک] کارشناس …», «[یکی از]
    مقامات …», or a description that holds its «یک»); None when the mention is no indefinite one."""
    for det in INDEFINITES:
        n = len(det)
        if tuple(w.keys[tok:tok + n]) == det and tok + n < len(w):
            return tok
        if tok >= n and tuple(w.keys[tok - n:tok]) == det:
            return tok - n
    return None

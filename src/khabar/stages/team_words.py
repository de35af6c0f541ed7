"""«تیم ما», «تیمش», «باشگاه خود»: a club told by whose it is (sports news).

A sports report names a club once («ملوان») and then lets its people speak of it as «تیم ما», or
tells of a coach's «تیمش». The nearest club before such a word is often the opponent, so these words
go to the club of their owner instead: «تیم ما» inside a quote is the club of the quote's speaker,
«تیمش»/«تیم خود» the club of the person the clitic points back to (found by coreference as for «وی»).
A person's club is the one organization named inside his roles («گلر ملوان», «سرمربی تیم X»); with
none, or two («مدافع سپاهان», «مدافع تیم ملی»), the word is left out.

Coreference keeps the words it cannot place yet in ``doc.user_data[TEAM_WORDS]``; the quotes stage,
once it knows who speaks, calls ``link_team_words``.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

TEAM_WORDS = "khabar_team_words"
WE = "team:we"  # «تیم ما», «باشگاه‌مان»: the speaker's club (data/anaphors.tsv)
HIS = "team:his"  # «تیمش», «تیم خود», «تیم او»: the club of the person pointed back at


def club_of(person: dict[str, Any], entities: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one organization named inside the mentions of ``person`` (his roles), or None."""
    spans = [(s, e) for s, e in person["mentions"]]
    clubs = [o for o in entities if o["label"] == "ORG" and o is not person and any(
        s <= a and b <= e and (a, b) != (s, e) for a, b in o["mentions"] for s, e in spans)]
    return clubs[0] if len(clubs) == 1 else None


def holder_at(entities: list[dict[str, Any]], span: tuple[int, int]) -> dict[str, Any] | None:
    """The entity with a mention at ``span``."""
    return next((e for e in entities if list(span) in e["mentions"]), None)


def link_team_words(doc: Doc) -> None:
    """Add each kept team word to its owner's club (``doc._.entities``), by the quotes found."""
    pending = doc.user_data.pop(TEAM_WORDS, None) or []
    entities = doc._.entities or []
    by_id = {e["id"]: e for e in entities}
    for start, end, rule, owner in pending:
        person = None
        if rule == WE:
            quote = next((q for q in doc._.quotes or [] if q["start"] <= start < q["end"]), None)
            person = by_id.get(quote["speaker"]) if quote and quote["speaker"] else None
        elif owner is not None:
            person = holder_at(entities, owner)
        if person is None or person["label"] != "PER":
            continue
        club = club_of(person, entities)
        if club is not None and [start, end] not in club["mentions"]:
            club["mentions"] = sorted([*club["mentions"], [start, end]])

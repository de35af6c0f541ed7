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

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from khabar.stages.club_posts import club_posts
from khabar.stages.coref_anaphors import TEAM_HEADS, sports_report
from khabar.stages.mentions import DESCRIBED
from khabar.stages.phrases import compact
from khabar.stages.tokens import Mention, Words, taken_tokens
from khabar.tables import key, load_list

TEAM_WORDS = "khabar_team_words"
WE = "team:we"  # «تیم ما», «باشگاه‌مان»: the speaker's club (data/anaphors.tsv)
HIS = "team:his"  # «تیمش», «تیم خود», «تیم او»: the club of the person pointed back at
BARE = "team:bare"  # «تیم», «باشگاه» alone, inside a quote: the speaker's club, as «تیم ما»
NATIONAL = "ملی"  # «تیم ملی»: never the club of a speaker's «تیم ما» or bare «تیم/باشگاه»


@lru_cache(maxsize=1)
def bare_word_tables() -> tuple[frozenset[str], frozenset[str]]:
    """(words before a bare team word that make it another team, words after it that end it)."""
    ends = {compact(x) for x in load_list("stopwords.txt")} - OWNERS | {compact(x) for x in load_list("team_word_ends.txt")}
    return frozenset(compact(x) for x in load_list("team_word_counts.txt")), frozenset(ends)


# Function words after a bare «تیم» that tell whose team it is, or point at one: «تیم آنها», «تیم شما», «تیم
# این کشور» is another team, never the speaker's club (a pronoun after it names the owner, as in «تیم ما»)
OWNERS = frozenset(compact(x) for x in ("این", "آن", "وی", "او", "ایشان", "ما", "شما", "آنها", "آن‌ها", "خود",
                                        "خویش"))


def bare_team_words(w: Words, found: list[Mention]) -> list[Mention]:
    """«تیم»/«باشگاه» alone, in no other mention, before a function word or a mark («از بازی تیم راضی
    هستم», «باشگاه را واگذار کنیم»): a candidate mention of the speaker's club, kept only when it stands in
    a quote whose speaker's club is known (``link_team_words``)."""
    if not sports_report(w.keys):
        return []  # «تیم»/«باشگاه» in political news is no club («تیم مذاکره», a ministry's spokesman's «تیم»)
    taken = taken_tokens(found, len(w))
    counts, ends = bare_word_tables()
    return [Mention(i, i + 1, "ORG", "anaphor", key=BARE, name=w.texts[i]) for i in range(len(w))
            if w.keys[i] in TEAM_HEADS and not taken[i] and (i == 0 or w.keys[i - 1] not in counts)
            and (i + 1 == len(w) or not w.keys[i + 1] or w.keys[i + 1] in ends)]


def posts_of_pointed_teams(w: Words, found: list[Mention]) -> list[Mention]:
    """«رئیس این باشگاه», «سرمربی این تیم»: a post right before a team pointed back at is that team's post.
    The role runs over the pointer and is keyed «رئیس باشگاه», so it is the office a named person holds
    («رئیس باشگاه X»); the pointer stays, nested, a mention of the club. Returns the roles made for a post
    word no mention held; one found already (an unnamed speaker's «رئیس») is stretched in place when it is
    that one post word alone: «وزیر ورزش ایران این تیم را تشویق کرد» is no office of the team, nor is
    «رئیس … این تیم را» (the pointer is then the verb's object). Only in a sports report."""
    if not sports_report(w.keys):
        return []
    roles = {m.end: m for m in found if m.kind == "role" and m.label == "PER"}
    taken = taken_tokens(found, len(w))
    extra = []
    for ana in [m for m in found if m.kind == "anaphor" and m.key in POINTED_TEAMS]:
        head, role = ana.start - 1, roles.get(ana.start)
        if ana.end < len(w) and w.keys[ana.end] == OBJECT:
            continue
        if role is not None and (role.end - role.start != 1 or w.keys[role.start] not in team_posts()):
            continue
        if role is None and head >= 0 and not taken[head] and w.keys[head] in team_posts():
            role = Mention(head, head + 1, "PER", "role", key=w.keys[head])
            extra.append(role)
        if role is not None:
            # a lone head found as an unnamed speaker («desc رئیس») becomes an office with its complement
            role.end, role.key = ana.end, f"{role.key.removeprefix(DESCRIBED)} {ana.key[4:]}"
            role.role = w.join(role.start, ana.end)
            ana.nested = True
    return extra


@lru_cache(maxsize=1)
def team_posts() -> frozenset[str]:
    """Words of a club's post or office before «این تیم/باشگاه» (data/club_posts.txt, data/team_heads.txt)."""
    return club_posts() | frozenset(compact(x) for x in load_list("team_heads.txt"))


OBJECT = "را"  # «… این تیم را»: the pointer is an object, not the complement of a post before it
POINTED_TEAMS = frozenset(f"org:{h}" for h in TEAM_HEADS)  # keys of «این تیم», «این باشگاه» (data/anaphors.tsv)


def club_of(person: dict[str, Any], entities: list[dict[str, Any]], clubs_only: bool = False) -> dict[str, Any] | None:
    """The one organization named inside the mentions of ``person`` (his roles), or None. ``clubs_only``:
    not a national team."""
    spans = [(s, e) for s, e in person["mentions"]]
    clubs = [o for o in entities if o["label"] == "ORG" and o is not person and any(
        s <= a and b <= e and (a, b) != (s, e) for a, b in o["mentions"] for s, e in spans)
        and not (clubs_only and NATIONAL in key(o["name"]).split())]
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
        if rule in {WE, BARE}:
            quote = next((q for q in doc._.quotes or [] if q["start"] <= start < q["end"]), None)
            person = by_id.get(quote["speaker"]) if quote and quote["speaker"] else None
        elif owner is not None:
            person = holder_at(entities, owner)
        if person is None or person["label"] != "PER":
            continue
        # the speaker's own club, never the national team: a national player's roles name both, and news
        # tells the national team by its country as much as by «تیم ملی» (Fars check4 B3 fell with it)
        club = club_of(person, entities, clubs_only=rule != HIS)
        if club is not None and [start, end] not in club["mentions"]:
            club["mentions"] = sorted([*club["mentions"], [start, end]])

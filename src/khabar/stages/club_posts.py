"""A post before a club named bare («مربی مالاگا», «هافبک سویا»): the rules' roles need a complement from
the tables, so a post before a club that only the trained NER (or a city's place rule) found stayed no role,
and the person told by it («X، مربی Y») stayed apart from the name beside it (sports news, guide §6)."""

from __future__ import annotations

from khabar.stages.coref_anaphors import sports_report
from khabar.stages.mentions import APPOSITION_GAP, Mention, Words
from khabar.stages.phrases import compact, compact_words
from khabar.stages.tokens import taken_tokens


def club_posts() -> frozenset[str]:
    return compact_words("club_posts.txt")


def posts_before_clubs(words: Words, found: list[Mention]) -> list[Mention]:
    """Roles «POST CLUB» for each organization or place mention right after a post word that no mention
    holds; the role joins the group of a name just before it (an apposition, across a comma). A place is a
    club («هافبک اسپانیا») only in a sports report: «ترامپ مدافع اسرائیل است» holds no post of a club."""
    labels = {"ORG", "LOC"} if sports_report(words.keys) else {"ORG"}
    taken = taken_tokens(found, len(words))
    name_end = {m.end: m for m in found if m.label == "PER" and m.kind == "name"}
    extra: list[Mention] = []
    for club in found:
        s = club.start
        if club.label not in labels or club.kind not in {"org", "place"} or s == 0 or taken[s - 1]:
            continue
        if compact(words.keys[s - 1]) not in club_posts():
            continue
        head = s - 1
        before = head
        while before > 0 and words.texts[before - 1] in APPOSITION_GAP and head - before < 2:
            before -= 1
        name = name_end.get(before)
        if name is None:
            continue  # a post alone («مربی X گفت») may open a quote the rules would not have read
        key = " ".join(k for k in words.keys[head:club.end] if k)
        extra.append(Mention(head, club.end, "PER", "role", key=key, role=words.join(head, club.end), group=name.group))
        taken[head] = True
        club.nested = True  # the club inside the role, as the rules nest an organization in an office
    return extra

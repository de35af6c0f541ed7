"""A role's body named in plain words, taken from the trained NER.

The rules complete a role's body from tables (role words, places, known organizations), so an office
of a body named in plain words is cut after its kind word: «رئیس سازمان [توسعه و نوسازی معادن …]»,
«مدیرکل دفتر امور [بانوان و خانواده استانداری …]». The trained NER often finds that body whole. When
an NER organization starts inside a role (after its first word) and runs past the role's end, the
role is extended to the organization's end, the organization becomes a nested mention of its own
(annotators mark the body inside an office), and the places named in the extension are nested places
as the rules would have marked them.

The extension may hold organizations and places the rules found (they become nested: «وزارت صنایع و
معادن» in the body above) but no other mention (a name written after the role is no part of its body),
and is at most ``MAX_EXTENSION`` words: a longer run is the NER running on.
"""

from __future__ import annotations

from khabar.stages.mentions import Mention, MentionFinder, Words
from khabar.stages.phrases import compact_words
from khabar.stages.tokens import taken_tokens

MAX_EXTENSION = 12
# Mentions a body's name may hold: its parent organization, its place
ABSORBED = frozenset({"org", "place"})


def body_kinds() -> frozenset[str]:
    return compact_words("body_kinds.txt")


def find_role_bodies(roles: list[tuple[int, int]], orgs: list[tuple[int, int]],
                     others: list[tuple[int, int, bool]]) -> dict[int, int]:
    """Pure step: {role index: new end} for roles (start, end) that an organization (start, end) starts
    inside and runs past. Other mentions (start, end, absorbable) in the extension must be absorbable
    (an organization or place the body names) and end inside it."""
    out = {}
    for n, (start, end) in enumerate(roles):
        for o_start, o_end in orgs:
            if not (start < o_start < end < o_end and o_end - end <= MAX_EXTENSION):
                continue
            inside = [(s, e, ok) for s, e, ok in others if s < o_end and end < e]
            if all(ok and s >= end and e <= o_end for s, e, ok in inside):
                out[n] = o_end
                break
    return out


def extend_roles(finder: MentionFinder, words: Words, found: list[Mention], orgs: list[tuple[int, int]]) -> list[Mention]:
    """Set annotations: the roles of ``found`` extended in place; the bodies and their places returned as
    new nested mentions."""
    # a body opens with its kind word: the NER's «اقتصاد حجم واگذاریها» after «معاون وزیر» is no body
    orgs = [(s, e) for s, e in orgs if words.keys[s] in body_kinds() or finder.t.org_heads.match(words.keys, s)]
    roles = [m for m in found if m.kind == "role" and not m.nested]
    others = [m for m in found if not m.nested and m.kind != "role"]
    extra: list[Mention] = []
    spans = [(m.start, m.end, m.kind in ABSORBED) for m in others]
    for n, new_end in find_role_bodies([(m.start, m.end) for m in roles], orgs, spans).items():
        role = roles[n]
        for m in others:
            if role.end <= m.start and m.end <= new_end:
                m.nested = True  # «وزارت صنایع و معادن» inside the body is a mention inside the role
        o_start = next(s for s, e in orgs if e == new_end and role.start < s < role.end)
        places = finder.nested_places(words, role.end - 1, new_end)
        parts, j = [], role.end
        for p in places:
            parts += words.spaced_keys(j, p.start) + ["@" + p.key]
            j = p.end
        parts += words.spaced_keys(j, new_end)
        role.key = " ".join([role.key, *parts])
        role.end = new_end
        role.role = words.join(role.start, new_end)
        body_key = " ".join(words.keys[o_start:new_end])
        if not any(x.start == o_start and x.end == new_end for x in found):
            extra.append(Mention(o_start, new_end, "ORG", "org", key=body_key, name=words.join(o_start, new_end),
                                 nested=True))
        extra += [p for p in places if not any(x.start == p.start and x.end == p.end for x in found)]
    return extra


ROLE_GROUPS = 5_000_000  # groups of the roles made here start above the scan's and the descriptions'
MAX_HEAD = 3  # words of a role head


def roles_before_bodies(finder: MentionFinder, words: Words, found: list[Mention], orgs: list[tuple[int, int]]) -> list[Mention]:
    """«رئیس [اداره کل امور مالیاتی استان فارس] گفت»: a role head that needs a complement stands
    alone before a body the rules could not name (so no role was found), and the trained NER names the
    body whole. The head and the body are the role, and the body is a nested mention of its own."""
    taken = taken_tokens(found, len(words))
    orgs = [(s, e) for s, e in orgs if e - s <= MAX_EXTENSION and not any(taken[s:e]) and (
        words.keys[s] in body_kinds() or finder.t.org_heads.match(words.keys, s))]
    extra: list[Mention] = []
    for s, e in orgs:
        head = next((k for k in range(max(0, s - MAX_HEAD), s)
                     if not any(taken[k:s]) and (hit := finder.t.role_heads.match(words.keys, k)) and k + hit[0] == s),
                    None)
        if head is None:
            continue
        places = finder.nested_places(words, s - 1, e)
        parts, j = ["".join(words.keys[head:s])], s
        for p in places:
            parts += words.spaced_keys(j, p.start) + ["@" + p.key]
            j = p.end
        parts += words.spaced_keys(j, e)
        extra.append(Mention(head, e, "PER", "role", key=" ".join(parts), role=words.join(head, e),
                             group=ROLE_GROUPS + head))
        extra.append(Mention(s, e, "ORG", "org", key=" ".join(words.keys[s:e]), name=words.join(s, e), nested=True))
        extra += places
    return extra

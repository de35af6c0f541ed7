"""Find entity mentions in a token sequence with the phrase tables (pure functions).

People: title(s) + name («سردار سرتیپ علی احمدی»), known full names, first name + surname,
role descriptions («وزیر دفاع سوریه», «رهبر معظم انقلاب اسلامی», from ``role_mentions``) and the
pronouns وی/او/ایشان.
A role written next to a name (apposition) is grouped with it. Organizations, places and values
come from ``orgs_places``.
"""

from __future__ import annotations

from khabar.stages.connectives import connective_ending
from khabar.stages.groups import (
    count_words,
    counted_group_at,
    counted_members_at,
    group_at,
    group_nouns,
    pointed_group_at,
)
from khabar.stages.name_words import arabic_surname, unknown_word
from khabar.stages.orgs_places import BARE_ORGS, MEDIUM_KINDS
from khabar.stages.phrases import Tables, attribution_openers
from khabar.stages.revered import revered_at
from khabar.stages.role_mentions import RoleFinder
from khabar.stages.tokens import Mention, Words, taken_tokens

__all__ = ["Mention", "MentionFinder", "Words"]
# What may stand between a name and its apposed role: a comma and the quote marks around the name
# («با "X"، سفیر Y در Z»).
# The key prefix of an unnamed speaker told by a description (stages/descriptions.py): kept apart from role
# keys, read back by the coreference, team-word and relayed-source rules.
DESCRIBED = "desc "

APPOSITION_GAP = frozenset({"،", ",", '"', "«", "»", "“", "”", "'"})
_SURNAME_END = ("ی", "زاده", "پور", "نیا", "فر", "راد", "وند", "لو", "یان", "نژاد")


def attributed(w: Words, source: int, after: int) -> bool:
    """«به گزارش [خبرنگار فارس]، [علی رضایی] …»: a source that an attribution opens ends at its comma,
    so the name after the comma is the clause's subject, not the source's apposition."""
    comma = any(w.texts[k] in {"،", ","} for k in range(source, after))
    return comma and any(attribution_openers().match(w.keys, source - n, limit=n) for n in range(1, min(source, 3) + 1))


class MentionFinder(RoleFinder):
    def __init__(self, tables: Tables) -> None:
        super().__init__(tables)
        t = tables
        # Keys at which some table entry or value can start; at any other word ``find`` finds nothing.
        self.starters = frozenset().union(
            *(table.prefixes for table in (t.epithets, t.role_heads, t.titles, t.persons, t.first_names, t.anaphors,
                                           t.pronouns, t.orgs, t.org_heads, t.places, t.place_heads)),
            t.time_words.map,
            MEDIUM_KINDS,
            BARE_ORGS,
            group_nouns(),
            count_words(),
        )

    # --- name words -------------------------------------------------------------------------
    def surname_like(self, w: Words, i: int) -> bool:
        k = w.keys[i]
        return (
            k in self.t.person_words.map
            or arabic_surname(self.t, k)  # Arabic names: «العبدالله», not «الهی»
            or k.endswith(_SURNAME_END[1:])
        )

    def name_continues(self, w: Words, i: int, *, loose: bool) -> bool:
        """Whether token ``i`` continues a name; ``loose`` after a title or a first name."""
        if not self.name_like(w, i):
            return False
        k = w.keys[i]
        if k in self.t.places.map or k in self.t.orgs.map:
            return False
        return self.surname_like(w, i) or (loose and k in self.t.first_names.map)

    def after_first_name(self, w: Words, i: int) -> bool:
        """After a first name, any name-like word is the surname («علیرضا نوروزی»)."""
        k = w.keys[i]
        return self.name_like(w, i) and k not in self.t.places.map and k not in self.t.orgs.map

    # --- people ---------------------------------------------------------------------------
    def name_at(self, w: Words, i: int, *, titled: bool) -> int:
        """End of a person's name starting at ``i`` (``i`` when there is none)."""
        hit = self.t.persons.match(w.keys, i)
        loose = titled
        if hit:
            end = i + hit[0]
            loose = False
        elif titled:
            if not self.name_like(w, i):
                return i
            end = i + 1
        else:
            first = self.t.first_names.match(w.keys, i, limit=1)
            if not first or not self.name_like(w, i) or not self.name_like(w, i + 1):
                return i
            nxt = i + 1
            if w.keys[nxt] in self.t.places.map or w.keys[nxt] in self.t.orgs.map:
                return i
            # without a title, a first name needs a surname-like word after it; a first name that
            # is also a common word («عنایت», «سالم») needs stronger evidence: an Arabic «ال…»
            # surname or a role right after the name (apposition)
            if first[1]:
                k = w.keys[nxt]
                after_role = nxt + 1 < len(w) and bool(
                    self.t.role_heads.match(w.keys, nxt + 1) or self.t.titles.match(w.keys, nxt + 1))
                if not (arabic_surname(self.t, k) or (after_role and self.surname_like(w, nxt))):
                    return i
            elif not self.surname_like(w, nxt) and not unknown_word(self.t, w, nxt):
                return i  # «حسین [انواری]»: after a first name, a word no table knows is the surname
            end = i + 2
        # more name words: «خالد جاسم العبدالله», «علی احمدی»
        while end < len(w) and end - i < 4:
            prev_first = self.t.first_names.map.get(w.keys[end - 1]) is False  # a first name, not a common word
            if not (self.name_continues(w, end, loose=loose)
                    or (prev_first and (loose or end - i == 1) and self.after_first_name(w, end))):
                break
            end += 1
        return end

    def person_at(self, w: Words, i: int) -> Mention | None:
        titles: list[str] = []
        j = i
        while j < len(w):
            hit = self.t.titles.match(w.keys, j)
            if not hit:
                break
            titles.append(w.join(j, j + hit[0]))
            j += hit[0]
        end = self.name_at(w, j, titled=bool(titles))
        if end == j:
            return revered_at(w, i, j) if titles else None
        name = w.join(j, end)
        return Mention(i, end, "PER", "name", key=" ".join(w.keys[j:end]), titles=titles, name=name)

    # --- the scan ---------------------------------------------------------------------------
    def find(self, w: Words, *, agency: tuple[int, int] | None = None) -> list[Mention]:
        found: list[Mention] = []
        group = 0
        i = 0
        last_person: Mention | None = None  # for apposition
        size = len(w)  # ``Words.__len__`` is a Python call: once, not once a token
        while i < size:
            if agency and agency[0] <= i < agency[1]:
                found.append(Mention(agency[0], agency[1], "ORG", "agency", key=" ".join(w.keys[agency[0]:agency[1]]),
                                     name=w.join(agency[0], agency[1])))
                i = agency[1]
                last_person = None
                continue
            if (members := counted_members_at(self, w, i, found)) is not None:  # «همه ۱۱ عضو شورای X»
                found.append(members)
                i = members.end
                last_person = None
                continue
            if w.numbers[i]:
                value = self.value_at(w, i) or counted_group_at(self, w, i)  # «۵۰۰ زائر عراقی»
                if value is not None and value.kind == "value":
                    value.key = " ".join(w.texts[value.start:value.end])
                if value is not None:
                    found.append(value)
                    i = value.end
                    last_person = None
                    continue
            if w.texts[i] in APPOSITION_GAP:
                i += 1  # a comma or quote mark keeps an apposition open
                continue
            if not w.keys[i]:
                i += 1
                last_person = None
                continue
            if w.keys[i] not in self.starters:  # no role, person, pronoun, org, place or value starts here
                last_person = None
                i += 1
                continue
            m = self.role_at(w, i, found) or self.person_at(w, i)
            if m is not None:
                if last_person is not None and last_person.kind != m.kind and m.start - last_person.end <= 2 and all(
                    w.texts[k] in APPOSITION_GAP for k in range(last_person.end, m.start)
                ) and not attributed(w, last_person.start, m.start):
                    m.group = last_person.group
                else:
                    group += 1
                    m.group = group
                found.append(m)
                last_person = m
                i = m.end
                continue
            last_person = None
            # «پیش از این وزیر X …»: an «این» that closes a connective points at no one
            ana = None if connective_ending(w.keys, i) is not None else self.t.anaphors.match(w.keys, i)
            if not ana and (pointed := pointed_group_at(w, i)) is not None:  # «این دو کودک»
                ana = (pointed.end - i, (pointed.label, pointed.key))
            if ana:
                group += 1
                found.append(Mention(i, i + ana[0], ana[1][0], "anaphor", key=self.pointed_office(w, i, ana), group=group,
                                     name=w.join(i, i + ana[0])))
                i += ana[0]
                continue
            pron = self.t.pronouns.match(w.keys, i, limit=1)
            if pron:
                group += 1
                found.append(Mention(i, i + 1, "PER", "pronoun", key=w.keys[i], group=group))
                i += 1
                continue
            org, place = self.org_at(w, i), self.place_at(w, i)
            if org and place and place.end >= org.end and not self.t.org_heads.match(w.keys, i) and (
                    place.label != "FAC" or place.end > org.end):
                # «فرانسه» is the country, not the football team of the NER corpora; but «کاخ سفید» is the
                # government the tables name, not the building
                org = None
            m = org or place or group_at(self, w, i) or self.value_at(w, i)
            if m is not None:
                if m.kind == "value":
                    m.key = " ".join(w.keys[m.start:m.end])
                if m.kind == "org":
                    found.extend(self.org_places(w, m))
                elif m.label == "FAC":  # «فرودگاه [آبادان]»: the facility is no entity, its city is
                    found.extend(self.nested_places(w, m.start, m.end))
                found.append(m)
                i = m.end
                continue
            i += 1
        return self.add_repeats(w, found)

    def add_repeats(self, w: Words, found: list[Mention]) -> list[Mention]:
        """Later (or earlier) bare uses of a person's full name or surname: «الهنائی نیز …»."""
        taken = taken_tokens(found, len(w))
        names: dict[tuple[str, ...], str] = {}
        for m in found:
            parts = tuple(m.key.split())
            if m.kind == "name" and parts:  # a name in Latin letters has no Persian key to repeat
                names[parts] = m.key
                if len(parts) > 1 and parts[-1] not in self.t.first_names.map and len(parts[-1]) > 2:
                    names.setdefault(parts[-1:], parts[-1])
                if len(parts) == 2 and parts[1].startswith("ال"):
                    names.setdefault(("".join(parts),), m.key)  # «محمدالبرادعی»: the name glued at «ال»
        longest = max((len(p) for p in names), default=0)
        firsts = {p[0] for p in names}  # a name can start only at one of its first words
        i = 0
        keys, size = w.keys, len(w)  # read once: most tokens start no name and are passed over
        while i < size:
            if keys[i] not in firsts:
                i += 1
                continue
            hit = None
            for n in range(min(longest, size - i), 0, -1):
                parts = tuple(keys[i:i + n])
                if parts in names and not any(taken[i:i + n]):
                    hit = n
                    break
            if hit:
                key = names[tuple(w.keys[i:i + hit])] if hit == 1 else " ".join(w.keys[i:i + hit])
                found.append(Mention(i, i + hit, "PER", "name", key=key, name=w.join(i, i + hit),
                                     group=-2 - i))
                i += hit
            else:
                i += 1
        return sorted(found, key=lambda m: (m.start, -m.end))


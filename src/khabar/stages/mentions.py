"""Find entity mentions in a token sequence with the phrase tables (pure functions).

People: title(s) + name («سردار سرلشکر محمد باقری»), known full names, first name + surname,
role descriptions («وزیر دفاع سوریه», «رهبر معظم انقلاب اسلامی») and the pronouns وی/او/ایشان.
A role written next to a name (apposition) is grouped with it. Organizations, places, dates,
money and percentages come from tables and head words («ارتش سوریه», «بندر صلاله»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from khabar.stages.phrases import Tables, compact

_LETTERS = re.compile(r"[\u0600-\u06ff]")
_NUMBER = re.compile(r"^[0-9۰-۹]+(?:[.,/][0-9۰-۹]+)*$")
# Organization heads that name one body of the article's country when written alone («دولت»).
BARE_ORGS = frozenset({"دولت", "پارلمان", "مجلس", "کنگره", "سنا"})
MEDIA_HEADS = frozenset({"خبرگزاری", "روزنامه", "شبکه", "پایگاه", "سایت", "رادیو", "تلویزیون"})
_SURNAME_END = ("ی", "زاده", "پور", "نیا", "فر", "راد", "وند", "لو", "یان", "نژاد")


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


class MentionFinder:
    def __init__(self, tables: Tables) -> None:
        self.t = tables

    # --- word classes -------------------------------------------------------------------
    def is_boundary(self, w: Words, i: int) -> bool:
        k = w.keys[i]
        return not k or k in self.t.boundaries or k in self.t.pronouns.map

    def starts_other(self, w: Words, i: int) -> bool:
        """A title, role or epithet starts here: a name cannot run into it."""
        return bool(
            self.t.titles.match(w.keys, i) or self.t.role_heads.match(w.keys, i) or self.t.epithets.match(w.keys, i)
        )

    def name_like(self, w: Words, i: int) -> bool:
        return i < len(w) and not self.is_boundary(w, i) and not self.starts_other(w, i) and len(w.keys[i]) > 1

    def surname_like(self, w: Words, i: int) -> bool:
        k = w.keys[i]
        return (
            k in self.t.person_words.map
            or (k.startswith("ال") and len(k) > 4)  # Arabic names: «الفریج», not «الهی»
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
                if not ((k.startswith("ال") and len(k) > 4) or (after_role and self.surname_like(w, nxt))):
                    return i
            elif not self.surname_like(w, nxt):
                return i
            end = i + 2
        # more name words: «فهد جاسم الفریج», «محمد باقری»
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
            return None
        name = w.join(j, end)
        return Mention(i, end, "PER", "name", key=" ".join(w.keys[j:end]), titles=titles, name=name)

    def complement(self, w: Words, i: int, found: list[Mention]) -> int:
        """End of a role or organization complement starting at ``i``; nested places/orgs go to ``found``."""
        j = i
        while j < len(w) and j - i < 10:
            place = self.place_at(w, j)
            if place:
                place.nested = True
                found.append(place)
                j = place.end
                continue
            org = self.t.orgs.match(w.keys, j)
            if org:
                j += org[0]
                continue
            # «مشاور نخست‌وزیر عراق», «معاون وزیر امور خارجه»: an office inside a role
            word = self.t.role_words.match(w.keys, j) or self.t.role_heads.match(w.keys, j)
            if word:
                j += word[0]
                continue
            if w.numbers[j] and j > i:
                j += 1
                continue
            break
        return j

    def role_at(self, w: Words, i: int, found: list[Mention]) -> Mention | None:
        epithet = self.t.epithets.match(w.keys, i)
        head = self.t.role_heads.match(w.keys, i)
        if epithet and (not head or epithet[0] >= head[0]):
            end = i + epithet[0]
            return Mention(i, end, "PER", "role", key=compact(epithet[1]), role=w.join(i, end))
        if not head:
            return None
        nested: list[Mention] = []
        end = self.complement(w, i + head[0], nested)
        if end == i + head[0] and not head[1]:
            return None
        org = self.org_in(w, i + head[0], end)
        if org:
            nested.append(org)
        found.extend(nested)
        return Mention(i, end, "PER", "role", key=self.role_key(w, i, i + head[0], end, nested),
                       role=w.join(i, end))

    def role_key(self, w: Words, start: int, head_end: int, end: int, nested: list[Mention]) -> str:
        head = "".join(w.keys[start:head_end])
        head = head.removesuffix("ی") if head.endswith("جمهوری") else head
        parts = [head]
        j = head_end
        for m in sorted((m for m in nested if m.kind == "place"), key=lambda m: m.start):
            parts.extend(w.keys[j:m.start])
            parts.append("@" + m.key)  # «@» marks a place: a role tied to a country
            j = m.end
        parts.extend(w.keys[j:end])
        return " ".join(p for p in parts if p)

    # --- organizations and places -----------------------------------------------------------
    def org_at(self, w: Words, i: int) -> Mention | None:
        hit = self.t.orgs.match(w.keys, i)
        head = self.t.org_heads.match(w.keys, i)
        if head and (not hit or head[0] >= hit[0]):
            nested: list[Mention] = []
            end = self.complement(w, i + head[0], nested)
            if end > i + head[0] or head[1]:
                parts = [w.keys[k] for k in range(i, i + head[0])]
                j = i + head[0]
                for m in nested:
                    parts.extend(w.keys[j:m.start])
                    parts.append(m.key)
                    j = m.end
                parts.extend(w.keys[j:end])
                return Mention(i, end, "ORG", "org", key=" ".join(parts), name=w.join(i, end))
        if hit:
            return Mention(i, i + hit[0], "ORG", "org", key=" ".join(w.keys[i:i + hit[0]]), name=w.join(i, i + hit[0]))
        if head and head[0] == 1 and w.keys[i] in BARE_ORGS:
            return Mention(i, i + 1, "ORG", "org", key=w.keys[i], name=w.texts[i])
        return None

    def org_in(self, w: Words, start: int, end: int) -> Mention | None:
        """The first organization name inside a role complement («نیروهای مسلح …» in «رئیس‌ستاد کل …»)."""
        for k in range(start, end):
            org = self.org_at(w, k)
            if org and org.end <= end:
                org.nested = True
                return org
        return None

    def place_at(self, w: Words, i: int) -> Mention | None:
        hit = self.t.places.match(w.keys, i)
        if hit:
            return Mention(i, i + hit[0], "LOC", "place", key=compact(hit[1]), name=hit[1])
        head = self.t.place_heads.match(w.keys, i)
        if head:
            j = i + head[0]
            inner = self.t.places.match(w.keys, j)
            n = inner[0] if inner else (1 if self.name_like(w, j) else 0)
            if n:
                return Mention(i, j + n, head[1], "place", key=" ".join(w.keys[i:j + n]), name=w.join(i, j + n))
        return None

    def value_at(self, w: Words, i: int) -> Mention | None:
        """Dates («عصر چهارشنبه», «۲۲ بهمن ۱۳۹۱»), money and percentages."""
        tw = self.t.time_words.map
        cls = tw.get(w.keys[i])
        if w.numbers[i]:
            j = i + 1
            while j < len(w) and tw.get(w.keys[j]) == "scale":
                j += 1
            nxt = tw.get(w.keys[j]) if j < len(w) else None
            if nxt == "percent":
                return Mention(i, j + 1, "PERCENT", "value")
            if nxt == "currency":
                return Mention(i, j + 1, "MONEY", "value")
            if nxt == "month":
                end = j + 1
                if end < len(w) and w.numbers[end]:
                    end += 1
                return Mention(i, end, "DATE", "value")
            return None
        if cls in {"daypart", "period"} and i + 1 < len(w):
            nxt = tw.get(w.keys[i + 1])
            if nxt == "weekday" or (nxt == "relative" and cls == "daypart"):
                end = i + 2
                if cls == "daypart" and end < len(w) and tw.get(w.keys[end]) == "weekday":
                    end += 1
                return Mention(i, end, "DATE" if cls == "period" else "TIME", "value")
            if cls == "period" and w.keys[i] == "سال" and w.numbers[i + 1]:
                return Mention(i, i + 2, "DATE", "value")
        if cls == "relative":
            return Mention(i, i + 1, "DATE", "value")
        if cls == "weekday" and not (i > 0 and w.keys[i - 1] == "امام"):
            return Mention(i, i + 1, "DATE", "value")
        return None

    # --- the scan ---------------------------------------------------------------------------
    def find(self, w: Words, *, agency: tuple[int, int] | None = None) -> list[Mention]:
        found: list[Mention] = []
        group = 0
        i = 0
        last_person: Mention | None = None  # for apposition
        while i < len(w):
            if agency and agency[0] <= i < agency[1]:
                found.append(Mention(agency[0], agency[1], "ORG", "agency", key=" ".join(w.keys[agency[0]:agency[1]]),
                                     name=w.join(agency[0], agency[1])))
                i = agency[1]
                last_person = None
                continue
            if w.numbers[i]:
                value = self.value_at(w, i)
                if value is not None:
                    value.key = " ".join(w.texts[value.start:value.end])
                    found.append(value)
                    i = value.end
                    last_person = None
                    continue
            if not w.keys[i]:
                i += 1
                if w.texts[i - 1] not in {"،", ","}:
                    last_person = None
                continue
            m = self.role_at(w, i, found) or self.person_at(w, i)
            if m is not None:
                if last_person is not None and last_person.kind != m.kind and (
                    last_person.end == m.start or (m.start - last_person.end == 1 and w.texts[m.start - 1] in "،,")
                ):
                    m.group = last_person.group
                else:
                    group += 1
                    m.group = group
                found.append(m)
                last_person = m
                i = m.end
                continue
            last_person = None
            ana = self.t.anaphors.match(w.keys, i)
            if ana:
                group += 1
                found.append(Mention(i, i + ana[0], ana[1][0], "anaphor", key=ana[1][1], group=group,
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
            if org and place and place.end >= org.end and not self.t.org_heads.match(w.keys, i):
                org = None  # «فرانسه» is the country, not the football team of the NER corpora
            m = org or place or self.value_at(w, i)
            if m is not None:
                if m.kind == "value":
                    m.key = " ".join(w.keys[m.start:m.end])
                if m.kind == "org" and w.keys[m.start] not in MEDIA_HEADS:  # «خبرگزاری فارس» is no province
                    found.extend(x for x in self.nested_places(w, m.start, m.end))
                found.append(m)
                i = m.end
                continue
            i += 1
        return self.add_repeats(w, found)

    def nested_places(self, w: Words, start: int, end: int) -> list[Mention]:
        out = []
        k = start + 1
        while k < end:
            p = self.place_at(w, k)
            if p and p.end <= end:
                p.nested = True
                out.append(p)
                k = p.end
            else:
                k += 1
        return out

    def add_repeats(self, w: Words, found: list[Mention]) -> list[Mention]:
        """Later (or earlier) bare uses of a person's full name or surname: «الهنائی نیز …»."""
        taken = [False] * len(w)
        for m in found:
            if not m.nested:
                for k in range(m.start, m.end):
                    taken[k] = True
        names: dict[tuple[str, ...], str] = {}
        for m in found:
            if m.kind == "name":
                parts = tuple(m.key.split())
                names[parts] = m.key
                if len(parts) > 1 and parts[-1] not in self.t.first_names.map and len(parts[-1]) > 2:
                    names.setdefault(parts[-1:], parts[-1])
        longest = max((len(p) for p in names), default=0)
        i = 0
        while i < len(w):
            hit = None
            for n in range(min(longest, len(w) - i), 0, -1):
                parts = tuple(w.keys[i:i + n])
                if parts in names and not any(taken[i:i + n]):
                    hit = n
                    break
            if hit:
                found.append(Mention(i, i + hit, "PER", "name", key=" ".join(w.keys[i:i + hit]), name=w.join(i, i + hit),
                                     group=-2 - i))
                i += hit
            else:
                i += 1
        return sorted(found, key=lambda m: (m.start, -m.end))

"""Union-find over mention groups, with what coreference asks of a cluster kept up to date.

Coreference asks, for every group, "which clusters hold a name or role like mine, and which
of them is nearest?". Scanning every group for every question made long articles cubic
(a 100 KB paragraph of repeated roles never finished), so each cluster keeps its members
(sorted by position), and ``KeyIndex`` maps a key to the clusters that hold it.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from khabar.stages.phrases import compact
from khabar.tables import key as text_key
from khabar.tables import load_table


class Clusters:
    """Union-find over mention groups; the root of a cluster is its lowest group index."""

    def __init__(self, n: int, starts: Sequence[int] | None = None) -> None:
        self.parent = list(range(n))
        self.agency: set[int] = set()  # groups that name the agency (never a speaker)
        # «کشورمان» group -> the home country's group: no mention under the guide (first person), but the
        # events and speakers still read it as that country (coref_output.merge: ``home_mentions``)
        self.home: dict[int, int] = {}
        # «تیم ما», «تیمش» group -> the group of the person whose club it is (None: the speaker of its quote),
        # placed once the quotes are known (``team_words``)
        self.team_words: dict[int, int | None] = {}
        # one name read as two, a space apart (``coref_given.adjacent_names``): the spans written as one mention
        self.glued: dict[tuple[int, int], tuple[int, int]] = {}
        self.start = list(starts) if starts is not None else list(range(n))
        # root -> [(start token, group)], sorted; merged smaller into larger
        self._members: dict[int, list[tuple[int, int]]] = {g: [(self.start[g], g)] for g in range(n)}

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        keep, drop = min(ra, rb), max(ra, rb)
        self.parent[drop] = keep
        big, small = self._members.pop(keep), self._members.pop(drop)
        if len(big) < len(small):
            big, small = small, big
        for item in small:
            insort(big, item)
        self._members[keep] = big

    def members(self, root: int) -> list[int]:
        return [g for _, g in self._members[self.find(root)]]

    def distance(self, root: int, tok: int) -> int:
        """Tokens from ``tok`` to the nearest member of the cluster (a binary search)."""
        items = self._members[self.find(root)]
        i = bisect_left(items, (tok, -1))
        near = [items[j][0] for j in (i - 1, i) if 0 <= j < len(items)]
        return min(abs(s - tok) for s in near)


class KeyIndex:
    """key -> the clusters that hold it. Group ids are turned into roots lazily, when read,
    so a key shared by many merged groups costs one entry."""

    def __init__(self, cl: Clusters) -> None:
        self.cl = cl
        self._by_key: dict[object, set[int]] = {}

    def add(self, key: object, group: int) -> None:
        self._by_key.setdefault(key, set()).add(group)

    def add_all(self, keys: Iterable[object], group: int) -> None:
        for k in keys:
            self.add(k, group)

    def roots(self, key: object) -> set[int]:
        groups = self._by_key.get(key)
        if not groups:
            return set()
        roots = {self.cl.find(g) for g in groups}
        self._by_key[key] = set(roots)
        return roots

    def roots_any(self, keys: Iterable[object]) -> set[int]:
        out: set[int] = set()
        for k in keys:
            out |= self.roots(k)
        return out


def name_lookups(name: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    """Index keys under which a name is stored: itself ("=") and each of its ends ("end")."""
    return [("=", name)] + [("end", name[-n:]) for n in range(1, len(name) + 1)]


def name_queries(name: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    """Keys that find every stored name that ``names_match`` this one: longer names ending with
    it, and shorter names it ends with."""
    return [("end", name)] + [("=", name[-n:]) for n in range(1, len(name))]


def role_lookups(role: str) -> list[tuple[str, tuple[str, ...]]]:
    """Index keys for a role: itself and each of its beginnings of 2+ words."""
    words = tuple(role.split())
    return [("=", words)] + [("start", words[:n]) for n in range(2, len(words) + 1)]


def role_queries(role: str) -> list[tuple[str, tuple[str, ...]]]:
    """Keys that find every stored role that ``roles_match`` this one."""
    words = tuple(role.split())
    out = [("=", words)]
    if len(words) > 1:
        out.append(("start", words))
        out += [("=", words[:n]) for n in range(2, len(words))]
    return out


ROLE_FILLERS = frozenset(compact(w) for w in "امور دولت جمهوری اسلامی".split())
# «سرپرست جدید اداره کل X» is the «سرپرست اداره کل X» of the article, and «امام جمعه موقت X» its «امام
# جمعه X» (news drops «موقت», interim, on the second mention); «سابق»/«پیشین» stay: a former office
# holder is someone else.
CURRENT_WORDS = frozenset(compact(w) for w in "جدید فعلی کنونی تازه موقت".split())


@lru_cache(maxsize=1)
def role_synonyms() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(variant words, canonical words) of offices written two ways, longest variant first."""
    rows = load_table("role_synonyms.tsv")
    # a role key holds its head as one word («امامجمعه موقت @اصفهان»); other keys word by word
    forms: list[tuple[tuple[str, ...], tuple[str, ...]]] = [((compact(v),), (compact(c),)) for v, c in rows]
    forms += [(tuple(text_key(v).split()), tuple(text_key(c).split())) for v, c in rows]
    return tuple(sorted(forms, key=lambda r: -len(r[0])))


def canonical_role(key: str) -> str:
    """One key for the ways an office is written: «وزیر امور خارجه دولت @کوبا» and «وزیر خارجه
    @کوبا», «سخنگوی وزارت امور خارجه جمهوری اسلامی ایران» and «سخنگوی وزارت خارجه ایران»,
    «خطیب جمعه @اصفهان» and «امام جمعه @اصفهان»."""
    split = key.split()
    for variant, canonical in role_synonyms():
        if tuple(split[:len(variant)]) == variant:
            split = [*canonical, *split[len(variant):]]
            break
    words = [x.replace("امور", "") if len(x) > 4 and x.startswith(("وزیر", "وزارت")) else x for x in split]
    kept = [x for x in words if x not in ROLE_FILLERS and x not in CURRENT_WORDS]
    return " ".join(kept) if kept else key


def adjective_forms(keys: list[list[str]]) -> list[list[str]]:
    """Role keys with a word ending in the adjective «ی» written as its noun where the article also has the
    noun: «دبیر شورایعالی امنیتی ملی» and «دبیر شورایعالی امنیت ملی», «وزیر اقتصادی و دارایی» and «وزیر
    اقتصاد و دارایی» are one office. Short words stay («ملی», «عالی»)."""
    words = {x for group in keys for k in group for x in k.split()}

    def noun(x: str) -> str:
        return x[:-1] if len(x) > 4 and x.endswith("ی") and x[:-1] in words else x

    return [[" ".join(noun(x) for x in k.split()) for k in group] for group in keys]


ORG_FILLERS = ROLE_FILLERS - {compact("دولت")}
# Words for the kind of a body before its name: «حزب لیکود» and a later «لیکود», «جنبش حماس» and «حماس»
# are one organization («سازمان», «وزارت» are part of the name: «سازمان ملل» is no «ملل»)
ORG_KINDS = frozenset(compact(w) for w in "حزب جنبش گروه گروهک".split())


def canonical_org(key: str) -> str:
    """«وزارت امور خارجه جمهوری اسلامی ایران» and «وزارت خارجه ایران» are one key («دولت
    عراق» keeps its «دولت»: the government is not the country)."""
    words = [x.replace("امور", "") if len(x) > 4 and x.startswith("وزارت") else x for x in key.split()]
    kept = drop_kind([x for x in words if x not in ORG_FILLERS], ORG_KINDS)
    return " ".join(kept) if kept else key


# Words that name the kind of a place before its name: «استان خوزستان», «شهر دوگنبدان» and a later bare
# «خوزستان» are one place («خلیج فارس», «بندر عباس» keep theirs: the word is part of the name).
PLACE_KINDS = frozenset(compact(w) for w in "استان شهر شهرستان روستای کشور نوار جزیره".split())


def split_glued_names(names: list[list[tuple[str, ...]]]) -> list[list[tuple[str, ...]]]:
    """Name keys with a word written glued («احمدینژاد», «بندعلیان») split as the article also writes it
    («احمدی نژاد», «بند علیان»), so «دکتر احمدی نژاد» is «محمود احمدی‌نژاد»."""
    pairs = {a + b: (a, b) for group in names for n in group for a, b in zip(n, n[1:], strict=False)}
    if not pairs:
        return names
    return [[tuple(x for word in n for x in pairs.get(word, (word,))) for n in group] for group in names]


def kindless_places(keys: list[list[str]]) -> list[list[str]]:
    """Role keys with a place's kind word dropped («مدیرکل پست @استان مازندران», or the gazetteer's glued
    «@استانمازندران», → «… @مازندران», as the article's «مدیرکل پست مازندران»), unless the article names the
    place with two kind words: «مدیر آموزش و پرورش @استان اردبیل» and «… @شهرستان اردبیل» are two offices.
    A glued form counts only where the article also has the bare place («شهرکرد» is no «کرد»)."""
    named = {x[1:] for group in keys for k in group for x in k.split() if x.startswith("@")}

    def kind_of(x: str, nxt: str | None) -> tuple[str, str, int] | None:
        """(kind, place, words taken) of a role word «@…» that starts with a kind word."""
        if not x.startswith("@"):
            return None
        if x[1:] in PLACE_KINDS:
            return (x[1:], nxt, 2) if nxt else None
        glued = next((kind for kind in PLACE_KINDS if x[1:].startswith(kind) and x[1 + len(kind):] in named), None)
        return (glued, x[1 + len(glued):], 1) if glued else None

    found = [kind_of(x, nxt) for group in keys for k in group
             for x, nxt in zip(k.split(), [*k.split()[1:], None], strict=True)]
    kinds: dict[str, set[str]] = {}
    for hit in found:
        if hit:
            kinds.setdefault(hit[1], set()).add(hit[0])

    def bare(key: str) -> str:
        words, out, n = key.split(), [], 0
        while n < len(words):
            hit = kind_of(words[n], words[n + 1] if n + 1 < len(words) else None)
            if hit and len(kinds[hit[1]]) == 1:
                out.append("@" + hit[1])
                n += hit[2]
            else:
                out.append(words[n])
                n += 1
        return " ".join(out)

    return [[bare(k) for k in group] for group in keys]


def place_core(key: str, agency: str | None = None) -> str:
    """A place's key without the word for its kind: «استان خوزستان» → «خوزستان»; not when that is the
    agency's name («استان فارس» is no «به گزارش فارس»)."""
    core = " ".join(drop_kind(key.split(), PLACE_KINDS))
    return key if core == agency else core


def kind_written_places(keys: set[str], agency: str | None = None) -> dict[str, str]:
    """Gazetteer keys written as one word with their kind word («شهرمشهد») → the bare place among
    ``keys`` («مشهد»). Only a place the article also names bare («شهرکرد» is a city of its own), and
    not the agency's name («استان فارس» is no «به گزارش فارس»)."""
    out = {}
    for k in keys:
        for kind in PLACE_KINDS:
            if k.startswith(kind) and k[len(kind):] in keys and k[len(kind):] != agency:
                out[k] = k[len(kind):]
    return out


def org_words(entities: list[dict[str, Any]], groups: list[int]) -> list[tuple[str, ...]]:
    """The canonical organization keys of the groups, as word tuples."""
    return [tuple(canonical_org(k).split()) for g in groups for k in entities[g]["mention_keys"] if k]


def one_name_written_longer(clusters: list[list[tuple[str, ...]]]) -> bool:
    """Whether every form of every cluster starts (or is the start of) every form of every other one."""
    forms = [f for c in clusters for f in c]
    return bool(forms) and all(a[:len(b)] == b or b[:len(a)] == a for a in forms for b in forms)


def drop_kind(words: list[str], kinds: frozenset[str]) -> list[str]:
    """A name's words without a first word that says what kind of thing it is, when a name remains."""
    return words[1:] if len(words) > 1 and words[0] in kinds else words

"""Coreference inside an article: one ``doc._.entities`` entry per entity.

The entities stage gives mention groups (a name with its apposed role). This stage links
them: the same name or its surname («باقری» → «محمد باقری»), the same role («وزیر دفاع
عمان», also a shorter form of it), a role whose holder is never named beside it to the
nearby person who has no role yet, the same organization or place, and the pronouns
وی/او/ایشان to the most salient person (see ``salience``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from khabar.extensions import SPAN_STRUCTURE, register_extensions
from khabar.stages.cues import quoted_regions
from khabar.stages.mentions import BARE_ORGS, Words
from khabar.stages.phrases import compact
from khabar.stages.salience import Ref, Sentences, salient_before
from khabar.tables import load_table

# Offices held by many people at once: never guessed onto a nearby person («مشاور نخست‌وزیر عراق»).
SUBORDINATE = frozenset(compact(w) for w in (
    "مشاور معاون سخنگوی سخنگو عضو نماینده دستیار کاردار مسئول کارشناس رایزن افسر مقام منبع استاد "
    "خبرنگار نویسنده تحلیلگر فعال نامزد سفیر دبیر مدیر"
).split())
OUTPUT_FIELDS = ("id", "label", "name", "titles", "roles", "mentions")


class Clusters:
    """Union-find over mention groups."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same person by name: equal, or the shorter is the end of the longer («باقری», «محمد باقری»)."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return long_[-len(short):] == short


def roles_match(a: str, b: str) -> bool:
    """Same office: equal, or one is the other with more words («فرمانده نیروی دریایی ارتش …»)."""
    wa, wb = a.split(), b.split()
    n = min(len(wa), len(wb))
    return n > 0 and wa[:n] == wb[:n] and (n > 1 or len(wa) == len(wb))


def link(entities: list[dict[str, Any]], w: Words, sents: Sentences, quoted: list[tuple[int, int]],
         char_to_tok: dict[int, int]) -> Clusters:
    cl = Clusters(len(entities))
    kinds = [set(e.get("mention_kinds", [])) for e in entities]
    name_keys = [[tuple(k.split()) for k, kind in zip(e["mention_keys"], e["mention_kinds"], strict=False)
                  if kind == "name"] for e in entities]
    role_keys = [[k for k, kind in zip(e["mention_keys"], e["mention_kinds"], strict=False) if kind == "role"]
                 for e in entities]

    def members(root: int) -> list[int]:
        return [g for g in range(len(entities)) if cl.find(g) == root]

    def cluster_names(root: int) -> list[tuple[str, ...]]:
        return [n for g in members(root) for n in name_keys[g]]

    def cluster_roles(root: int) -> list[str]:
        return [r for g in members(root) for r in role_keys[g]]

    # 1. organizations, places, values and the agency: the same key is the same entity
    seen: dict[tuple[str, str], int] = {}
    for g, e in enumerate(entities):
        if e["label"] == "PER" or "anaphor" in kinds[g]:
            continue
        for k in e["mention_keys"]:
            k = media_core(k) if e["label"] == "ORG" else k
            if (e["label"], k) in seen:
                cl.union(seen[(e["label"], k)], g)
            else:
                seen[(e["label"], k)] = g
    # an organization named shorter («نیروهای مسلح») is the one longer form that starts the same way
    orgs = [g for g, e in enumerate(entities) if e["label"] == "ORG" and "agency" not in kinds[g]]
    for g in orgs:
        others = {cl.find(x) for x in orgs if cl.find(x) != cl.find(g) and any(
            roles_match(a, b) for a in entities[g]["mention_keys"] for b in entities[x]["mention_keys"])}
        if len(others) == 1:
            cl.union(others.pop(), g)
    # a bare «دولت», «پارلمان»: the nearest organization whose name starts with it
    for g in orgs:
        keys = entities[g]["mention_keys"]
        if len(keys) == 1 and keys[0] in BARE_ORGS:
            fuller = [x for x in orgs if x != g and any(k.split()[0] == keys[0] and " " in k
                                                          for k in entities[x]["mention_keys"])]
            if fuller:
                cl.union(min(fuller, key=lambda x: (x > g, abs(x - g))), g)
    # 2. people by name, in text order; a surname goes to the nearest earlier full name
    named = [g for g, e in enumerate(entities) if e["label"] == "PER" and name_keys[g]]
    for pos, g in enumerate(named):
        for prev in reversed(named[:pos]):
            if any(names_match(a, b) for a in name_keys[g] for b in cluster_names(cl.find(prev))):
                cl.union(prev, g)
                break
    # 3. role-only groups: same role as a named person (anywhere), else the same role, else a
    #    nearby person who has no role yet
    start_of = [char_to_tok.get(e["mentions"][0][0], 0) for e in entities]
    role_only = [g for g, e in enumerate(entities) if e["label"] == "PER" and kinds[g] == {"role"}]
    for g in role_only:
        roots = {cl.find(x) for x in named}
        options = [r for r in roots if any(roles_match(a, b) for a in role_keys[g] for b in cluster_roles(r))]
        if not options:
            options = [cl.find(x) for x in role_only if x < g and cl.find(x) != cl.find(g)
                       and any(roles_match(a, b) for a in role_keys[g] for b in cluster_roles(cl.find(x)))]
        # only a role tied to a place («رئیس‌جمهوری سوریه»), never an epithet («رهبر انقلاب»)
        if not options and any("@" in k and k.split()[0] not in SUBORDINATE for k in role_keys[g]):
            s = sents.index(start_of[g])
            options = [r for r in roots if not cluster_roles(r) and any(
                abs(sents.index(start_of[x]) - s) <= 5 for x in members(r))]
        if options:
            nearest = min(options, key=lambda r: min(abs(start_of[x] - start_of[g]) for x in members(r)))
            cl.union(nearest, g)
    # 4. pronouns and anaphors («این کشور»), in text order
    refs = sorted((Ref(char_to_tok.get(s, 0), char_to_tok.get(s, 0) + 1, kind, e["label"], g)
                   for g, e in enumerate(entities)
                   for (s, _), kind in zip(e["mentions"], e["mention_kinds"], strict=False)),
                  key=lambda r: r.start)
    for ref in refs:
        if ref.kind == "anaphor":
            rule = entities[ref.group]["mention_keys"][0]
            if rule != "person":
                ante_group = anaphor_antecedent(rule, ref, refs, entities)
                if ante_group is not None:
                    cl.union(ante_group, ref.group)
                continue
        if ref.kind in {"pronoun", "anaphor"}:
            ante = salient_before(w, [r for r in refs if r.kind not in {"pronoun", "anaphor"} or r.start < ref.start],
                                  sents, ref.start, quoted)
            if ante is not None:
                cl.union(ante.group, ref.group)
    return cl


MEDIA_WORDS = frozenset({"خبرگزاری", "روزنامه", "شبکه", "پایگاه", "سایت", "هفته‌نامه", "هفتهنامه", "رادیو"})


def media_core(key: str) -> str:
    """«خبرگزاری فارس» and «فارس» are one outlet: drop the kind of outlet before the name."""
    words = key.split()
    while len(words) > 1 and words[0] in MEDIA_WORDS:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def country_keys() -> frozenset[str]:
    names = [row[0] for row in load_table("gazetteer/countries.tsv")] + [row[1] for row in load_table("country_aliases.tsv")]
    return frozenset(compact(n) for n in names)


def anaphor_antecedent(rule: str, ref: Ref, refs: list[Ref], entities: list[dict[str, Any]]) -> int | None:
    """The mention group an «این کشور»-type phrase points back to (see data/anaphors.tsv)."""
    countries = country_keys()

    def key_of(r: Ref) -> str:
        return entities[r.group]["mention_keys"][0]

    if rule == "own":
        home = compact("ایران")
        return next((r.group for r in refs if r.label == "LOC" and key_of(r) == home and r.kind == "place"), None)
    before = [r for r in reversed(refs) if r.start < ref.start and r.kind not in {"anaphor", "pronoun"}]
    for r in before:
        if rule == "country" and r.label == "LOC" and key_of(r) in countries:
            return r.group
        if rule == "city" and r.label == "LOC" and key_of(r) not in countries:
            return r.group
        if rule.startswith("org:") and r.label == "ORG" and r.kind != "agency" and compact(rule[4:]) in key_of(r).replace(" ", ""):
            return r.group
    return None


def merge(entities: list[dict[str, Any]], cl: Clusters, doc: Doc) -> list[dict[str, Any]]:
    """One output entry per cluster, in order of first mention."""
    by_root: dict[int, list[int]] = {}
    for g in range(len(entities)):
        by_root.setdefault(cl.find(g), []).append(g)
    out: list[dict[str, Any]] = []
    for groups in sorted(by_root.values(), key=lambda gs: min(entities[g]["mentions"][0][0] for g in gs)):
        labels = [entities[g]["label"] for g in groups]
        kinds = [k for g in groups for k in entities[g]["mention_kinds"]]
        if set(kinds) <= {"pronoun", "anaphor"}:
            continue  # an unresolved pronoun is no entity
        label = max(set(labels), key=labels.count)
        names = [n for g in groups for n, k in zip(entities[g]["mention_names"], entities[g]["mention_kinds"],
                                                   strict=False) if k in {"name", "org", "place", "agency"}]
        roles = unique(r for g in groups for r in entities[g]["roles"])
        if label == "LOC" and names:
            name = min(names, key=len)  # a country's short name, not «جمهوری اسلامی ایران»
        elif names:
            name = max(names, key=lambda n: (len(n.split()), len(n)))
        elif roles:
            name = roles[0]
        else:
            name = doc.text[slice(*entities[groups[0]]["mentions"][0])]
        spans = sorted({tuple(m) for g in groups for m in entities[g]["mentions"]})
        out.append({
            "id": f"e{len(out) + 1}",
            "label": label,
            "name": name,
            "titles": unique(t for g in groups for t in entities[g]["titles"]),
            "roles": roles,
            "mentions": [list(s) for s in spans],
        })
    return out


def unique(items: Any) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        k = compact(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def paragraphs_of(doc: Doc) -> list[tuple[int, int]]:
    parts = [(s.start, s.end) for s in doc.spans.get(SPAN_STRUCTURE, []) if s.label_ in {"LEAD", "PARAGRAPH"}]
    return parts or [(0, len(doc))]


def sentences_of(doc: Doc) -> Sentences:
    starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    return Sentences(starts, len(doc))


class Coreference:
    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        entities = doc._.entities or []
        if not entities or "mention_kinds" not in entities[0]:
            return doc
        w = Words.of([t.text for t in doc])
        char_to_tok = {t.idx: t.i for t in doc}
        quoted = quoted_regions(w, paragraphs_of(doc))
        cl = link(entities, w, sentences_of(doc), quoted, char_to_tok)
        doc._.entities = merge(entities, cl, doc)
        return doc


@Language.factory("khabar_coref", assigns=["doc._.entities"], requires=["doc._.entities"])
def make_coref(nlp: Language, name: str) -> Coreference:
    return Coreference(nlp, name)

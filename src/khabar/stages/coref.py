"""Coreference inside an article: one ``doc._.entities`` entry per entity.

The entities stage gives mention groups (a name with its apposed role). This stage links
them: the same name or its surname («باقری» → «محمد باقری»), the same role («وزیر دفاع
عمان», also a shorter form of it), a role whose holder is never named beside it to the
nearby person who has no role yet, the same organization or place, and the pronouns
وی/او/ایشان to the most salient person (see ``salience``).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from khabar.extensions import SPAN_STRUCTURE, register_extensions
from khabar.stages.cues import quoted_regions
from khabar.stages.mentions import Words
from khabar.stages.phrases import compact
from khabar.stages.salience import Ref, Sentences, salient_before

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
        if e["label"] == "PER":
            continue
        for k in e["mention_keys"]:
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
        # only a role with a complement («رئیس‌جمهوری سوریه»), never a bare epithet («رهبر انقلاب»)
        if not options and any(" " in k for k in role_keys[g]):
            s = sents.index(start_of[g])
            options = [r for r in roots if not cluster_roles(r) and any(
                abs(sents.index(start_of[x]) - s) <= 5 for x in members(r))]
        if options:
            nearest = min(options, key=lambda r: min(abs(start_of[x] - start_of[g]) for x in members(r)))
            cl.union(nearest, g)
    # 4. pronouns, in text order, to the most salient person before them
    refs = sorted((Ref(char_to_tok.get(s, 0), char_to_tok.get(s, 0) + 1, kind, e["label"], g)
                   for g, e in enumerate(entities)
                   for (s, _), kind in zip(e["mentions"], e["mention_kinds"], strict=False)),
                  key=lambda r: r.start)
    for ref in refs:
        if ref.kind == "pronoun":
            ante = salient_before(w, [r for r in refs if r.kind != "pronoun" or r.start < ref.start],
                                  sents, ref.start, quoted)
            if ante is not None:
                cl.union(ante.group, ref.group)
    return cl


def merge(entities: list[dict[str, Any]], cl: Clusters, doc: Doc) -> list[dict[str, Any]]:
    """One output entry per cluster, in order of first mention."""
    by_root: dict[int, list[int]] = {}
    for g in range(len(entities)):
        by_root.setdefault(cl.find(g), []).append(g)
    out: list[dict[str, Any]] = []
    for groups in sorted(by_root.values(), key=lambda gs: min(entities[g]["mentions"][0][0] for g in gs)):
        labels = [entities[g]["label"] for g in groups]
        kinds = [k for g in groups for k in entities[g]["mention_kinds"]]
        if set(kinds) == {"pronoun"}:
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

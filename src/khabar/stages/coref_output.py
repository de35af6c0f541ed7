"""The coreference stage's output: one entity per cluster, with its label, name, titles, roles and mentions."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from khabar.stages.clusters import Clusters
from khabar.stages.phrases import compact
from khabar.stages.tokenizer import doc_text


def merge(entities: list[dict[str, Any]], cl: Clusters, doc: Doc, agency_groups: set[int] | frozenset[int] = frozenset()
          ) -> list[dict[str, Any]]:
    """One output entry per cluster, in order of first mention."""
    by_root: dict[int, list[int]] = {}
    for g in range(len(entities)):
        by_root.setdefault(cl.find(g), []).append(g)
    out: list[dict[str, Any]] = []
    text: str | None = None
    home: dict[int, list[tuple[int, int]]] = {}  # the home country's root -> its «کشورمان» spans
    for own, country in cl.home.items():
        home.setdefault(cl.find(country), []).extend((m[0], m[1]) for m in entities[own]["mentions"])
    for groups in sorted(by_root.values(), key=lambda gs: min(entities[g]["mentions"][0][0] for g in gs)):
        labels = [entities[g]["label"] for g in groups]
        kinds = [k for g in groups for k in entities[g]["mention_kinds"]]
        if set(kinds) <= {"pronoun", "anaphor"}:
            continue  # an unresolved pronoun is no entity
        agency = any(g in agency_groups for g in groups)
        # the most frequent label; a tie goes to the earliest mention's, not to set order (which the hash
        # seed shuffles from run to run: «اسرائیل» LOC or «رژیم صهیونیستی» ORG would flip the name)
        label = "ORG" if agency else max(dict.fromkeys(labels), key=labels.count)
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
            text = text if text is not None else doc_text(doc)  # the tokenizer's copy: spaCy rebuilds doc.text
            name = text[slice(*entities[groups[0]]["mentions"][0])]
        spans = glue(sorted({(m[0], m[1]) for g in groups for m in entities[g]["mentions"]}), cl.glued)
        out.append({
            "id": f"e{len(out) + 1}",
            "label": label,
            "name": name,
            "titles": unique(t for g in groups for t in entities[g]["titles"]),
            "roles": roles,
            "mentions": [list(s) for s in spans],
        })
        if home.get(cl.find(groups[0])):
            # «کشورمان», «کشور ما»: not mentions (the guide leaves first person out), but where the text
            # speaks of this country: the events and speakers read them with the mentions
            out[-1]["home_mentions"] = [list(s) for s in sorted(set(home[cl.find(groups[0])]))]
    return out


def glue(spans: list[tuple[int, int]], glued: dict[tuple[int, int], tuple[int, int]]) -> list[tuple[int, int]]:
    """One mention for a name read as two, a space apart (``Clusters.glued``): «روبین» + «فان پرسی»."""
    out: list[tuple[int, int]] = []
    for span in spans:
        if out and glued.get(out[-1]) == span:
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out


def text_spans(entity: dict[str, Any]) -> list[list[int]]:
    """Where the text speaks of ``entity``: its mentions and its first-person «کشورمان» spans
    (``home_mentions``), for the stages that read what a clause is about (events, speakers)."""
    return [*entity.get("mentions", []), *entity.get("home_mentions", [])]


def unique(items: Any) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        k = compact(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out

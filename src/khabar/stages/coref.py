"""Coreference inside an article: one ``doc._.entities`` entry per entity.

The entities stage gives mention groups (a name with its apposed role). This stage links
them: the same name or its surname («احمدی» → «علی احمدی»), the same role («وزیر دفاع
عمان», also a shorter form of it), a role whose holder is never named beside it to the
nearby person who has no role yet, the same organization or place, and the pronouns
وی/او/ایشان to the most salient person (see ``salience``).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from khabar.extensions import SPAN_STRUCTURE, register_extensions
from khabar.stages.clusters import (
    Clusters,
    KeyIndex,
    adjective_forms,
    canonical_org,
    canonical_role,
    kind_written_places,
    kindless_places,
    name_lookups,
    name_queries,
    one_name_written_longer,
    org_words,
    place_core,
    role_lookups,
    role_queries,
    split_glued_names,
)
from khabar.stages.coref_anaphors import (
    anaphor_antecedent,
    home_group,
    media_core,
    quoted_antecedent,
    roles_of_this_country,
    sports_report,
    state_aliases,
    team_anaphor,
)
from khabar.stages.coref_bound import pronoun_antecedent
from khabar.stages.coref_clubs import club_aliases, short_club_names
from khabar.stages.coref_epithets import described_by_surname, link_holders
from khabar.stages.coref_focus import person_only, told_of_focus
from khabar.stages.coref_given import adjacent_names, given_name_alone
from khabar.stages.coref_leads import indefinite_at
from khabar.stages.coref_match import another_office, is_seat, many_hold
from khabar.stages.coref_nearby import nearby_people
from khabar.stages.coref_output import merge
from khabar.stages.coref_posts import link_post_holders
from khabar.stages.cues import words_of
from khabar.stages.doc_parts import Items, first_body, news_items, paragraphs_of, sentences_of
from khabar.stages.mentions import Words
from khabar.stages.orgs_places import BARE_ORGS
from khabar.stages.phrases import compact
from khabar.stages.quote_direct import Regions, quoted_regions
from khabar.stages.relayed_sources import media_named
from khabar.stages.salience import Ref, Sentences, salient_before, subject_at
from khabar.stages.team_words import HIS, TEAM_WORDS
from khabar.stages.tokenizer import token_at_char, token_texts

OUTPUT_FIELDS = ("id", "label", "name", "titles", "roles", "mentions")


# Words before a name that make it a place, not the news agency: «استان فارس» is the province, «فارس» alone
# may be the agency Fars.
PLACE_CLASSIFIERS = frozenset(compact(w) for w in "استان شهر شهرستان خلیج منطقه".split())


def link(entities: list[dict[str, Any]], w: Words, sents: Sentences, quoted: Regions,
         char_to_tok: dict[int, int], agency_key: str | None = None, lead: tuple[int, int] = (0, 0),
         items: Items | None = None) -> Clusters:
    """Merge mention groups into entities. ``lead``: the tokens of the first body paragraph; ``items``: the
    article's sections or a digest's stories, which an unnamed role does not look across."""
    items = items or Items([], False)
    start_of = [char_to_tok.get(e["mentions"][0][0], 0) for e in entities]
    cl = Clusters(len(entities), start_of)
    kinds = [set(e.get("mention_kinds", [])) for e in entities]
    name_keys = split_glued_names([[tuple(k.split()) for k, kind in zip(e["mention_keys"], e["mention_kinds"], strict=False)
                                    if kind == "name" and k] for e in entities])
    role_keys = kindless_places(adjective_forms([[canonical_role(k) for k, kind in zip(
        e["mention_keys"], e["mention_kinds"], strict=False) if kind == "role" and k] for e in entities]))

    # 1. organizations, places, values and the agency: the same key is the same entity
    seen: dict[tuple[str, str], int] = {}
    bare_places = kind_written_places({place_core(k, agency_key).replace(" ", "") for e in entities
                                       if e["label"] == "LOC" for k in e["mention_keys"]}, agency_key)
    for g, e in enumerate(entities):
        if e["label"] == "PER" or "anaphor" in kinds[g]:
            continue
        for k in e["mention_keys"]:
            label = e["label"]
            k = canonical_org(media_core(k)) if label == "ORG" else place_core(k, agency_key) if label == "LOC" else k
            state = state_aliases().get(k.replace(" ", ""))
            if label == "ORG" and state is not None:  # «رژیم صهیونیستی» read as an organization: the state
                label, k = "LOC", state
            k = k.replace(" ", "")  # «خزانه داری» and «خزانه‌داری»: one word written two ways
            if label == "LOC":
                k = bare_places.get(k, k)
            if (label, k) in seen:
                cl.union(seen[(label, k)], g)
            else:
                seen[(label, k)] = g
    # «به گزارش فارس»: the agency's bare name, also where the gazetteer reads it as a province
    agency_groups = [g for g, e in enumerate(entities) if e["label"] in {"LOC", "ORG"} and (
        "agency" in kinds[g] or media_core(e["mention_keys"][0]) == agency_key) and (
        start_of[g] == 0 or w.keys[start_of[g] - 1] not in PLACE_CLASSIFIERS)]
    for g in agency_groups:
        cl.union(agency_groups[0], g)
    cl.agency = set(agency_groups)
    # an organization named shorter («نیروهای مسلح») is the one longer form that starts the same way
    # not «این تیم» twice in a match report: each points back to its own club (``coref_anaphors.TEAM_HEADS``)
    orgs = [g for g, e in enumerate(entities) if e["label"] == "ORG" and "agency" not in kinds[g]
            and not team_anaphor(e)]
    org_index = KeyIndex(cl)
    for g in orgs:
        org_index.add_all((q for k in entities[g]["mention_keys"] if k for q in role_lookups(canonical_org(k))), g)
    for g in orgs:
        queries = [q for k in entities[g]["mention_keys"] if k for q in role_queries(canonical_org(k))]
        others = org_index.roots_any(queries) - {cl.find(g)}
        if len(others) == 1 or one_name_written_longer(
                [org_words(entities, cl.members(r)) for r in others | {cl.find(g)}]):
            # several matches are one body when each form starts the next («کمیسیون کشاورزی»,
            # «… مجلس», «… مجلس شورای اسلامی»); not «وزارت» among «وزارت نفت» and «وزارت کشور»
            for r in others:
                cl.union(r, g)
    if sports_report(w.keys):
        in_sents = [{sents.index(char_to_tok.get(m[0], 0)) for m in e["mentions"]} for e in entities]
        short_club_names(cl, entities, orgs, start_of, lead[1], in_sents)  # «بایرن» is «بایرن مونیخ»
        club_aliases(cl, entities, orgs)  # «آبی‌پوشان» is «استقلال» (data/club_aliases.tsv)
    # a bare «دولت», «پارلمان»: the nearest organization whose name starts with it
    by_head: dict[str, list[int]] = {}
    for x in orgs:
        for head in {k.split()[0] for k in entities[x]["mention_keys"] if " " in k}:
            by_head.setdefault(head, []).append(x)
    for g in orgs:
        keys = entities[g]["mention_keys"]
        if len(keys) == 1 and keys[0] in BARE_ORGS:
            fuller = by_head.get(keys[0], [])
            i = bisect_left(fuller, g)
            near = [x for x in (fuller[i - 1] if i > 0 else None, next((x for x in fuller[i:i + 2] if x != g), None))
                    if x is not None]
            if near:
                cl.union(min(near, key=lambda x: (x > g, abs(x - g))), g)
    # 2. people by name, in text order; a surname goes to the cluster of the nearest earlier
    #    person whose cluster holds a matching name
    named = [g for g, e in enumerate(entities) if e["label"] == "PER" and name_keys[g]]
    names = KeyIndex(cl)
    latest: dict[int, int] = {}  # root -> its last named group so far
    for g in named:
        matching = names.roots_any(q for n in name_keys[g] for q in name_queries(n))
        if matching:
            cl.union(max(matching, key=lambda r: latest[r]), g)
        latest[cl.find(g)] = g
        names.add_all((q for n in name_keys[g] for q in name_lookups(n)), g)
    described_by_surname(cl, entities, name_keys)
    adjacent_names(cl, entities, named, name_keys, char_to_tok)  # «روبین» «فان پرسی»: one name read as two
    given_name_alone(cl, named, name_keys)
    # 3. role-only groups: same role as a named person (anywhere), else the same role, else a
    #    nearby person who has no role yet
    role_only = [g for g, e in enumerate(entities) if e["label"] == "PER" and kinds[g] == {"role"}]
    roles = KeyIndex(cl)
    for x in named:
        roles.add_all((q for r in role_keys[x] for q in role_lookups(r)), x)
    named_roots = {cl.find(x) for x in named}
    roled_roots = {cl.find(x) for x in named if role_keys[x]}  # clusters that hold a role
    by_sentence = sorted((sents.index(start_of[x]), x) for x in named)
    # 3a. «ROLE گفت: …» in the title or lead, then «به گزارش فارس، NAME … گفت» opening the body:
    #     an unnamed role that opens its clause there is the first person named at a clause
    #     start in the first body paragraph, who has no role. Before the nearby-person rule below (which
    #     would give that person to a role the title only mentions), and the lead's role before the title's.
    subjects = sorted(start_of[x] for x in named if lead[0] <= start_of[x] < lead[1]
                      and subject_at(w, start_of[x], sents) and sents.index(start_of[x]) <= sents.index(lead[0]) + 1)
    first_named = {start_of[x]: x for x in named}
    opened: set[int] = set()
    title = sents.index(0)
    for g in sorted(role_only, key=lambda x: (sents.index(start_of[x]) == title, start_of[x])):
        opener = indefinite_at(w, start_of[g])  # «یک کارشناس …»: the body's first person, roled or not
        if start_of[g] >= lead[0] or cl.find(g) in named_roots or not subject_at(w, (
                start_of[g] if opener is None else opener), sents) or quoted.covers(start_of[g]) or roles.roots_any(
                q for r in role_keys[g] for q in role_queries(r)) & named_roots:
            continue  # a role inside a quote speaks of someone else; one a named person holds is theirs (below)
        nxt = next((first_named[t] for t in subjects if opener is not None or cl.find(first_named[t]) not in roled_roots),
                   None)
        if nxt is not None:
            cl.union(nxt, g)
            named_roots.add(cl.find(g))
            roled_roots.add(cl.find(g))
            opened.add(g)
            roles.add_all((q for r in role_keys[g] for q in role_lookups(r)), g)  # the title's same role joins it
    unplaced: set[int] = set()  # roles left alone that open their sentence: told of the person in focus
    for g in role_only:
        if g in opened:
            continue
        found = roles.roots_any(q for r in role_keys[g] for q in role_queries(r)) - {g}
        options = sorted(r for r in found if r in named_roots) or sorted(found)
        if options and start_of[g] >= lead[1] and all(is_seat(k) for k in role_keys[g]) and all(
                min(start_of[x] for x in cl.members(r)) > start_of[g] for r in options) and told_of_focus(
                w, start_of[g], sents, quoted, role_keys[g]):
            # «نماینده مردم تهران … گفت» in the body, of an office many hold at once, where only people named
            # further on hold it: the person in focus (below), not one of the later holders
            options = []
        # only a role tied to a place («رئیس‌جمهوری سوریه»), never an epithet («رهبر انقلاب»)
        if not options and any("@" in k and not many_hold(k) for k in role_keys[g]):
            options = nearby_people(g, start_of, sents, by_sentence, name_keys, cl, roled_roots, items)
        if not options and told_of_focus(w, start_of[g], sents, quoted, role_keys[g]):
            unplaced.add(g)
        if options:
            nearest = min(options, key=lambda r: cl.distance(r, start_of[g]))
            cl.union(nearest, g)
            if nearest in named_roots:
                named_roots.discard(nearest)
                named_roots.add(cl.find(g))
            roled_roots.discard(nearest)
        roled_roots.discard(g)
        roled_roots.add(cl.find(g))
        roles.add_all((q for r in role_keys[g] for q in role_lookups(r)), g)
    link_holders(cl, role_only, named, name_keys, role_keys)  # «امام راحل» is «امام خمینی»
    definite = [g for g in role_only if indefinite_at(w, start_of[g]) is None]  # not «یک بازیکن …»
    link_post_holders(cl, entities, definite, named, role_keys, w.keys)  # «هافبک هجومی» → «X، هافبک تیم Y»
    # 4. pronouns and anaphors («این کشور»), in text order
    refs = sorted((Ref(char_to_tok.get(s, 0), char_to_tok.get(s, 0) + 1, kind, e["label"], g)
                   for g, e in enumerate(entities)
                   for (s, _), kind in zip(e["mentions"], e["mention_kinds"], strict=False)),
                  key=lambda r: r.start)
    home = home_group(refs, entities)
    for a, b in media_named(w, refs):  # «یک روزنامه آمریکایی» is the «روزنامه X» named near it
        cl.union(b, a)
    shifted: set[tuple[int, int]] = set()  # (sentence, subject's cluster) a pronoun there was bound away from
    for n, ref in enumerate(refs):
        if ref.kind == "anaphor":
            rule = entities[ref.group]["mention_keys"][0]
            if rule.startswith("team:"):  # «تیم ما», «تیمش»: the owner's club, not the nearest one (team_words)
                if not sports_report(w.keys):
                    continue  # a ministry's spokesman's «تیم ما» is his staff, no club
                owner = None if rule != HIS else quoted_antecedent(refs, n, quoted) or salient_before(
                    w, refs, sents, ref.start, quoted)
                if rule != HIS or owner is not None:
                    cl.team_words[ref.group] = owner.group if owner is not None else None
                continue
            if rule != "person":
                ante_group = anaphor_antecedent(rule, n, refs, entities, home, w.keys, lambda tok, at: sents.index(
                    at) - sents.index(tok) <= 1 and subject_at(w, tok, sents))
                if ante_group is not None and rule == "own":
                    cl.home[ref.group] = ante_group  # «کشورمان»: first person, not a mention (guide §3)
                elif ante_group is not None:
                    cl.union(ante_group, ref.group)
                if ante_group is not None or not rule.startswith("role:"):
                    continue  # «این مدیرکل» with no «مدیرکل X» before: the salient person, as «وی»
        if ref.kind == "role" and ref.group in unplaced and len(cl.members(cl.find(ref.group))) == 1:
            # «عضو مجلس خبرگان … گفت» after «وی افزود …»: the subject of the sentence before
            ante = salient_before(w, refs, sents, ref.start, quoted, window=FOCUS_WINDOW)
            # only a person (an outlet that spoke last is no holder of a role), and not across the items
            if ante is not None and person_only(entities, cl.members(cl.find(ante.group))) and not items.apart(
                    ref.start, ante.start) and not another_office(role_keys, ref.group, cl.members(cl.find(ante.group))):
                cl.union(ante.group, ref.group)
            continue
        if ref.kind in {"pronoun", "anaphor"}:
            ante = pronoun_antecedent(w, refs, n, sents, quoted, cl, shifted)
            if ante is not None:
                cl.union(ante.group, ref.group)
    roles_of_this_country(cl, entities, role_only, role_keys, roles, {cl.find(x) for x in named})
    return cl


FOCUS_WINDOW = 2  # sentences back where an unnamed role finds the person in focus


class Coreference:
    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        entities = doc._.entities or []
        if not entities or "mention_kinds" not in entities[0]:
            return doc
        for e in entities:  # a name in Latin letters compacts to spaces: a blank key names nothing
            e["mention_keys"] = [" ".join(k.split()) for k in e["mention_keys"]]
        w = words_of(token_texts(doc))  # both from the token arrays: no Token object per token
        char_to_tok = token_at_char(doc)
        quoted = quoted_regions(w, paragraphs_of(doc))
        agency = next((s for s in doc.spans.get(SPAN_STRUCTURE, []) if s.label_ == "AGENCY"), None)
        agency_key = media_core(" ".join(w.keys[agency.start:agency.end])) if agency is not None else None
        cl = link(entities, w, sentences_of(doc), quoted, char_to_tok, agency_key, first_body(doc),
                  news_items(doc))
        doc._.entities = merge(entities, cl, doc, cl.agency)
        doc.user_data[TEAM_WORDS] = [(*entities[g]["mentions"][0], entities[g]["mention_keys"][0], None if owner is None
                                      else tuple(entities[owner]["mentions"][0])) for g, owner in cl.team_words.items()]
        return doc


@Language.factory("khabar_coref", assigns=["doc._.entities"], requires=["doc._.entities"])
def make_coref(nlp: Language, name: str) -> Coreference:
    return Coreference(nlp, name)

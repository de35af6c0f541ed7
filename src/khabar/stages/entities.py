"""Entity mentions: people with ranks, titles and roles; organizations; places; dates.

Sets ``doc.spans["mentions"]`` (every mention, nested ones included) and ``doc._.entities``
with one entry per mention group (a name with the role written beside it), before
coreference (``khabar_coref``) merges the groups into one entry per entity. Entries carry
``mention_kinds``, ``mention_keys`` and ``mention_names`` for the coreference stage, which drops them.

Rules and tables find the mentions; when the trained pipeline's NER has set ``doc.ents``,
its entities are added wherever the rules found nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from khabar.extensions import SPAN_MENTIONS, SPAN_ROLES, SPAN_STRUCTURE, SPAN_TITLES, register_extensions
from khabar.stages.club_posts import posts_before_clubs
from khabar.stages.clusters import PLACE_KINDS
from khabar.stages.descriptions import names_before_roles, unnamed_speakers
from khabar.stages.mentions import Mention, MentionFinder, Words
from khabar.stages.orgs_places import OPEN_QUOTES
from khabar.stages.phrases import load_tables
from khabar.stages.relayed_sources import relayed_descriptions
from khabar.stages.revered_orgs import orgs_over_revered
from khabar.stages.role_bodies import extend_roles, roles_before_bodies
from khabar.stages.team_words import bare_team_words, posts_of_pointed_teams
from khabar.stages.tokenizer import token_texts
from khabar.stages.tokens import taken_tokens

LABELS = {"PER", "ORG", "LOC", "FAC", "EVENT", "PRODUCT", "DATE", "TIME", "MONEY", "PERCENT"}
# Labels other NER schemes use for the same things.
LABEL_MAP = {"PERS": "PER", "PERSON": "PER", "GPE": "LOC", "PRO": "PRODUCT", "EVE": "EVENT", "DAT": "DATE",
             "TIM": "TIME", "MON": "MONEY", "PCT": "PERCENT", "NORP": "ORG"}


def _left_open(texts: list[str], after: str) -> bool:
    """Whether ``texts`` open a quoted name that the token ``after`` closes."""
    opening = next((o for o, c in OPEN_QUOTES.items() if c == after), None)
    if opening is None:
        return False
    if opening == after:  # «"»: the same mark opens and closes
        return texts.count(after) % 2 == 1
    return texts.count(opening) > texts.count(after)


def ner_mentions(ents: Sequence[Span], finder: MentionFinder, words: Words, found: list[Mention]) -> list[Mention]:
    """Trained NER entities (``doc.ents``) that overlap no rule mention, as mentions."""
    taken = taken_tokens(found, len(words))
    extra = []
    for ent in ents:
        label = LABEL_MAP.get(ent.label_, ent.label_)
        if label not in LABELS or any(taken[ent.start:ent.end]):
            continue
        start, end = ent.start, ent.end
        while end > start and not any(ch.isalnum() for ch in words.texts[end - 1]):
            end -= 1  # «گانتز ،»: the NER ran over the comma after a name
        if end < len(words) and _left_open(words.texts[start:end], words.texts[end]):
            end += 1  # «شرکت «مپنا»»: the NER stopped before the quote mark that closes the name
        titles = []
        while label == "PER" and start < end:
            hit = finder.t.titles.match(words.keys, start, limit=end - start)
            if not hit:
                break
            titles.append(words.join(start, start + hit[0]))
            start += hit[0]
        if start == end:
            continue
        kind = {"PER": "name", "ORG": "org", "LOC": "place"}.get(label, "value")
        key = " ".join(words.keys[start:end])
        extra.append(Mention(ent.start, end, label, kind, key=key, titles=titles,
                             name=words.join(start, end), group=NER_GROUP - ent.start))
    return extra


def first_names_completed(ents: Sequence[Span], finder: MentionFinder, words: Words,
                          found: list[Mention]) -> list[Mention]:
    """«[ابوالفضل] مستقیمی», «[علی اکبر] آشوری»: where the rules read only first names and the trained NER's
    person runs on over the surname, the name takes the NER's words (not a time word: «… [امروز]»)."""
    ends = {e.start: e.end for e in ents if LABEL_MAP.get(e.label_, e.label_) == "PER"}
    starts = {m.start for m in found}
    for m in found:
        if m.label != "PER" or m.kind != "name" or m.start not in ends or ends[m.start] <= m.end:
            continue
        if words.keys[m.end - 1] not in finder.t.first_names.map:
            continue  # the rules' name ends with a surname already
        end = m.end
        while end < min(ends[m.start], m.end + 2) and end not in starts and finder.name_like(words, end) and (
                words.keys[end] not in finder.t.time_words.map):
            end += 1
        if end > m.end:
            m.key = " ".join([m.key, *words.keys[m.end:end]])
            m.name = f"{m.name} {words.join(m.end, end)}"
            m.end = end
    return found


def named_role_ends_apposition(found: list[Mention]) -> list[Mention]:
    """«پوتین رئیس‌جمهور روسیه، اردوغان را …»: a role right after a name is that name's apposition, so a
    name after the comma is someone else (the role had opened an apposition to it as well: «رئیس‌جمهور
    روسیه، پوتین، گفت» without a name before the role)."""
    name_ends = {m.end for m in found if m.label == "PER" and m.kind == "name"}
    for role in found:
        if role.kind != "role" or role.start not in name_ends:
            continue
        for m in found:
            if m.kind == "name" and m.group == role.group and m.start > role.end:
                m.group = NER_GROUP * 2 - m.start  # a group of its own, clear of the rules' and the NER's
    return found


NER_GROUP = -1_000_000  # groups of the trained NER's mentions start here (one per mention)


def name_repeats(finder: MentionFinder, words: Words, found: list[Mention],
                 agency: tuple[str, ...] = ()) -> list[Mention]:
    """Other bare uses of a name found once in the article: the trained NER reads each sentence
    alone, and a place rule needs its kind word, so «شهر داووس» is a place where «نشست داووس» is
    not. An organization's or place's name repeats, as does a person's the NER found (the rules
    repeat their own), with his surname, and a place's name without its kind word; a one-word name
    only when it is not a common word, and never the agency's name («استان فارس» is no «فارس»)."""
    taken = taken_tokens(found, len(words))
    names: dict[tuple[str, ...], tuple[str, str]] = {}
    glued: dict[str, str] = {}  # a two-word name written as one word, to the name's key
    for m in found:
        if m.label == "PER" and m.group <= NER_GROUP:
            parts = tuple(m.key.split())
        elif m.label in ("ORG", "LOC") and m.kind in ("org", "place"):
            parts = tuple(words.keys[m.start:m.end])
        else:
            continue
        if not parts:
            continue
        names.setdefault(parts, (m.label, m.kind))
        if len(parts) > 1 and m.label == "PER" and parts[-1] not in finder.t.first_names.map:
            names.setdefault(parts[-1:], (m.label, m.kind))  # «جان نگروپونته» … «نگروپونته»
        if len(parts) == 2 and m.label == "PER" and parts[1].startswith("ال"):
            glued["".join(parts)] = m.key  # «ایمن الظواهری» … «ایمن‌الظواهری»
            names.setdefault(("".join(parts),), (m.label, m.kind))
        if len(parts) > 1 and m.label == "LOC" and parts[0] in PLACE_KINDS:
            names.setdefault(parts[1:], (m.label, m.kind))  # «شهر داووس» … «داووس»
    names = {p: v for p, v in names.items()
             if p != agency and (len(p) > 1 or (len(p[0]) > 2 and not _common_word(finder, p[0])))}
    longest = max((len(p) for p in names), default=0)
    firsts = {p[0] for p in names}  # a token no name begins with starts no repeat (most tokens: one set lookup)
    extra = []
    i = 0
    while i < len(words):
        hit = 0 if words.keys[i] not in firsts else next(
            (n for n in range(min(longest, len(words) - i), 0, -1)
             if tuple(words.keys[i:i + n]) in names and not any(taken[i:i + n])), 0)
        if hit:
            label, kind = names[tuple(words.keys[i:i + hit])]
            key = glued.get(words.keys[i], words.keys[i]) if hit == 1 else " ".join(words.keys[i:i + hit])
            extra.append(Mention(i, i + hit, label, kind, key=key,
                                 name=words.join(i, i + hit), group=NER_GROUP - i))
        i += hit or 1
    return sorted(found + extra, key=lambda m: (m.start, -m.end))


# How often a one-word name must be read as a person for its gazetteer place readings to yield.
PERSON_READINGS = 2


def places_named_as_people(words: Words, found: list[Mention]) -> list[Mention]:
    """A one-word place that the article also names as a person is that person: the surname of a person
    named in full («هاشم آغاجری» … «آغاجری گفت»), or a name read as a person at least PERSON_READINGS
    times (the town of Aghajari is in the gazetteer too, and Persian news writes the man's surname alone)."""
    people = [m.key.split() for m in found if m.label == "PER" and m.kind == "name" and m.key]
    alone = Counter(parts[0] for parts in people if len(parts) == 1)
    surnames = {parts[-1] for parts in people if len(parts) > 1} | {k for k, n in alone.items() if n >= PERSON_READINGS}
    out = []
    for m in found:
        if m.label == "LOC" and m.kind == "place" and m.end - m.start == 1 and not m.nested \
                and words.keys[m.start] in surnames:
            m = Mention(m.start, m.end, "PER", "name", key=words.keys[m.start], name=words.texts[m.start],
                        group=m.group)
        out.append(m)
    return out


def _common_word(finder: MentionFinder, key: str) -> bool:
    """A frequent word, or a first name that is also a word («امید»): too ambiguous to repeat alone."""
    return key in finder.t.common or finder.t.first_names.map.get(key) is True


def agency_tokens(doc: Doc) -> tuple[int, int] | None:
    for span in doc.spans.get(SPAN_STRUCTURE, []):
        if span.label_ == "AGENCY":
            return span.start, span.end
    return None


def group_mentions(doc: Doc, mentions: list[Mention]) -> list[dict[str, Any]]:
    """One entry per apposition group, in text order."""
    groups: dict[int, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(m.group if m.group != -1 else -10_000_000 - m.start * 1000 - m.end, []).append(m)
    out: list[dict[str, Any]] = []
    # character offsets and lengths of every token, read once from arrays (a Token object per lookup is slow); two
    # flat lists, not one [idx, length] pair per token: a list object per token costs more than the lookups save
    firsts = doc.to_array(IDX).tolist() if mentions else []
    lengths = doc.to_array(LENGTH).tolist() if mentions else []
    for members in sorted(groups.values(), key=lambda ms: ms[0].start):
        names = [m for m in members if m.kind != "role"]
        head = max(names, key=lambda m: len(m.name)) if names else members[0]
        out.append({
            "id": f"m{len(out) + 1}",
            "label": head.label,
            "name": head.name or head.role or doc[head.start:head.end].text,
            "titles": [t for m in members for t in m.titles],
            "roles": [m.role for m in members if m.role],
            "mentions": [[firsts[m.start], firsts[m.end - 1] + lengths[m.end - 1]] for m in members],
            "mention_kinds": [m.kind for m in members],
            "mention_keys": [m.key for m in members],
            "mention_names": [m.name or m.role for m in members],
        })
    return out


class EntityFinder:
    def __init__(self, nlp: Language, name: str, *, use_ner: bool) -> None:
        register_extensions()
        self.name = name
        self.use_ner = use_ner
        self.finder = MentionFinder(load_tables())

    def __call__(self, doc: Doc) -> Doc:
        words = Words.of(token_texts(doc))
        agency = agency_tokens(doc)
        found = self.finder.find(words, agency=agency)
        found += names_before_roles(self.finder, words, found)
        # read once: ``doc.ents`` builds a Token object for every token of the document on each access
        ents = tuple(doc.ents) if self.use_ner else ()
        if ents:
            ner_orgs = [(e.start, e.end) for e in ents if e.label_ == "ORG"]
            # «[کمیته امداد] [امام (ره)]»: an organization named after a revered person is one mention
            found = orgs_over_revered(words, found, ner_orgs)
            found += extend_roles(self.finder, words, found, ner_orgs)
            found += roles_before_bodies(self.finder, words, found, ner_orgs)
        # repeats of those names before the unnamed speakers: a clause that opens with a known surname
        # («حسن کوشکی مدیرکل … کوشکی فرهنگ بسیجی را … دانست») has a named subject, not an unnamed speaker
        # running over the object. The trained NER's mentions join after: with them in, a name inside an
        # unnamed speaker's description («یک مقام سابق رژیم X گفت») took the speaker's place.
        found = self.finder.add_repeats(words, found)
        starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        found += unnamed_speakers(self.finder, words, found, starts, first_group=len(found) + 10_000)
        found += relayed_descriptions(self.finder, words, found, first_group=len(found) + 20_000)
        if ents:
            found = first_names_completed(ents, self.finder, words, found)
        found = self.finder.add_repeats(words, found)
        if ents:
            found = sorted(found + ner_mentions(ents, self.finder, words, found), key=lambda m: (m.start, -m.end))
        found = sorted(found + posts_before_clubs(words, found), key=lambda m: (m.start, -m.end))
        found = sorted(found + posts_of_pointed_teams(words, found), key=lambda m: (m.start, -m.end))  # «رئیس این باشگاه»
        found = sorted(found + bare_team_words(words, found), key=lambda m: (m.start, -m.end))  # the speaker's club?
        found = named_role_ends_apposition(found)
        found = name_repeats(self.finder, words, found, tuple(words.keys[agency[0]:agency[1]]) if agency else ())
        found = places_named_as_people(words, found)
        self.set_annotations(doc, found)
        return doc

    def set_annotations(self, doc: Doc, found: list[Mention]) -> None:
        spans = [Span(doc, m.start, m.end, label=m.label) for m in found]
        doc.spans[SPAN_MENTIONS] = SpanGroup(doc, name=SPAN_MENTIONS, spans=spans)
        roles = [Span(doc, m.start, m.end, label="ROLE") for m in found if m.kind == "role"]
        doc.spans[SPAN_ROLES] = SpanGroup(doc, name=SPAN_ROLES, spans=roles)
        titles = []
        for m in found:
            if m.titles:
                n = len(" ".join(m.titles).split())
                titles.append(Span(doc, m.start, min(m.start + n, m.end), label="TITLE"))
        doc.spans[SPAN_TITLES] = SpanGroup(doc, name=SPAN_TITLES, spans=titles)
        doc._.entities = group_mentions(doc, found)


@Language.factory(
    "khabar_entities",
    assigns=["doc.spans", "doc._.entities"],
    default_config={"use_ner": True},
)
def make_entities(nlp: Language, name: str, use_ner: bool) -> EntityFinder:
    return EntityFinder(nlp, name, use_ner=use_ner)

"""Give facility names the FAC label: «فرودگاه مهرآباد», «ورزشگاه آزادی», «بیمارستان سینا».

The NER learns from four corpora, and only ARMAN has a FAC label; PEYMA, NSURL and ParsTwiNER file
airports, stadiums, streets and hospitals under LOC. So the trained NER calls them LOC, and Khabar's
FAC label would stay empty. This stage relabels a LOC entity as FAC when its first words are a
facility head from ``data/place_heads.tsv`` (the rows labelled FAC, the same table the rule-based
mention finder uses). Only LOC is relabelled: a facility head inside an ORG («بیمارستان» run as an
institution) or a PER («پارک») is the NER's decision and stays.

It also cuts a verb off the end of an ORG or LOC: the NER sometimes runs a name into the verb after
it («از صدا و سیمای مرکز استان خواست»). Only a word the tagger calls a verb *and* a frequent word of
the NER corpora that is almost never part of a name (``gazetteer/common_words.txt``) or a form of a light
verb («داشته‌ام», ``data/light_verbs.tsv``) is cut, with the noun the parser joins to that light verb
(«… استان [مذاکراتی داشته‌ام]»); the tagger alone is not trusted, since it calls many foreign surnames
verbs, and persons are left alone.

It drops a person that is only common words («تنش», «الان», «ساعتی»): the NER tags a word as a person
by its context («… گفت»), and the rule stages then made a speaker or a coreference mention of it. The
words are ``gazetteer/not_person_words.txt`` (built by training/build_not_person_words.py: frequent in
the NER corpora and almost never inside a person's name there; never a first name). Such words at the
start of a longer person are cut («نطق ترامپ» → «ترامپ»); not at the end, where they are as often a
surname that is a common word too («محسن بخشی», «جورج واشنگتن»).

It trims punctuation the NER ran over at either edge («آثار ،», «( مجلسی»), keeping a mark that
closes or opens a pair inside the name («امام صادق ( ع )»). An entity of marks alone is dropped.

Last, an organization the NER closed on a linking word («از», «و»; ``data/open_ends.txt``) takes in the
place or organization right after it: «گروه بین‌المللی حمایت از [سوریه]» is one name, which the NER splits
into an ORG that ends in «از» and a LOC. A name never ends in such a word, so the two are one.

A "person" that holds a company's word («مدیا پردازش», «ایچیکو اینداستریز»; ``data/company_words.txt``) is an
ORG: the NER takes the unknown brand before such a word for a first name.
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import POS
from spacy.language import Language
from spacy.tokens import Doc, Span

from khabar.stages.event_tables import light_verb_forms
from khabar.stages.person_surnames import find_surnames
from khabar.stages.phrases import PhraseTable, compact, compact_words
from khabar.stages.tokenizer import token_texts
from khabar.stages.tokens import Words
from khabar.tables import load_list, load_table
from khabar.text.chars import PAIRED_MARKS

VERB_TAGS = frozenset({"VERB", "AUX"})
TRIMMED = frozenset({"ORG", "LOC"})


def facility_heads() -> PhraseTable[str]:
    return PhraseTable((row[0], row[1]) for row in load_table("place_heads.tsv") if row[1] == "FAC")


def find_facilities(ents: list[tuple[str, list[str]]], heads: PhraseTable[str]) -> list[int]:
    """Pure step: indices of the entities (label, token texts) that are LOC and open with a facility head.

    The head must leave a name after it inside the entity: a bare «فرودگاه» tagged LOC is not a facility name.
    """
    found = []
    for n, (label, words) in enumerate(ents):
        if label != "LOC" or len(words) < 2:
            continue
        hit = heads.match([compact(w) for w in words], 0)
        if hit and hit[0] < len(words):
            found.append(n)
    return found


def common_words() -> frozenset[str]:
    return frozenset(compact(w) for w in load_list("gazetteer/common_words.txt"))


# The parser's names for a noun that makes one verb with the light verb after it («مذاکره کرد», «مذاکراتی داشت»)
VERB_NOUN_DEPS = frozenset({"compound:lvc", "obj"})


def find_verb_tails(ents: list[tuple[str, list[tuple[str, str, str, int]]]], common: frozenset[str],
                    light: frozenset[str] = frozenset()) -> dict[int, int]:
    """Pure step: {entity index: tokens to cut} for ORG/LOC entities (label, [(text, POS, dependency, head's
    index in the entity or -1)]) that end in verbs: common words the tagger calls verbs, or forms of a light
    verb (``light``, «داشته‌ام»); a noun the parser makes the cut verb's own goes with it («… استان [مذاکراتی
    داشته‌ام]»). At least one word stays."""
    cuts = {}
    for n, (label, words) in enumerate(ents):
        if label not in TRIMMED:
            continue
        k = len(words)
        while k > 1 and words[k - 1][1] in VERB_TAGS and (
                compact(words[k - 1][0]) in common or compact(words[k - 1][0]) in light):
            k -= 1
        while len(words) > k > 1 and words[k - 1][2] in VERB_NOUN_DEPS and words[k - 1][3] >= k:
            k -= 1
        if k < len(words):
            cuts[n] = len(words) - k
    return cuts


@cache
def not_person_words() -> frozenset[str]:
    return frozenset(compact(w) for w in load_list("gazetteer/not_person_words.txt"))


def find_not_persons(ents: list[tuple[str, list[str]]], common: frozenset[str]) -> dict[int, int]:
    """Pure step: {entity index: tokens to cut at the start} for PER entities (label, token texts) that
    open with common words. Common words alone are cut whole: the entity is dropped."""
    cuts = {}
    for n, (label, words) in enumerate(ents):
        if label != "PER":
            continue
        keys = [compact(w) for w in words]
        start = 0
        while start < len(keys) and keys[start] in common:
            start += 1
        if start:
            cuts[n] = start
    return cuts


def find_companies(ents: list[tuple[str, list[str]]], words: frozenset[str]) -> list[int]:
    """Pure step: indices of the PER entities (label, word keys) that hold a company's word of ``words``
    («مدیا پردازش», «ایچیکو اینداستریز»): a company, not a person."""
    return [n for n, (label, keys) in enumerate(ents) if label == "PER" and any(k in words for k in keys)]


JOINED = frozenset({"LOC", "ORG", "FAC"})  # what may close an organization's name («حمایت از [سوریه]»)
# after «و» only a place: «مرکز فرهنگی آسیا و [اقیانوسیه]»; «[وزارت نفت و] [بانک مرکزی]» are two bodies
AND_JOINED = frozenset({"LOC"})


def find_open_joins(ents: list[tuple[str, int, int, str]], ends: frozenset[str]) -> list[int]:
    """Pure step: indices of the ORG entities (label, start, end, last word's key), in order, that end in a
    linking word of ``ends`` and touch a place or organization right after; each is joined with the next one."""
    return [n for n, ((label, _, end, last), nxt) in enumerate(zip(ents, ents[1:], strict=False))
            if label == "ORG" and last in ends and nxt[1] == end and nxt[0] in (AND_JOINED if last == "و" else JOINED)]


def _is_mark(word: str) -> bool:
    return not any(ch.isalnum() for ch in word)


def _closes_pair(inside: list[str], mark: str) -> bool:
    """Whether ``mark`` closes a pair that ``inside`` opened."""
    for opener, closer in PAIRED_MARKS.items():
        if closer == mark:
            if opener == closer:  # «"»: the same mark opens and closes
                return inside.count(mark) % 2 == 1
            return inside.count(opener) > inside.count(closer)
    return False


def find_loose_marks(ents: list[list[str]]) -> dict[int, tuple[int, int]]:
    """Pure step: {entity index: (tokens to cut at the start, at the end)} for entities (token texts)
    whose edges are marks that pair with nothing inside them. A cut of every token drops the entity."""
    cuts = {}
    for n, words in enumerate(ents):
        start, end = 0, len(words)
        while end > start and _is_mark(words[end - 1]) and not _closes_pair(words[start:end - 1], words[end - 1]):
            end -= 1
        while start < end and _is_mark(words[start]) and PAIRED_MARKS.get(words[start]) not in words[start + 1:end]:
            start += 1
        if (start, end) != (0, len(words)):
            cuts[n] = (start, len(words) - end)
    return cuts


class EntityTypes:
    def __init__(self, *, heads: PhraseTable[str], common: frozenset[str], not_persons: frozenset[str],
                 light: frozenset[str] = frozenset(), ends: frozenset[str] = frozenset(),
                 companies: frozenset[str] = frozenset()) -> None:
        self.heads = heads
        self.companies = companies
        self.ends = ends
        self.common = common
        self.not_persons = not_persons
        self.light = light

    def __call__(self, doc: Doc) -> Doc:
        if not doc.ents:
            return doc
        ents = list(doc.ents)
        words = token_texts(doc)  # texts and tags from the token arrays: no Token object per token
        # first the surname or first name the NER left out («[حسین] انواری»), so that the cuts below see the whole name
        # (the words' keys are built only where there is a person to grow)
        strings = doc.vocab.strings
        grown = find_surnames([(e.label_, e.start, e.end) for e in ents], Words.of(words),
                              [strings[p] for p in doc.to_array(POS).tolist()]) if any(e.label_ == "PER" for e in ents) else {}
        for n, (before, after) in grown.items():
            ent = ents[n]
            ents[n] = Span(doc, ent.start - before, ent.end + after, label=ent.label_, kb_id=ent.kb_id, span_id=ent.id)
        found = find_facilities([(e.label_, words[e.start:e.end]) for e in ents], self.heads)
        marks = find_loose_marks([words[e.start:e.end] for e in ents])
        # a verb is looked for at the end of what the marks leave («شورای شهر خواست ،»)
        inner = []
        for n, ent in enumerate(ents):
            head, tail = marks.get(n, (0, 0))
            part = ent[head:len(ent) - tail]
            inner.append((ent.label_, [(t.text, t.pos_, t.dep_, t.head.i - part.start if part.start <= t.head.i < part.end else -1)
                                       for t in part]))
        cuts = find_verb_tails(inner, self.common, self.light)
        persons = find_not_persons([(label, [w[0] for w in words]) for label, words in inner], self.not_persons)
        for n, head in persons.items():  # cut like marks at the start
            old = marks.get(n, (0, 0))
            marks[n] = (old[0] + head, old[1])
        if grown or found or cuts or marks:
            self.set_annotations(doc, ents, found, cuts, marks)
        self.join_open_ends(doc, words)
        self.relabel_companies(doc, words)
        return doc

    def relabel_companies(self, doc: Doc, words: list[str]) -> None:
        ents = list(doc.ents)
        found = find_companies([(e.label_, [compact(w) for w in words[e.start:e.end]]) for e in ents], self.companies)
        if found:
            doc.ents = [Span(doc, e.start, e.end, label="ORG", kb_id=e.kb_id, span_id=e.id) if n in found else e
                        for n, e in enumerate(ents)]

    def join_open_ends(self, doc: Doc, words: list[str]) -> None:
        ents = list(doc.ents)
        joins = find_open_joins([(e.label_, e.start, e.end, compact(words[e.end - 1])) for e in ents], self.ends)
        if not joins:
            return
        for n in reversed(joins):  # from the end, so that a chain («… از X و Y») joins whole
            ent, nxt = ents[n], ents[n + 1]
            ents[n:n + 2] = [Span(doc, ent.start, nxt.end, label="ORG", kb_id=ent.kb_id, span_id=ent.id)]
        doc.ents = ents

    @staticmethod
    def set_annotations(doc: Doc, ents: list[Span], found: list[int], cuts: dict[int, int],
                        marks: dict[int, tuple[int, int]]) -> None:
        kept = []
        for n, ent in enumerate(ents):
            head, tail = marks.get(n, (0, 0))
            start, end = ent.start + head, ent.end - tail - cuts.get(n, 0)
            if start >= end:
                continue  # marks alone: no name
            if n in found or n in cuts or n in marks:
                label = "FAC" if n in found else ent.label_
                ent = Span(doc, start, end, label=label, kb_id=ent.kb_id, span_id=ent.id)
            kept.append(ent)
        doc.ents = kept


@Language.factory("khabar_entity_types", assigns=["doc.ents"], requires=["doc.ents"])
def make_entity_types(nlp: Language, name: str) -> EntityTypes:
    return EntityTypes(heads=facility_heads(), common=common_words(), not_persons=not_person_words(),
                       light=frozenset(light_verb_forms()), ends=compact_words("open_ends.txt"),
                       companies=compact_words("company_words.txt"))

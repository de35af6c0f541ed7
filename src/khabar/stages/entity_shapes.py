"""Repair shapes of the NER's entities that tables decide, after ``khabar_entity_types``.

- A team named by a bare place: «تیم ایران», «تیم تهران». News corpora mark the place alone, as LOC
  («تیم [ایران]»), and a club's own name with the word («تیم مس کرمان», ORG). The NER often takes the
  word in and calls the whole an ORG; when the rest is exactly a known place, the entity becomes that
  place. The words are ``data/side_words.txt``; the places are the gazetteer's, less those that are also
  everyday words (``data/word_places.txt``: «تیم سامان», «تیم مرکزی» name no place).
- A people's adjective alone («آمریکایی», «اسرائیلی», «سعودی») tagged ORG or LOC is dropped: it
  qualifies a noun («سرباز آمریکایی») and names nothing. A person keeps it: a surname alone can be one
  («مصری گفت»).
- A day or year word that names a date by itself («دیروز», «فردا», «امسال»; ``data/date_words.txt``; not
  after a noun that makes it a time at large, «نسل فردا», ``data/future_heads.txt``) and a
  numeric date with a month and day in range («۱۳۹۴/۱۲/۱۰», «27/3/66»; ``timex.numeric_date``) become DATE
  when no entity covers them: the NER leaves many untagged when no other word of a date is near.
- Two DATE entities that touch («[امروز] [۲۰ تیرماه]») are one date: the NER splits a date where a
  day word meets the day of the month, and the corpora mark the whole. Not across a sentence start: the
  second then opens a sentence of its own.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from khabar.stages.name_words import is_demonym, word_places
from khabar.stages.phrases import PhraseTable, compact, compact_words, load_tables
from khabar.stages.timex import numeric_date

NAMES = frozenset({"ORG", "LOC"})  # not PER: a surname alone may look like a people's adjective


@cache
def side_words() -> frozenset[str]:
    return compact_words("side_words.txt")


@cache
def date_words() -> frozenset[str]:
    return compact_words("date_words.txt")


@cache
def future_heads() -> frozenset[str]:
    return compact_words("future_heads.txt")


def find_team_places(ents: list[tuple[str, list[str]]], heads: frozenset[str],
                     places: PhraseTable[str], word_places: frozenset[str]) -> list[int]:
    """Pure step: indices of the ORG entities (label, word keys) that are a team word and then exactly a
    known place («تیم ایران»); their first word is cut and they become LOC. Not a place that is also an
    everyday word (``word_places``: «تیم سامان» is a club, «تیم مرکزی» the central team)."""
    found = []
    for n, (label, keys) in enumerate(ents):
        if label != "ORG" or len(keys) < 2 or keys[0] not in heads:
            continue
        hit = places.match(keys, 1)
        if hit and 1 + hit[0] == len(keys) and not (hit[0] == 1 and keys[1] in word_places):
            found.append(n)
    return found


def find_demonyms(ents: list[tuple[str, list[str]]]) -> list[int]:
    """Pure step: indices of one-word ORG/LOC entities (label, word keys) that are a people's adjective."""
    return [n for n, (label, keys) in enumerate(ents)
            if label in NAMES and len(keys) == 1 and is_demonym(keys[0])]


def find_bare_dates(words: list[str], covered: set[int], day_words: frozenset[str],
                    heads: frozenset[str]) -> list[int]:
    """Pure step: indices of the words outside every entity (``covered``) that name a date alone; a day word
    after one of ``heads`` («نسل فردا») is a time at large."""
    return [i for i, word in enumerate(words) if i not in covered and (numeric_date(word) or (
        compact(word) in day_words and not (i > 0 and compact(words[i - 1]) in heads)))]


def merge_adjoining_dates(spans: list[tuple[int, int, str]], sent_starts: set[int]) -> list[tuple[int, int, str]]:
    """Pure step: the spans (start, end, label), in order, with each run of touching DATE spans made one; a span
    that opens a sentence (``sent_starts``) starts a date of its own."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if out and label == "DATE" and out[-1][2] == "DATE" and out[-1][1] == start and start not in sent_starts:
            out[-1] = (out[-1][0], end, label)
        else:
            out.append((start, end, label))
    return out


class EntityShapes:
    def __init__(self, *, heads: frozenset[str], places: PhraseTable[str], word_places: frozenset[str],
                 day_words: frozenset[str], future_heads: frozenset[str]) -> None:
        self.heads = heads
        self.places = places
        self.word_places = word_places
        self.day_words = day_words
        self.future_heads = future_heads

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        keyed = [(e.label_, [compact(t.text) for t in e]) for e in ents]
        teams = set(find_team_places(keyed, self.heads, self.places, self.word_places))
        dropped = set(find_demonyms(keyed))
        covered = {i for e in ents for i in range(e.start, e.end)}
        dates = find_bare_dates([t.text for t in doc], covered, self.day_words, self.future_heads)
        kept = [Span(doc, e.start + 1, e.end, label="LOC", kb_id=e.kb_id, span_id=e.id) if n in teams else e
                for n, e in enumerate(ents) if n not in dropped]
        kept = sorted(kept + [Span(doc, i, i + 1, label="DATE") for i in dates], key=lambda e: e.start)
        spans = [(e.start, e.end, e.label_) for e in kept]
        merged = merge_adjoining_dates(spans, {s for s, _, label in spans if label == "DATE" and doc[s].is_sent_start})
        if not (teams or dropped or dates) and merged == spans:
            return doc
        by_span = {(e.start, e.end, e.label_): e for e in kept}
        doc.ents = [by_span.get(s) or Span(doc, s[0], s[1], label=s[2]) for s in merged]
        return doc


@Language.factory("khabar_entity_shapes", assigns=["doc.ents"], requires=["doc.ents"])
def make_entity_shapes(nlp: Language, name: str) -> EntityShapes:
    return EntityShapes(heads=side_words(), places=load_tables().places, word_places=word_places(),
                        day_words=date_words(), future_heads=future_heads())

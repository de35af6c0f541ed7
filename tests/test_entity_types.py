"""khabar_entity_types: LOC entities that open with a facility head become FAC; persons of common words go."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

import khabar.stages  # noqa: F401  (registers the factory)
from khabar.stages.entity_types import (
    common_words,
    facility_heads,
    find_companies,
    find_facilities,
    find_loose_marks,
    find_not_persons,
    find_open_joins,
    find_verb_tails,
    not_person_words,
)
from khabar.stages.event_tables import light_verb_forms
from khabar.stages.phrases import compact, compact_words

HEADS = facility_heads()


@pytest.mark.parametrize(
    ("label", "words", "facility"),
    [
        # An airport: «فرودگاه» + a name.
        ("LOC", ["فرودگاه", "مهرآباد"], True),
        # A two-word head, «فرودگاه بین‌المللی», then the name.
        ("LOC", ["فرودگاه", "بین‌المللی", "امام"], True),
        # The head written without its ZWNJ still matches («بینالمللی»).
        ("LOC", ["فرودگاه", "بینالمللی", "امام"], True),
        # A street, a stadium, a hospital.
        ("LOC", ["خیابان", "انقلاب"], True),
        ("LOC", ["ورزشگاه", "آزادی"], True),
        ("LOC", ["بیمارستان", "سینا"], True),
        # A bare head is not a facility name.
        ("LOC", ["فرودگاه"], False),
        # A city is not a facility.
        ("LOC", ["شهر", "قم"], False),
        ("LOC", ["تهران"], False),
        # A hospital the NER calls an ORG (the institution) stays ORG.
        ("ORG", ["بیمارستان", "سینا"], False),
        # «پارک» as a surname stays PER.
        ("PER", ["پارک", "گیون"], False),
    ],
)
def test_find_facilities(label, words, facility):
    assert find_facilities([(label, words)], HEADS) == ([0] if facility else [])


COMMON = common_words()
LIGHT = frozenset(light_verb_forms())


@pytest.mark.parametrize(
    ("label", "words", "cut"),
    [
        # Our phrase «… از شورای شهر خواست»: the NER ran the body into the verb «خواست» (asked)
        ("ORG", [("شورای", "PROPN", "obl", -1), ("شهر", "NOUN", "nmod", 0), ("خواست", "VERB", "ROOT", -1)], 1),
        # a place run into «شد» (became)
        ("LOC", [("استان", "NOUN", "nsubj", -1), ("گیلان", "PROPN", "nmod", 0), ("شد", "AUX", "cop", -1)], 1),
        # a person is left alone: the tagger calls many foreign surnames verbs
        ("PER", [("رضا", "PROPN", "nsubj", -1), ("خواست", "VERB", "ROOT", -1)], 0),
        # a rare word the tagger calls a verb is kept (no common word, no light verb)
        ("ORG", [("گروه", "NOUN", "nsubj", -1), ("آورندگان", "VERB", "nmod", 0)], 0),
        # a one-word entity keeps its word
        ("ORG", [("خواست", "VERB", "ROOT", -1)], 0),
        # the same common word not tagged a verb stays
        ("ORG", [("شورای", "PROPN", "nsubj", -1), ("خواست", "NOUN", "nmod", 0)], 0),
        # «… با سازمان برنامه استان مذاکراتی داشته‌ام»: a light verb's form (not a common word) is cut, and
        # the noun the parser makes its object goes with it
        ("ORG", [("سازمان", "NOUN", "obl", -1), ("برنامه", "NOUN", "nmod", 0), ("مذاکراتی", "NOUN", "obj", 3),
                 ("داشته‌ام", "VERB", "ccomp", -1)], 2),
        # «مذاکره کرد» after the body: the light verb and its noun («compound:lvc») both go
        ("ORG", [("وزارت", "NOUN", "obl", -1), ("نیرو", "NOUN", "nmod", 0), ("مذاکره", "NOUN", "compound:lvc", 3),
                 ("کرد", "VERB", "ROOT", -1)], 2),
        # an object whose verb stays outside the entity is no verb's noun here: nothing is cut
        ("ORG", [("بانک", "NOUN", "obl", -1), ("ملت", "NOUN", "obj", -1)], 0),
        # «حزب دموکرات کرد …» tagged as the tagger does (Kurd read as the verb «کرد»): the verb goes, but a word the
        # parser joins to the name («flat:name»), not to the verb, stays
        ("ORG", [("حزب", "PROPN", "nsubj", 2), ("دموکرات", "ADJ", "flat:name", 0), ("کرد", "VERB", "ROOT", -1)], 1),
    ],
)
def test_find_verb_tails(label, words, cut):
    assert find_verb_tails([(label, words)], COMMON, LIGHT) == ({0: cut} if cut else {})


def test_set_annotations_keeps_other_entities():
    nlp = spacy.blank("fa")
    nlp.add_pipe("khabar_entity_types")
    # Our own sentence: «رضا احمدی در فرودگاه مهرآباد بود»
    doc = Doc(nlp.vocab, words=["رضا", "احمدی", "در", "فرودگاه", "مهرآباد", "بود"])
    doc.ents = [Span(doc, 0, 2, "PER"), Span(doc, 3, 5, "LOC")]
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("رضا احمدی", "PER"), ("فرودگاه مهرآباد", "FAC")]


@pytest.mark.parametrize(
    ("words", "cut"),
    [
        # «کتابخانه ملی ،»: the NER ran over the comma after the name
        (["کتابخانه", "ملی", "،"], (0, 1)),
        # «( سعدی»: an opening bracket whose closer lies outside the name
        (["(", "سعدی"], (1, 0)),
        # «امام رضا ( ع )»: the honorific's brackets close inside the name and stay
        (["امام", "رضا", "(", "ع", ")"], None),
        # «روزنامه « همشهری »»: the closing guillemet pairs with one inside the name
        (["روزنامه", "«", "همشهری", "»"], None),
        # «« همشهری»: an opening guillemet with no closer goes, and so does a dash after it
        (["«", "همشهری", "-"], (1, 1)),
        # a straight quote mark counts as closing when one opened inside
        (['"', "آوا", '"'], None),
        # marks alone: everything is cut, and the entity is dropped
        (["،", "."], (0, 2)),
        # a plain name is left alone
        (["علی", "کریمی"], None),
    ],
)
def test_find_loose_marks(words, cut):
    assert find_loose_marks([words]) == ({0: cut} if cut else {})


def test_set_annotations_trims_marks_and_drops_empty():
    nlp = spacy.blank("fa")
    nlp.add_pipe("khabar_entity_types")
    # Our own sentence: «کتابخانه ملی ، ( سعدی) و ، بسته است»
    doc = Doc(nlp.vocab, words=["کتابخانه", "ملی", "،", "(", "سعدی", "و", "،", "بسته", "است"])
    doc.ents = [Span(doc, 0, 3, "ORG"), Span(doc, 3, 5, "PER"), Span(doc, 6, 7, "LOC")]
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("کتابخانه ملی", "ORG"), ("سعدی", "PER")]


def test_set_annotations_cuts_verb_inside_marks():
    nlp = spacy.blank("fa")
    nlp.add_pipe("khabar_entity_types")
    # Our own phrase «از شورای شهر خواست ، …»: the NER ran the body into the verb and the comma after it
    doc = Doc(nlp.vocab, words=["از", "شورای", "شهر", "خواست", "،", "پاسخ", "دهد"],
              pos=["ADP", "PROPN", "NOUN", "VERB", "PUNCT", "NOUN", "VERB"])
    doc.ents = [Span(doc, 1, 5, "ORG")]
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("شورای شهر", "ORG")]


NOT_PERSONS = not_person_words()


@pytest.mark.parametrize(
    ("label", "words", "cut"),
    [
        # «تنش» (tension) before «… گفت» read as a speaker: a common word alone is no person
        ("PER", ["تنش"], 1),
        # «الان» (now) and «ساعتی» (for an hour) open clauses; the NER took them for names
        ("PER", ["الان"], 1),
        ("PER", ["یک", "ساعتی"], 2),
        # «عدالت» (justice) as a person: dropped
        ("PER", ["عدالت"], 1),
        # «نطق ترامپ» (Trump's speech): the common word that opens the person is cut, the name stays
        ("PER", ["نطق", "ترامپ"], 1),
        # a first name and a surname are left alone
        ("PER", ["رضا", "احمدی"], None),
        # a first name that is mostly a common word («طیبه», pure) still protects the name
        ("PER", ["طیبه", "کریمی"], None),
        # a surname that is a common word too («بخشی», a part) is not cut from the end
        ("PER", ["محسن", "بخشی"], None),
        # only persons: «عدالت» inside an organization is the NER's decision
        ("ORG", ["عدالت"], None),
    ],
)
def test_find_not_persons(label, words, cut):
    assert find_not_persons([(label, words)], NOT_PERSONS) == ({0: cut} if cut else {})


def test_set_annotations_drops_common_word_person():
    nlp = spacy.blank("fa")
    nlp.add_pipe("khabar_entity_types")
    # Our own sentence: «الان رضا احمدی گفت که تنش کم شد» with «الان رضا احمدی» and «تنش» tagged PER
    doc = Doc(nlp.vocab, words=["الان", "رضا", "احمدی", "گفت", "که", "تنش", "کم", "شد"])
    doc.ents = [Span(doc, 0, 3, "PER"), Span(doc, 5, 6, "PER")]
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("رضا احمدی", "PER")]


ENDS = compact_words("open_ends.txt")


@pytest.mark.parametrize(
    ("ents", "joined"),
    [
        # «انجمن دفاع از [عراق]»: an ORG closed on «از» and the country after it are one name.
        ([("ORG", 0, 4, "از"), ("LOC", 4, 5, "عراق")], [0]),
        # «بنیاد مبارزه با [سازمان X]»: an organization after «با» joins too.
        ([("ORG", 0, 3, "با"), ("ORG", 3, 5, "X")], [0]),
        # «مرکز مطالعات اروپا و [آفریقا]»: «و» does not end a name either.
        ([("ORG", 0, 4, "و"), ("LOC", 4, 5, "آفریقا")], [0]),
        # «انجمن دفاع از … [رضا]»: a person after it is not part of the name.
        ([("ORG", 0, 3, "از"), ("PER", 3, 4, "رضا")], []),
        # A word between them: the two do not touch.
        ([("ORG", 0, 3, "از"), ("LOC", 4, 5, "عراق")], []),
        # «وزارت خارجه [ایران]»: an ORG that ends in a name word stays apart.
        ([("ORG", 0, 2, "خارجه"), ("LOC", 2, 3, "ایران")], []),
        # «[وزارت نفت و] [بانک مرکزی]»: after «و» an organization is another body, not the name's end.
        ([("ORG", 0, 3, "و"), ("ORG", 3, 5, "مرکزی")], []),
        # «[سفیر ایران در] [سازمان ملل]»: «در» links a post to a body; it is no open end of a name.
        ([("ORG", 0, 3, "در"), ("ORG", 3, 5, "ملل")], []),
        # A LOC that ends in «و» is left alone: only organizations are joined.
        ([("LOC", 0, 2, "و"), ("LOC", 2, 3, "ایران")], []),
    ],
)
def test_find_open_joins(ents, joined):
    assert find_open_joins(ents, ENDS) == joined


def test_open_end_joins_the_place_after():
    nlp = spacy.blank("fa")
    nlp.add_pipe("khabar_entity_types")
    # Our own sentence: «انجمن دفاع از عراق بیانیه داد» with «انجمن دفاع از» ORG and «عراق» LOC
    doc = Doc(nlp.vocab, words=["انجمن", "دفاع", "از", "عراق", "بیانیه", "داد"])
    doc.ents = [Span(doc, 0, 3, "ORG"), Span(doc, 3, 4, "LOC")]
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("انجمن دفاع از عراق", "ORG")]


@pytest.mark.parametrize(
    ("label", "words", "company"),
    [
        # «آرمان پردازش قرارداد بست»: a brand and «پردازش» called a person is a company
        ("PER", ["آرمان", "پردازش"], True),
        # «نیکان رایانه شرق»: «رایانه» inside the name
        ("PER", ["نیکان", "رایانه", "شرق"], True),
        # «تویوتا موتورز»: a foreign maker's «موتورز»
        ("PER", ["تویوتا", "موتورز"], True),
        # «علی هوشمند گفت»: a person with no company's word stays a person
        ("PER", ["علی", "هوشمند"], False),
        # «شهرک فناوری پردیس» as a place stays a place: only persons are relabelled
        ("LOC", ["شهرک", "فناوری", "پردیس"], False),
    ],
)
def test_find_companies(label, words, company):
    ents = [(label, [compact(w) for w in words])]
    assert find_companies(ents, compact_words("company_words.txt")) == ([0] if company else [])


def test_company_person_becomes_org():
    nlp = spacy.blank("fa")
    nlp.add_pipe("khabar_entity_types")
    # Our own sentence: «آرمان پردازش قرارداد بست» with «آرمان پردازش» tagged PER
    doc = Doc(nlp.vocab, words=["آرمان", "پردازش", "قرارداد", "بست"])
    doc.ents = [Span(doc, 0, 2, "PER")]
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("آرمان پردازش", "ORG")]

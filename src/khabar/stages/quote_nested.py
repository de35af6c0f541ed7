"""Nested quotes inside a direct quote beside those of a named person (``QuoteForms.nested_clauses``): an
unnamed generic group that opens the clause with a plural verb of saying («X گفت: برخی می‌گویند …»,
«کارشناسان پیش‌بینی می‌کنند …») reports what others say, with no known speaker; so does a plural verb of saying
with no subject word at all («… گفتند بگویید …», ``unnamed_plural``). A pronoun («آنها می‌گویند»)
is someone the speaker told of before, a stance («برخی معتقدند …») the speaker's own account of them, and an
organization or a country inside a quote most often the speaker's own side («سخنگوی حماس افزود: حماس …»):
none of them is kept. Content before the cue («X گفت: Y همچنین از Z خبر داد») is kept only in the forms of
``content_before_kept``.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.stages.cues import ADVERBS, PREPOSITIONS, Cue, copular_forms, find_cues, is_plural
from khabar.stages.mentions import Words
from khabar.stages.phrases import compact, compact_words
from khabar.tables import load_table

# Cue kinds whose content may stand before the cue inside a direct quote, and the word that opens it
BEFORE_KINDS = frozenset({"from", "bar", "deem"})
OPENS_BEFORE = {"bar": "بر", "from": "از"}
OPEN_MARKS = frozenset({"«", '"', "“", ":", "-", "–", "،", "(", "»"})


def generic_sources() -> frozenset[str]:
    """``data/generic_sources.txt``, compact."""
    return compact_words("generic_sources.txt")


@lru_cache(maxsize=1)
def stance_plurals() -> frozenset[str]:
    """The plurals of the «… است» cues («معتقدند», «بر این باورند», «امیدوارند»), tokens joined: a stance told
    of a generic group («برخی بر این باورند …») is the speaker's own account of it, not what they said."""
    out = set()
    for cue, _ in load_table("cue_verbs.tsv"):
        *lead, verb = cue.split()
        if verb == "است" and lead:
            out |= {"".join(compact(x) for x in f.split()) for f in copular_forms(lead)[1]}
    return frozenset(out)


def clause_start(w: Words, lo: int, at: int) -> int:
    """The first word at or after ``lo`` (the sentence's or the quote's start), past opening marks."""
    while lo < at and w.texts[lo] in OPEN_MARKS:
        lo += 1
    return lo


def generic_opener(w: Words, lo: int, cue: Cue) -> bool:
    """«برخی می‌گویند …», «کارشناسان پیش‌بینی می‌کنند …»: the clause opens with a word for an unnamed group
    and the cue is a plural verb of saying (not a stance: «برخی معتقدند …»)."""
    k = clause_start(w, lo, cue.start)
    return k < cue.start and w.keys[k] in generic_sources() and is_plural(w, cue) and (
        "".join(w.keys[cue.start:cue.end]) not in stance_plurals())


# Pronouns that name a plural subject told of before («آنها گفتند …», «خودشان تاکید دارند …»: someone the speaker
# spoke of, not unnamed)
PLURAL_PRONOUNS = frozenset({"آنها", "آنان", "ایشان", "ما", "شما", "خود", "خودشان", "خودمان"})


# Words that open a clause inside a sentence («… ولی [طی نامه‌ای اعلام کردند] …»), and the prepositions a
# subjectless clause may open with before its verb (an adverbial phrase: «طی نامه‌ای»، «در پاسخ»)
NESTED_CLAUSE_OPENERS = frozenset({"که", "و", "ولی", "اما", "بلکه", "زیرا", "چون"})
ADVERBIAL_LEADS = (PREPOSITIONS - {"را", "و", "یا"}) | {"طی"}


def unnamed_plural(w: Words, lo: int, cue: Cue, named: bool) -> bool:
    """«X گفت: … گفتند بگویید …», «… ولی طی نامه‌ای اعلام کردند که …»: a plural verb of saying with no subject
    word in its clause (the person ending is all: the clause opens with the verb, an adverb or an adverbial phrase)
    reports what unnamed others said, like «برخی می‌گویند …»; not a stance («معتقدند …»), nor with a pronoun
    («آنها»، «خودشان») that points to someone the speaker told of, nor where the sentence names someone
    before the cue (``named``: «همان‌طور که X هم گفتند …», X's words)."""
    k = cue.start
    while k > lo and (w.keys[k - 1] or not w.texts[k - 1].strip()) and w.keys[k - 1] not in NESTED_CLAUSE_OPENERS:
        k -= 1  # back to the clause's first word (past a stray space token: «را  مطرح کردند»)
    lead = [x for x in w.keys[k:cue.start] if x not in ADVERBS]
    return not named and is_plural(w, cue) and "".join(w.keys[cue.start:cue.end]) not in stance_plurals() and (
        not lead or lead[0] in ADVERBIAL_LEADS) and not any(x in PLURAL_PRONOUNS for x in lead)


def content_before_kept(w: Words, verbs: list[bool], a: int, b: int, cue: Cue) -> bool:
    """Whether content ``a:b`` before its cue inside a direct quote is a nested quote: «X گفت: Y همچنین از Z خبر
    داد», «… Y بر Z تاکید کرد», «… Y Z را W دانست» (a cue of the «از»/«بر»/deeming kinds, the content opening
    with its «از»/«بر»), with no verb in it: a clause with a verb of its own («Y از مرز بازدید کرد و …») is the
    speaker's account of what Y did, not what Y said."""
    kinds = {c.kind for c in find_cues(w, cue.start, cue.end) if c.start == cue.start}
    opens = {OPENS_BEFORE[k] for k in kinds & OPENS_BEFORE.keys()}
    return bool(kinds & BEFORE_KINDS) and not any(verbs[a:b]) and (not opens or w.keys[a] in opens)

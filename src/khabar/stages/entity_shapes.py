"""Repair shapes of the NER's entities that tables decide, after ``khabar_entity_types``.

- A team named by a bare place: «تیم ایران», «تیم تهران». News corpora mark the place alone, as LOC
  («تیم [ایران]»), and a club's own name with the word («تیم مس کرمان», ORG). The NER often takes the
  word in and calls the whole an ORG; when the rest is exactly a known place, the entity becomes that
  place. The words are ``data/side_words.txt``; the places are the gazetteer's, less those that are also
  everyday words (``data/word_places.txt``: «تیم سامان», «تیم مرکزی» name no place).
- The papers of a time of day and a place, «روزنامه‌های [صبح ایران]»: the NER takes «صبح ایران» for an
  outlet's name; after a plural of papers (``data/press_issues.tsv``) it is the issue and the place, and the
  place alone is the entity, as with «تیم ایران».
- A people's adjective alone («آمریکایی», «اسرائیلی», «سعودی») tagged ORG or LOC is dropped: it
  qualifies a noun («سرباز آمریکایی») and names nothing; so is its plural («فلسطینیان», «ژاپنی‌ها»), a
  people. A person keeps it: a surname alone can be one («مصری گفت»).
- A day or year word that names a date by itself («دیروز», «فردا», «امسال»; ``data/date_words.txt``; not
  after a noun that makes it a time at large, «نسل فردا», ``data/future_heads.txt``) and a
  numeric date with a month and day in range («۱۳۹۴/۱۲/۱۰», «27/3/66»; ``timex.numeric_date``) become DATE
  when no entity covers them: the NER leaves many untagged when no other word of a date is near.
- Two DATE entities that touch («[امروز] [۲۰ تیرماه]») are one date: the NER splits a date where a
  day word meets the day of the month, and the corpora mark the whole. Not across a sentence start: the
  second then opens a sentence of its own.
- An outlet named by its bare title in a press review or a source line («کیهان : …», «جوان به نقل از …»,
  «منبع : همشهری») is an ORG: the NER misses titles that are everyday words («جوان», «اطلاعات») or
  takes a place out of one («آفتاب [یزد]»). The titles are ``data/agencies.txt``, ``sports_media.txt`` and
  ``newspapers.txt``, the cues ``data/press_cues.tsv``; only there, since elsewhere the words mean what they
  say; a title that may head a line («قانون :», «امتیاز :», ``data/everyday_titles.txt``) only in a press
  review. An entity of exactly the title keeps its label after a sentence start («ابتکار :» may be the person
  quoted in a headline), not after «منبع :», where only an outlet stands.
- A results line, a sentence of team names each followed by its score («فولاد خوزستان ۲ - ملوان بندرانزلی ۱»,
  ``data/score_words.txt`` or digits), names clubs: each name is an ORG, where the NER tagged only the
  city that ends it or a sponsor's word as a person. The line must have a name that ends in a known place
  after a word of its own (a club told by its city); a name that is one entity already keeps it («ایران ۲»).
  Tables of figures are not results lines: scores have two digits at most, and a name holds no preposition
  and opens with no word of ``data/figure_heads.txt`` («دمای تهران ۳۵», «حوزه انتخابیه شیراز …»).
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from khabar.stages.cues import PREPOSITIONS
from khabar.stages.name_words import is_demonym, is_people, word_places
from khabar.stages.phrases import PhraseTable, compact, compact_words, load_tables
from khabar.stages.timex import numeric_date
from khabar.stages.tokenizer import token_texts
from khabar.tables import load_list, load_table

NAMES = frozenset({"ORG", "LOC"})  # not PER: a surname alone may look like a people's adjective
OUTLET_FILES = ("agencies.txt", "sports_media.txt", "newspapers.txt")
LONGEST_CLUB = 4  # words in a club's name in a results line («طرح و توسعه الوند»)
DASHES = frozenset({"-", "–", "—", "ـ"})  # between two sides' scores
SCORE_DIGITS = 2  # a score has one or two digits; «140 برج» is a count, «۴۵۰۰۰» votes
# «و» joins the words of a club's name («طرح و توسعه الوند»); any other preposition makes a phrase
# («ساخت مسکن در تهران»), not a name
NAME_BREAKS = PREPOSITIONS - {"و"}


@cache
def side_words() -> frozenset[str]:
    return compact_words("side_words.txt")


@cache
def date_words() -> frozenset[str]:
    return compact_words("date_words.txt")


@cache
def future_heads() -> frozenset[str]:
    return compact_words("future_heads.txt")


@cache
def outlet_titles() -> PhraseTable[bool]:
    """Outlet titles → whether the title is also an everyday word (``data/everyday_titles.txt``); matched blind
    to spaces, so that «عصرایران» and «عصر ایران» are one title."""
    everyday = compact_words("everyday_titles.txt")
    return PhraseTable((w, compact(w) in everyday) for name in OUTLET_FILES for w in load_list(name))


@cache
def press_cues() -> tuple[tuple[tuple[tuple[str, ...], bool], ...], tuple[tuple[str, ...], ...], frozenset[str]]:
    """(the words after a press review's title, each with whether any word may stand before them as a heading;
    the words before a source line's title; each as word keys; the words that tell a press review, compacted)."""
    rows = [(row[0], tuple(compact(w) for w in row[1].split()), row[2:] == ("heading",))
            for row in load_table("press_cues.tsv")]
    return (tuple((w, heading) for side, w, heading in rows if side == "after"),
            tuple(w for side, w, _ in rows if side == "before"), frozenset(w[0] for side, w, _ in rows if side == "review"))


def _has(keys: list[str], i: int, words: tuple[str, ...]) -> bool:
    return tuple(keys[i:i + len(words)]) == words


def find_press_names(words: list[str], sent_starts: set[int], titles: PhraseTable[bool],
                     after: tuple[tuple[tuple[str, ...], bool], ...], before: tuple[tuple[str, ...], ...],
                     review: frozenset[str]) -> list[tuple[int, int, bool]]:
    """Pure step: (start, end, in a source line) of the outlet titles that a sentence opens with before one of
    ``after`` («کیهان : …») or that follow one of ``before`` («منبع : همشهری») and end at a mark or the end.
    A title that is an everyday word before a heading's cue («قانون : هر کس …», «امتیاز : ۱۵») counts only in a
    press review: the words also have a line of a title no word could be, or a word of ``review`` («روزنامه»)."""
    keys = [compact(w) for w in words]
    found: list[tuple[int, int, bool]] = []
    everyday: list[tuple[int, int, bool]] = []
    for i in range(len(words)):
        source = any(i >= len(cue) and _has(keys, i - len(cue), cue) for cue in before)
        if not (source or i in sent_starts):
            continue
        hit = titles.match(keys, i)
        if hit is None:
            continue
        end = i + hit[0]
        if source and (end == len(words) or not any(ch.isalnum() for ch in words[end])):
            found.append((i, end, True))
        elif i in sent_starts and (cue := next((c for c in after if _has(keys, end, c[0])), None)):
            (everyday if hit[1] and cue[1] else found).append((i, end, False))
    if everyday and (any(not source for _, _, source in found) or any(k in review for k in keys)):
        return sorted(found + everyday)
    return found


@cache
def score_words() -> frozenset[str]:
    return compact_words("score_words.txt")


@cache
def figure_heads() -> frozenset[str]:
    return compact_words("figure_heads.txt")


def find_score_lines(keys: list[str], scores: frozenset[str], places: PhraseTable[str],
                     heads: frozenset[str]) -> list[tuple[int, int, bool]]:
    """Pure step: (start, end, False) of the club names in a sentence (word keys) that is only names each
    followed by a score (SCORE_DIGITS digits at most, or a word of ``scores``), sides apart or parted by a dash,
    two sides at least; none unless a name ends in a known place after a word of its own («شهرداری ساوه»).
    Rows of a table of figures are no results line: no name may open with a word of ``heads`` («دمای تهران ۳۵»,
    «بازار مشهد ۲۴») or hold a preposition («ساخت مسکن در تهران»)."""
    end = len(keys) - 1 if keys and keys[-1] in {".", "،", ","} else len(keys)
    names, start, i = [], 0, 0
    while i < end:
        if (keys[i].isdigit() and len(keys[i]) <= SCORE_DIGITS) or keys[i] in scores:
            if not 1 <= i - start <= LONGEST_CLUB or keys[start] in heads or NAME_BREAKS & set(keys[start:i]):
                return []
            names.append((start, i, False))
            i += 2 if i + 1 < end and keys[i + 1] in DASHES else 1
            start = i
        elif not any(ch.isalpha() for ch in keys[i]):
            return []
        else:
            i += 1
    if len(names) < 2 or start != end:
        return []
    return names if any(_ends_in_place(keys[s:e], places) for s, e, _ in names) else []


def _ends_in_place(name: list[str], places: PhraseTable[str]) -> bool:
    """Whether the words end in a known place that some word of the name comes before («فرش آرای [مشهد]»)."""
    for k in range(1, len(name)):
        hit = places.match(name, k)
        if hit and hit[0] == len(name) - k:
            return True
    return False


def place_names(spans: list[tuple[int, int, str]], names: list[tuple[int, int, bool]]) -> list[tuple[int, int, str]]:
    """Pure step: the spans (start, end, label), in order, with each name of ``names`` (start, end, forced) made
    an ORG and the entities inside it dropped. A name that an entity crosses is left alone, and so is one an
    entity already covers exactly, unless it is forced (an outlet in a source line)."""
    out = list(spans)
    for start, end, source in names:
        if any(s < end and start < e and (s < start or e > end) for s, e, _ in out):
            continue
        if any((s, e) == (start, end) for s, e, _ in out) and not source:
            continue
        out = [(s, e, label) for s, e, label in out if not (start <= s and e <= end)] + [(start, end, "ORG")]
    return sorted(out)


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


@cache
def press_issues() -> tuple[frozenset[str], frozenset[str]]:
    """(the plurals of papers, the issues' times of day), compacted."""
    rows = load_table("press_issues.tsv")
    return (frozenset(compact(r[1]) for r in rows if r[0] == "media"),
            frozenset(compact(r[1]) for r in rows if r[0] == "time"))


ISSUE_LABELS = frozenset({"ORG", "PRODUCT"})  # what the NER makes of «صبح ایران»


def find_issue_places(ents: list[tuple[str, int, list[str]]], keys: list[str], media: frozenset[str],
                      times: frozenset[str], places: PhraseTable[str]) -> list[int]:
    """Pure step: indices of the ORG/PRODUCT entities (label, start, word keys) that are a time of day
    (``times``) and then exactly a known place, right after a plural of papers (``media``): «روزنامه‌های
    [صبح ایران]». Their first word is cut and they become LOC."""
    found = []
    for n, (label, start, ent) in enumerate(ents):
        if label not in ISSUE_LABELS or len(ent) < 2 or ent[0] not in times or start == 0 or keys[start - 1] not in media:
            continue
        hit = places.match(ent, 1)
        if hit and 1 + hit[0] == len(ent):
            found.append(n)
    return found


def find_demonyms(ents: list[tuple[str, list[str]]]) -> list[int]:
    """Pure step: indices of one-word ORG/LOC entities (label, word keys) that are a people's adjective or its
    plural («فلسطینیان»)."""
    return [n for n, (label, keys) in enumerate(ents)
            if label in NAMES and len(keys) == 1 and (is_demonym(keys[0]) or is_people(keys[0]))]


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
                 day_words: frozenset[str], future_heads: frozenset[str], titles: PhraseTable[bool],
                 scores: frozenset[str]) -> None:
        self.heads = heads
        self.places = places
        self.word_places = word_places
        self.day_words = day_words
        self.future_heads = future_heads
        self.titles = titles
        self.scores = scores

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        words = token_texts(doc)  # from the token array: no Token object per token
        keys = [compact(w) for w in words]  # once: the entity, results-line and press checks all read them
        keyed = [(e.label_, keys[e.start:e.end]) for e in ents]
        teams = set(find_team_places(keyed, self.heads, self.places, self.word_places))
        # the place of «روزنامه‌های [صبح ایران]» is cut out the same way as that of «تیم ایران»
        teams |= set(find_issue_places([(e.label_, e.start, k) for e, (_, k) in zip(ents, keyed, strict=True)],
                                       keys, *press_issues(), self.places))
        dropped = set(find_demonyms(keyed))
        covered = {i for e in ents for i in range(e.start, e.end)}
        dates = find_bare_dates(words, covered, self.day_words, self.future_heads)
        kept = [Span(doc, e.start + 1, e.end, label="LOC", kb_id=e.kb_id, span_id=e.id) if n in teams else e
                for n, e in enumerate(ents) if n not in dropped]
        kept = sorted(kept + [Span(doc, i, i + 1, label="DATE") for i in dates], key=lambda e: e.start)
        spans = [(e.start, e.end, e.label_) for e in kept]
        merged = merge_adjoining_dates(spans, {s for s, _, label in spans if label == "DATE" and doc[s].is_sent_start})
        starts = {t.i for t in doc if t.i == 0 or t.is_sent_start}
        names = find_press_names(words, starts, self.titles, *press_cues())
        # a doc with no sentence starts (a bare pipeline) is one sentence
        for sent in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
            found = find_score_lines(keys[sent.start:sent.end], self.scores, self.places, figure_heads())
            names += [(sent.start + s, sent.start + e, forced) for s, e, forced in found]
        merged = place_names(merged, names)
        if not (teams or dropped or dates) and merged == spans:
            return doc
        by_span = {(e.start, e.end, e.label_): e for e in kept}
        doc.ents = [by_span.get(s) or Span(doc, s[0], s[1], label=s[2]) for s in merged]
        return doc


@Language.factory("khabar_entity_shapes", assigns=["doc.ents"], requires=["doc.ents"])
def make_entity_shapes(nlp: Language, name: str) -> EntityShapes:
    return EntityShapes(heads=side_words(), places=load_tables().places, word_places=word_places(),
                        day_words=date_words(), future_heads=future_heads(), titles=outlet_titles(),
                        scores=score_words())

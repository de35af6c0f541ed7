"""The text of a quote: its ends, its length, and paragraphs that go on with a direct quote.

A paragraph with no cue of its own that follows a direct quote running to the end of the
previous paragraph, and speaks in the first person («… را مطرح کردیم», «ما …»), continues
that quote (docs/annotation.md: its cue is the previous cue).
"""

from __future__ import annotations

from functools import lru_cache

from khabar.stages.cues import ADVERBS, PREPOSITIONS, Cue, find_cues
from khabar.stages.phrases import PhraseTable, compact, compact_words, phrase_list
from khabar.stages.tokens import Words
from khabar.tables import load_list

_END_PUNCT = {".", "!", "؟", "?", "،", ",", "؛", ":", "»", "«"}
FIRST_PERSON = frozenset(compact(w) for w in "من ما خودم خودمان اینجانب".split())
# first-person plural verb endings («کردیم», «می‌کنیم», «داشته‌ایم»)
FIRST_PERSON_VERBS = tuple(compact(w) for w in (
    "کردیم داشتیم بودیم شدیم دادیم کنیم هستیم داریم باشیم نیستیم خواهیم توانیم ایم".split()))


def trim(w: Words, a: int, b: int) -> tuple[int, int]:
    """Drop punctuation at both ends of tokens [a, b)."""
    while a < b and w.texts[a] in _END_PUNCT - {"«"}:
        a += 1
    while b > a and w.texts[b - 1] in _END_PUNCT - {"»"}:
        b -= 1
    return a, b


def has_words(w: Words, a: int, b: int, n: int) -> bool:
    """At least ``n`` words in tokens [a, b) (stops counting there: quotes can be long)."""
    seen = 0
    for k in range(a, b):
        seen += 1 if w.keys[k] else 0
        if seen >= n:
            return True
    return n <= 0


def first_person(w: Words, a: int, b: int) -> bool:
    for k in range(a, b):
        key = w.keys[k]
        if key in FIRST_PERSON and not (key == "ما" and k > a and w.keys[k - 1] == "خبرنگار"):
            return True
        if len(key) > 4 and (key.endswith(FIRST_PERSON_VERBS) or (key.startswith("می") and key.endswith("یم"))):
            return True
    return False


def continues_quote(w: Words, p0: int, p1: int) -> bool:
    """Paragraph [p0, p1) goes on with the previous paragraph's direct quote; one that opens with the
    agency's attribution («به گزارش خبرگزاری فارس، …») is the agency's own narration."""
    return has_words(w, p0, p1, 3) and not find_cues(w, p0, p1) and first_person(w, p0, p1) and not (
        _attribution_opening(w, p0))


@lru_cache(maxsize=1)
def _attribution_openers() -> tuple[str, ...]:
    return tuple(compact(line) for line in load_list("attribution_openers.txt"))


def _attribution_opening(w: Words, p0: int) -> bool:
    start = "".join(w.keys[p0:p0 + 3])
    return any(start.startswith(opener) for opener in _attribution_openers())


@lru_cache(maxsize=1)
def _text_follows() -> tuple[str, ...]:
    return tuple(compact(line) for line in load_list("text_follows.txt"))


def _issued_texts() -> frozenset[str]:
    return compact_words("issued_texts.txt")


def text_follows(w: Words, p0: int, p1: int) -> tuple[int, int] | None:
    """The tokens of «… به شرح زیر است» when paragraph [p0, p1) ends with it and a colon and names an issued
    text («متن این بیانیه», «نامه»): that text follows in the next paragraphs. A list announced the same
    way («دیه‌ها به شرح زیر است:») is no one's words."""
    a, b = trim(w, p0, p1)
    if b >= p1 or w.texts[b] != ":":
        return None
    for phrase in _text_follows():
        joined = ""
        for k in range(b - 1, max(a - 1, b - 6), -1):
            joined = w.keys[k] + joined
            if joined == phrase:
                issued = _issued_texts()
                return (k, b) if any(w.keys[j] in issued for j in range(a, k)) else None
    return None


# Arabic vowel signs: a verse or a prayer («بسم اللَّه») opens a published text but is no one's words.
_HARAKAT = frozenset(chr(c) for c in range(0x064B, 0x0653))
# The fewest words a paragraph of a published text needs to be quoted (a heading or a salutation is not).
PUBLISHED_MIN_WORDS = 8


def published_paragraph(w: Words, p0: int, p1: int) -> bool:
    """Whether paragraph [p0, p1) of a published text is quoted: long enough, and not in vowelled Arabic."""
    return has_words(w, p0, p1, PUBLISHED_MIN_WORDS) and not any(
        ch in _HARAKAT for k in range(p0, p1) for ch in w.texts[k])


def read_objects() -> frozenset[str]:
    return compact_words("read_objects.txt")


# How a passive auxiliary after a participle starts, in any tense: «… خوانده می‌شد» was sung, «… دانسته شد»
# was held to be (no one's view). (The event rules' PASSIVE_AUX reads only past light verbs.)
PASSIVE_STARTS = ("شد", "میشد", "میشو", "شو", "گردید", "میگرد")


def passive_participle(w: Words, cue: Cue) -> bool:
    """Whether a one-word participle cue («خوانده», «دانسته») is a passive (an auxiliary follows it)."""
    return cue.end - cue.start == 1 and w.keys[cue.start].endswith("ه") and cue.end < len(w.keys) and (
        w.keys[cue.end].replace("\u200c", "").startswith(PASSIVE_STARTS))


# How far before «خواند» its «را» is looked for, in tokens («اشعاری را در وصف … به شهر غزه خواندند»).
READ_REACH = 20


def read_aloud(w: Words, cue: Cue) -> bool:
    """«نامه‌ای را در حمایت از آنها خواند»: «خواند» with a text as its object is reading."""
    if "خوان" not in w.keys[cue.end - 1]:  # «خواند», «خواندند», «می‌خواند»
        return False
    ra = next((k for k in range(cue.start - 1, max(-1, cue.start - READ_REACH), -1) if w.keys[k] == "را"), None)
    return ra is not None and any(w.keys[k] in read_objects() for k in range(max(0, ra - 3), ra))


# Verbs that close a relative clause about the speaker («X که … حاضر بود …»), and their negations.
_CLOSING = ("است", "بود", "بودند", "هستند", "شد", "شدند", "کرد", "کردند", "داشت", "داشتند", "دارد", "دارند")
RELATIVE_CLAUSE_VERBS = frozenset(_CLOSING) | frozenset("ن" + v for v in _CLOSING if v != "است") | {"نیست", "نیستند"}


def relative_clause_end(w: Words, k: int, end: int) -> int:
    """Where a relative clause that opens at token ``k`` («که …») ends: after its first comma, or after its
    closing verb; ``k`` itself when none opens there or it does not close before ``end``."""
    if k >= end or w.keys[k] != "که":
        return k
    open_clauses = 1  # «که در جلسه‌ای که دیروز برگزار شد حاضر بود»: a clause inside it closes first
    for j in range(k + 1, end):
        if w.texts[j] in {"،", ","}:
            return j + 1
        if w.keys[j] == "که":
            open_clauses += 1
        elif w.keys[j] in RELATIVE_CLAUSE_VERBS:
            open_clauses -= 1
            if open_clauses == 0:
                return j + 1
    return k


def threat_object(w: Words, lo: int, cue: Cue, hi: int) -> bool:
    """«X را به Y تهدید کرد»: the threat's content is the «را» object with «به» after it, unless a
    «که/تا» clause follows the cue («X را تهدید کرد که …»: the clause is what was said)."""
    if cue.end < hi and w.keys[cue.end] in {"که", "تا"}:
        return False
    ra = next((k for k in range(cue.start - 1, lo - 1, -1) if w.keys[k] == "را"), None)
    return ra is not None and any(w.keys[k] == "به" for k in range(ra + 1, cue.start))


def quantity_predicate(w: Words, lo: int, cue: Cue) -> bool:
    """«تعداد پروازها را سه هزار پرواز اعلام کرد (که …)»: a «را» object given a quantity as its predicate
    before the cue is what was announced, like «X را Y دانست»; a «که» after the cue opens a relative clause
    on that quantity, no content."""
    ra = next((k for k in range(cue.start - 1, lo - 1, -1) if w.keys[k] == "را"), None)
    if ra is None or ra + 1 == cue.start or w.keys[ra + 1] in PREPOSITIONS:
        return False
    # «… را رد و ۸۳ درصد اعلام کردند»: after «و» the number is a new clause's subject, not the predicate
    between = range(ra + 1, cue.start)
    return any(w.numbers[k] for k in between) and not any(w.keys[k] == "و" for k in between)


def while_clause(w: Words, lo: int, cue: Cue) -> int | None:
    """«X در حالی از Y خبر داد که …»: where «در حالی» stands in tokens [lo, cue) with no «که» of its own
    before the cue, and a «که» follows the cue, the token after «در حالی», else None. That «که» closes
    «در حالی» and opens no content («… در حالی … ارزیابی می‌کنند که X تاکید دارد …»: the cue is after it)."""
    if cue.end >= len(w.keys) or w.keys[cue.end] != "که":
        return None
    for k in range(lo, cue.start):
        if w.keys[k] == "درحالی":
            after = k + 1
        elif w.keys[k] == "در" and k + 1 < cue.start and w.keys[k + 1] == "حالی":
            after = k + 2
        else:
            continue
        if not any(w.keys[j] == "که" for j in range(after, cue.start)):
            return after
    return None


# «آنچه (که) X … نامید»: «what X called …», a relative clause whose object is the cue's content; the
# words that close such a clause before the cue, and how far before the cue «آنچه» may stand
WHAT = frozenset(compact(w) for w in "آنچه آنچیزی آنچه‌را".split())
CLAUSE_BREAKS = frozenset({"،", ",", "؛", ";", ":", ".", "«", "»"})
WHAT_REACH = 15


def what_named(w: Words, lo: int, cue: Cue) -> int | None:
    """«به خاطر آنچه (که) وی مداخله نظامی … نامید»: where «آنچه» is the cue's object in tokens [lo, cue) (no
    clause break between; for a deem cue also no «را», within WHAT_REACH words), the token after it and its
    «که», else None. The content is what stands
    before the cue, never a clause after it («آنچه مبارزه با تروریسم می‌خواند، عملیاتی … آغاز کرد»)."""
    deem = cue.kind == "deem"  # («آنچه … را Y نامید»: a «را» object of its own; other cues have none)
    for k in range(cue.start - 1, max(lo, cue.start - WHAT_REACH if deem else lo) - 1, -1):
        if w.texts[k] in CLAUSE_BREAKS or deem and (not w.keys[k] or w.keys[k] == "را"):
            return None
        if w.keys[k] in WHAT:
            return k + 1 + (k + 1 < cue.start and w.keys[k + 1] == "که")
    return None


# «(این) گزارش حاکی است …», «گزارش‌ها حاکی از آن است که …»: the report's own narration, no one's words
REPORT_NOUNS = frozenset(compact(w) for w in "گزارش گزارش‌ها گزارشات".split())
INDICATES = frozenset(compact(w) for w in "حاکی حکایت".split())
# «یک مقام … که خواست نامش فاش نشود»: the anonymity formula, no request
ANONYMOUS = frozenset(compact(w) for w in "نامش نامشان اسمش".split())


def narrated(w: Words, lo: int, cue: Cue) -> bool:
    """A cue that reports no one's words: «گزارش … حاکی است» in clause [lo, cue) or «خواست نامش …»."""
    if w.keys[cue.start] in INDICATES:
        return any(w.keys[k] in REPORT_NOUNS for k in range(max(lo, cue.start - 3), cue.start))
    return cue.kind == "ask" and cue.end < len(w) and w.keys[cue.end] in ANONYMOUS


def topic_words() -> PhraseTable[bool]:
    return phrase_list("topic_words.txt")


def topic_only(w: Words, a: int, b: int) -> bool:
    """«X در پایان سخنان خود در خصوص حمله به Y هشدار داد»: whether tokens [a, b) before a cue hold a
    topic phrase («در خصوص», «درباره» …): they name what was spoken about, not what was said."""
    table = topic_words()
    return any(table.match(w.keys, k, limit=b - k) for k in range(a, b))


def spoke_of(w: Words, verbs: list[bool], a: int, cue: Cue) -> bool:
    """«وی از همکاری دو اداره گفت و افزود: …»: «گفت» after «از» and a noun phrase with no verb names what was
    spoken of, as «سخن گفت» does, not what was said (unlike «از X خبر داد»)."""
    said = w.keys[cue.start]
    if not (said.startswith("گفت") or said.removeprefix("می").startswith("گوی")) or a >= cue.start:
        return False
    return w.keys[a] == "از" and not any(verbs[k] for k in range(a, cue.start))


def question_frames() -> PhraseTable[bool]:
    return phrase_list("question_frames.txt")


def in_question(w: Words, lo: int, hi: int, cue: Cue, cues: list[Cue]) -> bool:
    """«وی در پاسخ به این سؤال که دولتی‌ها معتقدند …، گفت: …»: whether the cue stands in the «که» clause
    of a question frame in tokens [lo, cue), with no comma closing that clause before the cue, and the
    answer's own cue comes after it (a later cue of ``cues``, or the clause [lo, hi) ends in a comma)."""
    if not (w.texts[hi - 1] in {"،", ","} or any(c.start > cue.end for c in cues)):
        return False
    return asked(w, lo, cue.start)


def asked(w: Words, lo: int, cue_at: int) -> bool:
    """Whether a cue at ``cue_at`` stands in the «که» clause of a question frame in tokens [lo, cue_at)
    («… در پاسخ به سؤال خبرنگاری که گفت: آیا …؟»), with no comma closing that clause before the cue."""
    table, frame = question_frames(), None
    for k in range(lo, cue_at):
        if frame is None and table.match(w.keys, k, limit=cue_at - k):
            frame = k
        elif frame is not None and w.keys[k] == "که":
            return not any(w.texts[j] in {"،", ",", ":"} for j in range(k, cue_at))
    return False


def asker_colon(w: Words, lo: int, cue: Cue) -> bool:
    """«در پاسخ به سؤال خبرنگاری که گفت: …؟»: a colon cue right after the «که» of a question frame in
    [lo, cue) is the asker's own, and what follows is the question («در پاسخ به این پرسش که … گفت: …»,
    with the question between «که» and the cue, is the answer's cue)."""
    return cue.end < len(w) and w.texts[cue.end] == ":" and cue.start > lo and w.keys[cue.start - 1] == "که" and (
        asked(w, lo, cue.start))


def clause_around(w: Words, lo: int, i: int, source_end: int) -> int | None:
    """The start of the clause when an opener at ``i`` stands inside it, after its subject («وظیفه ما به گفته X
    این است …»): two or more words since the last punctuation, no «که» among them, and no comma in
    [i, source_end) closing the opener's source; else None (a fronted «به گفته X، …»)."""
    head = i
    while head > lo and w.keys[head - 1]:
        head -= 1
    if sum(w.keys[k] not in ADVERBS for k in range(head, i)) < 2 or any(w.keys[k] in {"که", "اینکه"} for k in range(head, i)):
        return None
    return None if any(w.texts[k] in {"،", ","} for k in range(i, source_end)) else head


# pronouns after «که از» that point back to the noun the «که» clause describes («زندانی‌ای که از او …»)
RESUMPTIVES = frozenset(compact(w) for w in "او وی آن آنها آنان ایشان".split())


def resumptive(w: Words, a: int, b: int) -> bool:
    """Whether «… که از او/آن …» opens a relative clause in [a, b): «از» with a pronoun right after «که»."""
    return any(w.keys[k] == "که" and w.keys[k + 1] == "از" and w.keys[k + 2] in RESUMPTIVES
               for k in range(max(0, a - 1), b - 2))

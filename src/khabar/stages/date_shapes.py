"""Dates the NER leaves out or cuts short, told by their shape, after ``khabar_entity_shapes``.

- A decade («دهه ۷۰», «دهه شصت», «دهه هشتاد و نود»): «دهه» and then the tens (``data/decade_words.txt``)
  or digits that end in a zero. The NER misses most; «دو دهه», «دهه اخیر» count years and stay out.
- A year of two digits after «سال» («سال ۵۸», «سال ۹۴»), the way news writes a year of this century; not
  before another number or an amount (``data/amount_words.txt``, counted nouns: «سال ۳۵ میلیون تومان»).
- A numeric date whose parts stand apart («۱۳۹۵ . ۸ . ۱۷», «11 / 7 / 2016»): what a tokenizer that parts
  numbers at their marks leaves of «۱۳۹۵.۸.۱۷»; the joined parts must make a date (``timex.numeric_date``).
- A day and month that ``timex`` reads («۲۸ اکتبر», «هشتم نوامبر», «جمعه هفتم آبان ۱۳۹۵») is a DATE when no
  entity touches it, and a DATE entity inside one grows to the words before it («جمعه», «روز»): the NER
  often tags «هفتم آبان» alone. Not after a place named by a date («خیابان ۱۵ خرداد»): ``timex`` skips those.
- A year spelled out after a DATE that ends in a month («۱۸ اسفند یک هزار و سیصد و نود و چهار», as laws
  date themselves; ``data/year_number_words.txt``) is part of it: the NER stops at the month.
- A DATE is parted at a number of five digits or more, which counts or numbers things: the NER runs a year
  on into the figures after it in a table («سال ۹۲ ۱۱۹۷۶۴») and takes a phone number for a date.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from khabar.stages.named_events import counted_after_year
from khabar.stages.phrases import compact, compact_words
from khabar.stages.timex import find_times, numeric_date
from khabar.tables import load_table

DECADE = compact("دهه")
YEAR = compact("سال")
ONE, TWO, THOUSAND, MONTH = compact("یک"), compact("دو"), compact("هزار"), compact("ماه")
AND = compact("و")
DIGITS = re.compile(r"[0-9۰-۹]+")
DATE_MARKS = frozenset({".", "/", "-"})


@cache
def decade_words() -> frozenset[str]:
    return compact_words("decade_words.txt")


def _is_decade(word: str, tens: frozenset[str]) -> bool:
    return compact(word) in tens or (DIGITS.fullmatch(word) is not None and len(word) in (2, 4)
                                     and word[-1] in "0۰")


def find_decades(words: list[str], tens: frozenset[str]) -> list[tuple[int, int]]:
    """Pure step: (start, end) of «دهه» and the decades after it, joined by «و» («دهه هشتاد و نود»)."""
    found = []
    for i, word in enumerate(words[:-1]):
        if compact(word) != DECADE or not _is_decade(words[i + 1], tens):
            continue
        end = i + 2
        while end + 1 < len(words) and compact(words[end]) == AND and _is_decade(words[end + 1], tens):
            end += 2
        found.append((i, end))
    return found


@cache
def amount_words() -> frozenset[str]:
    return compact_words("amount_words.txt") | counted_after_year()


def find_short_years(words: list[str], amounts: frozenset[str]) -> list[tuple[int, int]]:
    """Pure step: (start, end) of «سال» and a year of two digits («سال ۵۸», «سال ۹۴»), the way news writes a
    year of this century; not before another number or an amount («سال ۳۵ میلیون تومان», «سال ۲۵ نفر»)."""
    found = []
    for i, word in enumerate(words[:-1]):
        nxt = words[i + 2] if i + 2 < len(words) else ""
        if (compact(word) == YEAR and DIGITS.fullmatch(words[i + 1]) and len(words[i + 1]) == 2
                and not DIGITS.fullmatch(nxt) and compact(nxt) not in amounts):
            found.append((i, i + 2))
    return found


def find_spaced_dates(words: list[str]) -> list[tuple[int, int]]:
    """Pure step: (start, end) of three numbers parted by one mark twice («۱۳۹۵ . ۸ . ۱۷») that make a date."""
    found = []
    for i in range(len(words) - 4):
        mark = words[i + 1]
        if (mark in DATE_MARKS and words[i + 3] == mark
                and all(DIGITS.fullmatch(words[i + k]) for k in (0, 2, 4))
                and numeric_date("/".join(words[i:i + 5:2]))):
            found.append((i, i + 5))
    return found


@cache
def year_number_words() -> frozenset[str]:
    return compact_words("year_number_words.txt")


def spelled_year_end(words: list[str], i: int, numbers: frozenset[str]) -> int:
    """Pure step: the end of a year spelled out from word ``i`` («یک هزار و سیصد و نود و چهار», «یکهزار و …»,
    «دو هزار و نوزده»): the thousands and then «و» and a number word, once or more; ``i`` when there is none."""
    k = i + 1 if i < len(words) and compact(words[i]) in {ONE, TWO} else i
    if k < len(words) and compact(words[k]) in {THOUSAND, ONE + THOUSAND}:
        k += 1
    else:
        return i
    end = i
    while k + 1 < len(words) and compact(words[k]) == AND and compact(words[k + 1]) in numbers:
        k += 2
        end = k
    return end


def extend_spelled_years(spans: list[tuple[int, int, str]], words: list[str], numbers: frozenset[str],
                         months: frozenset[str]) -> list[tuple[int, int, str]]:
    """Pure step: the spans, each DATE that ends in a month (``months``) and that a year spelled out follows
    grown over it («[۱۸ اسفند] یک هزار و …»): the NER stops at the month. Not over another entity; not after
    a year in digits («سال ۹۵ دو هزار و پانصد نفر» is a count)."""
    out = []
    for n, (start, end, label) in enumerate(spans):
        if label == "DATE" and compact(words[end - 1]) in months:
            year_end = spelled_year_end(words, end, numbers)
            if year_end <= (spans[n + 1][0] if n + 1 < len(spans) else len(words)):
                end = year_end
        out.append((start, end, label))
    return out


@cache
def month_words() -> frozenset[str]:
    """The months of ``timex`` (Jalali and Gregorian), alone and with «ماه» («اسفندماه»)."""
    names = {compact(row[0]) for row in load_table("timex_words.tsv") if row[1] in ("jmonth", "gmonth")}
    return frozenset(names | {name + MONTH for name in names} | {MONTH})


def place_dates(spans: list[tuple[int, int, str]], dates: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Pure step: the spans (start, end, label), in order, with each date (start, end) added as a DATE where no
    span touches it, and a DATE span that ends it and starts inside it grown to its start («[جمعه] هفتم آبان»)."""
    out = list(spans)
    for start, end in dates:
        inside = [s for s in out if s[0] < end and start < s[1]]
        if not inside:
            out.append((start, end, "DATE"))
        elif len(inside) == 1 and inside[0][2] == "DATE" and start < inside[0][0] and inside[0][1] == end:
            out[out.index(inside[0])] = (start, end, "DATE")
    return sorted(out)


def split_at_counts(spans: list[tuple[int, int, str]], words: list[str]) -> list[tuple[int, int, str]]:
    """Pure step: the spans (start, end, label), in order, with each DATE parted at its numbers of five digits or
    more, which count or number things and date nothing («سال ۹۲ ۱۱۹۷۶۴» in a table, a phone number); a part
    left with only numbers and no year of four digits («۱۶ ۹۴») is dropped."""
    out = []
    for start, end, label in spans:
        cuts = [i for i in range(start, end) if label == "DATE" and DIGITS.fullmatch(words[i]) and len(words[i]) > 4]
        if not cuts:
            out.append((start, end, label))
            continue
        for a, b in zip([start] + [c + 1 for c in cuts], cuts + [end], strict=True):
            part = words[a:b]
            if part and not all(DIGITS.fullmatch(w) and len(w) != 4 for w in part):
                out.append((a, b, label))
    return out


class DateShapes:
    def __init__(self, *, tens: frozenset[str], amounts: frozenset[str]) -> None:
        self.tens = tens
        self.amounts = amounts
        self.numbers = year_number_words()
        self.months = month_words()

    def __call__(self, doc: Doc) -> Doc:
        words = [t.text for t in doc]
        dates = find_short_years(words, self.amounts) + find_decades(words, self.tens) + find_spaced_dates(words)
        for t in find_times(doc.text):
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            # a day of a month, or a month of a year; not a weekday, a relative day or a period at large
            if (t.kind == "date" or t.month is not None) and span is not None:
                dates.append((span.start, span.end))
        spans = [(e.start, e.end, e.label_) for e in doc.ents]
        placed = place_dates(spans, dates) if dates else spans
        placed = split_at_counts(extend_spelled_years(placed, words, self.numbers, self.months), words)
        if placed == spans:
            return doc
        by_span = {(e.start, e.end, e.label_): e for e in doc.ents}
        doc.ents = [by_span.get(s) or Span(doc, s[0], s[1], label=s[2]) for s in placed]
        return doc


@Language.factory("khabar_date_shapes", assigns=["doc.ents"], requires=["doc.ents"])
def make_date_shapes(nlp: Language, name: str) -> DateShapes:
    return DateShapes(tens=decade_words(), amounts=amount_words())

"""Dates the NER leaves out or cuts short, told by their shape, after ``khabar_entity_shapes``.

- A decade («دهه ۷۰», «دهه شصت», «دهه هشتاد و نود»): «دهه» and then the tens (``data/decade_words.txt``)
  or digits that end in a zero. The NER misses most; «دهه اخیر» names none.
- A year of two digits after «سال» («سال ۵۸», «سال ۹۴»), the way news writes a year of this century.
  Neither it nor a decade after a number («یک دهه ۸۰ هزار نفر», «۳۰ سال ۱۲ ساعت») or before a number, an
  amount, a unit or a counted noun (``data/amount_words.txt``: «سال ۳۵ میلیون تومان», «دهه ۶۰ سالگی»).
- A numeric date whose parts stand apart («۱۳۹۵ . ۸ . ۱۷», «11 / 7 / 2016»): what a tokenizer that parts
  numbers at their marks leaves of «۱۳۹۵.۸.۱۷»; the parts joined by the mark written must make a date
  (``timex.numeric_date``: day first only with «/»), and no amount or unit follows («۱۲ . ۵ . ۱۰ هزار»).
- A day and month that ``timex`` reads («۲۸ اکتبر», «هشتم نوامبر», «جمعه هفتم آبان ۱۳۹۵») is a DATE when no
  entity touches it, and a DATE entity inside one grows to the words before it («جمعه», «روز»): the NER
  often tags «هفتم آبان» alone. Not after a place named by a date («خیابان ۱۵ خرداد»): ``timex`` skips those.
- A year spelled out after a DATE that ends in a month («۱۸ اسفند یک هزار و سیصد و نود و چهار», as laws
  date themselves) is part of it: the NER stops at the month, or tags «۱۸ اسفند یک». A year is «یک هزار» and
  its hundreds (``data/year_hundreds_words.txt``) or «دو هزار» and less than a hundred
  (``data/year_number_words.txt``), with no counted noun after it: «۱۰ فروردین هزار و چهارصد نفر» counts.
- DATEs that now touch are made one, as ``khabar_entity_shapes`` does before this stage.
- A range («از سال ۱۳۸۶ تا ۱۳۹۰», «از ۲۷ اسفند تاکنون»; ``data/date_ranges.tsv``) is one DATE from «از»: a
  DATE with «تا» between its ends, or a DATE and the «تاکنون» right after it, takes in the «از» right before
  it. The news corpora mark the opening «از» of a range (PEYMA's training file 49 times in 51, NSURL's 25 in
  36); a date after «از» with no second end is a point in time («از سال ۱۳۹۰» alone), and keeps its shape.
- A DATE or TIME that is a count of units of time and nothing else («سه هفته», «۱۰ سال»; ``data/time_counts.tsv``)
  is a length of time, no date, and is dropped; with a word that places it right after («۱۰ روز بعد») it takes
  that word in. The corpora leave a bare length untagged (PEYMA's training file 204 times in 206, NSURL's
  about 560 in 575). Both steps are in ``khabar.stages.date_spans``.
- A DATE is parted at a number of five digits or more, which counts or numbers things: the NER runs a year
  on into the figures after it in a table («سال ۹۲ ۱۱۹۷۶۴») and takes a phone number for a date.
- A DATE or TIME that is a bare unit of time («هفته», «ماه»; ``data/bare_units.txt``) names no date and is
  dropped: the NER tags «[هفته] مورد گزارش» (the week a report covers) as it tags «هفته گذشته».
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from khabar.stages.date_spans import counted_durations, date_ranges, open_ranges, time_counts
from khabar.stages.entity_shapes import merge_adjoining_dates
from khabar.stages.named_events import counted_after_year
from khabar.stages.phrases import compact, compact_words
from khabar.stages.timex import NUM, find_times, numeric_date, raw_words
from khabar.stages.tokenizer import doc_text, token_texts

DECADE = compact("دهه")
YEAR = compact("سال")
ONE, TWO, THOUSAND, MONTH = compact("یک"), compact("دو"), compact("هزار"), compact("ماه")
AND = compact("و")
DIGITS = re.compile(f"{NUM}+")
DATE_MARKS = frozenset({".", "/", "-"})


@cache
def decade_words() -> frozenset[str]:
    return compact_words("decade_words.txt")


def _is_decade(word: str, tens: frozenset[str]) -> bool:
    return compact(word) in tens or (DIGITS.fullmatch(word) is not None and len(word) in (2, 4)
                                     and word[-1] in "0۰")


def counted(words: list[str], start: int, end: int, numbers: frozenset[str], amounts: frozenset[str]) -> bool:
    """Whether the words around ``words[start:end]`` make its number a count, not a time: a number right before
    it («یک دهه ۸۰», «۳۰ سال ۱۲»: «دهه», «سال» count there) or a number or an amount right after it («دهه ۶۰
    سالگی», «سال ۳۵ میلیون», «۱۲ . ۵ . ۱۰ هزار»)."""
    before = words[start - 1] if start > 0 else ""
    after = words[end] if end < len(words) else ""
    return (DIGITS.fullmatch(before) is not None or compact(before) in numbers
            or DIGITS.fullmatch(after) is not None or compact(after) in amounts)


def find_decades(words: list[str], tens: frozenset[str], numbers: frozenset[str],
                 amounts: frozenset[str]) -> list[tuple[int, int]]:
    """Pure step: (start, end) of «دهه» and the decades after it, joined by «و» («دهه هشتاد و نود»); not when
    the words around make it a count (:func:`counted`: «یک دهه ۸۰ هزار نفر»)."""
    found = []
    for i, word in enumerate(words[:-1]):
        if compact(word) != DECADE or not _is_decade(words[i + 1], tens):
            continue
        end = i + 2
        while end + 1 < len(words) and compact(words[end]) == AND and _is_decade(words[end + 1], tens):
            end += 2
        if not counted(words, i, end, numbers, amounts):
            found.append((i, end))
    return found


@cache
def amount_words() -> frozenset[str]:
    return compact_words("amount_words.txt") | counted_after_year()


def find_short_years(words: list[str], numbers: frozenset[str], amounts: frozenset[str]) -> list[tuple[int, int]]:
    """Pure step: (start, end) of «سال» and a year of two digits («سال ۵۸», «سال ۹۴»), the way news writes a
    year of this century; not when the words around make it a count (:func:`counted`: «سال ۳۵ میلیون
    تومان», «سال ۲۵ نفر», «۳۰ سال ۱۲ ساعت»)."""
    found = []
    for i, word in enumerate(words[:-1]):
        if (compact(word) == YEAR and DIGITS.fullmatch(words[i + 1]) and len(words[i + 1]) == 2
                and not counted(words, i, i + 2, numbers, amounts)):
            found.append((i, i + 2))
    return found


def find_spaced_dates(words: list[str], amounts: frozenset[str]) -> list[tuple[int, int]]:
    """Pure step: (start, end) of three numbers parted by one mark twice («۱۳۹۵ . ۸ . ۱۷») that, joined by that
    mark, make a date: day first only with «/» or a four-digit year last («۱۰ . ۱۲ . ۱۳۹۸»; «۱۲ . ۵ . ۱۰» is a
    price or a version); no amount, unit or counted noun after them (``amounts``: «۱۴۰۰ . ۲ . ۱۰ درصد»)."""
    found = []
    for i in range(len(words) - 4):
        mark = words[i + 1]
        after = words[i + 5] if i + 5 < len(words) else ""
        if (mark in DATE_MARKS and words[i + 3] == mark
                and all(DIGITS.fullmatch(words[i + k]) for k in (0, 2, 4))
                and numeric_date(("/" if len(words[i + 4]) == 4 else mark).join(words[i:i + 5:2]))
                and compact(after) not in amounts):
            found.append((i, i + 5))
    return found


@cache
def year_number_words() -> frozenset[str]:
    return compact_words("year_number_words.txt")


@cache
def year_hundreds_words() -> frozenset[str]:
    return compact_words("year_hundreds_words.txt")


def spelled_year_end(words: list[str], i: int, numbers: frozenset[str], hundreds: frozenset[str]) -> int:
    """Pure step: the end of a year spelled out from word ``i``; ``i`` when there is none. A year of the Jalali
    fourteenth century is «یک هزار» (or «یکهزار») and «و» and its hundreds («یک هزار و سیصد و نود و چهار»),
    a Gregorian one «دو هزار» and «و» and less than a hundred («دو هزار و نوزده»); then «و» and a number
    under a hundred, once or more. A bare «هزار», or «دو هزار و پانصد», is an amount."""
    first = [compact(w) for w in words[i:i + 2]]
    if first[:1] == [ONE + THOUSAND]:
        k, after = i + 1, hundreds
    elif first in ([ONE, THOUSAND], [TWO, THOUSAND]):
        k, after = i + 2, hundreds if first[0] == ONE else numbers
    else:
        return i
    if not (k + 1 < len(words) and compact(words[k]) == AND and compact(words[k + 1]) in after):
        return i
    k += 2
    while k + 1 < len(words) and compact(words[k]) == AND and compact(words[k + 1]) in numbers:
        k += 2
    return k


def extend_spelled_years(spans: list[tuple[int, int, str]], words: list[str], months: frozenset[str],
                         amounts: frozenset[str]) -> list[tuple[int, int, str]]:
    """Pure step: the spans, each DATE that ends in a month (``months``), or in a month and the «یک» or «دو» a
    year starts with («[۱۸ اسفند یک] هزار و …»: the NER's cut), grown over the year spelled out after the month
    (:func:`spelled_year_end`). Not over another entity; not before a counted noun or an amount (``amounts``:
    «۱۰ فروردین یک هزار و چهارصد نفر» counts people)."""
    out = []
    for n, (start, end, label) in enumerate(spans):
        year = None
        if label == "DATE" and compact(words[end - 1]) in months:
            year = end
        elif label == "DATE" and end - start > 1 and compact(words[end - 1]) in {ONE, TWO} \
                and compact(words[end - 2]) in months:
            year = end - 1
        if year is not None:
            year_end = spelled_year_end(words, year, year_number_words(), year_hundreds_words())
            after = words[year_end] if year_end < len(words) else ""
            if (year < year_end <= (spans[n + 1][0] if n + 1 < len(spans) else len(words))
                    and compact(after) not in amounts):
                end = year_end
        out.append((start, end, label))
    return out


@cache
def month_words() -> frozenset[str]:
    """The months of ``timex`` (Jalali and Gregorian), alone and with «ماه» («اسفندماه»)."""
    names = {compact(w) for w in raw_words("jmonth") + raw_words("gmonth")}
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


def drop_bare_units(spans: list[tuple[int, int, str]], words: list[str],
                    units: frozenset[str]) -> list[tuple[int, int, str]]:
    """Pure step: the spans (start, end, label) less the DATEs and TIMEs that are one word of ``units``."""
    return [(start, end, label) for start, end, label in spans
            if not (label in {"DATE", "TIME"} and end - start == 1 and compact(words[start]) in units)]


class DateShapes:
    def __init__(self, *, tens: frozenset[str], amounts: frozenset[str]) -> None:
        self.tens = tens
        self.amounts = amounts
        self.numbers = year_number_words()
        self.months = month_words()
        self.units = compact_words("bare_units.txt")
        self.ranges = date_ranges()
        self.counts = time_counts()

    def __call__(self, doc: Doc) -> Doc:
        words = token_texts(doc)  # from the token array: no Token object per token
        dates = (find_short_years(words, self.numbers, self.amounts)
                 + find_decades(words, self.tens, self.numbers, self.amounts)
                 + find_spaced_dates(words, self.amounts))
        for t in find_times(doc_text(doc)):  # doc.text is rebuilt from the tokens on every access
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            # a day of a month, or a month of a year; not a weekday, a relative day or a period at large
            if (t.kind == "date" or t.month is not None) and span is not None:
                dates.append((span.start, span.end))
        spans = [(e.start, e.end, e.label_) for e in doc.ents]
        placed = place_dates(spans, dates) if dates else spans
        placed = split_at_counts(extend_spelled_years(placed, words, self.months, self.amounts), words)
        # a date added here may touch one the NER found («[۱۰ آبان] [۱۳۹۵ . ۸ . ۱۰]»): made one, as
        # khabar_entity_shapes did before this stage
        placed = merge_adjoining_dates(
            placed, {s for s, _, label in placed if label == "DATE" and doc[s].is_sent_start})
        # after the merge: «[سال] [۱۳۹۸]» is one date, and only a unit left alone names none
        placed = drop_bare_units(placed, words, self.units)
        placed = open_ranges(placed, words, *self.ranges)
        placed = counted_durations(placed, words, *self.counts)
        if placed == spans:
            return doc
        by_span = {(e.start, e.end, e.label_): e for e in doc.ents}
        doc.ents = [by_span.get(s) or Span(doc, s[0], s[1], label=s[2]) for s in placed]
        return doc


@Language.factory("khabar_date_shapes", assigns=["doc.ents"], requires=["doc.ents"])
def make_date_shapes(nlp: Language, name: str) -> DateShapes:
    return DateShapes(tens=decade_words(), amounts=amount_words())

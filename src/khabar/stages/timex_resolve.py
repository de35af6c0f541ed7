"""Resolving a Persian time expression to an ISO date against the publication date (split from
:mod:`khabar.stages.timex`, which finds the expressions and re-exports :class:`TimeExpr`).

A weekday is the most recent such day on or before the anchor, or the next one on or after it for a planned
event (``future=True``); a date with no year is the nearest one, or the last one when told in the past tense.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import jdatetime

DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
# The years a news article names: Jalali from the Pahlavi era to two decades ahead, Gregorian from 1900 to
# 2100. A four-digit number outside both is a count («۲۰۰۰ تماشاگر», «۱۲۰۰ گل»), not a year.
JALALI_YEARS = range(1300, 1451)
GREGORIAN_YEARS = range(1900, 2101)
# A date a few days off the publication date on the "wrong" side is still that one (a report
# written the day after, or a planned event told on its day).
DATE_SLACK_DAYS = 3


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    text: str
    kind: str  # "date", "weekday", "relday", "period"
    year: int | None = None  # Jalali when ``jalali``
    month: int | None = None
    day: int | None = None
    jalali: bool = True
    weekday: int | None = None
    offset: int = 0  # relday: days from the anchor; weekday: weeks (-1 = «هفته گذشته»)
    lean: int = 0  # a date without a year or a weekday: -1 «۱۴ فوریه گذشته» (the past one), 1 «… آینده»
    year_offset: int | None = None  # «۲ مرداد سال جاری» 0, «۱۷ دسامبر سال گذشته» -1: years from the anchor's

    def resolve(self, anchor: date | None, *, future: bool = False, past: bool = False) -> str | None:
        """The ISO date this expression names, or None (vague, or relative without an anchor).

        ``future``: told as a plan; ``past``: told in the past tense (a date with no year is then
        the last one before the anchor, not the nearest)."""
        if self.kind == "date":
            return _absolute(self, anchor, future, past)
        if anchor is None:
            return None
        if self.kind == "relday":
            return (anchor + timedelta(days=self.offset)).isoformat()
        if self.kind == "weekday" and self.weekday is not None:
            if self.offset:
                # Persian weeks start on Saturday (weekday 5).
                week_start = anchor - timedelta(days=(anchor.weekday() - 5) % 7) + timedelta(weeks=self.offset)
                return (week_start + timedelta(days=(self.weekday - 5) % 7)).isoformat()
            if self.lean > 0:  # «دوشنبه آینده»: the next one after the anchor, never the anchor's own day
                return (anchor + timedelta(days=(self.weekday - anchor.weekday() - 1) % 7 + 1)).isoformat()
            if self.lean < 0:  # «دوشنبه گذشته»: the last one before it
                return (anchor - timedelta(days=(anchor.weekday() - self.weekday - 1) % 7 + 1)).isoformat()
            if future:
                return (anchor + timedelta(days=(self.weekday - anchor.weekday()) % 7)).isoformat()
            return (anchor - timedelta(days=(anchor.weekday() - self.weekday) % 7)).isoformat()
        return None

    def to_dict(self, anchor: date | None, *, future: bool = False) -> dict[str, str | None]:
        return {"text": self.text, "value": self.resolve(anchor, future=future)}


def _absolute(t: TimeExpr, anchor: date | None, future: bool = False, past: bool = False) -> str | None:
    if t.month is None or t.day is None:
        return None
    year = t.year
    if year is None and t.year_offset is not None:
        if anchor is None:
            return None
        year = (jdatetime.date.fromgregorian(date=anchor).year if t.jalali else anchor.year) + t.year_offset
        if not t.jalali and not future:
            year = _jalali_year_window(t, anchor, year)
    if year is None:
        # «۲۲ اسفند»: the closest such date to the anchor; «۱۴ فوریه گذشته» the last one before it,
        # and for a planned event («قرار است … ۲ اوت …») or «… آینده» the next one. An event told in the
        # past tense («۱۰ مهر … دیدار کرد» in a May article) happened at the last one, not the coming one.
        if anchor is None:
            return None
        base = jdatetime.date.fromgregorian(date=anchor).year if t.jalali else anchor.year
        dates = [d for y in (base - 1, base, base + 1) if (d := to_date(y, t.month, t.day, t.jalali)) is not None]
        slack = timedelta(days=DATE_SLACK_DAYS)
        if t.lean < 0 or (past and not t.lean and not future):
            dates = [d for d in dates if d <= anchor + slack][-1:]
        elif t.lean > 0 or future:
            dates = [d for d in dates if d >= anchor - slack][:1]
        best = min(dates, key=lambda d: abs((d - anchor).days), default=None)
        return best.isoformat() if best else None
    d = to_date(year, t.month, t.day, t.jalali)
    return d.isoformat() if d else None


def _jalali_year_window(t: TimeExpr, anchor: date, year: int) -> int:
    """«۲۰ دسامبر سال جاری» written in January: «سال جاری» is the Jalali year under way, so the December
    is last year's, not one still eleven months off. A past happening's Gregorian date that would lie
    past the anchor takes the year before when that still falls in the Jalali year the words name."""
    assert t.month is not None and t.day is not None and t.year_offset is not None
    d = to_date(year, t.month, t.day, False)
    if d is None or d <= anchor + timedelta(days=DATE_SLACK_DAYS):
        return year
    earlier = to_date(year - 1, t.month, t.day, False)
    named = jdatetime.date.fromgregorian(date=anchor).year + t.year_offset
    if earlier is not None and jdatetime.date.fromgregorian(date=earlier).year == named:
        return year - 1
    return year


def to_date(year: int, month: int, day: int, jalali: bool) -> date | None:
    try:
        if jalali:
            return jdatetime.date(year, month, day).togregorian()
        return date(year, month, day)
    except ValueError:
        return None


def parse_year(text: str) -> int:
    """The year a date's digits write; two digits are a Jalali year of the 1300s («۹۱» is 1391)."""
    y = int(text.translate(DIGITS))
    if y < 100:  # «۹۱» is 1391
        y += 1300
    return y


def plausible_year(text: str) -> bool:
    """Whether ``text`` is four digits in ``JALALI_YEARS`` or ``GREGORIAN_YEARS``: «۱۳۹۸», «2018» may be
    years, «۱۲۰۰» and «۵۰۰۰» are counts. «۲۰۰۰» may be either; the words after it tell (the caller's job)."""
    digits = text.translate(DIGITS)
    if len(digits) != 4 or not (digits.isascii() and digits.isdigit()):
        return False
    return int(digits) in JALALI_YEARS or int(digits) in GREGORIAN_YEARS

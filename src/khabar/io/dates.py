"""Publication dates: ISO or Jalali input, and the Jalali date inside a Fars link id."""

from __future__ import annotations

import re
from datetime import date

import jdatetime

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_YMD = re.compile(r"^\s*(\d{2,4})[-/.](\d{1,2})[-/.](\d{1,2})")
# Fars ids: 14 digits «13911222000865» (1391/12/22) or 10 digits «8707060255» (87/07/06).
_FARS_ID = re.compile(r"/(?:news|nn)/(\d{10}|\d{14})(?:\D|$)")


class DateError(ValueError):
    pass


def parse_date(value: str) -> date:
    """'2017-10-18', '1396/07/26' or '۱۳۹۶/۰۷/۲۶' → a Gregorian date. Years below 1700 are Jalali."""
    m = _YMD.match(value.translate(_DIGITS))
    if not m:
        raise DateError(f"not a date: {value!r} (use YYYY-MM-DD, Gregorian or Jalali)")
    y, mo, d = (int(x) for x in m.groups())
    if y < 100:
        y += 1300
    try:
        if y < 1700:
            return jdatetime.date(y, mo, d).togregorian()
        return date(y, mo, d)
    except ValueError as exc:
        raise DateError(f"not a valid date: {value!r} ({exc})") from None


def date_from_link(link: str | None) -> date | None:
    """The Jalali date encoded in a Fars News link id, or None."""
    if not link:
        return None
    m = _FARS_ID.search(link)
    if not m:
        return None
    digits = m.group(1)
    y, mo, d = (int(digits[0:4]), int(digits[4:6]), int(digits[6:8])) if len(digits) == 14 else (
        1300 + int(digits[0:2]), int(digits[2:4]), int(digits[4:6]))
    try:
        return jdatetime.date(y, mo, d).togregorian()
    except ValueError:
        return None

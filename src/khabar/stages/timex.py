"""Persian time expressions → ISO dates, resolved against the publication date.

Covers weekdays with an optional part of day («عصر چهارشنبه», «روز سه‌شنبه گذشته»),
relative days («دیروز», «صبح امروز», «روز گذشته», «دو روز پیش»), vague periods
(«هفته گذشته», «سال آینده»: kept, value None), Jalali and Gregorian dates
(«۲۲ اسفند ۱۳۹۱», «۱۳۹۱/۱۲/۲۲», «18 اکتبر 2017», «2017-10-18») and months («اسفند ۱۳۹۱»).

``find_times(text)`` returns :class:`TimeExpr` items; ``TimeExpr.resolve(anchor, future=..., past=...)``
gives the ISO value (``past``: told by a past verb, so a date with no year is the last one), resolved in
:mod:`khabar.stages.timex_resolve`. Words come from ``data/timex_words.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

# TimeExpr is re-exported: the events stages import it from here
from khabar.stages.timex_resolve import DIGITS as _DIGITS
from khabar.stages.timex_resolve import TimeExpr as TimeExpr
from khabar.stages.timex_resolve import parse_year
from khabar.tables import load_table

NUM = r"[0-9۰-۹]"
_B = r"(?<![\w\u200c])"  # a word starts here (ZWNJ counts as inside a word)
_E = r"(?![\w\u200c])"


# A numeric date, year first («1391/12/22», «2017-10-18»): the ``ymd`` pattern, and a word of its own to
# :func:`numeric_date`; day first with a year of two or four digits only as a word of its own («27/3/66»).
_YMD = rf"(?P<y>{NUM}{{4}})[/\-.](?P<m>{NUM}{{1,2}})[/\-.](?P<d>{NUM}{{1,2}})"
_NUMERIC_DATE = re.compile(rf"{_YMD}|(?P<d2>{NUM}{{1,2}})/(?P<m2>{NUM}{{1,2}})/(?:{NUM}{{2}}|{NUM}{{4}})")


def numeric_date(word: str) -> bool:
    """Whether ``word`` is a numeric date, year first or day first, with a month up to 12 and a day up to 31
    («1394/12/10», «27/3/66»; not the split «۴۰/۳۰/۳۰»)."""
    m = _NUMERIC_DATE.fullmatch(word)
    if m is None:
        return False
    month, day = (int(g.translate(_DIGITS)) for g in (m["m"] or m["m2"], m["d"] or m["d2"]))
    return 1 <= month <= 12 and 1 <= day <= 31


def _alt(words: list[str]) -> str:
    """A regex alternation, longest first; ZWNJ and spaces inside words match either or nothing."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        parts.append(r"[\u200c ]?".join(re.escape(p) for p in re.split(r"[\u200c ]", w)))
    return "(?:" + "|".join(parts) + ")"


def _key(word: str) -> str:
    return re.sub(r"[\u200c ]", "", word)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, dict[str, str]], list[tuple[str, re.Pattern[str]]]]:
    words: dict[str, dict[str, str]] = {}
    for row in load_table("timex_words.tsv"):
        words.setdefault(row[1], {})[_key(row[0])] = row[2] if len(row) > 2 else ""
    alt = {kind: _alt(list(raw_words(kind))) for kind in words}
    wd, jm, gm, part, rel = alt["weekday"], alt["jmonth"], alt["gmonth"], alt["part"], alt["relday"]
    unit, dirs, num, ordinal, ryear = alt["unit"], alt["dir"], alt["num"], alt["ordinal"], alt["ryear"]
    until = alt["until"]
    sp = r"\s+"
    patterns = [
        # 1391/12/22, 2017-10-18
        ("ymd", rf"{_B}{_YMD}{_E}"),
        # (روز) (یکشنبه) ۲۲ (ماه) اسفند(ماه) (سال) ۱۳۹۱; «روز دوم ماه اوت»
        # «۶ تا ۸ ژوئن» is read as its first day; «21ژوئیه» lost its space.
        ("dmy", rf"{_B}(?:روز{sp})?(?:(?P<wd>{wd}){sp}(?:روز{sp})?)?(?P<d>{NUM}{{1,2}}|{ordinal})"
                rf"(?:{sp}{until}{sp}{NUM}{{1,2}})?"
                rf"\s*(?:ماه{sp})?(?P<mon>{jm}|{gm})(?:[\u200c ]?ماه)?"
                rf"(?:{sp}(?:سال{sp})?(?P<y>{NUM}{{4}}|{NUM}{{2}}(?![0-9۰-۹])))?"
                rf"(?:{sp}(?P<ry>{ryear}))?(?:{sp}(?P<lean>گذشته|آینده))?{_E}"),
        # اسفند(ماه) (سال) ۱۳۹۱
        ("my", rf"{_B}(?P<mon>{jm}|{gm})(?:[\u200c ]?ماه)?{sp}(?:سال{sp})?(?P<y>{NUM}{{4}}){_E}"),
        # (عصر) (روز) سه‌شنبه (هفته) (گذشته) (شب)
        ("weekday", rf"{_B}(?:(?P<p1>{part}){sp})?(?:روز{sp})?(?P<wd>{wd})"
                    rf"(?:{sp}(?P<wk>هفته{sp})?(?P<dir>{dirs}))?(?:(?:\s+|\u200c)(?P<p2>{part}))?{_E}"),
        # (صبح) امروز (صبح)
        ("relday", rf"{_B}(?:(?P<p1>{part}){sp})?(?P<rel>{rel})(?:{sp}(?P<p2>{part}))?{_E}"),
        # دو روز پیش، ۳ هفته قبل، دو روز گذشته، چند روز اخیر
        ("ago", rf"{_B}(?P<n>{num}|{NUM}{{1,3}}){sp}(?P<unit>{unit}){sp}(?P<dir>پیش|قبل|بعد|گذشته|اخیر){_E}"),
        # (روز|هفته|ماه|سال) (گذشته|آینده|جاری)
        ("period", rf"{_B}(?P<unit>{unit}){sp}(?P<dir>{dirs}){_E}"),
        ("period", rf"{_B}(?:امسال|پارسال|اخیرا|اخیراً|این[\u200c ]?هفته|این[\u200c ]?روزها){_E}"),
    ]
    return words, [(name, re.compile(p)) for name, p in patterns]


def date_named_heads() -> list[str]:
    """The places named after a day («بیمارستان», «میدان»): a date right after one is part of a name."""
    return raw_words("namehead")


def until_words() -> frozenset[str]:
    """The words that end a stretch («تا», «الی»): a time right after one dates no act."""
    return frozenset(_key(w) for w in raw_words("until"))


def raw_words(kind: str) -> list[str]:
    """The words of one kind in ``data/timex_words.tsv`` (months, weekdays, units …), as written."""
    return [row[0] for row in load_table("timex_words.tsv") if row[1] == kind]


def find_times(text: str, start: int = 0, end: int | None = None) -> list[TimeExpr]:
    """Pure step: the time expressions in ``text[start:end]``, in order, not overlapping."""
    words, patterns = _tables()
    end = len(text) if end is None else end
    found: list[TimeExpr] = []
    taken: set[int] = set()  # characters already in a found expression (no pairwise overlap tests)
    for name, pattern in patterns:
        for m in pattern.finditer(text, start, end):
            if any(c in taken for c in range(m.start(), m.end())):
                continue
            t = _build(name, m, words)
            if t is not None and name == "dmy" and not m.group("d")[0].isdigit():
                t = _month_part(text, m, t, words)
            if t is not None and not (name == "dmy" and _named_after(text, m.start(), words)) and not (
                    name == "weekday" and _word_before(text, m.start()) in words.get("dayhead", {})):
                found.append(t)
                taken.update(range(m.start(), m.end()))
    return sorted(found, key=lambda t: t.start)


def _raw_word_before(text: str, start: int) -> str:
    """The word right before ``start`` as written (within 20 characters), or ""."""
    before = text[max(0, start - 20):start].split()
    return before[-1] if before else ""


def _word_before(text: str, start: int) -> str:
    """The word right before ``start``, as a table key (ZWNJ and spaces dropped), or ""."""
    return _key(_raw_word_before(text, start))


def _month_part(text: str, m: re.Match[str], t: TimeExpr, words: dict[str, dict[str, str]]) -> TimeExpr:
    """«نیمه دوم ماه سپتامبر», «هفته اول مهرماه»: an ordinal after a part of a month counts parts, not
    days; the whole phrase is a period (no value)."""
    if _word_before(text, m.start()) not in words.get("monthpart", {}):
        return t
    start = text.rfind(_raw_word_before(text, m.start()), 0, m.start())
    return TimeExpr(start, m.end(), text[start:m.end()], "period")


def _named_after(text: str, start: int, words: dict[str, dict[str, str]]) -> bool:
    """Whether the word before ``start`` is a place that a date names («بیمارستان ۲۲ بهمن»): no time."""
    return _word_before(text, start) in words.get("namehead", {})


def _build(name: str, m: re.Match[str], words: dict[str, dict[str, str]]) -> TimeExpr | None:
    g = m.groupdict()
    span = (m.start(), m.end(), m.group())
    if name == "ymd":
        full = parse_year(g["y"])
        return TimeExpr(*span, "date", full, int(g["m"].translate(_DIGITS)), int(g["d"].translate(_DIGITS)),
                        jalali=full < 1700)
    if name in ("dmy", "my"):
        mon = _key(g["mon"])
        jalali = mon in words["jmonth"]
        month = int(words["jmonth"][mon] if jalali else words["gmonth"][mon])
        y = parse_year(g["y"]) if g.get("y") else None
        shift = int(words["ryear"][_key(g["ry"])]) if g.get("ry") else None
        if y is not None and y >= 1700:
            jalali = False
        day = None
        if g.get("d"):
            d_key = _key(g["d"])
            day = int(words["ordinal"][d_key]) if d_key in words["ordinal"] else int(d_key.translate(_DIGITS))
        if day is None:  # a whole month: kept, value None
            return TimeExpr(*span, "period", y, month, None, jalali=jalali)
        lean = {"گذشته": -1, "آینده": 1}.get(g.get("lean") or "", 0)
        return TimeExpr(*span, "date", y, month, day, jalali=jalali, lean=lean, year_offset=shift)
    if name == "weekday":
        weekday = int(words["weekday"][_key(g["wd"])])
        offset = lean = 0
        if g.get("dir"):
            step = int(words["dir"][_key(g["dir"])])
            # «سه‌شنبه هفته گذشته» is last week's; «سه‌شنبه گذشته» the last one before the anchor, and
            # «سه‌شنبه آینده» the next one after it
            offset, lean = (step, 0) if g.get("wk") else (0, step)
        return TimeExpr(*span, "weekday", weekday=weekday, offset=offset, lean=lean)
    if name == "relday":
        return TimeExpr(*span, "relday", offset=int(words["relday"][_key(g["rel"])]))
    if name == "ago":
        unit = words["unit"][_key(g["unit"])]
        n_text = _key(g["n"])
        if words["num"].get(n_text) == "" or _key(g["dir"]) == "اخیر" or (  # «چند روز پیش», «سه روز اخیر»
                _key(g["dir"]) == "گذشته" and _word_before(m.string, m.start()) in words["during"]):
            return TimeExpr(*span, "period")  # «طی دو روز گذشته»: the stretch of days, not one day
        n = int(words["num"][n_text]) if n_text in words["num"] else int(n_text.translate(_DIGITS))
        sign = 1 if _key(g["dir"]) == "بعد" else -1
        if unit == "day":
            return TimeExpr(*span, "relday", offset=sign * n)
        return TimeExpr(*span, "period")
    if name == "period":
        if g.get("unit") and words["unit"][_key(g["unit"])] == "day" and g.get("dir"):
            step = int(words["dir"][_key(g["dir"])])
            # «روز گذشته» is yesterday in news style; «روز جاری» is today.
            return TimeExpr(*span, "relday", offset=step)
        return TimeExpr(*span, "period")
    return None

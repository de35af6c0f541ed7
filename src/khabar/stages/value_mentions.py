"""Values as mentions: dates and times («عصر چهارشنبه», «۲۲ بهمن ۱۳۹۱»), money («۸۰ دلار») and
percentages («۴۰ درصد»), read from the time words table. A base of ``orgs_places.OrgPlaceFinder``, kept
apart from it because a value is no name: none of the organization and place rules reads it.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.stages.phrases import Tables, compact
from khabar.stages.timex import date_named_heads as _date_named_heads
from khabar.stages.tokens import Mention, Words


@lru_cache(maxsize=1)
def date_named_heads() -> frozenset[str]:
    return frozenset(compact(w) for w in _date_named_heads())


class ValueFinder:
    t: Tables

    def value_at(self, w: Words, i: int) -> Mention | None:
        """Dates («عصر چهارشنبه», «۲۲ بهمن ۱۳۹۱»), money and percentages."""
        tw = self.t.time_words.map
        cls = tw.get(w.keys[i])
        if w.numbers[i]:
            j = i + 1
            while j < len(w) and tw.get(w.keys[j]) == "scale":
                j += 1
            nxt = tw.get(w.keys[j]) if j < len(w) else None
            if nxt == "percent":
                return Mention(i, j + 1, "PERCENT", "value")
            if nxt == "currency":
                return Mention(i, j + 1, "MONEY", "value")
            if nxt == "month":
                if i > 0 and w.keys[i - 1] in date_named_heads():
                    return None  # «بیمارستان ۲۲ بهمن», «میدان ۱۵ خرداد»: a place's name, not a date
                end = j + 1
                if end < len(w) and w.numbers[end]:
                    end += 1
                return Mention(i, end, "DATE", "value")
            return None
        if cls in {"daypart", "period"} and i + 1 < len(w):
            nxt = tw.get(w.keys[i + 1])
            if nxt == "weekday" or (nxt == "relative" and cls == "daypart"):
                end = i + 2
                if cls == "daypart" and end < len(w) and tw.get(w.keys[end]) == "weekday":
                    end += 1
                return Mention(i, end, "DATE" if cls == "period" else "TIME", "value")
            if cls == "period" and w.keys[i] == "سال" and w.numbers[i + 1]:
                return Mention(i, i + 2, "DATE", "value")
        if cls == "relative":
            return Mention(i, i + 1, "DATE", "value")
        if cls == "weekday" and not (i > 0 and w.keys[i - 1] == "امام"):
            return Mention(i, i + 1, "DATE", "value")
        return None

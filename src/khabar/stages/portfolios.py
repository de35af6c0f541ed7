"""An office's portfolio joined by «و» before the body or place that closes it.

The role tables name a deputy's or director's portfolio only when it is a known field («امور خارجه»,
«راه و شهرسازی»). Offices of provincial and city bodies are named in plain words joined by «و»: «معاون
فنی و عمرانی شهرداری X», «مدیر کل اوقاف و امور خیریه استان X», «معاون پشتیبانی و منابع انسانی سازمان X».
The role was cut at «و» (a description found by the cue stopped there too), and a quote whose content
comes before its verb then opened with the rest of the office.

A run of plain words with a «و» in it belongs to the office when a body or a place closes it: the
words name one portfolio of that body. The run stops at a second office, a title or a name («وزیر کشور و
وزیر خارجه», «رئیس سابق و علی X»: two people), at words for other people (``data/portfolio_stops.txt``: «معاون عمرانی و
مدیران شهرداری X», «معاون فنی و همسر شهردار X»), at a number, and at any word that ends a name (a preposition, a verb, «نیز»).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from khabar.stages.orgs_places import FIELD_JOINERS, MEDIA_HEADS
from khabar.stages.phrases import compact, compact_words
from khabar.stages.tokens import Mention, Words

if TYPE_CHECKING:
    from khabar.stages.orgs_places import OrgPlaceFinder

# Plain words a joined portfolio may hold before its body or place («پشتیبانی و منابع انسانی»: 3)
MAX_WORDS = 6


@cache
def other_people() -> frozenset[str]:
    """Words that open other people after «و» (``data/portfolio_stops.txt``, ``data/group_nouns.txt``)."""
    return compact_words("portfolio_stops.txt") | compact_words("group_nouns.txt")


@cache
def constituency_heads() -> frozenset[str]:
    """Heads of a seat named after its constituency (``data/constituency_heads.txt``), compacted."""
    return compact_words("constituency_heads.txt")


def seat_places(f: OrgPlaceFinder, w: Words, head: str, end: int, nested: list[Mention]) -> int:
    """End of a list of places joined by «و» (and commas that «و» closes) after the place that ends a
    seat's role at ``end`` («نماینده مردم X [و Y]», «… X[، Y و Z]»): one constituency; the places go to
    ``nested``. ``end`` if ``head`` (compacted) names no such seat or no such list follows."""
    if compact(head) not in constituency_heads() or not any(m.kind == "place" and m.end == end for m in nested):
        return end
    j = end
    pending: list[Mention] = []
    while j + 1 < len(w) and (w.keys[j] or w.texts[j]) in FIELD_JOINERS and (place := f.place_at(w, j + 1)):
        place.nested = True
        pending.append(place)
        if w.keys[j] == "و":
            # «و» closes the list: every place read so far is the seat's
            nested.extend(pending)
            pending = []
            end = place.end
        j = place.end
    return end


def _plain(f: OrgPlaceFinder, w: Words, k: int) -> bool:
    """A word of a portfolio: no title, office head, name, number, plural of people or name-ending word."""
    key = w.keys[k]
    # a first name that is also a word may be one («امور خیریه»)
    return f.name_like(w, k) and not w.numbers[k] and f.t.first_names.map.get(key) is not False and not f.t.persons.match(
        w.keys, k) and key not in other_people()


def _closes(f: OrgPlaceFinder, w: Words, k: int, office: bool) -> bool:
    """A body or a place starts at ``k``: it closes the portfolio («شهرداری X», «استان X», «سازمان X»); with
    ``office``, an office's head too («معاون سیاسی و امنیتی [استاندار] X»: the deputy of that office)."""
    if f.place_at(w, k) or (office and f.t.role_heads.match(w.keys, k)):
        return True
    body = f.org_at(w, k)
    return body is not None and body.kind == "org" and body.end > k


def _field_body(f: OrgPlaceFinder, w: Words, k: int) -> bool:
    """A known body right after «و» that is a field of a portfolio too («ارشاد», «بهداشت», «تعاون»: rows of
    both data/orgs.txt and data/role_words.txt, no org head): a word of the joined portfolio, not the body
    that closes it («رئیس اداره فرهنگ و [ارشاد] اسلامی شهرستان X»)."""
    return w.keys[k - 1] == "و" and bool(f.t.role_words.match(w.keys, k)) and not f.t.org_heads.match(
        w.keys, k) and not f.place_at(w, k)


def joined_portfolio(f: OrgPlaceFinder, w: Words, start: int, end: int, field: bool) -> int:
    """Where the body or place that closes a portfolio joined by «و» starts, the portfolio running from
    ``end`` (the end of a role read so far: «معاون» in «معاون [فنی و عمرانی] شهرداری X»); ``end`` if
    the words from ``end`` are no such portfolio. ``field``: the role (from ``start``) has read a field of
    its portfolio already («معاون [پشتیبانی] و منابع انسانی …»), so «و» may open the run, and a list comma
    that «و» closes too («مدیرکل ورزش، جوانان و تربیت بدنی استان X»), unless the role names a
    medium: there a comma ends the reporter's byline («خبرنگار خبرگزاری X، …»)."""
    medium = any(k in MEDIA_HEADS for k in w.keys[start:end])
    # an office closes fields right after the head («معاون [علمی و فناوری] رئیس جمهور») or after fields the
    # role read itself, from «و»: not after a body («رئیس سازمان X و [name] مدیرکل …»: two people), nor a
    # run after the role's complement («کارشناس رسمی دادگستری [هستم و …] وزیر»: the clause goes on)
    office = end < len(w) and (w.keys[end] == "و" or not field) and not any(
        f.t.org_heads.match(w.keys, j) or f.t.orgs.match(w.keys, j) for j in range(start, end))
    joined = False
    words = 0
    k = end
    while k < len(w) and words <= MAX_WORDS:
        joiner = (w.keys[k] or w.texts[k]) in FIELD_JOINERS
        if joiner:
            # a joiner joins two plain words: «و» after «و», or one at the start of a role with no field, joins
            # no field; a comma right after a medium's role ends it («خبرنگار X خبرگزاری فارس، مرکز Y و …»)
            if (k == end and (not field or (w.keys[k] != "و" and medium))) or (w.keys[k - 1] or w.texts[k - 1]) in FIELD_JOINERS:
                return end
            if joined and w.keys[k] != "و":
                return end  # a comma after the list's «و» opens the next item of the sentence («…، [name] مدیرکل»)
            joined = joined or w.keys[k] == "و"
            k += 1
            continue
        if _closes(f, w, k, office) and not _field_body(f, w, k):
            # the body closes the joined portfolio; one before any «و» is the office's own, and «و» after it
            # joins another body or person («معاون شهرداری X و سازمان Y»)
            after_word = (w.keys[k - 1] or w.texts[k - 1]) not in FIELD_JOINERS
            return k if k > end and joined and words and after_word else end
        if not _plain(f, w, k):
            return end
        words += 1
        k += 1
    return end

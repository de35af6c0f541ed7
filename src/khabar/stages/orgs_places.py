"""Organizations and places, and the word classes names are built from.

Organizations: table names («داعش») and a head with a complement («ارتش سوریه», «نیروهای مسلح
جمهوری اسلامی ایران»). Places: gazetteers, country aliases («جمهوری اسلامی ایران» → «ایران») and
place heads («بندر صلاله»). Values («عصر چهارشنبه», «۴۰ درصد», «۸۰ دلار») are ``value_mentions``'s.
"""

from __future__ import annotations

from functools import cache

from khabar.stages.name_words import (
    WORD_PLACE_KINDS,
    demonym_stems,
    is_demonym,
    numbered_units,
    word_places,
)
from khabar.stages.phrases import Tables, compact, compact_words
from khabar.stages.tokens import Mention, Words
from khabar.stages.value_mentions import ValueFinder

# Organization heads that name one body of the article's country when written alone («دولت»), or of its
# city or province («شهرداری»: the municipality the article has named), or the one body of that kind that world
# news names («آژانس»: the atomic energy agency, «بازرسان آژانس»).
BARE_ORGS = frozenset({"دولت", "پارلمان", "مجلس", "کنگره", "سنا", "شهرداری", "استانداری", "فرمانداری", "آژانس"})
MEDIA_HEADS = frozenset({"خبرگزاری", "روزنامه", "شبکه", "پایگاه", "سایت", "رادیو", "تلویزیون"})
# Kind words of a medium named after them (not «خبرگزاری»: the agency has rules of its own).
MEDIUM_KINDS = frozenset(compact(k) for k in ("روزنامه", "شبکه", "پایگاه", "سایت", "نشریه", "هفته‌نامه", "ماهنامه", "مجله", "رادیو"))
# Kinds that are followed by a name even unquoted («روزنامه گاردین», «رادیو فردا»).
PRESS_KINDS = frozenset(compact(k) for k in ("روزنامه", "نشریه", "هفته‌نامه", "ماهنامه", "مجله", "رادیو"))
# Epithets after a kind word that make it a medium, so an unquoted name may follow («شبکه تلویزیونی X»).
MEDIUM_WORDS = frozenset(compact(k) for k in ("تلویزیونی", "خبری", "ماهواره‌ای", "اینترنتی", "رادیویی"))
MEDIUM_EPITHETS = 2  # words between the kind and a quoted name («روزنامه [انگلیسی] «گاردین»»)
MEDIUM_NAME_WORDS = 4
# Opening quote marks and the marks that close them (names are quoted: «شرکت «مپنا»»).
OPEN_QUOTES = {"«": "»", '"': '"', "“": "”"}
# Plain words an organization name may hold before its place («اداره کل [راهداری و حمل و نقل] استان همدان»).
FREE_WORDS = 6



@cache
def doing_verbs() -> frozenset[str]:
    """Forms of «کردن»/«نمودن» that make a verb of the noun before them (``data/doing_verbs.txt``)."""
    return compact_words("doing_verbs.txt")


# The article's own province, county or country, unnamed: they end the name of one of its bodies
# («شورای زکات استان», «ستاد تسهیلات نوروزی کشور»), but are no place mention of their own.
BARE_PLACES = frozenset({"استان", "شهرستان", "کشور"})
# «و» and the list comma (a token without letters: its text, not its key) between the fields of one ministry («صنعت، معدن و تجارت»)
FIELD_JOINERS = frozenset({"و", "،", ","})

DEMONSTRATIVES = frozenset({"این", "همین", "آن"})

# Words that count what a number before them numbers: the number is no part of a name before it.
COUNTED = frozenset({"نفر", "تن", "مورد", "فقره", "قبضه", "کیلوگرم", "عدد", "دستگاه", "هزار", "میلیون", "میلیارد",
                     "درصد"})


class OrgPlaceFinder(ValueFinder):
    def __init__(self, tables: Tables) -> None:
        self.t = tables

    # --- word classes -------------------------------------------------------------------
    def is_boundary(self, w: Words, i: int) -> bool:
        k = w.keys[i]
        return not k or k in self.t.boundaries or k in self.t.pronouns.map

    def starts_other(self, w: Words, i: int) -> bool:
        """A title, role or epithet starts here: a name cannot run into it."""
        return bool(
            self.t.titles.match(w.keys, i) or self.t.role_heads.match(w.keys, i) or self.t.epithets.match(w.keys, i)
        )

    def name_like(self, w: Words, i: int) -> bool:
        return i < len(w) and not self.is_boundary(w, i) and not self.starts_other(w, i) and len(w.keys[i]) > 1

    def complement(self, w: Words, i: int, found: list[Mention], free: int = 0, pointed: bool = True) -> int:
        """End of a role or organization complement starting at ``i``; nested places/orgs go to ``found``.
        ``free``: how many other words may come before a place («اداره کل [راهداری] استان همدان»);
        ``pointed``: whether a province or city pointed back at («این استان») may end it: after a role head
        that needs a complement, not after one that names an office alone («رئیس‌جمهور») nor after an
        organization (both were split from the article's bare «رئیس‌جمهور», «فرمانداری»: coreference fell)."""
        j = i
        while j < len(w) and j - i < 10:
            if pointed and (ana := self.place_anaphor(w, j)) is not None:
                # «استاندار [این استان]», «فرماندار [این شهرستان]»: the place pointed back at ends the
                # complement like a country, and is a mention of its own
                found.append(ana)
                j = ana.end
                break
            place = self.place_at(w, j)
            if place:
                place.nested = True
                found.append(place)
                if place.label == "FAC":  # «مدیر فرودگاه [آبادان]»
                    found.extend(self.nested_places(w, place.start, place.end))
                j = place.end
                if place.key in demonym_stems():
                    # «نخست‌وزیر ترکیه اسرائیل را …», «وزیر دفاع اسرائیل حماس را …»: a role ends with its
                    # country (a region's country may follow the region: «اقلیم کردستان عراق»)
                    break
                continue
            org = self.t.orgs.match(w.keys, j)
            if org:
                j = self.joined_fields(w, j + org[0])
                continue
            if self.demonym(w, j):
                j += 1  # «نیروهای آمریکایی», «ائتلاف سعودی»
                continue
            # «مشاور نخست‌وزیر عراق», «معاون وزیر امور خارجه»: an office inside a role
            word = self.t.role_words.match(w.keys, j) or self.t.role_heads.match(w.keys, j)
            if word and j > i and j + word[0] < len(w) and w.keys[j + word[0]] in doing_verbs() and not (
                    self.t.role_heads.match(w.keys, j)):
                # «با وزیر نیرو [مذاکره کرد]»: a later field word right before «کرد» is the verb's noun; not the
                # first («وزیر اقتصاد کند عمل کرد»: «کند» is slow) nor an office («معاون وزیر»)
                break
            if word:
                j = self.joined_fields(w, j + word[0])
                continue
            if w.numbers[j] and j > 0 and compact(w.keys[j - 1]) in numbered_units() and not (
                    j + 1 < len(w) and w.keys[j + 1] in COUNTED):
                j += 1  # «کمیسیون اصل ۹۰», not «پلیس آگاهی ۹۰ سارق را …»: a count starts the object
                continue
            if free and j == i and (k := self._free_run(w, j, free, bare=True)) > j:
                j = k  # «اداره کل راهداری و حمل و نقل [استان همدان]»: words up to a place
                continue
            break
        return j

    def joined_fields(self, w: Words, j: int) -> int:
        """Past the joiner at ``j`` when it joins the field just read to more fields of one ministry:
        «امور اقتصاد [و] دارایی», «صنعت[،] معدن [و] تجارت» (a comma only in a list that «و» closes, not
        «وزیر دفاع، امنیت کشور را …»); never to another office («وزیر دفاع و وزیر کشور» are two roles)."""
        k = j
        while k + 1 < len(w) and (w.keys[k] or w.texts[k]) in FIELD_JOINERS:
            field = self.t.role_words.match(w.keys, k + 1)
            if not field or self.t.role_heads.match(w.keys, k + 1):
                break
            k += 1 + field[0]
            if w.keys[k - 1 - field[0]] == "و":
                j = k  # a list is closed by «و»: every field up to here is taken
        return j

    def place_anaphor(self, w: Words, j: int) -> Mention | None:
        """«این استان», «همین شهرستان», «آن شهر» (``data/anaphors.tsv`` rows of a city), nested."""
        if w.keys[j] not in DEMONSTRATIVES:
            return None
        hit = self.t.anaphors.match(w.keys, j)
        if not hit or hit[1] != ("LOC", "city"):
            return None  # not «این کشور»: «سفیر/نماینده این کشور» split from the article's ambassador
        return Mention(j, j + hit[0], "LOC", "anaphor", key=hit[1][1], name=w.join(j, j + hit[0]), nested=True)

    def demonym(self, w: Words, j: int) -> bool:
        """«آمریکایی», «عراقی», «ترکیه‌ای»: a country's name with the adjective ending."""
        return is_demonym(w.keys[j])

    def _bare_end(self, w: Words, j: int, k: int) -> bool:
        """Word ``k`` is the unnamed province or country that ends a body's name begun at ``j``: not
        «سپاه X [امنیت کشور] را …» (an object), nor when a known body starts inside the run: «دولت [و وزارت
        کشور]», «هیئت امنای [نهاد …] کشور» (the known body is the mention)."""
        if w.keys[k] not in BARE_PLACES or w.keys[j] == "و" or w.keys[k - 1] == "و":
            return False
        if k + 1 < len(w) and w.keys[k + 1] == "را":
            return False
        return not any(self.t.org_heads.match(w.keys, n) or self.t.orgs.match(w.keys, n) for n in range(j, k))

    def _free_run(self, w: Words, j: int, limit: int, bare: bool = False) -> int:
        """Where a place starts within ``limit`` plain words (or «و») from ``j``; ``j`` if none does.
        With ``bare``, an unnamed «استان»/«کشور» also ends the run, and the run takes it in."""
        for k in range(j, min(len(w), j + limit + 1)):
            if k > j and self.place_at(w, k):
                return k
            if bare and k > j and self._bare_end(w, j, k):
                return k + 1
            if not (self.name_like(w, k) or w.keys[k] == "و") or w.numbers[k]:
                return j
        return j

    # --- organizations and places -----------------------------------------------------------
    def medium_at(self, w: Words, i: int) -> Mention | None:
        """A medium named after the word for its kind: «روزنامه آمریکایی «نیویورک تایمز»», «شبکه الجزیره»
        (an organization, not a person described as «روزنامه آمریکایی»). The name is quoted after at
        most MEDIUM_EPITHETS words, or a run of uncommon words right after the kind word."""
        if w.keys[i] not in MEDIUM_KINDS:
            return None
        for k in range(i + 1, min(i + 2 + MEDIUM_EPITHETS, len(w))):
            close = OPEN_QUOTES.get(w.texts[k])
            if close is not None:
                end = next((j for j in range(k + 1, min(k + 2 + MEDIUM_NAME_WORDS, len(w))) if w.texts[j] == close), None)
                if end is None or end == k + 1:
                    return None
                return Mention(i, end + 1, "ORG", "org", key=" ".join(w.keys[k + 1:end]), name=w.join(k + 1, end))
            if not self.name_like(w, k):
                break
        j = i + 1
        while j < len(w) and w.keys[j] in MEDIUM_WORDS:
            j += 1  # «شبکه تلویزیونی الجزیره», «شبکه خبری العالم»: a medium by its epithet
        if w.keys[i] not in PRESS_KINDS and j == i + 1:
            return None  # «شبکه برق», «پایگاه هوایی»: these kinds name things too, unless quoted
        i0 = j - 1
        while j < min(i0 + 1 + MEDIUM_NAME_WORDS, len(w)) and self.name_like(w, j) and w.keys[j] not in self.t.common \
                and not self.demonym(w, j):
            j += 1
        if j == i0 + 1:
            return None
        return Mention(i, j, "ORG", "org", key=" ".join(w.keys[i0 + 1:j]), name=w.join(i0 + 1, j))

    def org_at(self, w: Words, i: int) -> Mention | None:
        medium = self.medium_at(w, i)
        if medium is not None:
            return medium
        hit = self.t.orgs.match(w.keys, i)
        head = self.t.org_heads.match(w.keys, i)
        if head and (not hit or head[0] >= hit[0]):
            nested: list[Mention] = []
            # plain words before a place complete a head that names no body alone («اداره کل [راهداری] استان
            # همدان»); after one that does («کشورهای آسیایی»), they are the clause going on («… خواست نفت ایران»)
            # no place pointed back at (see ``complement``)
            end = self.complement(w, i + head[0], nested, free=0 if head[1] else FREE_WORDS, pointed=False)
            if end > i + head[0] or head[1]:
                parts = [w.keys[k] for k in range(i, i + head[0])]
                j = i + head[0]
                for m in nested:
                    parts.extend(w.keys[j:m.start])
                    parts.append(m.key)
                    j = m.end
                parts.extend(w.keys[j:end])
                return Mention(i, end, "ORG", "org", key=" ".join(parts), name=w.join(i, end))
        if hit:
            return Mention(i, i + hit[0], "ORG", "org", key=" ".join(w.keys[i:i + hit[0]]), name=w.join(i, i + hit[0]))
        if head and head[0] == 1 and w.keys[i] in BARE_ORGS:
            return Mention(i, i + 1, "ORG", "org", key=w.keys[i], name=w.texts[i])
        if not head and w.keys[i] in BARE_ORGS and not self.name_follows(w, i + 1):
            # «بازرسان آژانس به …»: a body the tables know only by its full name, written alone; not where
            # a name goes on («آژانس انرژی اتمی», «آژانس پرنسا لاتینا»: the trained NER reads those)
            return Mention(i, i + 1, "ORG", "org", key=w.keys[i], name=w.texts[i])
        return None

    def name_follows(self, w: Words, j: int) -> bool:
        """Whether word ``j`` goes on with a name: a word of a role or body, a place, an organization or a
        word no common-word list holds."""
        return j < len(w) and bool(self.t.role_words.match(w.keys, j) or self.t.orgs.match(w.keys, j) or self.place_at(
            w, j) or (self.name_like(w, j) and not w.numbers[j] and w.keys[j] not in self.t.common))

    def org_in(self, w: Words, start: int, end: int) -> Mention | None:
        """The first organization name inside a role complement («نیروهای مسلح …» in «رئیس‌ستاد کل …»)."""
        for k in range(start, end):
            org = self.org_at(w, k)
            if org and org.end <= end:
                org.nested = True
                return org
        return None

    def place_at(self, w: Words, i: int) -> Mention | None:
        hit = self.t.places.match(w.keys, i)
        if hit and hit[0] == 1 and w.keys[i] in word_places() and (i == 0 or w.keys[i - 1] not in WORD_PLACE_KINDS):
            hit = None  # «بانک مرکزی», «منابع مالی»: the everyday word
        if hit:
            return Mention(i, i + hit[0], "LOC", "place", key=compact(hit[1]), name=hit[1])
        head = self.t.place_heads.match(w.keys, i)
        if head:
            j = i + head[0]
            inner = self.t.places.match(w.keys, j)
            if inner and compact(" ".join(w.keys[i:j])) in self.t.unknown_only_heads:
                return None  # «شهرستان ری»: the known place alone
            # An unknown name is no common word: «مرکز استان خواست» is «استان» before a verb
            n = inner[0] if inner else (1 if self.name_like(w, j) and w.keys[j] not in self.t.common else 0)
            if n:
                return Mention(i, j + n, head[1], "place", key=" ".join(w.keys[i:j + n]), name=w.join(i, j + n))
        return None

    def nested_places(self, w: Words, start: int, end: int) -> list[Mention]:
        out = []
        k = start + 1
        while k < end:
            p = self.place_at(w, k)
            if p and p.end <= end:
                p.nested = True
                out.append(p)
                k = p.end
            else:
                k += 1
        return out

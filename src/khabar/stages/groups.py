"""Group nouns told whose group they are: «بسیجیان سقزی», «مرزبانان استان», «مقامات آمریکایی» are ORG
mentions (docs/annotation.md §7: group nouns that act are ORG entities); bare, they are generic."""

from __future__ import annotations

import unicodedata

from khabar.stages.name_words import numbered_units
from khabar.stages.orgs_places import BARE_PLACES, OrgPlaceFinder
from khabar.stages.phrases import compact, compact_words
from khabar.stages.role_mentions import RoleFinder
from khabar.stages.tokens import Mention, Words

SCALES = frozenset({"هزار", "میلیون"})  # «۱۰ [هزار] دانشجو»


def group_nouns() -> frozenset[str]:
    """Plural nouns for a group that acts as one body once told whose it is (``data/group_nouns.txt``)."""
    return compact_words("group_nouns.txt")


def counted_nouns() -> frozenset[str]:
    """Singular people nouns a count opens (``data/counted_people.txt``)."""
    return compact_words("counted_people.txt")


def count_words() -> frozenset[str]:
    """Count words («دو», «صدها») that open a counted group (``data/count_words.txt``)."""
    return compact_words("count_words.txt")


def counted_group_at(finder: OrgPlaceFinder, w: Words, i: int) -> Mention | None:
    """«دو کودک فلسطینی», «۵۰۰ زائر عراقی», «۱۰ هزار دانشجوی انگلیسی»: a count, a singular people noun and
    a people's adjective are the people the article reports on (one person with «یک»); without the
    adjective («دو کودک») they stay generic."""
    if not (w.numbers[i] or w.keys[i] in count_words()):
        return None
    j = i + 1
    while j < len(w) and w.keys[j] in SCALES:
        j += 1
    if j + 1 >= len(w) or compact(w.keys[j]) not in counted_nouns():
        return None
    if not (finder.demonym(w, j + 1) or local_demonym(finder, w, j + 1)):
        return None
    label = "PER" if w.keys[i] == "یک" else "ORG"
    return Mention(i, j + 2, label, "org", key=" ".join(w.keys[i:j + 2]), name=w.join(i, j + 2))


def member_nouns() -> frozenset[str]:
    """Singular nouns for a body's member that a count makes a group (``data/member_nouns.txt``)."""
    return compact_words("member_nouns.txt")


# Words before a count that take the whole counted group in: «[همه] ۱۱ عضو شورا»
ALL_WORDS = frozenset({"همه", "تمام", "تمامی", "کلیه"})


def year_like(text: str) -> bool:
    """A number of four digits from 1300 on: a year («از ۱۳۸۸»), not a count."""
    digits = "".join(str(unicodedata.digit(ch, -1)) for ch in text if unicodedata.digit(ch, -1) >= 0)
    return len(digits) == 4 and len(digits) == len(text) and int(digits) >= 1300


def counted_members_at(finder: RoleFinder, w: Words, i: int, found: list[Mention]) -> Mention | None:
    """«همه ۱۱ عضو شورای اسلامی شهر X», «۲۰ نماینده مجلس»: a count and a member of a named body are the
    members acting as one, an ORG group (docs/annotation.md: groups that act as one), not one person holding
    the office. The body and its places stay mentions of their own (added to ``found``)."""
    if not (w.numbers[i] or w.keys[i] in count_words()) or w.keys[i] == "یک":
        return None
    if i > 0 and compact(w.keys[i - 1]) in numbered_units() or year_like(w.texts[i]):
        return None  # «در دوره ۸ نماینده مردم X بود», «از ۱۳۸۸ عضو شورای X است»: no count of members
    j = i + 1
    while j < len(w) and w.keys[j] in SCALES:
        j += 1
    if j + 1 >= len(w) or compact(w.keys[j]) not in member_nouns():
        return None
    inner: list[Mention] = []
    role = finder.role_at(w, j, inner)
    if role is None or role.end <= j + 1:
        return None  # a bare «دو عضو»: whose members is not told
    found.extend(inner)
    start = i - 1 if i > 0 and w.keys[i - 1] in ALL_WORDS else i
    return Mention(start, role.end, "ORG", "org", key=" ".join(w.keys[start:role.end]), name=w.join(start, role.end))


def pointed_group_at(w: Words, i: int) -> Mention | None:
    """«این دو کودک», «این ۱۲ مأمور»: «این», a count and a singular people noun point back at a counted group
    (an anaphor whose antecedent is «counted», as «این افراد» in data/anaphors.tsv)."""
    if w.keys[i] not in ("این", "همین") or i + 2 >= len(w) or not (w.numbers[i + 1] or w.keys[i + 1] in count_words()):
        return None
    if compact(w.keys[i + 2]) not in counted_nouns():
        return None
    return Mention(i, i + 3, "ORG", "anaphor", key="counted", name=w.join(i, i + 3))


def group_at(finder: OrgPlaceFinder, w: Words, i: int) -> Mention | None:
    """«بسیجیان سقزی», «مرزبانان استان», «مقامات آمریکایی»: a group noun told whose group it is by a place
    or a people's adjective right after it (no free words: «کشاورزان [نگران] …» is a clause). Not by an
    organization: «مقامات آژانس», «دانشجویان دانشگاه X» hid the organization's own mention."""
    if compact(w.keys[i]) not in group_nouns() or i + 1 >= len(w):
        return counted_group_at(finder, w, i)
    if i > 1 and w.keys[i - 1] == "از" and w.keys[i - 2] == "یکی":
        return None  # «یکی از مقامات کویتی» is one person (a role description), not the group
    end = i + 1
    place = finder.place_at(w, end)
    if place is not None:
        end = place.end  # «کشاورزان منطقه X», «بسیجیان شهرستان Y»: the place is nested (org_places)
    elif finder.demonym(w, end) or local_demonym(finder, w, end):
        end += 1  # «مقامات آمریکایی», «بسیجیان سقزی»
    elif w.keys[end] in BARE_PLACES and not (end + 1 < len(w) and w.keys[end + 1] == "را"):
        # «کشاورزان شهرستان X» (a known place after its kind word) or «مرزبانان استان» (the article's own)
        place = finder.place_at(w, end + 1) if end + 1 < len(w) else None
        end = place.end if place is not None else end + 1
    if end == i + 1:
        return None
    return Mention(i, end, "ORG", "org", key=" ".join(w.keys[i:end]), name=w.join(i, end))


def local_demonym(finder: OrgPlaceFinder, w: Words, j: int) -> bool:
    """«سقزی», «تهرانی»: a known place's name with the adjective ending."""
    k = w.keys[j].replace(" ", "")
    return len(k) > 3 and k.endswith("ی") and k[:-1] in finder.t.places.map

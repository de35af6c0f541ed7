"""What «این کشور», «کشورمان», «این روزنامه» and a quoted «وی» point back to, and the outlet's bare name.

Definite descriptions (data/anaphors.tsv) find the nearest earlier entity of their kind;
«خبرگزاری فارس» and «فارس» are one outlet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from khabar.stages.clusters import Clusters, KeyIndex, canonical_role, role_queries
from khabar.stages.event_sports import ARTICLE_MIN_CUES, sports_words
from khabar.stages.event_tables import squash
from khabar.stages.groups import count_words
from khabar.stages.phrases import compact, country_keys, load_tables
from khabar.stages.quote_direct import Regions
from khabar.stages.salience import Ref
from khabar.tables import load_table

MAX_BACK = 500  # mentions looked back over for an «این کشور» antecedent
COUNTRY_WINDOW = 80  # tokens back where «این کشور» finds its candidates
NEAR_WINDOW = 40  # tokens back where the nearest country wins over the most named one
CLASSIFIER_GAP = 3  # tokens before a name where its kind may stand («شبکه خبری [العالم]», «روزنامه «[X]»»)


# Heads of «این تیم», «این باشگاه»: in a sports report a club is named bare («آرسنال», «ملوان»), so the team
# pointed back at is the nearest organization even when its name lacks the head
TEAM_HEADS = frozenset({"تیم", "باشگاه"})


# The last document's keys and its answer: the entity, coreference and team-word rules each ask about the
# same ``Words.keys`` list, and the answer scans the whole article, so it is computed once per document.
_last_report: tuple[list[str] | None, bool] = (None, False)


def sports_report(keys: list[str] | None) -> bool:
    """Whether the article is a sports report (``event_sports``: two distinct words of sport)."""
    global _last_report
    if keys is None:
        return False
    if _last_report[0] is keys:
        return _last_report[1]
    answer = len(sports_words([squash(k) for k in keys])) >= ARTICLE_MIN_CUES
    _last_report = (keys, answer)
    return answer


def team_anaphor(entity: dict[str, Any]) -> bool:
    """Whether a mention group is «این تیم»/«این باشگاه» alone, or a team told by its owner («تیم ما»,
    ``team_words``): each is its own club, never one organization by its key."""
    key = entity["mention_keys"][0]
    return entity["mention_kinds"] == ["anaphor"] and (key in {f"org:{h}" for h in TEAM_HEADS} or key.startswith("team:"))


MEDIA_WORDS = frozenset({"خبرگزاری", "روزنامه", "شبکه", "پایگاه", "سایت", "هفته‌نامه", "هفتهنامه", "رادیو",
                         # a club is one with its team: «تیم فوتبال سایپا», «باشگاه تاتنهام» and «سایپا», «تاتنهام»
                         "تیم", "باشگاه", "فوتبال", "فوتسال", "والیبال", "بسکتبال", "هندبال"})


def media_core(key: str) -> str:
    """«خبرگزاری فارس» and «فارس» are one outlet, «تیم فوتبال سایپا» and «سایپا» one club: drop the kind
    before the name."""
    words = key.split()
    while len(words) > 1 and words[0] in MEDIA_WORDS:
        words = words[1:]
    return key if words and words[0] in MEDIA_WORDS else " ".join(words)  # «تیم فوتبال» names no club


@lru_cache(maxsize=1)
def state_aliases() -> dict[str, str]:
    """Another name of a state («رژیم صهیونیستی», «جمهوری اسلامی ایران») -> the key its place
    mentions get («اسرائیل», «ایران»), spaces removed."""
    return {compact(alias).replace(" ", ""): compact(name) for alias, name in load_table("country_aliases.tsv")}


@lru_cache(maxsize=64)
def states_called(head: str) -> frozenset[str]:
    """The states that one of their other names calls by ``head``: «این رژیم» is Israel, named elsewhere
    «رژیم صهیونیستی» (data/country_aliases.tsv), also where the article wrote «اسرائیل» or «دشمن صهیونیستی»."""
    head = head.replace(" ", "")
    return frozenset(state for alias, state in state_aliases().items() if head and head in alias)


def counted(name: str) -> bool:
    """Whether a group's name opens with a count («دو کودک فلسطینی», «۵۰۰ زائر عراقی»)."""
    first = name.split()[0] if name.split() else ""
    return first.isdigit() or compact(first) in count_words()


def home_group(refs: list[Ref], entities: list[dict[str, Any]]) -> int | None:
    """The group of the first «ایران»: what «کشورمان» means."""
    home = compact("ایران")
    return next((r.group for r in refs if r.label == "LOC" and r.kind == "place"
                 and entities[r.group]["mention_keys"][0] == home), None)


def anaphor_antecedent(rule: str, n: int, refs: list[Ref], entities: list[dict[str, Any]],
                       home: int | None, keys: list[str] | None = None,
                       subject: Callable[[int, int], bool] | None = None) -> int | None:
    """The mention group an «این کشور»-type phrase points back to (see data/anaphors.tsv).
    ``keys``: the document's token keys, to see a kind written before a name («شبکه [العالم]»);
    ``subject(tok, at)``: whether the mention at ``tok`` opens its clause in the sentence of token ``at``
    or the one before it."""
    countries = country_keys()
    head = compact(rule[4:]) if rule.startswith("org:") else ""
    # once, not per earlier mention; word by word (an office told in full, ``RoleFinder.pointed_office``)
    office = " ".join(compact(x) for x in rule[5:].split()) if rule.startswith("role:") else ""

    def org_like(r: Ref) -> bool:
        # «این رژیم» → «رژیم صهیونیستی», annotated as a state (LOC) like «اسرائیل»
        if r.label not in {"ORG", "LOC"} or r.kind == "agency" or (r.label == "LOC" and not head):
            return False
        # the kind before the name, or opening the mention itself («روزنامه نیویورک‌تایمز», whose key drops it)
        before = keys[max(0, r.start - CLASSIFIER_GAP):r.start + 1] if keys is not None and r.label == "ORG" else []
        return head in key_of(r).replace(" ", "") or (bool(head) and head in before) or (
            r.label == "LOC" and key_of(r) in states_called(head))

    def key_of(r: Ref) -> str:
        return entities[r.group]["mention_keys"][0]

    if rule == "own":
        return home
    ref = refs[n]
    if rule == "country":
        return salient_country(ref, refs[max(0, n - MAX_BACK):n], key_of, countries, keys)
    team = head in TEAM_HEADS and sports_report(keys)
    if team and (club := nearest_club(ref, refs[max(0, n - MAX_BACK):n], key_of)) is not None:
        # «سپاهان … با این تیم», «پرسپولیس … این باشگاه»: in a sports report the club named last, bare,
        # before one told by its head further back («تیم ملی») or a body with «باشگاه» a few words before it
        # («هیئت مدیره باشگاه، وزارت ورزش»), which the kind-before-the-name test below would take
        return club
    before = (r for r in reversed(refs[max(0, n - MAX_BACK):n]) if r.start < ref.start and r.kind not in {"anaphor", "pronoun"})
    for r in before:
        if rule == "country" and r.label == "LOC" and key_of(r) in countries:
            return r.group
        if rule == "city" and r.label == "LOC" and key_of(r) not in countries:
            return r.group
        if rule.startswith("org:") and org_like(r):
            return focused_org(ref, r, before, org_like, subject)
        if rule == "counted" and r.kind == "org" and counted(entities[r.group]["mention_names"][0]):
            return r.group  # «این افراد», «این دو تن» → «دو کودک فلسطینی» (khabar.stages.groups)
        if office and r.label == "PER" and any(holds(office, k) for k in entities[r.group]["mention_keys"]):
            return r.group  # «این استاندار» → the person last told as «استاندار X»
    return None


def focused_org(ref: Ref, nearest: Ref, before: Iterator[Ref], org_like: Callable[[Ref], bool],
                subject: Callable[[int, int], bool] | None) -> int:
    """«کمیسیون X … در بیانیه خود درباره کمیسیون Y اعلام کرد: … این کمیسیون در ادامه آورده است»: an
    anaphor that opens its clause goes to the body of that kind that opened the clause before (the one in
    focus), not to one named inside it after; else to the nearest."""
    if subject is None or not subject(ref.start, ref.start) or subject(nearest.start, ref.start):
        return nearest.group
    return next((r.group for r in before if org_like(r) and subject(r.start, ref.start)), nearest.group)


def nearest_club(ref: Ref, before: list[Ref], key_of: Callable[[Ref], str]) -> int | None:
    """«چلسی … این تیم»: the group of the nearest organization named before ``ref``, within NEAR_WINDOW
    tokens (a club is named bare, or with the head «تیم/باشگاه»); not a body whose name opens with another
    organization head («فدراسیون فوتبال», «وزارت ورزش»: data/org_heads.tsv)."""
    heads = load_tables().org_heads

    def body(r: Ref) -> bool:
        words = key_of(r).split()
        return bool(words) and words[0] not in TEAM_HEADS and heads.match(words, 0) is not None
    return next((r.group for r in reversed(before) if r.start < ref.start and ref.start - r.start <= NEAR_WINDOW
                 and r.label == "ORG" and r.kind not in {"anaphor", "pronoun", "agency"} and not body(r)), None)


def holds(office: str, key: str) -> bool:
    """Whether a mention keyed ``key`` holds the office of a «role:» anaphor: one word within it
    («مدیرکل» in «مدیرکل ...»), or each word of an office told in full («عضو کمیسیون برنامه و بودجه»,
    ``RoleFinder.pointed_office``)."""
    words = office.split()
    return office in key if len(words) == 1 else set(words) <= set(key.split())


def salient_country(ref: Ref, before: list[Ref], key_of: Any, countries: frozenset[str],
                    keys: list[str] | None = None) -> int | None:
    """«این کشور»: the nearest country named in the last NEAR_WINDOW tokens («فشار آمریکا … این کشور»);
    else, among those of the last COUNTRY_WINDOW tokens, the one the text has named most so far (the
    country the story is about), the nearest on a tie. A country written right before «بر/در این کشور»
    is not the nearest one («سیطره ایران بر این کشور» is Iraq). Over the 111 dev articles (session 5) the
    nearest is right more often than the most named: B³ +0.002 and +0.003."""
    named = [r for r in before if r.label == "LOC" and r.kind not in {"anaphor", "pronoun"} and key_of(r) in countries]
    counts: dict[str, int] = {}
    for r in named:
        counts[key_of(r)] = counts.get(key_of(r), 0) + 1
    near = [(counts[key_of(r)], r.start, r.group) for r in named if ref.start - r.start <= COUNTRY_WINDOW]
    # «نفوذ ایران بر این کشور», «هواداران سوریه در این کشور»: a country right before «بر/در این کشور»
    # acts on or in another one
    other = {r.start for r in named if keys is not None and ref.start - r.end == 1 and keys[r.end] in ("بر", "در")}
    close = [x for x in near if ref.start - x[1] <= NEAR_WINDOW and x[1] not in other]
    if close:
        return max(close, key=lambda x: x[1])[2]
    return max(near)[2] if near else (named[-1].group if named else None)


def roles_of_this_country(cl: Clusters, entities: list[dict[str, Any]], role_only: list[int], role_keys: list[list[str]],
                          roles: KeyIndex, named_roots: set[int]) -> None:
    """«نخست‌وزیر این کشور» once «این کشور» is resolved («تایلند»): the named person whose cluster holds
    «نخست‌وزیر تایلند», when exactly one does (else the one unnamed «نخست‌وزیر تایلند»). Run after the
    anaphors are linked."""
    anaphors = {e["mentions"][0][0]: g for g, e in enumerate(entities)
                if e["mention_kinds"] == ["anaphor"] and e["mention_keys"][0] == "country"}
    for g in role_only:
        if cl.find(g) in named_roots or len(entities[g]["mentions"]) != 1:
            continue
        end = entities[g]["mentions"][0][1]
        place = next((anaphors[s] for s in (end, end + 1) if s in anaphors), None)
        if place is None:
            continue
        country = next((entities[x]["mention_keys"][0] for x in cl.members(place) if entities[x]["label"] == "LOC"
                        and "anaphor" not in entities[x]["mention_kinds"]), None)
        if country is None:
            continue
        found = {cl.find(r) for r in roles.roots_any(
            q for r in role_keys[g] for q in role_queries(canonical_role(f"{r} @{country}")))} - {cl.find(g)}
        holders = found & named_roots or found  # a named holder first, else the office told unnamed
        if len(holders) == 1:
            cl.union(holders.pop(), g)


def quoted_antecedent(refs: list[Ref], n: int, quoted: Regions) -> Ref | None:
    """A pronoun inside quoted speech: the nearest person named before it in the same quote.
    The speaker says «من» of himself, so «وی» there is someone the quote talks about."""
    region = quoted.around(refs[n].start)
    if region is None:
        return None
    for r in reversed(refs[:n]):
        if r.start < region[0]:
            return None
        if r.label == "PER" and r.kind not in {"pronoun", "anaphor"}:
            return r
    return None

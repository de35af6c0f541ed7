"""The clause subject before a trigger: the last mention that stands where a subject can (sentence
start, after «،», «است», «نیز», a time expression, or «… است و» that starts a new clause), with its
conjuncts («X و Y», «X و در صدر آن Y») and stepping over appositions («X وزیر خارجه Y و Z»).
Mentions inside reported speech («با بیان اینکه Y …،») are not the main clause's subject.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.stages.connectives import connective_ending, connective_words
from khabar.stages.cues import cue_table
from khabar.stages.event_args import _OPENING_PUNCT, ACTOR_LABELS, coordinated
from khabar.stages.event_entities import names_police_post
from khabar.stages.event_subject_steps import (
    before_counted,
    before_head,
    before_named,
    before_partitive,
    closes_attribution,
)
from khabar.stages.event_tables import (
    CLAUSE_END_VERBS,
    CONJUNCTION_PHRASES,
    SUBJECT_OPENERS,
    people_nouns,
    place_classifiers,
    speech_cues,
)
from khabar.stages.event_types import Mention, Mentions, TimeSpan, Tok, indexed

# «مبنی بر اینکه X …», «با تاکید بر اینکه X …»: a subordinator written as one word opens a clause of its
# own, as «که» does, up to its comma (squashed).
CLAUSE_SUBORDINATORS = frozenset({"اینکه"})
# How far back from a trigger the subject is looked for, in tokens: a bound keeps one long run-on
# sentence (hundreds of triggers and mentions) linear instead of quadratic.
SUBJECT_WINDOW = 60
# Words before a subject that leave it unnamed: «یک نماینده مجلس سوریه در تجلیل از X …».
INDEFINITES = frozenset({"یک"})
# «X به همراه Y از Z بازدید کرد», «X به اتفاق Y …», «X همراه با Y …»: the one who goes along acts too
# (squashed words of the phrase between the subject and its companion).
COMPANION_MARKERS = (("به", "همراه"), ("بههمراه",), ("به", "اتفاق"), ("همراه", "با"))


def subject(toks: list[Tok], mentions: list[Mention], times: list[TimeSpan], before: int,
            used: set[int], floor: int = 0) -> list[Mention]:
    """The clause subject before token ``before``, with its conjuncts; none before ``floor`` (the
    start of a direct quote, whose speaker is not the subject of what is quoted)."""
    index = indexed(mentions)
    lo = max(floor, before - SUBJECT_WINDOW)
    # a time opens the subject's place only where it opens the clause itself («دیروز X گفت»), not inside a
    # noun phrase («در جلسه عصر امروز شورای Y»: the council is the session's, not the subject)
    time_ends = {t.last for t in times if t.first == 0 or toks[t.first - 1].key in SUBJECT_OPENERS
                 or toks[t.first - 1].text in _OPENING_PUNCT or _after_connective(toks, t.first - 1)}
    embedded = _embedded_clauses(toks, before, lo) + _relative_clauses(toks, index, before, lo)
    inside = index.covered
    ok: dict[int, bool] = {}
    found: Mention | None = None
    said = _speech_ends(toks, lo, before)
    for x in index.starting_in(lo, before):
        if any(s <= x.first < e for s, e in embedded) or any(x.last < k for k in said):
            continue  # «X می‌گوید Y به Z کمک کرده است»: the speaker is no doer of what is reported
        prev = x.first - 1
        conj = conjunction_before(toks, prev)
        if conj is not None:
            prev = conj  # «غرب و در صدر آن آمریکا»: the phrase stands where «و» does
        if prev >= 0 and toks[prev].text in ("«", '"'):
            # «در منطقه «X»»: a quoted name after a noun is no subject; «"X" رئیس … گفت» at the start
            # of a clause (or after a comma) is one: the quote mark stands where the name does
            prev -= 1
        before_prev = next(iter(index.ending_at(prev - 1)), None)
        prev = before_head(toks, inside, before_named(toks, inside, prev))
        prev = before_partitive(toks, before_counted(toks, inside, prev))  # «ده‌ها نیروی X»: the count opens it
        if prev >= 0 and toks[prev].key in INDEFINITES:
            prev -= 1  # «یک مقام امنیتی X خواستار … شد»: the subject starts at «یک»
        new_clause = prev >= 1 and toks[prev].key == "و" and toks[prev - 1].key in CLAUSE_END_VERBS
        fine = (
            prev < 0
            or toks[prev].key in SUBJECT_OPENERS
            or _subordinate_up_to(toks, prev, before)  # «… مبنی بر اینکه X به Y حمله کرده»
            or _after_connective(toks, prev)  # «با این وجود X …»
            or prev in time_ends
            or new_clause  # «… حاصل شده است و X نیز …»
            or speech_ends_at(toks, prev)  # «Y گفت X به Z حمله کرد»: X starts the reported clause
            or prev in said  # «Y می‌گوید X به Z کمک کرده است»: a present-tense report opens it too
            or (toks[prev].text in _OPENING_PUNCT
                # «اردن، مصر و سوریه»: a list goes on, it is no new subject
                and not (toks[prev].text in ("،", ",") and before_prev is not None and not ok.get(id(before_prev))
                         and before_prev.label == x.label and not closes_attribution(toks, prev)))
            # «X مسئول … و Y»: after «و», the first conjunct (or its apposition) was a subject
            or (toks[prev].key == "و" and before_prev is not None and ok.get(id(_head(index, before_prev)), False))
        )
        # «X به نقل از Y افزود»: X relays a source; «X را»: an object
        followed_by_ra = _object_list(toks, index, x) or _relays(toks, x.last + 1)
        fine = fine and not _people_of(toks, x)
        ok[id(x)] = fine
        apposition = before_prev is not None and before_prev.last == prev and before_prev.entity == x.entity
        # «جنبش … «Y» و Z را تهدید کرد»: X named by the quoted Y that opens the object is the object's too
        named_object = x.last + 2 < len(toks) and toks[x.last + 1].text in ("«", '"') and id(
            index.by_first.get(x.last + 2)) in used
        if fine and not followed_by_ra and id(x) not in used and x.label in ACTOR_LABELS and not apposition and (
                not named_object):
            found = x
    if found is None:
        return []
    group = [found]  # walk back over «X و Y» to the first conjunct
    while True:
        prev = group[0].first - 1
        prev = conjunction_before(toks, prev) or prev
        # «X، Y و Z»: past its «و», a list goes back over commas to its first item
        listed = len(group) > 1 and prev >= 1 and toks[prev].text in ("،", ",")
        if prev < 1 or (toks[prev].key != "و" and not listed):
            break
        before_and = next((y for y in index.ending_at(prev - 1) if id(y) not in used), None)
        if listed and (before_and is None or before_and.label not in ACTOR_LABELS):
            break
        while before_and is not None and (head := next(
                (y for y in index.ending_at(before_and.first - 1) if y.entity == before_and.entity), None)):
            before_and = head  # «X وزیر خارجه Y و …»: back to the name before its apposition
        if before_and is None or not ok.get(id(before_and)):
            break
        group.insert(0, before_and)
    group += companions(toks, index, group[-1], used)
    used.update(id(x) for x in group)
    return group


def companions(toks: list[Tok], index: Mentions, m: Mention, used: set[int]) -> list[Mention]:
    """The mentions that «به همراه/به اتفاق/همراه با» joins to the subject ``m`` right after it (its
    appositions stepped over), with their conjuncts; [] when no such phrase follows."""
    last = m.last
    while (nxt := index.by_first.get(last + 1)) is not None and nxt.entity == m.entity:
        last = nxt.last
    n = companion_at(toks, last + 1)
    if not n:
        return []
    found = index.by_first.get(last + 1 + n)
    if found is None or id(found) in used or found.label not in ACTOR_LABELS or found.entity == m.entity:
        return []
    return [x for x in coordinated(toks, index, found) if id(x) not in used]


def companion_at(toks: list[Tok], k: int) -> int:
    """The number of tokens of «به همراه», «همراه با» or «به اتفاق» starting at token ``k``; 0 when none does."""
    return next((len(words) for words in COMPANION_MARKERS if [t.key for t in toks[k:k + len(words)]] == list(words)), 0)


@lru_cache(maxsize=1)
def _say_forms() -> frozenset[str]:
    """Every form of the quotes' reporting verbs of kind "say" («می‌گوید», «گفته است», «مدعی شده»), joined."""
    return frozenset(k for k, v in cue_table().map.items() if v == "say")


def _speech_ends(toks: list[Tok], lo: int, before: int) -> list[int]:
    """Where a reporting verb in any tense ends in ``toks[lo:before]`` with a bare clause after it («X می‌گوید Y
    …»): the speaker before it is no subject of what follows. Not before «که» or a colon, whose clauses may drop
    a subject that is the speaker's («X گفت که به Y سفر می‌کند»), nor before «و» whose clause runs on to ``before``
    with no verb ending it: the verb there is a second one of the same speaker («X مقاله‌ای نوشت و ضمن …، خواستار
    … شد»). «گفت و گو» is no verb of saying at all."""
    forms = _say_forms()
    out = []
    for k in range(lo, before):
        acc = ""
        for j in range(k, max(lo - 1, k - 3), -1):
            acc = toks[j].key + acc
            if acc in forms:
                nxt = toks[k + 1].key if k + 1 < before else ""
                # the whole verb («گفته بود»); a bare clause after it, not «که …», «: …» or «و …» up to ``before``
                if nxt and nxt != "که" and not toks[k + 1].punct and acc + nxt not in forms and not (
                        nxt == "و" and (k + 2 < len(toks) and toks[k + 2].key.startswith("گو") or not any(
                            toks[j].key in CLAUSE_END_VERBS for j in range(k + 2, before)))):
                    out.append(k)
                break
    return out


def _subordinate_up_to(toks: list[Tok], k: int, before: int) -> bool:
    """Whether a subordinator («اینکه») at token ``k`` opens a clause that runs on to ``before``: the subject of
    «مبنی بر اینکه X به Y حمله کرده است» is X, but not of a verb past the clause's comma («X با تاکید بر اینکه
    Y …، از Z خواست»: X asks)."""
    return toks[k].key in CLAUSE_SUBORDINATORS and not any(toks[j].text in ("،", ",") for j in range(k + 1, before))


def _object_list(toks: list[Tok], index: Mentions, x: Mention) -> bool:
    """Whether «را» follows ``x`` or the list «x و Y و Z» it opens: «او که X و Y را رهبری کرده، با Z …»
    has X for an object too, not a subject. Only «و» joins: after a comma («X، Y را تهدید کرد») X may
    well be the subject."""
    k = x.last + 1
    while k + 1 < len(toks) and toks[k].key == "و" and (nxt := index.by_first.get(k + 1)) is not None:
        k = nxt.last + 1
    return k < len(toks) and toks[k].key == "را"


def _relays(toks: list[Tok], k: int) -> bool:
    """Whether «به نقل از» starts at token ``k``."""
    return [t.key for t in toks[k:k + 3]] == ["به", "نقل", "از"]


def _people_of(toks: list[Tok], x: Mention) -> bool:
    """Whether ``x`` is the place after a people noun («نماینده مردم [شهرستان‌های] X، Y و Z خواستار … شد»): the
    people of a place, whom the article does not name, or the one who sits for them, act; not the place."""
    k = x.first - 1
    if k >= 0 and toks[k].key in place_classifiers():
        k -= 1  # «مردم شهرستان‌های X»
    # «ماموران پاسگاه X»: a place that names a police post is the post's name, not the doer of its arrest
    return k >= 0 and (toks[k].key in people_nouns() or (names_police_post(toks, k) and x.label in ("LOC", "GPE")))


def speech_ends_at(toks: list[Tok], k: int) -> bool:
    """Whether a reporting verb («گفت», «اعلام کرد») ends at token ``k``."""
    cues = speech_cues()
    acc = ""
    for j in range(k, max(-1, k - 3), -1):
        acc = toks[j].key + acc
        if acc in cues:
            return True
    return False


def conjunction_before(toks: list[Tok], k: int) -> int | None:
    """The index of «و» when tokens up to ``k`` end a longer conjunction («و در صدر آن», «و به ویژه»)."""
    for words in CONJUNCTION_PHRASES:
        start = k - len(words) + 1
        if start >= 1 and all(toks[start + n].key == w for n, w in enumerate(words)):
            return start
    return None


def _head(mentions: Mentions, m: Mention) -> Mention:
    """Back from an apposition to the first mention of its chain («X وزیر خارجه Y» → X)."""
    while (head := next((y for y in mentions.ending_at(m.first - 1) if y.entity == m.entity), None)):
        m = head
    return m


def _embedded_clauses(toks: list[Tok], before: int, lo: int = 0) -> list[tuple[int, int]]:
    """«X با بیان اینکه Y …، از Z خواست»: the clause after «با بیان اینکه» up to its comma is
    reported speech, and its mentions are not the main clause's subject. Only clauses that end
    before ``before`` count; those starting a window before ``lo`` cannot reach the mentions looked at."""
    spans = []
    for k in range(max(0, lo - SUBJECT_WINDOW), min(before, len(toks) - 1)):
        if toks[k].key == "بیان" and toks[k + 1].key in ("اینکه", "این"):
            end = next((j for j in range(k + 2, min(before, len(toks))) if toks[j].text in ("،", ",")), None)
            if end is not None and end < before:
                spans.append((k, end))
    return spans


def _relative_clauses(toks: list[Tok], index: Mentions, before: int, lo: int) -> list[tuple[int, int]]:
    """«او که X و Y را رهبری کرده، با Z تماس داشته»: a relative clause on a named subject, closed by its comma
    before ``before``; the mentions inside it are the clause's, and the named one before «که» is the subject."""
    spans = []
    for k in range(max(1, lo + 1), before):  # the named subject stands inside the clause, before «که»
        if toks[k].key != "که" or not index.ending_at(k - 1):
            continue
        end = next((j for j in range(k + 1, before) if toks[j].text in ("،", ",") or toks[j].punct), None)
        if end is not None and toks[end].text in ("،", ","):
            spans.append((k, end))
    return spans


def _after_connective(toks: list[Tok], prev: int) -> bool:
    """A discourse connective («از سوی دیگر») ends at token ``prev`` and opens its clause."""
    first = max(0, prev - connective_words() + 1)
    start = connective_ending([t.key for t in toks[first:prev + 1]], prev - first)
    if start is None:
        return False
    before = first + start - 1
    return before < 0 or toks[before].text in _OPENING_PUNCT or toks[before].key in SUBJECT_OPENERS

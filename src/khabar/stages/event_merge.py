"""One happening, one event: merge the mentions of one event across an article.

News reports a trip in the kicker, the lead and again at the end; a meeting is «دیدار» in one
sentence and «در این دیدار» in the next. A candidate joins the most recent earlier event of
the same type, mode and frame when nothing contradicts it: the same modality, actors and
targets that overlap or are missing, and no different place or time; more than two sentences
apart, something must tie them (a shared party, or one naming only who acted and the other only
whom). Trips by the same actor to different places in one article («سفر به سوریه» … «به دمشق سفر
کرده است») are one trip.
The merged event keeps the first trigger and sentence, and the richest place and time.
"""

from __future__ import annotations

from dataclasses import replace

from khabar.stages.event_headline import retold_in_lead
from khabar.stages.event_keep import NOUN_NO_ACTOR, partyless, retold_partyless
from khabar.stages.event_types import Candidate

# Frames told the same whichever party comes first: «X با Y دیدار کرد» and «Y با X دیدار کرد» are one
# meeting when merging (not event_tables.SYMMETRIC_FRAMES, which reads «X و Y» as actor and targets:
# a clash or talks reported twice keep their sides).
UNORDERED_FRAMES = frozenset({"meeting", "phone", "agree", "sign", "cooperate"})
# A candidate is compared with at most this many of the latest events: an article tells one
# happening again within a few dozen events, and a bound keeps a huge text from all-pairs work.
MERGE_LOOKBACK = 50
# How many sentences apart two mentions may still be one happening when nothing ties them: they name parties
# but none in common («X هدف حمله قرار گرفت. مهاجمان Y بودند»), or, told with a verb, no target at all.
# Further apart, each told its own act (session 29: such joins lost a distinct event or gave a wrong party).
UNSHARED_REACH = 2


def _overlap(a: list[str], b: list[str]) -> bool:
    return bool(set(a) & set(b))


def _kin_overlap(a: list[str], b: list[str], kin: dict[str, set[str]], capital_of: dict[str, str] | None = None) -> bool:
    """Shared ids, an official and the country named in their title («ایران» … «معاون وزیر نفت ایران»), or a
    capital standing for its state («دهلی‌نو … را متهم کرد» … «هند … را متهم کرد»; ``capital_of``: city → country)."""
    cap = capital_of or {}
    return any(x == y or y in kin.get(x, ()) or x in kin.get(y, ()) or cap.get(x) == y or cap.get(y) == x
               for x in a for y in b)


def compatible(prev: Candidate, new: Candidate, place_labels: dict[str, str],
               kin: dict[str, set[str]] | None = None, unnamed: frozenset[str] = frozenset(),
               country_of: dict[str, str] | None = None) -> bool:
    # «در سفر به X از Y بازدید کرد»: a trip and a visit told in one sentence, or to one place, are one
    # happening.
    trip_and_tour = {prev.frame, new.frame} == {"trip", "tour"} and (
        prev.sentence == new.sentence or _overlap(prev.targets, new.targets))
    # «توافقی میان X و Y به امضا رسید»: the agreement named and its signing told in one sentence are one
    agreed_and_signed = {prev.frame, new.frame} == {"agree", "sign"} and prev.sentence == new.sentence
    if (prev.type, prev.modality) != (new.type, new.modality) or (prev.mode != new.mode and not agreed_and_signed) or (
            prev.frame != new.frame and not (trip_and_tour or agreed_and_signed)):
        return False
    if new.also and new.sentence != prev.sentence and (prev.targets or new.targets) and not _overlap(
            prev.targets, new.targets):
        return False  # «همچنین X … از بیماران عیادت کرد»: a further visit, not the one to Y told again
    symmetric = new.frame in UNORDERED_FRAMES
    prev_all = prev.actors + prev.targets
    new_all = new.actors + new.targets
    far = new.sentence - prev.sentence > UNSHARED_REACH
    # one names only who acted, the other only whom: the one act told in two halves («X هدف حمله قرار گرفت» …
    # «Y به این فرودگاه حمله کرد»), filled in as below
    halves = (prev.actors and not prev.targets and new.targets and not new.actors) or (
        prev.targets and not prev.actors and new.actors and not new.targets)
    if prev_all and new_all and far and not halves and not _kin_overlap(
            prev_all, new_all, kin or {}, country_of):
        return False  # «X به Y حمله کرد» … five sentences on «Z به W حمله کرد»: each names sides, none the same
    if not prev.targets and not new.targets and far and prev.verbal and not new.nominal and not _kin_overlap(
            prev.actors, new.actors, kin or {}, country_of):
        return False  # «X خواستار … شد» … five sentences on «خواستار … شدند»: a demand by no one named is another
    if symmetric:
        if prev_all and new_all and not _overlap(prev_all, new_all):
            return False
        # Two different counterparts («با X دیدار» … «با Y دیدار») are two meetings.
        p_set, n_set = set(prev_all), set(new_all)
        if prev.targets and new.targets and not (p_set <= n_set or n_set <= p_set):
            return False
    else:
        if prev.actors and new.actors and not _kin_overlap(prev.actors, new.actors, kin or {}, country_of) and not (
                _unnamed_retold(prev, new, place_labels, unnamed)):
            return False
        if prev.targets and new.targets and not _kin_overlap(prev.targets, new.targets, {}, country_of):
            # Another destination in a later sentence is the same trip told again («سوریه» … «دمشق»).
            trip_places = new.frame == "trip" and prev.sentence != new.sentence and all(
                place_labels.get(t) in ("LOC", "GPE") for t in prev.targets + new.targets
            ) and not _other_countries(prev.targets, new.targets, country_of or {})
            if not trip_places:
                return False
    if new.frame != "trip" and prev.place_explicit and new.place_explicit and prev.place != new.place:
        return False
    if prev.time is not None and new.time is not None and _time_key(prev) != _time_key(new):
        return False
    return True


def _other_countries(prev: list[str], new: list[str], country_of: dict[str, str]) -> bool:
    """«… وارد دهلی نو شد» … «… به اسلام آباد سفر کند»: two cities of two countries named in the article
    are two trips, not one told again («سوریه» … «دمشق» is one)."""
    if not prev or not new or not all(t in country_of for t in prev + new):
        return False
    return not {country_of[t] for t in prev} & {country_of[t] for t in new}


# How many sentences apart a person left unnamed («یک مقام امنیتی X» in the title) and the named person
# who does the same in the lead may stand.
UNNAMED_REACH = 1


def _unnamed_retold(prev: Candidate, new: Candidate, labels: dict[str, str], unnamed: frozenset[str]) -> bool:
    """«یک مقام امنیتی سابق X خواستار حمله به Y شد» / «رئیس سابق شورای امنیت X … خواستار حمله به Y شد»:
    the same act told of an unnamed official and, a sentence on, of a person: one happening. Two people in
    one sentence are two («وزیر A به Y سفر خواهد کرد و سفر همکار دیگرش به Y هم در راه است»)."""
    people = prev.actors + new.actors
    return 0 < new.sentence - prev.sentence <= UNNAMED_REACH and all(labels.get(a) == "PER" for a in people) and (
        set(prev.actors) <= unnamed or set(new.actors) <= unnamed)


def _time_key(c: Candidate) -> tuple[object, ...]:
    t = c.time
    assert t is not None
    return (t.kind, t.year, t.month, t.day, t.weekday, t.offset)


def _fill(prev: Candidate, new: Candidate) -> None:
    if not prev.actors:
        prev.actors = [a for a in new.actors if a not in prev.targets]
    if not prev.targets:
        prev.targets = [t for t in new.targets if t not in prev.actors]
    _richer_place_time(prev, new)


def _richer_place_time(prev: Candidate, new: Candidate) -> None:
    if new.place is not None and (prev.place is None or (new.place_explicit and not prev.place_explicit)):
        prev.place, prev.place_explicit = new.place, new.place_explicit
    if new.time is not None and (prev.time is None or (prev.time.kind == "period" and new.time.kind != "period")):
        prev.time = new.time


def _same_state(a: str, parties: list[str], capital_of: dict[str, str]) -> bool:
    """Whether ``a`` is the capital of one of ``parties`` or their capital's country: the state told again."""
    return any(capital_of.get(a) == x or capital_of.get(x) == a for x in parties)


def _absorb(prev: Candidate, new: Candidate, kin: dict[str, set[str]] | None = None,
            unnamed: frozenset[str] = frozenset(), capital_of: dict[str, str] | None = None) -> None:
    cap = capital_of or {}
    prev.verbal = prev.verbal or new.verbal
    if new.frame == "sign":  # an agreement that was signed
        prev.mode, prev.frame = new.mode, new.frame
    if prev.actors and new.actors and set(prev.actors) <= unnamed and not set(new.actors) <= unnamed:
        prev.actors = []  # the unnamed official of the title is the person the lead names
    for a in new.actors:
        # The official named later stands for the country named in the title: keep the more specific.
        prev.actors = list(dict.fromkeys(a if x in (kin or {}).get(a, ()) else x for x in prev.actors))
        if any(a in (kin or {}).get(x, ()) for x in prev.actors) or _same_state(a, prev.actors, cap):
            continue
        if a not in prev.actors and a not in prev.targets:
            prev.actors.append(a)
    if not prev.targets:
        prev.targets = [t for t in new.targets if t not in prev.actors]
    elif prev.frame != "trip":
        for t in new.targets:
            if t not in prev.targets and t not in prev.actors and not _same_state(t, prev.targets, cap):
                prev.targets.append(t)
    _richer_place_time(prev, new)


def _as(new: Candidate, like: Candidate) -> Candidate:
    """``new`` seen with the type, mode and frame of ``like`` (to test whether they merge)."""
    return replace(new, type=like.type, mode=like.mode, frame=like.frame)


# How many sentences back the meeting may be that «طرفین» refers to.
SIDES_LOOKBACK = 3


def _take_sides(new: Candidate, events: list[Candidate]) -> bool:
    """Give ``new`` the parties of the latest meeting, call or visit (the visitor and the host) a few
    sentences before it."""
    host = next((p for p in reversed(events[-MERGE_LOOKBACK:]) if p.type == "CONSULT" and p.actors and p.targets
                 and p.mode in ("meeting", "phone", "visit") and new.sentence - p.sentence <= SIDES_LOOKBACK), None)
    if host is None:
        return False
    new.actors, new.targets = list(host.actors), list(host.targets)
    return True


def _on_visit(visit: Candidate, talk: Candidate) -> bool:
    """Whether ``talk`` is told a few sentences after a visit or trip by one of its actors."""
    return visit.frame in ("tour", "trip") and 0 <= talk.sentence - visit.sentence <= SIDES_LOOKBACK and _overlap(
        visit.actors, talk.actors)


def merge_events(candidates: list[Candidate], place_labels: dict[str, str],
                 kin: dict[str, set[str]] | None = None, unnamed: frozenset[str] = frozenset(),
                 country_of: dict[str, str] | None = None, headline: frozenset[int] = frozenset()) -> list[Candidate]:
    """Pure step: candidates in reading order → one entry per happening. ``kin``: entity id → the
    places or bodies named inside its mentions («معاون وزیر نفت ایران» → ایران); ``unnamed``: the people
    known only by a description («یک مقام آمریکایی»); ``country_of``: city → the country named for it;
    ``headline``: the sentences of the title (its event retold in the lead, see retold_in_lead)."""
    events: list[Candidate] = []
    for new in candidates:
        if new.both_sides and not _take_sides(new, events):
            continue  # «طرفین توافق کردند» with no meeting or call told before it
        if new.anaphoric:
            # «در این دیدار», «هدف از این سفر»: the last such event; it adds only what that one lacks.
            frames = ("meeting", "phone") if new.frame in ("talk", "meeting") else (new.frame,)
            host = next((p for p in reversed(events[-MERGE_LOOKBACK:])
                         if p.frame in frames and p.modality == new.modality), None)
            if host is not None:
                _fill(host, new)
            continue
        if new.frame == "talk":
            # «در تماس تلفنی با X گفت‌وگو کرد», «در این دیدار … رایزنی کردند»: the talk is that call
            # or meeting; with none before it, it is a meeting of its own.
            host = next((p for p in reversed(events[-MERGE_LOOKBACK:]) if p.frame in ("meeting", "phone")
                         and compatible(p, _as(new, p), place_labels)), None)
            if host is not None:
                if new.nominal:
                    _fill(host, new)
                else:
                    _absorb(host, new)
                continue
            if not new.targets and any(_on_visit(p, new) for p in events[-MERGE_LOOKBACK:]):
                continue  # «در بازدید از X … با آنها به گفت‌وگو پرداخت»: a talk with no one named is part of the visit
            new.frame = "meeting"
        if partyless(new) and any(retold_partyless(p, new) for p in events[-MERGE_LOOKBACK:]):
            continue  # «X … دستگیر شده بود» in the title, the same «دستگیر شده بود» in the lead
        for prev in reversed(events[-MERGE_LOOKBACK:] if not partyless(new) else []):
            if compatible(prev, new, place_labels, kin, unnamed, country_of):
                if new.nominal:
                    _fill(prev, new)  # «با ابراز نگرانی از X و Y»: a noun retold adds no party
                else:
                    _absorb(prev, new, kin, unnamed, country_of)
                break
        else:
            if (told := next((p for p in events[-MERGE_LOOKBACK:] if retold_in_lead(p, new, headline)), None)):
                _fill(told, new)  # the lead retells the title's act: it adds only a missing party, place or time
                continue
            events.append(new)
    # An event with no participant says nothing («دو طرف در این دیدار …» left alone); one only ever
    # named as a noun with nobody doing it («حمله به X», «سفر به X») is a topic, not a report.
    # An attack on a named person is a happening even as a noun («در پی ترور X»).
    # A meeting whose visitors are a group no entity names («دیدار جمعی از X با Y») is a report too, and so is
    # the arrest of someone named («دستگیری X»: the noun, like the passive, leaves the doer unsaid).
    return [e for e in events if e.actors or partyless(e) or (e.targets and (e.verbal or e.unnamed_doer or (
        e.type, e.mode) in NOUN_NO_ACTOR or (e.type == "ASSAULT" and all(place_labels.get(t) == "PER" for t in e.targets))))]


def trips_to_countries(events: list[Candidate], country_of: dict[str, str]) -> None:
    """«به تهران سفر کرد» is a trip to Iran in Tehran: when the article names the city's country,
    that is the target and the city the place (``country_of``: city entity → country entity)."""
    for e in events:
        if e.frame not in ("trip", "tour") or len(e.targets) != 1 or e.targets[0] not in country_of:
            continue
        city = e.targets[0]
        e.targets = [country_of[city]]
        if e.place is None or e.place == city or not e.place_explicit:
            e.place = city

"""People the tables do not know: unknown names before a role, and speakers named only by a description.

- «جوانو سودارسونو، وزیر دفاع اندونزی …», «"جان کیریاکو" افسر سابق …»: one to three name-like
  words (or a name in quotation marks) right before a role, at the start of a clause, are a name.
- «یک افسر سابق اطلاعاتی آمریکا گفت …», «پلیس رمادی اعلام کرد …»: when a cue verb's clause has
  no known speaker, the noun phrase that opens it is the speaker. With a determiner
  («یک», «این», «یکی از») or an office word it is a description (coreference matches it like a
  role, so «این افسر سابق» finds «یک افسر سابق … آمریکا»); otherwise a name. A sentence that opens
  with a phrase before a comma («به دنبال اقدام X، مقامات … اعلام کردند») has its clause after the comma.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort

from khabar.stages.connectives import connective_starting
from khabar.stages.cue_persons import is_first_person
from khabar.stages.cues import ADVERBS, PREPOSITIONS, find_cues
from khabar.stages.mentions import DESCRIBED, Mention, MentionFinder, Words
from khabar.stages.name_words import demonym_stems
from khabar.stages.orgs_places import OPEN_QUOTES
from khabar.stages.phrases import PhraseTable, attribution_openers, compact_words, phrase_list
from khabar.stages.relayed_sources import media_heads
from khabar.stages.salience import COORDINATORS, speech_sources

DETERMINERS = frozenset({"یک", "این", "آن", "یکی", "همین", "برخی", "چند"})
MAX_WORDS = 8


def not_speakers() -> frozenset[str]:
    """Nouns for things that open a clause but never describe a speaker (``data/not_speakers.txt``)."""
    return compact_words("not_speakers.txt")


def plain_word(finder: MentionFinder, w: Words, k: int) -> bool:
    key = w.keys[k]
    return bool(key) and key not in finder.t.boundaries and key not in PREPOSITIONS and key != "را"


def names_before_roles(finder: MentionFinder, w: Words, found: list[Mention]) -> list[Mention]:
    taken = {k for m in found if not m.nested for k in range(m.start, m.end)}
    grouped = {m.group for m in found if m.kind == "name"}
    extra = []
    for role in (m for m in found if m.kind == "role" and m.group not in grouped and not m.nested):
        end = role.start
        while end > 0 and w.texts[end - 1] in {"،", ","}:
            end -= 1
        if end > 0 and w.texts[end - 1] in OPEN_QUOTES.values():
            close = end - 1
            open_at = next((k for k in range(close - 1, max(-1, close - 5), -1) if w.texts[k] in OPEN_QUOTES), None)
            if open_at is not None and close - open_at - 1 >= 1 and not any(k in taken for k in range(open_at, close)):
                extra.append(Mention(open_at + 1, close, "PER", "name", key=" ".join(w.keys[open_at + 1:close]),
                                     name=w.join(open_at + 1, close), group=role.group))
            continue
        start = end
        while start > 0 and end - start < 3 and start - 1 not in taken and finder.name_like(w, start - 1) \
                and w.keys[start - 1] not in finder.t.role_words.map and w.keys[start - 1] not in finder.t.common:
            start -= 1
        before = start - 1
        # the name opens its clause or its phrase: after punctuation, an adverb, a preposition or «و»
        # («از [آرمیتاژ] معاون …», «با [عمرو موسی] دبیرکل …»)
        at_clause_start = before < 0 or not w.keys[before] or w.keys[before] in ADVERBS or w.keys[before] in PREPOSITIONS \
            or (end - start >= 2 and w.keys[before] in finder.t.common and any(
                finder.surname_like(w, k) or w.keys[k] in finder.t.first_names.map for k in range(start, end)))
        n = end - start
        strong = n == 1 and finder.surname_like(w, start)
        common = any(w.keys[k] in finder.t.common for k in range(start, end))
        if n and at_clause_start and (n >= 2 or strong) and not common:
            extra.append(Mention(start, end, "PER", "name", key=" ".join(w.keys[start:end]), name=w.join(start, end),
                                 group=role.group))
    return extra


def clause_links() -> PhraseTable[bool]:
    return phrase_list("clause_links.txt")


def agent_words() -> frozenset[str]:
    return compact_words("agent_words.txt")


def clause_start(w: Words, lo: int, hi: int) -> int:
    """Skip an attribution («به گزارش X،», «خبرگزاری X:») and discourse words at a sentence start."""
    k = lo
    if attribution_openers().match(w.keys, k, limit=hi - k):
        mark = next((j for j in range(k, min(hi, k + 12)) if w.texts[j] in {"،", ",", ":"}), None)
        if mark is not None:
            k = mark + 1
    while k < hi and (w.keys[k] in ADVERBS or not w.keys[k]):
        k += 1
    if taken := connective_starting(w.keys, k, hi):  # «با این حال، X …»
        k += taken
        while k < hi and (w.keys[k] in ADVERBS or not w.keys[k]):
            k += 1
    linked = clause_links().match(w.keys, k, limit=hi - k)
    if linked:  # «در حالی که پلیس … اعلام کرد»
        k += linked[0]
    return k


def _linked_clause_start(w: Words, lo: int, hi: int) -> int | None:
    """The first token of the last clause that a link («چرا که», «در حالی که») or a coordinator
    («… مشخص نیست ولی پلیس … اعلام کرد») opens in [lo, hi)."""
    links = clause_links()
    last = None
    for k in range(lo + 1, hi):
        hit = links.match(w.keys, k, limit=hi - k) or ((1, True) if w.keys[k] in COORDINATORS else None)
        if hit and k + hit[0] < hi:
            last = k + hit[0]
    return last


def _governed(w: Words, start: int, agents: frozenset[str] | set[str]) -> bool:
    """Whether a preposition or an agent word stands before ``start``, over an opening quote mark
    («با "X"، سفیر Y، … گفت»: X is inside a phrase, not the speaker)."""
    k = start - 1
    while k >= 0 and w.texts[k] in OPEN_QUOTES:
        k -= 1
    return k >= 0 and (w.keys[k] in PREPOSITIONS or w.keys[k] in agents)


def unnamed_speakers(finder: MentionFinder, w: Words, found: list[Mention], sentence_starts: list[int],
                     first_group: int) -> list[Mention]:
    starts = sorted(set(sentence_starts) | {0})
    taken = {k for m in found if not m.nested for k in range(m.start, m.end)}
    extra: list[Mention] = []
    # starts of the people and organizations that could be a cue's subject (sorted, for bisect)
    # («یک مقام نزدیک به آیت‌الله X گفت»: X after a preposition is inside the speaker's description)
    # an organization counts only where it opens the clause: «معاون … اداره کل بهزیستی
    # استان یزد گفت» is spoken by the deputy, whose office names the organization
    # («نماینده آیت‌الله X گفت»: X after an agent word is inside the speaker's description too)
    agents = agent_words()
    people = [m for m in found if m.label == "PER" and not m.nested and m.kind != "agency"]
    # a role apposed to a governed name («با X، سفیر Y») is inside the same phrase
    governed_groups = {m.group for m in people if m.group >= 0 and _governed(w, m.start, agents)}
    subjects = sorted(m.start for m in people if not _governed(w, m.start, agents) and m.group not in governed_groups)
    person_end = {m.start: m.end for m in found if m.label == "PER" and not m.nested}
    # «فرماندار پنجوین عراق»: a described office ends with the country of its place
    country_end = {m.start: m.end for m in found if m.label == "LOC" and not m.nested and m.key in demonym_stems()}
    opening = {m.start for m in found if m.label in {"ORG", "LOC"} and not m.nested}
    group = first_group
    for cue in find_cues(w):
        if is_first_person(w, cue):
            continue  # «قبلاً عنوان کردم»: «I» said it, no one described before the cue
        lo = starts[bisect_right(starts, cue.start) - 1]
        lo = clause_start(w, lo, cue.start)
        i = bisect_left(subjects, lo)
        # a known person opening the clause speaks; one deeper in it («یکی از اعضای … که اقامتگاه ترامپ …»)
        # leaves room for a described speaker (a role word below), not for a bare noun
        known = i < len(subjects) and subjects[i] < cue.start
        if known and (subjects[i] < lo + 2 or not (w.keys[lo] in ("یک", "یکی") or any(
                x == "که" or x in PREPOSITIONS for x in w.keys[lo + 1:subjects[i]]))):
            continue  # the known person is the speaker unless a relative clause, a preposition or «یکی از …» holds them
        head = lo + 1 if w.keys[lo] in DETERMINERS and lo + 1 < cue.start else lo
        if lo in opening or w.keys[head] in speech_sources():
            continue  # «(یک) بیانیه پایانی … حکایت دارد»: a statement, no person
        if _linked_clause_start(w, lo, cue.start) in opening:
            continue  # «…، چرا که بانک جهانی هشدار داده است»: the body that opens the cue's own clause speaks
        k = _description_end(finder, w, lo, cue.start, taken, person_end, agents)
        k = _with_country(finder, w, lo, k, cue.start, country_end)
        if k == lo:  # «به دنبال اقدام X، مقامات بانکداری مالزی اعلام کردند»: the clause after the comma
            comma = next((j for j in range(cue.start - 1, lo, -1) if w.texts[j] in {"،", ","}), None)
            if comma is not None and comma + 1 < cue.start and comma + 1 not in opening:
                lo = comma + 1
                j = bisect_left(subjects, lo)
                if j < len(subjects) and subjects[j] < cue.start and not any(
                        x in ("که", "را") or (x in PREPOSITIONS and x != "و") for x in w.keys[lo:subjects[j]]):
                    # «به نقل از روابط عمومی اداره کل X، Y و Z استان W [NAME] گفت»: the comma was inside a
                    # body's name; the known person after it opens the clause and speaks
                    continue
                k = _description_end(finder, w, lo, cue.start, taken, person_end, agents)
        if k == lo:
            continue
        words = [x for x in w.spaced_keys(lo, k) if x not in DETERMINERS and x != "از"]
        if not words or len(words) > 6:
            continue
        roled = any(x in finder.t.role_words.map or finder.t.role_heads.get(x) is not None for x in words)
        if known and not (roled or w.keys[lo] in ("یک", "یکی")):
            continue  # «یکی از اعضای …», «یک روزنامه آمریکایی»: someone described, not a thing
        described = w.keys[lo] in DETERMINERS or roled or any(x in finder.t.common for x in words) or (
            len(words) == 1 and words[0] not in finder.t.person_words.map and len(words[0]) < 3)
        group += 1
        if described and w.keys[lo] in ("یک", "یکی") and w.keys[lo + 1] in media_heads():
            # «یک روزنامه آمریکایی نوشت …»: a medium, an organization (never «این مقام» later)
            extra.append(Mention(lo, k, "ORG", "org", key=" ".join(words), name=w.join(lo, k), group=group))
        elif described:
            extra.append(Mention(lo, k, "PER", "role", key=DESCRIBED + " ".join(words), role=w.join(lo, k), group=group))
        else:
            extra.append(Mention(lo, k, "PER", "name", key=" ".join(words), name=w.join(lo, k), group=group))
        taken.update(range(lo, k))
        insort(subjects, lo)
    return extra


def _with_country(finder: MentionFinder, w: Words, lo: int, k: int, stop: int, country_end: dict[int, int]) -> int:
    """``k``, or past a country named right after a description that holds a role word («فرماندار پنجوین
    عراق گفت»), unless the country is the clause's object («… عراق را …»)."""
    end = country_end.get(k)
    if end is None or end > stop or w.keys[end] == "را" or not any(
            finder.t.role_words.map.get(x) is not None or finder.t.role_heads.get(x) is not None for x in w.keys[lo:k]):
        return k
    return end


def _description_end(finder: MentionFinder, w: Words, lo: int, stop: int, taken: set[int], person_end: dict[int, int],
                     agents: frozenset[str] | set[str]) -> int:
    """Where the noun phrase that opens a clause at ``lo`` ends, before the cue at ``stop``: ``lo`` when it
    names no one (a thing, a preposition, a known mention)."""
    k = lo
    while k < stop and w.keys[k] in DETERMINERS:
        k += 1
    if k < stop and w.keys[k] in not_speakers():
        return lo  # «این امر باعث شد که …»: a thing, not a person, opens the clause
    while k < stop and k - lo < MAX_WORDS and k not in taken and plain_word(finder, w, k):
        k += 1
    if lo < k < stop and w.keys[k - 1] in agents and k in person_end:
        k = person_end[k]  # «نماینده [آیت‌الله X]»: the person is part of the description
    common = finder.t.common
    if lo < k and w.keys[lo] not in DETERMINERS and w.keys[lo] not in common and not finder.t.role_words.map.get(
            w.keys[lo]):  # «ایپک هرگونه دخالت عوامل خود را … رد کرد»: a name, then its clause's object
        k = next((j for j in range(lo + 1, k) if w.keys[j] in common), k)
    if w.keys[lo] == "یکی" and k == lo + 1 and k < stop and w.keys[k] == "از":  # «یکی از نامزدهای …»
        k += 1
        while k < stop and k - lo < MAX_WORDS and k not in taken and plain_word(finder, w, k):
            k += 1
    if w.keys[lo] == "یکی" and k <= lo + 2:
        return lo  # «یکی از آنها»
    return k

"""A speaker at a session: «X صبح امروز در نشست شورای Y اظهار داشت: …» tells that X took part in Y's
session (PLOVER CONSULT, mode multilateral; the annotation guide's reading since session 8).

The actor is the speaker of the quote the sentence opens; the target is the body named right after
the session word («نشست شورای Y»), or none («در همایش دادستان‌ها»). A press conference is no session.
A session told with who attends or chairs it («جلسه … که با حضور Y برگزار شد», «… که به ریاست Y …»)
names Y: the target when a speaker attends it with no body named, else the actor (:func:`attended_sessions`).
The words are data: ``data/session_words.tsv``.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Any

from khabar.stages.event_obligations import time_of_words
from khabar.stages.event_rules import DEMONSTRATIVES
from khabar.stages.event_tables import squash
from khabar.stages.event_types import Candidate
from khabar.stages.timex import TimeExpr
from khabar.tables import load_table

# How far after the session word its body may be named («نشست ویژه شورای Y», «هشتمین همایش فصلی Y»).
BODY_REACH = 4
BODY_LABELS = frozenset({"ORG"})
# «جلسه … که با حضور Y»: how far after the session noun its «که» may stand, and how far the list of
# attendees may run («با حضور X مدیرکل …، Y و Z در تالار … برگزار شد»).
RELATIVE_REACH = 12
ATTENDEE_REACH = 20
ATTENDEE_LABELS = frozenset({"PER", "ORG"})
LIST_JOINS = frozenset({"و", "،", ","})
# How far before the session's «در» a topic opener («در خصوص», «درباره») makes it the topic of the speech
# («با اشاره به سخنان مطرح شده در همایش Y»: five words), within the clause (no comma between)
ABOUT_REACH = 8
QUOTE_MARKS = frozenset({"", "«", "»", '"'})
PUNCT = frozenset({"،", ",", ":", "؛", ";", ".", "(", ")"})
# «X در پایان نشست خود …»: a reflexive after the session noun makes it the speaker's own (no body, no target)
OWN = frozenset({"خود", "خویش"})


@lru_cache(maxsize=1)
def session_words() -> dict[str, frozenset[str]]:
    """role → keys: ``session`` (the nouns), ``before`` (words between «در» and the noun: ordinals),
    ``not`` (a word after the noun that makes it no session: «نشست خبری»), ``numbered`` (an ordinal right
    before the noun: a body's own numbered assembly), ``council`` (the head of a body
    whose name after «در» tells a session without a session word: «در کمیسیون Y گفت»)."""
    out: dict[str, set[str]] = {}
    for word, role in load_table("session_words.tsv"):
        out.setdefault(role, set()).add(squash(word))
    return {role: frozenset(words) for role, words in out.items()}


def session_events(words: list[str], keys: list[str], offsets: list[int], sentence_of: list[int],
                   mentions: list[tuple[int, int, str, str]], quotes: list[dict[str, Any]],
                   times: dict[int, list[TimeExpr]]) -> list[Candidate]:
    """Pure step: a CONSULT/multilateral candidate for «در نشست …» before a quote in the same sentence.

    ``words``/``keys``/``offsets``: the doc's tokens, their squashed keys (``event_tables.squash``, computed
    once per doc by the event stage) and their char offsets; ``sentence_of``: each token's sentence;
    ``mentions``: (start, end, entity id, label), outermost, sorted by start; ``times``: each sentence's
    time expressions (the first before the quoted words dates it).
    """
    table = session_words()
    nouns, before, never = table.get("session", frozenset()), table.get("before", frozenset()), table.get("not", frozenset())
    starts = [m[0] for m in mentions]
    found: list[Candidate] = []
    seen: set[int] = set()
    councils, topics = table.get("council", frozenset()), table.get("topic", frozenset())
    about = table.get("about", frozenset())
    for q in quotes:
        speaker = q.get("speaker")
        first = bisect_left(offsets, int(q["start"]))
        if not speaker or first >= len(words) or first in seen:
            continue
        sentence = sentence_of[first]
        k = first - 1
        while k >= 0 and sentence_of[k] == sentence:
            c, opener = _council_at(keys, k)
            if keys[k] == "در" and c < len(words) and keys[c] in councils and (
                    body := _body_at(offsets[c], mentions, starts)) and body != speaker and _after_subject(
                    offsets[opener], str(speaker), mentions, times.get(sentence, [])):
                # «X صبح امروز در کمیسیون Y … گفت», «X در سخنانی در برابر کمیسیون Y گفت»: a speech in (or before)
                # a council, no session word (the guide's reading)
                seen.add(first)
                found.append(Candidate(
                    type="CONSULT", mode="multilateral", frame="multilateral", trigger=words[c],
                    start=offsets[c], end=offsets[c] + len(words[c]), actors=[str(speaker)],
                    targets=[body], sentence=sentence, time=time_of_words(q, first, sentence_of, times), verbal=True))
                break
            j = k - 1
            while j >= 0 and keys[j] in before:
                j -= 1
            if keys[k] in nouns and j >= 0 and keys[j] == "در" and not (
                    k + 1 < len(words) and keys[k + 1] in never) and not _about(keys, words, sentence_of, j, about):
                if titled(keys, k):
                    break  # «در همایش کنگره بین‌المللی Y گفت»: a seminar under its title, no parties meeting
                # «در خصوص فعالیت در مجمع Y گفت»: a session inside the topic of the speech is none he attends
                seen.add(first)
                body = None if k + 1 < len(words) and keys[k + 1] in OWN else _body_after(offsets, words, k, mentions,
                                                                                          starts)
                present = [] if body else [x for x in attendees(keys, offsets, sentence_of, k, mentions, starts)
                                           if x != speaker]
                own = k + 1 < len(words) and keys[k + 1] in OWN
                if body == speaker or not body and not present and not own and not (
                        k + 1 < len(words) and keys[k + 1] in topics):
                    break  # no body named: too often a seminar or a ceremony, unless a working session's topic
                    # or the speaker's own («X در پایان نشست خود … تاکید کرد»)
                # «در جلسه بررسی مشکلات صنایع»: a working session, no body; «در جلسه … که با حضور Y برگزار شد»: Y
                targets = [body] if body else present
                said = time_of_words(q, first, sentence_of, times)
                found.append(Candidate(
                    type="CONSULT", mode="multilateral", frame="multilateral", trigger=words[k], start=offsets[k],
                    end=offsets[k] + len(words[k]), actors=[str(speaker)], targets=targets, sentence=sentence,
                    time=said, verbal=True))
                break
            k -= 1
    return found


def titled(keys: list[str], k: int) -> bool:
    """Whether the seminar noun at ``k`` is followed by a gathering's title («همایش کنگره …», «همایش کنفرانس
    …»): the body named after it is the seminar's own name, not a party (seminars are no events, guide §6)."""
    table = session_words()
    return keys[k] in table.get("seminar", frozenset()) and k + 1 < len(keys) and keys[k + 1] in table.get(
        "titled", frozenset())


def _about(keys: list[str], words: list[str], sentence_of: list[int], j: int, about: frozenset[str]) -> bool:
    """Whether a topic opener stands within ``ABOUT_REACH`` words before the session's «در» at ``j``, in its
    sentence and clause (no punctuation between)."""
    for i in range(j - 1, max(-1, j - 1 - ABOUT_REACH), -1):
        if sentence_of[i] != sentence_of[j] or words[i] in PUNCT:
            return False
        if keys[i] in about:
            return True
    return False


def _council_at(keys: list[str], k: int) -> tuple[int, int]:
    """For «در» at token ``k``: where a council's head may stand after it (over «برابر», «مقابل»: before the
    body), and the «در» that must follow the speaker (that of «در سخنانی» right before, if there is one)."""
    table = session_words()
    c = k + 1 if k + 1 < len(keys) and keys[k + 1] in table.get("facing", frozenset()) else k
    opener = k - 2 if k >= 2 and keys[k - 2] == "در" and keys[k - 1] in table.get("speech", frozenset()) else k
    return c + 1, opener


def attended_sessions(words: list[str], keys: list[str], offsets: list[int], sentence_of: list[int],
                      mentions: list[tuple[int, int, str, str]], times: dict[int, list[TimeExpr]],
                      told: list[Candidate]) -> list[Candidate]:
    """Pure step: «در جلسه شورای X که به ریاست Y برگزار شد، …», «در جلسه‌ای که با حضور Y تشکیل شد»: a
    CONSULT/multilateral by the attendees Y with the body X (or none) as target, for a session noun no
    speaker was found at (``told``: the candidates of :func:`session_events`)."""
    nouns = session_words().get("session", frozenset())
    starts = [m[0] for m in mentions]
    taken = {c.start for c in told}
    found: list[Candidate] = []
    for k, word_key in enumerate(keys):
        if word_key not in nouns or offsets[k] in taken:
            continue
        present = attendees(keys, offsets, sentence_of, k, mentions, starts)
        if not present:
            continue
        body = _body_after(offsets, words, k, mentions, starts)
        sentence = sentence_of[k]
        found.append(Candidate(
            type="CONSULT", mode="multilateral", frame="multilateral", trigger=words[k], start=offsets[k],
            end=offsets[k] + len(words[k]), actors=present,
            targets=[body] if body and body not in present else [], sentence=sentence,
            time=next(iter(times.get(sentence, [])), None), verbal=True))
    return found


def named_for_yield(keys: list[str], i: int, yields: frozenset[str]) -> bool:
    """Whether the words before a session noun, ending at ``i``, name one of its decisions or topics counted
    out with «از» («از مصوبات نشست Y است», «از جمله مباحث مطرح شده در جلسه Y بود»): the session is background
    to what it decided, not reported as met. Without «از» the decisions are the news of a session that met
    («مصوبات نشست شورای شهر امروز اعلام شد»)."""
    seen, j = False, i
    while j >= 0 and i - j < 4 and (keys[j] in yields or keys[j] in ("در", "شده")):
        seen = seen or keys[j] in yields
        j -= 1
    return seen and j >= 0 and (keys[j] == "از" or keys[j] == "جمله" and j >= 1 and keys[j - 1] == "از")


def body_sessions(words: list[str], keys: list[str], offsets: list[int], sentence_of: list[int],
                  mentions: list[tuple[int, int, str, str]], times: dict[int, list[TimeExpr]],
                  told: list[Candidate]) -> list[Candidate]:
    """Pure step: «نشست شورای X», «اجلاس روز گذشته سازمان Y»: a session noun with a body right after it (or
    after a time) and no speaker or attendee told (``told``: the candidates found so far) is a
    CONSULT/multilateral by the body. A body already in a CONSULT is not told again; a plural («جلسات») is
    a run of sessions, and a body further on («نشست فصلی اعضای Y») may be only whose members meet."""
    table = session_words()
    nouns = table.get("session", frozenset()) - table.get("series", frozenset())
    never, before = table.get("not", frozenset()), table.get("before", frozenset())
    numbered, yields = table.get("numbered", frozenset()), table.get("yield", frozenset())
    starts = [m[0] for m in mentions]
    taken = {c.start for c in told}
    met = {x for c in told if c.type == "CONSULT" for x in c.actors + c.targets}
    found: list[Candidate] = []
    # «جلسه کمیته X …، جلسه کمیته Y …»: a sentence that lists several sessions is an agenda or a schedule,
    # no session that met; count the session nouns of each sentence, not one told again («… و در این جلسه …»)
    # nor a noun that is no session («نشست خبری»)
    per_sentence: dict[int, int] = {}
    for k, word_key in enumerate(keys):
        if word_key in nouns and not (k >= 1 and keys[k - 1] in DEMONSTRATIVES) and not (
                k + 1 < len(keys) and keys[k + 1] in never):
            per_sentence[sentence_of[k]] = per_sentence.get(sentence_of[k], 0) + 1
    for k, word_key in enumerate(keys):
        if word_key not in nouns or offsets[k] in taken or (k + 1 < len(keys) and keys[k + 1] in never):
            continue
        if per_sentence.get(sentence_of[k], 0) > 1 or titled(keys, k):
            continue
        i = k - 1
        while i >= 0 and keys[i] in before:
            i -= 1
        if k >= 1 and keys[k - 1] in numbered:
            continue  # «دومین اجلاس Y»: a body's numbered assembly of its own members, no parties meeting
        if named_for_yield(keys, i, yields):
            continue  # «از مصوبات نشست Y», «از جمله مباحث مطرح در جلسه Y»: named for its decisions or agenda
        if i >= 0 and keys[i] == "در" and any(
                m[3] == "PER" and sentence_of[bisect_left(offsets, m[0])] == sentence_of[k]
                for m in mentions[:bisect_left(starts, offsets[i])]):
            continue  # «X امروز در جلسه شورای Y گفت»: X took part, the speaker's session
        j = k + 1
        when = next((t for t in times.get(sentence_of[k], []) if j < len(offsets) and t.start == offsets[j]), None)
        if when is not None:
            j = bisect_left(offsets, when.end)  # «نشست روز گذشته سازمان ملل»
        body = _body_at(offsets[j], mentions, starts) if j < len(offsets) else None
        if body is None or body in met:
            continue
        met.add(body)
        sentence = sentence_of[k]
        found.append(Candidate(
            type="CONSULT", mode="multilateral", frame="multilateral", trigger=words[k], start=offsets[k],
            end=offsets[k] + len(words[k]), actors=[body], targets=[], sentence=sentence,
            time=next(iter(times.get(sentence, [])), None), nominal=True))
    return found


def attendees(keys: list[str], offsets: list[int], sentence_of: list[int], k: int,
              mentions: list[tuple[int, int, str, str]], starts: list[int]) -> list[str]:
    """The people or bodies named after «که با حضور» / «که به ریاست» in the relative clause on the session
    noun at token ``k``, up to where the session is held or the sentence ends («در تالار …»,
    «برگزار شد»); none when the clause says no such thing."""
    table = session_words()
    presence, stops = table.get("presence", frozenset()), table.get("held", frozenset())
    sentence = sentence_of[k]
    j = k + 1
    while j < len(keys) and j - k <= RELATIVE_REACH and sentence_of[j] == sentence and keys[j] not in ("که", ".", ":"):
        j += 1
    words_after = [n for n in range(j + 1, min(len(keys), j + 6)) if keys[n]][:2]
    if j >= len(keys) or keys[j] != "که" or len(words_after) < 2 or keys[words_after[0]] not in ("با", "به") or (
            keys[words_after[1]] not in presence):
        return []
    first = words_after[1] + 1
    last = first
    while last < len(keys) and last - first < ATTENDEE_REACH and sentence_of[last] == sentence and (
            keys[last] not in stops and keys[last] not in (".", ":", "؛")):
        last += 1
    end_char = offsets[last] if last < len(offsets) else offsets[-1] + 1
    out: list[str] = []
    # a name counts where the list may go on: right after «حضور» (a first name or a title may stand
    # outside the mention: «با حضور محمد [X]»), «و», a comma or a name
    joined = first
    for m in mentions[bisect_left(starts, offsets[first]):]:
        if m[0] >= end_char:
            break
        at = bisect_left(offsets, m[0])
        before = at - 1
        while before >= first and keys[before] in QUOTE_MARKS:
            before -= 1
        if m[3] in ATTENDEE_LABELS and (before <= first or at <= joined or keys[before] in LIST_JOINS):
            # not «به ریاست X معاون Y»: Y only describes X; not «با حضور نمایندگان کشورهای Y»
            out.extend([m[2]] if m[2] not in out else [])
            joined = bisect_left(offsets, m[1])
    return out


def _after_subject(start: int, speaker: str, mentions: list[tuple[int, int, str, str]],
                   times: list[TimeExpr]) -> bool:
    """«در» at char ``start`` comes right after the speaker's mention or a time told after it («X صبح امروز
    در …»), not inside another phrase («حق وتو در شورای Y», «سلامت شهروندان در شورای Y»)."""
    ends = [m[1] for m in mentions if m[2] == speaker] + [t.end for t in times]
    return any(0 <= start - end <= 1 for end in ends)


def _body_at(start: int, mentions: list[tuple[int, int, str, str]], starts: list[int]) -> str | None:
    """The body whose mention starts at char ``start``, if any."""
    n = bisect_left(starts, start)
    if n < len(mentions) and mentions[n][0] == start and mentions[n][3] in BODY_LABELS:
        return mentions[n][2]
    return None


def _body_after(offsets: list[int], words: list[str], k: int, mentions: list[tuple[int, int, str, str]],
                starts: list[int]) -> str | None:
    """The body named within ``BODY_REACH`` tokens after the session word, if any."""
    end_char = offsets[min(len(words) - 1, k + BODY_REACH)]
    for m in mentions[bisect_left(starts, offsets[k] + 1):]:
        if m[0] > end_char:
            break
        if m[3] in BODY_LABELS:
            return m[2]
    return None

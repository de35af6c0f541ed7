"""Sports: where «دیدار» is a match and «حمله» a move on the field.

In a sports report «دیدار دو تیم» is a game, not a CONSULT meeting, and «حملات تیم X» are
attacks in play. A sentence with a word of sport (``data/sports_cues.tsv``) drops its meetings,
talks, attacks, threats and clashes; an article with two different such words drops its meetings, talks and yieldings
everywhere (a match is often told again in a sentence with no sports word). Only the meeting words sport borrows
(``data/sports_match_words.tsv``: «دیدار», «گفت‌وگو») are dropped so; a session or transfer talks that name with
whom they were held («جلسه», «مذاکره») are kept.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.stages.event_tables import squash
from khabar.tables import load_table

# Frames that sport borrows: a match («دیدار»), talk around it, attacks, threats («دروازه X را تهدید
# کرد») and fights in play.
SENTENCE_FRAMES = frozenset({"meeting", "talk", "attack", "clash", "threaten"})
# In a sports report a club or player giving something up («از جذب X صرف‌نظر کرد», «کناره‌گیری») is a
# transfer or a coach leaving, not a concession.
ARTICLE_FRAMES = frozenset({"meeting", "talk", "yield"})
# Of those, the frames where only some words are sport's («دیدار» is a match, «جلسه» a meeting still).
TALK_FRAMES = frozenset({"meeting", "talk"})
ARTICLE_MIN_CUES = 2  # distinct sports words that make the whole article a sports report
_ENDINGS = ("", "ها", "های", "ی", "ان")
_MAX_WORDS = 3


@lru_cache(maxsize=1)
def sports_cues() -> frozenset[str]:
    """The cue words and phrases, squashed (no spaces or ZWNJ)."""
    return frozenset(squash(row[0]) for row in load_table("sports_cues.tsv") if row and row[0].strip())


@lru_cache(maxsize=1)
def _cue_forms() -> dict[str, str]:
    """Every cue with every allowed ending → the cue; where two readings give one form, the earlier
    ending in ``_ENDINGS`` wins (one dict lookup per token run instead of a scan of the endings)."""
    cues = sorted(c for c in sports_cues() if c)
    # a plural row («ورزشکاران», «بازیکنان») is the same word as its singular: one distinct cue, so that
    # «ورزشکار» and «ورزشکاران» in a political article do not make it a sports report
    base = {c: min((b for b in cues for e in _ENDINGS if b + e == c), key=len) for c in cues}
    forms: dict[str, str] = {}
    for ending in _ENDINGS:
        for cue in cues:
            forms.setdefault(cue + ending, base[cue])
    return forms


def sports_words(keys: list[str]) -> set[str]:
    """The sports cues among the squashed tokens ``keys`` (a phrase may span up to three tokens; a
    plural or ezafe ending is allowed on the last)."""
    forms, starts = _cue_forms(), _form_prefixes()
    found: set[str] = set()
    for i in range(len(keys)):
        acc = ""
        for j in range(i, min(len(keys), i + _MAX_WORDS)):
            acc += keys[j]
            if acc not in starts:  # no form begins so: no longer run can match (most tokens stop here)
                break
            cue = forms.get(acc)
            if cue is not None:
                found.add(cue)
    return found


@lru_cache(maxsize=1)
def _form_prefixes() -> frozenset[str]:
    """Every leading part of every cue form, so that ``sports_words`` stops a run that can match nothing."""
    return frozenset(form[:n] for form in _cue_forms() for n in range(1, len(form) + 1))


@lru_cache(maxsize=1)
def match_words() -> dict[str, str]:
    """The words sport borrows (``data/sports_match_words.tsv``), squashed → the frame they would tell."""
    return {squash(row[0]): row[1] for row in load_table("sports_match_words.tsv") if len(row) > 1 and row[0]}


def _word(trigger: str) -> str:
    return squash(trigger.split()[0]) if trigger.split() else ""


def borrowed(frame: str, trigger: str) -> bool:
    """Whether a meeting or talk is told by a word sport borrows («دیدار», «گفت‌وگو»); «جلسه», «مذاکره» are not."""
    if frame not in TALK_FRAMES:
        return True
    word = _word(trigger)
    return any(word.startswith(w) for w, f in match_words().items() if f in TALK_FRAMES)


def plays_for(frame: str, trigger: str) -> bool:
    """«حضور X در تیم Y»: in sport, the noun of being somewhere is playing for a team, not a visit. Only the bare
    noun: «رئیس فیفا در تهران حضور یافت» is a visit even in a sentence of sport."""
    words = trigger.split()
    return frame not in TALK_FRAMES and len(words) == 1 and any(
        _word(trigger).startswith(w) for w, f in match_words().items() if f == frame)


def not_sport(frame: str, sentence_sporty: bool, article_sporty: bool, trigger: str = "", met: bool = True) -> bool:
    """Whether an event of ``frame`` (told by ``trigger``, naming a party ``met`` or not) is kept in a
    sentence/article with (or without) sports words."""
    if not borrowed(frame, trigger):
        # «جلسه داشتم» alone in a sports report is as likely the team's session: a meeting there names
        # with whom it was held
        return met or not (sentence_sporty or article_sporty)
    if (sentence_sporty or article_sporty) and plays_for(frame, trigger):
        return False
    if sentence_sporty and frame in SENTENCE_FRAMES:
        return False
    return not (article_sporty and frame in ARTICLE_FRAMES)

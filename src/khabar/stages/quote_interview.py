"""Interviews printed as answers: «X … با ما گفت‌وگویی انجام داد.» closes a paragraph, and the paragraphs
below it are X's answers (docs/annotation.md, Sports: one direct quote per paragraph, the interview phrase as
their cue). An answer speaks in the first person («ما», «بودیم», «توانستم»); a sub-heading, a short line, a
question of the interviewer, a paragraph with a colon cue («گفت: …») or with a cue in another person than
the first («X … گفت که ما …»: narration of someone else's saying) is no answer.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.stages.cues import find_cues
from khabar.stages.phrases import PhraseTable, phrase_list
from khabar.stages.quote_direct import colon_cues
from khabar.stages.quote_nested_forms import INNER_PRONOUNS
from khabar.stages.quote_text import first_person, has_words, trim
from khabar.stages.salience import Ref
from khabar.stages.tokens import Words

# The fewest words of an answer: a short first-person line is a sub-heading made of the answer's words.
ANSWER_MIN_WORDS = 8
QUESTION_MARKS = frozenset({"؟", "?"})


@lru_cache(maxsize=1)
def interview_cues() -> PhraseTable[bool]:
    return phrase_list("interview_cues.txt")


def interview_cue(w: Words, p0: int, p1: int) -> tuple[int, int] | None:
    """The tokens of the interview phrase that ends paragraph [p0, p1) before its final stop, if one does."""
    a, b = trim(w, p0, p1)
    for k in range(max(a, b - interview_cues().max_words), b):
        if (m := interview_cues().match(w.keys, k)) is not None and k + m[0] == b:
            return k, b
    return None


def is_question(w: Words, p0: int, p1: int) -> bool:
    """Whether paragraph [p0, p1) ends in a question mark (the interviewer's question)."""
    b = trim(w, p0, p1)[1]
    return any(w.texts[k] in QUESTION_MARKS for k in range(b, p1))


def is_answer(w: Words, p0: int, p1: int) -> bool:
    """Whether paragraph [p0, p1) below an interview phrase is an answer."""
    a, b = trim(w, p0, p1)
    return has_words(w, a, b, ANSWER_MIN_WORDS) and not is_question(w, p0, p1) and (
        not colon_cues(w, p0, p1) and not others_speak(w, p0, p1) and first_person(w, a, b))


def others_speak(w: Words, p0: int, p1: int) -> bool:
    """Whether paragraph [p0, p1) tells someone else's saying («X … گفت که ما …»): a cue whose verb is not in
    the first person. The one interviewed says «گفتم», «باید بگویم» in his answers; those stay answers."""
    return any(not w.texts[c.end - 1].endswith("م") for c in find_cues(w, p0, p1))


# Words that open an interviewer's question; pronouns that speak in one (the one asked, or someone told of)
QUESTION_OPENERS = frozenset({"آیا"})
ASKED_PRONOUNS = INNER_PRONOUNS | {"شما"}


def reporter_speaks(w: Words, ref: Ref | None, p0: int, p1: int) -> bool:
    """Whether a quote in the question paragraph [p0, p1) is a speaker's own: one whose named subject opens
    the paragraph («X گفت که … و پرسید …؟»), not the interviewer's «آیا … می‌گویند …؟» or «شما گفتید که …؟»."""
    a = trim(w, p0, p1)[0]
    return ref is not None and ref.kind == "mention" and ref.start == a and (
        w.keys[a] not in ASKED_PRONOUNS and w.keys[a] not in QUESTION_OPENERS)

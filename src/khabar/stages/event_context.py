"""What the clause around a trigger says about its parties: a direct quote («X گفت: …») whose
speaker is not the subject inside it, «طرفین» naming the two sides of the meeting just told, and
the press as a counterpart («با خبرنگاران»), an interview told in a relative clause on the speaker.
"""

from __future__ import annotations

from khabar.stages.event_subject import SUBJECT_WINDOW
from khabar.stages.event_tables import BOTH_SIDES, PRESS_WORDS, light_verb_forms, speech_cues
from khabar.stages.event_types import Match, Tok

# How far before the trigger «طرفین» may stand, in tokens.
BOTH_SIDES_REACH = 25


# «در حال مذاکره با Y هستند»: how far after the noun its copula may stand
COPULA_REACH = 10
COPULAS = ("هست", "بود")


def quote_start(toks: list[Tok], m: Match) -> int:
    """The first token of the direct quote the trigger is in («X گفت: «… را آزاد کنند»»), so that the
    speaker is not taken for the subject; 0 outside a quote, or when the verb is in the first person
    («X گفت: ما با Y دیدار نمی‌کنیم»: the speaker is one of «ما»)."""
    start = after_colon(toks, m)
    verb = m.last if m.rule.use == "self" else m.verb  # «… از X خواسته شده»: the trigger is the verb
    if start and verb is None and m.last + 1 < len(toks) and toks[m.last + 1].key == "و":
        verb = shared_verb(toks, m.last + 2)  # «X گفت: سران با یکدیگر دیدار و مذاکرات انجام دادند»
    if start and verb is None and m.rule.use == "both" and not m.nominal:
        # «X گفت: برخی تجار در حال مذاکره با Y هستند»: a talk going on, its person told by the copula after it
        verb = next((k for k in range(m.last + 1, min(len(toks), m.last + 1 + COPULA_REACH))
                     if toks[k].key.startswith(COPULAS)), None)
        if verb is None:
            return start
    if not start or verb is None:
        return 0
    # the verb's person: its own ending, or a clitic after it («کرده‌ایم» written apart); not any next word
    person = [toks[verb].key]
    if verb + 1 < len(toks) and toks[verb + 1].key in PERSON_CLITICS:
        person.append(toks[verb + 1].key)
    if any(key.endswith("م") for key in person):
        return 0
    return start


# First-person endings written apart from a verb («کرده ایم»), squashed.
PERSON_CLITICS = frozenset({"ام", "ایم"})


# How far past «و» the verb a bare noun shares with the noun joined to it may stand, in tokens.
SHARED_VERB_REACH = 5


def shared_verb(toks: list[Tok], k: int) -> int | None:
    """The light verb a bare noun shares with the noun after its «و» («دیدار و مذاکرات ویژه انجام دادند»: the
    meeting was held by whoever held the talks, in the verb's person), within reach and before punctuation."""
    for j in range(k, min(len(toks), k + SHARED_VERB_REACH)):
        if toks[j].punct:
            return None
        if toks[j].key in light_verb_forms():
            return j
    return None


def after_colon(toks: list[Tok], m: Match) -> int:
    """The token after the last colon before the trigger (0 when there is none): what is quoted
    cannot reach back past «گفت:» for its target or subject."""
    # Only as far back as a subject is looked for: a bound keeps long sentences linear.
    colon = next((k for k in range(m.first - 1, max(-1, m.first - 1 - SUBJECT_WINDOW), -1)
                  if toks[k].text == ":" or (toks[k].text in ("،", ",") and _reported_before(toks, k))), None)
    return 0 if colon is None else colon + 1


# «X امروز اعلام کرد، افراد ناشناس … تیراندازی کردند»: a comma after a verb of saying opens what was
# reported, as a colon does; its speaker is no party of the acts told after it.
REPORTED_BY = (("اعلام", "کرد"), ("خبر", "داد"), ("گفت",), ("افزود",))


def _reported_before(toks: list[Tok], k: int) -> bool:
    keys = [t.key for t in toks[max(0, k - 2):k]]
    return any(keys[-len(v):] == list(v) for v in REPORTED_BY)


def names_both_sides(toks: list[Tok], m: Match, clause_start: int) -> bool:
    """«طرفین … توافق کردند», «رهبران دو کشور … توافق کردند», or an agreement with no doer at all
    («توافقی حاصل نشد»): the parties are those of the meeting or call just told."""
    if toks[m.last].key == "حاصل":
        return True
    for k in range(max(clause_start, m.first - BOTH_SIDES_REACH), m.first):
        if toks[k].key in BOTH_SIDES or (k + 1 < m.first and toks[k].key + toks[k + 1].key in BOTH_SIDES):
            return True
    return False


def with_press(toks: list[Tok], m: Match, clause_start: int, next_start: int) -> bool:
    """Whether «با» + a word for the press stands in the trigger's clause («با خبرنگاران»)."""
    return any(toks[k].key == "با" and toks[k + 1].key in PRESS_WORDS
               for k in range(clause_start, min(next_start, m.last + 4, len(toks) - 1)))


def press_session(toks: list[Tok], m: Match) -> bool:
    """«در جلسه خبری مشترک با Y»: a press conference given with Y is no meeting of the two (the guide); the
    words are the «not» rows of data/session_words.tsv, as for a session taken part in."""
    if not (m.rule.opens_in and m.rule.frame == "meeting" and m.last + 1 < len(toks)):
        return False
    from khabar.stages.event_sessions import session_words  # event_sessions imports the event rules

    return toks[m.last + 1].key in session_words()["not"]


# How far before the talk the «که» of the relative clause on the speaker may stand, in tokens.
RELATIVE_REACH = 10
# Reporting verbs are read over up to this many tokens («اظهار داشت»).
CUE_TOKENS = 3


def interview(toks: list[Tok], m: Match) -> bool:
    """«X که با Y گفت‌وگو می‌کرد، افزود: …»: a talk in the past progressive, in a relative clause on the
    speaker, right before a reporting verb is the interview the words were said in, no meeting."""
    if m.verb is None or m.verb + 1 >= len(toks):
        return False
    verb = toks[m.verb].key
    if not (verb.startswith("می") and verb.endswith(("کرد", "کردند"))):
        return False
    if not any(toks[k].key == "که" for k in range(max(0, m.first - RELATIVE_REACH), m.first)):
        return False
    k = m.verb + 1 + (toks[m.verb + 1].text in ("،", ","))
    cues, acc = speech_cues(), ""
    for j in range(k, min(len(toks), k + CUE_TOKENS)):
        acc += toks[j].key
        if acc in cues:
            return True
    return False

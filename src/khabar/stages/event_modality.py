"""Modality of an event candidate: asserted, planned, denied or negated.

The light verb says it first («نکرد», «خواهد کرد», subjunctive «کند»); cues from
``data/event_cues.tsv`` («قرار است», «تکذیب», «اگر») say it for the whole sentence or for the
triggers after them.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from khabar.stages.event_tables import (
    FUTURE_AUX,
    NEG_FUTURE_AUX,
    NOUN_USES,
    NUMBER_WORDS,
    PREPOSITIONS,
    light_verb_forms,
    modality_cues,
    speech_cues,
)
from khabar.stages.event_types import Match, Tok

# Force told in the subjunctive is an aim («قصد دارد X را توقیف کند», «تلاش کرد به Y حمله کند»; «موفق شدند Y را
# دستگیر کنند» retells an arrest the report tells as a noun): only the future tense («دستگیر خواهد کرد») or a
# noun («طرح ترور X») tells a planned arrest or attack (none of 4 subjunctive ones right on the dev articles).
AIMED_FORCE = frozenset({"COERCE", "ASSAULT"})
# A demand told in the future tense («در مذاکراتش خواستار … خواهد شد») is one not yet made: the reports
# annotate a request when it is made (1 of 94 dev requests is planned; all 2 future-tense ones were wrong).
SPOKEN_ACTS = frozenset({"REQUEST"})

# A bare event noun whose clause goes on to the future tense («رسیدگی به پرونده X انجام خواهد شد», «سفر X به Y
# … انجام خواهد شد», «به همکاری با Y ادامه خواهند داد») or to the present passive of holding («نشستی که در
# بروکسل برگزار می‌شود») tells what is still to come: 6 of 7 such gold events on the studied articles are
# planned (session 21). The holding verbs' nouns and present passive, squashed.
HELD_NOUNS = frozenset({"برگزار", "آغاز", "انجام", "امضا"})
HELD_PRESENT = frozenset({"میشود", "میشوند", "میگردد"})
# Words that negate the event noun after them («عدم حضور X در Y»: X's absence).
NOT_NOUNS = frozenset({"عدم"})
# Words that end the noun's clause before its verb («و» may join two parties: «مذاکرات X و Y … خواهد»).
CLAUSE_BREAKS = frozenset({"تا"})

Cue = tuple[tuple[str, ...], str, str]
# A "phrase" cue noun right after a preposition («در ارتباط با ضرورت طرح X با Y مذاکره کردم») heads that phrase:
# it is told with this mark and reaches only the event nouns after it, not a verb of the clause.
IN_PHRASE = ":phrase"


@cache
def _cue_index() -> tuple[dict[str, list[Cue]], tuple[Cue, ...], tuple[str, ...]]:
    """Cues by their first word, plus the one-word cues matched by prefix (built once: the scan
    looks up each token instead of trying every cue at every token)."""
    by_first: dict[str, list[Cue]] = {}
    prefixed = tuple(c for c in modality_cues() if len(c[0]) == 1 and len(c[0][0]) > 3)
    for cue in modality_cues():
        if cue not in prefixed:
            by_first.setdefault(cue[0][0], []).append(cue)
    return by_first, prefixed, tuple(c[0][0] for c in prefixed)


def _fits(k: str, w: str, last: bool) -> bool:
    # The last cue word may be inflected («تکذیب» in «تکذیب‌کرد»); short words must be whole.
    return k.startswith(w) if last and len(w) > 3 else k == w


def ends_clause(toks: list[Tok], i: int, n: int) -> bool:
    """Whether the cue of ``n`` tokens at ``i`` closes its clause (punctuation or the sentence's end after it)
    and does not count: «… امضا می‌کند یا نه؟» asks, «هشت یا نه نفر» counts (نه = nine)."""
    closes = i + n == len(toks) or toks[i + n].punct
    counted = i > 0 and (toks[i - 1].key.isdigit() or toks[i - 1].key in NUMBER_WORDS)
    return closes and not counted


def cue_scopes(toks: list[Tok]) -> list[tuple[str, int]]:
    """(modality, first token it applies to) for every cue in the sentence, from the cue table."""
    found: list[tuple[str, int]] = []
    keys = [t.key for t in toks]
    by_first, prefixed, prefixes = _cue_index()
    for i, k in enumerate(keys):
        for words, modality, scope in by_first.get(k, ()):
            n = len(words)
            if i + n <= len(keys) and all(_fits(keys[i + j], words[j], j == n - 1) for j in range(1, n)):
                if scope == "clause_end" and not ends_clause(toks, i, n):
                    continue
                found.append((_phrased(keys, i, modality, scope), 0 if scope in ("sentence", "clause_end") else i))
        if prefixes and k.startswith(prefixes):
            found.extend((_phrased(keys, i, m, sc), 0 if sc == "sentence" else i)
                         for (w,), m, sc in prefixed if k.startswith(w))
    return found


def _phrased(keys: list[str], i: int, modality: str, scope: str) -> str:
    """The modality of a cue at ``i``, marked :data:`IN_PHRASE` where a "phrase" cue follows a preposition."""
    return modality + IN_PHRASE if scope == "phrase" and i > 0 and keys[i - 1] in PREPOSITIONS else modality


def modality_of(m: Match, cues: list[tuple[str, int]]) -> str | None:
    """The modality of the trigger ``m``; None for a condition («اگر تهران با این امر مخالفت کند»),
    which is not a happening."""
    if m.verb is not None:  # «در ارتباط با ضرورت طرح X با Y مذاکره کردم»: the phrase's cue stops before a verb
        cues = [c for c in cues if not c[0].endswith(IN_PHRASE)]
    cues = [(modality.removesuffix(IN_PHRASE), start) for modality, start in cues]
    cued = {modality for modality, start in cues if start <= m.first}
    # a condition reaches the trigger unless a contrast («ولی», «اما») stands between them
    closed = max((start for modality, start in cues if modality == "close" and start <= m.first), default=-1)
    if any(modality == "hypothetical" and closed < start <= m.first for modality, start in cues):
        return None
    if m.negated and any(modality == "never" and start <= m.first for modality, start in cues):
        return None  # «X هرگز Y را تهدید نکرده است»: a claim that it never happened, no act not done
    if m.negated and m.future:
        return None  # «تهران شرایط X را نخواهد پذیرفت»: a forecast that it will not happen, no act
    if m.rule.frame in ("reject", "deny"):
        cued.discard("denied")  # «تکذیب کرد» is the rejection itself
    if "denied" in cued:
        return "denied"
    if m.negated or "negated" in cued:
        return "negated"
    if "possible" in cued and m.subjunctive and "planned" not in cued:
        return None  # «ممکن است X را اخراج کند»: no happening
    if "possible" in cued and m.verb is None and m.rule.use in NOUN_USES:
        return None  # «X نمی‌تواند در برابر حمله Y دوام بیاورد»: a noun after a possibility is a prospect
    if m.subjunctive and m.rule.type in AIMED_FORCE:
        return None  # «قصد دارد دارایی‌های X را توقیف کند», «تلاش کرد به Y حمله کند»: an aim, not a happening
    if m.future and m.rule.type in SPOKEN_ACTS:
        return None  # «خواستار … خواهد شد»: a demand still to be made
    if m.future or m.subjunctive or "planned" in cued:
        return "planned"
    return "asserted"


def noun_modality(modality: str, toks: list[Tok], m: Match, stop: int) -> str | None:
    """An asserted bare noun (no light verb of its own) whose clause, up to ``stop`` (the next trigger), a
    break or another verb, reaches a future auxiliary or «برگزار/آغاز … می‌شود» is planned. One whose own verb
    (right after it, or after «انجام/برگزار») is a negated future is no event (None, as :func:`modality_of` reads a
    negated future verb), and one after «عدم» or with its own light verb negated is negated; any other modality
    is kept."""
    if modality != "asserted" or m.verb is not None:
        return modality
    if m.first > 0 and toks[m.first - 1].key in NOT_NOUNS:
        return "negated"  # «عدم همکاری X با Y»: the noun names what did not happen
    for k in range(m.last + 1, min(stop, len(toks))):
        key = toks[k].key
        if toks[k].punct or key in CLAUSE_BREAKS or key in speech_cues() or (key == "که" and k > m.last + 1):
            break  # «ضمن اعلام حمایت از X گفت که انتخابات برگزار می‌شود»: what was said is another clause
        held = toks[k - 1].key in HELD_NOUNS
        own = k == m.last + 1 or held  # the noun's own verb: right after it, or «انجام/برگزار» before it
        if key in NEG_FUTURE_AUX and own:
            return None  # «دیدار X با Y انجام نخواهد شد»: a forecast that it will not happen
        if key[:1] == "ن" and key[1:] in light_verb_forms() and own:
            # «دیدار X با Y انجام نشد»: the noun's own light verb, negated; one further on is another predicate's
            # («در پی گفت‌وگو با Y به این امر اشاره نکرد», «حمایت X از Y متوقف نخواهد شد»)
            return "negated"
        if key in FUTURE_AUX or (held and (key in HELD_PRESENT or (
                key == "می" and k + 1 < len(toks) and "می" + toks[k + 1].key in HELD_PRESENT))):
            return "planned"
        if key in light_verb_forms():  # a participle before the auxiliary: «از سر گرفته خواهد شد»
            if k + 1 < len(toks) and toks[k + 1].key in FUTURE_AUX:
                return "planned"
            break  # «طی ملاقاتی با X اعلام کردند که … خواهد شد»: a verb of its own; the future is another clause's
    return modality


def told_in_past(doc: Doc, start: int, end: int) -> bool:
    """The event's own verb is past («دیدار کرد», «بازداشت شدند», «دیدار می‌کرد»).

    Only a trigger with a verb in it: a noun's clause verb tells of something else as often
    («طرح ترور … افشا شد»: the plot was revealed, the killing was still to come). The verbs right after
    the trigger count too: «خواهد کرد» (future) and a subjunctive are not past though «کرد» looks it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    stop = span.sent.end if doc.has_annotation("SENT_START") else len(doc)
    for tok in doc[span.end : stop]:
        if tok.pos_ not in ("VERB", "AUX"):
            break
        verbs.append(tok)
    if any(t.morph.get("Tense", []) == ["Fut"] or "Sub" in t.morph.get("Mood", []) for t in verbs):
        return False
    return any(t.morph.get("Tense", []) == ["Past"] or past_progressive(t) for t in verbs)


def past_progressive(tok: Token) -> bool:
    """«می‌کرد», «نمی‌رفتند»: the tagger gives no tense, but the verb is «می‌» + its past stem (the lemma)."""
    for prefix in ("می\u200c", "نمی\u200c"):
        if tok.lemma_ and tok.text.startswith(prefix) and tok.text[len(prefix):].startswith(tok.lemma_):
            return True
    return False

"""The doer of a passive or of a noun event, named by an agent phrase: «توسط X», «از سوی X», «به دست X»."""

from __future__ import annotations

from functools import lru_cache

from khabar.stages import event_args as args
from khabar.stages.event_tables import trigger_rules
from khabar.stages.event_types import Match, Mention, Tok

# «با تلاش ماموران X … دستگیر شدند»: in a passive, the effort named is the doer's; so are the acts named in
# a police report («دستگیری ۹۱ سارق را از اقدامات پلیس X برشمرد», «در خصوص اقدامات پلیس X گفت: کشف …»)
AGENT_MARKERS = (("توسط",), ("از", "سوی"), ("از", "طرف"), ("به", "دست"), ("با", "تلاش"), ("اقدامات",),
                 ("به", "وسیله"))  # «X به وسیله بالگردهای Y کشته شد»: Y did it

# Words that tie a name to an instrument, not to the act («به وسیله پهپادهای ساخت X»: X made them).
MAKER_WORDS = frozenset({"ساخت", "متعلق", "ساخته"})

# How many words an agent phrase may run before its mention («از سوی دستگاه قضایی X»: the body's kind, then X).
AGENT_SPAN = 3


def agent_at(toks: list[Tok], mentions: list[Mention], k: int, stop: int, span: int = AGENT_SPAN) -> Mention | None:
    """The doer named by an agent phrase starting at token ``k`` («توسط X», «از سوی X»), within ``span``
    words after it and before ``stop``; None when no agent phrase starts there."""
    for words in AGENT_MARKERS:
        if all(k + n < len(toks) and toks[k + n].key == w for n, w in enumerate(words)):
            x = args.after_prep(toks, mentions, k + len(words) - 1, stop, args.ACTOR_LABELS, span=span)
            if x is not None and any(toks[j].key in MAKER_WORDS for j in range(k + len(words), x.first)):
                return None  # «به وسیله پهپاد ساخت X»: an instrument and its maker, not the doer
            return x
    return None


def agent(toks: list[Tok], mentions: list[Mention], m: Match, clause_start: int, next_start: int) -> list[Mention]:
    """The agent of a passive: «توسط X», «از سوی X»; not one that ends the act noun before the trigger's «و»
    («تسلیح X توسط Y و دستگیری Z»: Y armed X, and the arrest names no doer)."""
    for k in range(clause_start, next_start):
        if (x := agent_at(toks, mentions, k, next_start)) is not None:
            after = args.unit_last(mentions, x) + 1
            if after + 1 == m.first and toks[after].key == "و":
                continue
            return [x]
    return []


def sentence_agent(toks: list[Tok], mentions: list[Mention], m: Match, clause_start: int) -> list[Mention]:
    """For an arrest told in the passive that names no one: the doer named by an agent phrase earlier in its
    sentence, before its clause («X از محموله توقیف شده توسط پلیس Y خبر داد و افزود: هفت نفر هم بازداشت
    شدند»: the round-up is Y's); the last such phrase, or []."""
    found: list[Mention] = []
    for k in range(1, clause_start):
        j = k - 2 if k >= 2 and toks[k - 1].key == "شده" else k - 1  # «کشف شده توسط X», «کشف توسط X»
        if toks[j].key in _round_up_words() and (x := agent_at(toks, mentions, k, clause_start)) is not None:
            found = [x]  # only the doer of another round-up («طرح … توسط مجلس تصویب شد و … دستگیر شدند» is not)
    return found


ROUND_UP_MODES = frozenset({"arrest", "confiscate"})  # the modes of a round-up whose doer the arrests share


@lru_cache(maxsize=1)
def _round_up_words() -> frozenset[str]:
    """The one-word triggers of arrests and seizures («کشف», «توقیف», «دستگیری»; squashed): only those modes of
    the arrest frame, not «ضبط» (also "recorded"), «احضار» or «عزل»."""
    return frozenset(r.words for r in trigger_rules()
                     if r.frame == "arrest" and r.mode in ROUND_UP_MODES and " " not in r.words)

"""Attacks told by a noun with no party named, kept when their sentence counts the dead or wounded.

«عراق دیروز شاهد دو حمله جداگانه به مساجد بغداد بود که ۱۵ نفر کشته شدند»: nobody is named as the doer or
as the one hit, yet the attack happened (the guide: deaths with no named attacker are ASSAULT with no
actors). Without a toll a bare «حمله» is a topic («درباره خطر حمله …»), and stays dropped. The words are
data: ``data/casualty_words.txt``.
"""

from __future__ import annotations

from functools import cache

from khabar.stages.event_tables import squash
from khabar.stages.event_types import Match, Mention, Tok, indexed
from khabar.tables import load_list

# The frames a toll keeps without a party: an attack. Not a clash («درگیری‌ها … سه کشته برجای گذاشت»): its
# two sides are told, and a clash left without them is a fragment of one told with them.
TOLL_FRAMES = frozenset({"attack"})


@cache
def casualty_words() -> tuple[tuple[str, ...], ...]:
    """Each entry's words, squashed: consecutive tokens that start with them report a casualty."""
    return tuple(tuple(squash(w) for w in line.split()) for line in load_list("casualty_words.txt"))


def counts_dead(toks: list[Tok]) -> bool:
    """Whether the sentence reports people killed or wounded («… کشته و ۴۶ نفر زخمی شدند»)."""
    for k in range(len(toks)):
        for words in casualty_words():
            if k + len(words) <= len(toks) and all(toks[k + n].key.startswith(w) for n, w in enumerate(words)):
                return True
    return False


@cache
def victim_words() -> frozenset[str]:
    return frozenset(squash(w) for w in load_list("victim_words.txt"))


@cache
def accident_words() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(squash(w) for w in line.split()) for line in load_list("accident_words.txt"))


def toll_verb(m: Match) -> bool:
    """Whether the trigger is an attack told of its victim («کشته شدند», «زخمی شد», «به شهادت رسید»)."""
    return m.rule.type == "ASSAULT" and m.rule.words in victim_words()


def accident_told(toks: list[Tok]) -> bool:
    """Whether the sentence names a cause of death that is no attack, right after a word of cause («در سانحه
    رانندگی», «بر اثر زلزله», «در تمرین»), as a whole word or with a plural or indefinite ending: its dead and
    wounded are no ASSAULT. Not «در اردوگاه آوارگان» (a word that only starts like one)."""
    for k in range(1, len(toks)):
        if toks[k - 1].key not in CAUSE_WORDS:
            continue
        for words in accident_words():
            if k + len(words) <= len(toks) and all(
                    toks[k + n].key == w or (toks[k + n].key.startswith(w) and toks[k + n].key[len(w):] in ENDINGS)
                    for n, w in enumerate(words)):
                return True
    return False


# The words a cause of death follows («در سانحه», «بر اثر زلزله», «به علت بیماری», «حین تمرین»), and the endings
# an accident word may carry («سانحه‌ای», «تصادفات»; keys are compacted, so no ZWNJ).
CAUSE_WORDS = frozenset({"در", "اثر", "علت", "حین", "هنگام", "طی"})
ENDINGS = frozenset({"", "ی", "ای", "یی", "ها", "های", "ات"})


def attack_told(matches: list[Match]) -> bool:
    """Whether the sentence tells an attack by another trigger («در حمله X به Y، ۱۳ سرباز کشته شدند»): its dead
    and wounded are that attack's toll, not an event of their own."""
    return any(m.rule.type == "ASSAULT" and not toll_verb(m) for m in matches)


def toll_floor(toks: list[Tok], mentions: list[Mention], m: Match, clause_start: int) -> int:
    """For a death or wound told in the passive, the first token its victim may start at: none before «که»
    unless «که» follows a mention («X که … بود، کشته شد»). After a verb of saying the clause is a claim about
    others («Y مدعی شد که ده‌ها تن … کشته شده‌اند»: Y is the claimant, not the one killed); the dead seldom speak
    of themselves, unlike the threatened (event_clause.relative_floor)."""
    for k in range(m.first - 1, clause_start - 1, -1):
        if toks[k].punct and toks[k].text not in ("«", "»", '"'):
            break
        if toks[k].key == "که":
            return clause_start if indexed(mentions).ending_at(k - 1) else k + 1
    return clause_start

"""The genitive of a noun trigger: its doer named right after it («سفر سرلشکر X به …», «دیدار X و Y»),
past the words that modify the noun («سفر اخیر X», «سفر سه روزه وی», «سفر ماه گذشته X»)."""

from __future__ import annotations

from khabar.stages.event_args import ACTOR_LABELS, OPENING_QUOTES, coordinated, mention_at
from khabar.stages.event_tables import NOUN_MODIFIERS, PREPOSITIONS, SYMMETRIC_FRAMES
from khabar.stages.event_types import Match, Mention, TimeSpan, Tok, indexed


def skip_modifiers(toks: list[Tok], times: list[TimeSpan], k: int, mentions: list[Mention] | None = None) -> int:
    """The first token from ``k`` that is not a modifier of an event noun («اخیر», «سه روزه»,
    a time such as «ماه گذشته» in «سفر ماه گذشته وی», an adjective such as «انتخاباتی» in «سفر
    انتخاباتی X»). A word that starts one of ``mentions`` is never a modifier: the tagger calls some
    surnames adjectives («روحانی»)."""
    starts = indexed(mentions).by_first if mentions is not None else {}
    while k < len(toks):
        span = next((t for t in times if t.first == k), None)
        if span is not None:
            k = span.last + 1
        elif toks[k].key in NOUN_MODIFIERS or toks[k].key.endswith(("روزه", "جانبه")) or toks[k].key.isdigit() or (
                toks[k].adj and k not in starts):
            k += 1
        elif k + 1 < len(toks) and toks[k + 1].key in ("روزه", "ساعته", "هفته", "ماهه"):
            k += 2  # «سفر سه روزه خود»: a number word and its unit
        else:
            return k
    return k


# Plural heads of the sides of a meeting, named by their countries after them («دیدار سران X و Y»,
# «دیدار وزرای خارجه X و Y», «دیدار نخست‌وزیران X و Y»); up to HEAD_WORDS more words of the title follow.
PLURAL_HEADS = frozenset({"سران", "رهبران", "وزرای", "وزیران", "نخستوزیران", "روسای", "رؤسای", "رییسان", "مقامات",
                          "نمایندگان"})
HEAD_WORDS = 2


def _past_plural_head(toks: list[Tok], mentions: list[Mention], k: int) -> int:
    """The token after a plural head and its title words, where the sides are named; ``k`` itself when the
    token at ``k`` is no plural head."""
    if k >= len(toks) or toks[k].key not in PLURAL_HEADS:
        return k
    for j in range(k + 1, min(len(toks), k + 2 + HEAD_WORDS)):
        if mention_at(mentions, j) is not None:
            return j
        if toks[j].punct:
            break
    return k


# What an envoy carries from someone else: a message, a letter, greetings («ابلاغ سلام X به Y»)
CARRIED = ("پیام", "نامه", "سلام")


def _carried_message(m: Match) -> bool:
    """«تحویل پیام X به Y»: the name after a delivered message is its author, and an envoy often carries
    a leader's message; the one who delivers it is the clause subject, not X."""
    return m.rule.frame == "message" and m.rule.words.endswith(CARRIED) and m.rule.words not in CARRIED


def genitive(toks: list[Tok], mentions: list[Mention], times: list[TimeSpan], m: Match,
             used: set[int], stop: int | None = None) -> list[Mention]:
    """A noun trigger's genitive: «سفر سرلشکر X به …», «دیدار X و Y», «سفر ماه گذشته وی»; it lies before
    ``stop``, the next trigger («برای پیگیری تیراندازی وارد X شد»: X is where one came, not a shooter)."""
    if m.verb is not None or "+" in m.rule.markers or _carried_message(m):
        return []
    k = skip_modifiers(toks, times, m.last + 1, mentions)
    if k < len(toks) and toks[k].text in OPENING_QUOTES and mention_at(mentions, k + 1) is not None:
        k += 1  # «دیدار «X» نخست‌وزیر هند با Y»: a name in quote marks
    if stop is not None and k >= stop:
        return []
    gen = mention_at(mentions, k)
    if gen is None and m.rule.frame == "meeting":
        # «دیدار سران X و Y», «دیدار وزرای خارجه X و Y» (not a call's «تماس تلفنی وزیران X و Y» in a title,
        # which the body retells between the ministers themselves)
        k = _past_plural_head(toks, mentions, k)
        gen = mention_at(mentions, k)
    # «سفر X» is X's trip only when X is a person or body; «حمله آمریکا» may be a country's.
    labels = ("PER", "ORG") if m.rule.frame in ("trip", "tour", "tend") else ACTOR_LABELS
    if gen is None or id(gen) in used or gen.label not in labels:
        return []
    # «مذاکرات ایران، هند و پاکستان»: the sides of a talk may be listed with commas
    group = coordinated(toks, mentions, gen, commas=m.rule.frame in SYMMETRIC_FRAMES)
    used.update(id(x) for x in group)
    return group


# «درگیری میان X و شورشیان مسلح Y», «درگیری X و گروه‌های مقاومت Y»: the other side of a clash is often a
# group told by common nouns before the name it belongs to; the name stands at most PAIR_REACH words after «و».
PAIR_FRAMES = frozenset({"clash"})
PAIR_REACH = 3


def other_side(toks: list[Tok], mentions: list[Mention], m: Match, group: list[Mention]) -> list[Mention]:
    """``group`` with the other side of a clash when ``group`` names one side only and a name ends the
    phrase after «و» (no punctuation or preposition between)."""
    if m.rule.frame not in PAIR_FRAMES or len(group) != 1:
        return group
    k = group[0].last + 1
    if k >= len(toks) or toks[k].key != "و":
        return group
    for j in range(k + 2, min(len(toks), k + 2 + PAIR_REACH)):
        if toks[j - 1].punct or toks[j - 1].key in PREPOSITIONS or toks[j - 1].key == "و":
            break
        found = mention_at(mentions, j)
        if found is not None and found.first == j and found.label in ACTOR_LABELS and found.entity != group[0].entity:
            return [*group, found]
    return group

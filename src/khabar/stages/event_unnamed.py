"""A meeting whose visiting side is a group no entity names («دیدار جمعی از خانواده‌های شهدا با X»,
«جمعی از فرهنگیان با X دیدار کردند»): the guide codes it with `actors: []` and the one met as its target
(docs/annotation.md, Fields), where Khabar would drop a meeting without a doer. The group words are
``data/unnamed_groups.txt`` and the plural people nouns of ``data/group_nouns.txt``."""

from __future__ import annotations

from functools import lru_cache

from khabar.stages import event_args as args
from khabar.stages.event_tables import PREPOSITIONS, squashed_words
from khabar.stages.event_types import Match, Mention, Tok, indexed

# How many words the group phrase may run before its «با» («جمعی از بازنشستگان فرهنگی و کارگران شهرک صنعتی …»).
GROUP_REACH = 12
# Frames of a meeting one side comes to: the group is the side that comes, the named one the target.
MEETING_FRAMES = frozenset({"meeting", "talk"})
WITH = "با"
# How many title words may stand between «با» and the name of the one met («با آیت‌الله سید X»).
TITLE_REACH = 3
# Words that end the group phrase: its own clause or another phrase begins.
PHRASE_ENDS = frozenset({"که", "در", "به", "برای", "درباره", "پیرامون"})


@lru_cache(maxsize=1)
def group_words() -> frozenset[str]:
    return squashed_words("unnamed_groups.txt") | squashed_words("group_nouns.txt")


@lru_cache(maxsize=1)
def crowd_words() -> frozenset[str]:
    return squashed_words("crowd_words.txt")


@lru_cache(maxsize=1)
def with_nouns() -> frozenset[str]:
    return squashed_words("with_nouns.txt")


def unnamed_group_with(toks: list[Tok], mentions: list[Mention], k: int, stop: int) -> int | None:
    """The token of «با» after a group phrase opening at ``k`` that names no entity; None when the words
    at ``k`` are no such group, a mention stands in the phrase, or the phrase ends before any «با»."""
    if k >= len(toks) or toks[k].key not in group_words():
        return None
    covered = indexed(mentions).covered
    for j in range(k, min(stop, len(toks), k + GROUP_REACH + 1)):
        if j in covered or toks[j].punct or (j > k and toks[j].key in PHRASE_ENDS):
            return None  # «دیدار جمعی از دانشجویان دانشگاه X با Y»: the group is X's, named
        if j > k and toks[j].key == WITH:
            return j
    return None


def unnamed_subject(toks: list[Tok], mentions: list[Mention], frame: str, clause_start: int,
                    targets: list[Mention], trigger: int) -> bool:
    """«جمعی از فرهنگیان با X دیدار کردند», «دیدار جمعی از X با Y برگزار شد»: a group no entity names runs,
    within the clause, up to the «با» that names the side met (the subject finder found no doer). That «با» is
    the last before the trigger (but for «با لحن …», a manner), and no «با همکاری/حضور …» (``data/with_nouns.txt``):
    «مدیران با همکاری وزارت X با مردم گفت‌وگو کردند» met the people, unnamed, not the ministry."""
    if frame not in MEETING_FRAMES or not targets:
        return False
    # «با آیت‌الله سید X»: titles may stand between «با» and the name
    at = next((k for k in range(targets[0].first - 1, max(clause_start, targets[0].first - 1 - TITLE_REACH) - 1, -1)
               if toks[k].key == WITH or toks[k].punct), None)
    if at is None or toks[at].key != WITH:
        return False
    manner = with_nouns()
    if any(toks[k].key in manner for k in range(at + 1, targets[0].first)) or any(
            toks[k].key == WITH and not (k + 1 < len(toks) and toks[k + 1].key in manner)
            for k in range(targets[0].last + 1, trigger)):
        return False  # a later «با» names the side met, unless it tells the manner («با لحن تندی»)
    return any(unnamed_group_with(toks, mentions, g, at + 1) == at
               for g in range(max(clause_start, at - GROUP_REACH), at))


def group_met(toks: list[Tok], mentions: list[Mention], m: Match, stop: int) -> list[Mention]:
    """«دیدار جمعی از خانواده‌های شهدا با Y»: those a meeting noun's unnamed group met (none when the words
    after the noun are no such group)."""
    if m.rule.frame not in MEETING_FRAMES or (at := unnamed_group_with(toks, mentions, m.last + 1, stop)) is None:
        return []
    met = args.after_prep(toks, mentions, at, stop, args.ACTOR_LABELS)
    return args.coordinated(toks, mentions, met) if met is not None else []


def group_clashed(toks: list[Tok], mentions: list[Mention], m: Match, stop: int) -> bool:
    """«درگیری شبه‌نظامیان با نیروهای X»: a clash noun whose one side is a group no entity names, the other told
    after «با» (issue 6: the clash happened; the guide gives it `actors: []`). Not «درگیری میان X و Y» with one
    of them unfound, nor «در درگیری با X» with no side before «با»: those name their sides elsewhere."""
    return m.rule.frame == "clash" and m.verb is None and unnamed_group_with(toks, mentions, m.last + 1, stop) is not None


# Verbal acts a crowd is told doing to a named party («معترضان خواستار استعفای X شدند», «مردم از X قدردانی
# کردند»); the guide codes them with `actors: []` (docs/annotation.md, Fields). Material acts (attacks, arrests)
# by an unnamed side have rules of their own (event_keep.ACTOR_OPTIONAL).
CROWD_TYPES = frozenset({"REQUEST", "ACCUSE"})
# A people's adjective ends so («گواتمالایی», «عراقی»); a noun in construct («روستای X») runs on to its name.
ADJECTIVE_ENDING = "ی"
# How many words may open the clause before the crowd word («در پایان، حدود ۵۰ هزار نفر از مردم …»).
CROWD_REACH = 5


def crowd_subject(toks: list[Tok], mentions: list[Mention], rule_type: str, clause_start: int,
                  targets: list[Mention], trigger: int) -> bool:
    """«معترضان خواستار استعفای X شدند», «جمعی از مردم از X تجلیل کردند»: the clause opens, within a few
    words, with a crowd no entity names (``data/crowd_words.txt``), and the named target stands after it.
    A place in the crowd's phrase leaves it unnamed («معترضان گواتمالایی», «مردم آمریکای لاتین»: the guide's
    `actors: []`); a person or a body there names whose crowd it is («جمعی از اعضای حزب X»)."""
    if rule_type not in CROWD_TYPES or not targets:
        return False
    covered = indexed([x for x in mentions if not crowd_mention(toks, x)]).covered
    parties = indexed([x for x in mentions if x.label not in args.PLACE_LABELS and not crowd_mention(toks, x)]).covered
    for k in range(clause_start, min(trigger, clause_start + CROWD_REACH + 1)):
        if k in covered or toks[k].punct:
            return False
        if toks[k].key in crowd_words():
            if any(not (toks[j].key in crowd_openers() or toks[j].text.isdigit()) for j in range(clause_start, k)):
                return False  # «نماینده مردم تبریز …»: a crowd after another noun is its complement
            # the crowd's own phrase: the word after it, or after a partitive («جمعی/تعدادی از …», a count word of
            # ``data/crowd_openers.txt``) every word up to the next preposition or the trigger («جمعی از
            # نمایندگان اصولگرای مجلس خواستار …»: the parliament's members, named)
            partitive = toks[k].key in crowd_openers() and k + 1 < len(toks) and toks[k + 1].key == "از"
            end = next((j for j in range(k + 2, trigger) if toks[j].key in PREPOSITIONS), trigger) if partitive else k + 2
            tail = range(k + 1, min(trigger, end))
            return not any(j in parties for j in tail) and all(t.first > tail.stop - 1 and t.entity not in {
                x.entity for x in mentions if x.first in tail} for t in targets)
    return False


@lru_cache(maxsize=1)
def crowd_openers() -> frozenset[str]:
    return squashed_words("crowd_openers.txt")


def crowd_mention(toks: list[Tok], x: Mention) -> bool:
    """«جمعی از شهروندان … خواستار شدند»: the finder of unnamed speakers (stages/descriptions.py) makes a
    crowd before a cue verb a person; as an event's doer it names no one (the guide's `actors: []`), nor does
    a crowd and its people's adjective («معترضان ونزوئلایی»). A longer mention names whose crowd it is («مردم
    روستای X»), a party the guide codes."""
    return x.label == "PER" and toks[x.first].key in crowd_words() and (
        x.first == x.last or (x.last == x.first + 1 and toks[x.last].key.endswith(ADJECTIVE_ENDING)))

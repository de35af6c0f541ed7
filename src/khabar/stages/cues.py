"""Reporting (cue) verbs and the words around a speaker, shared by coreference and quotes.

The cue table lists third-person past forms («تاکید کرد»); the other tenses and the plural
(«تاکید کرده است», «تاکید می‌کند», «تاکید کردند») are generated from the last verb word.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from khabar.stages.cue_persons import COPULA_FIRST, FIRST_PERSON_PASTS, NOT_FIRST_PERSON, loose_perfect
from khabar.stages.mentions import Words
from khabar.stages.phrases import PhraseTable, compact
from khabar.tables import load_table
from khabar.text.chars import SENTENCE_STOPS

# Words after which a mention is not the subject of its clause.
PREPOSITIONS = frozenset(compact(w) for w in (
    "با به از برای بر در تا علیه مدیون نزد همراه میان بین درباره پیرامون توسط سوی جانب مانند "
    "نظیر چون بدون طرف را و یا"
).split())
# Words that may stand between a clause start and its subject, or between a subject and the content.
ADVERBS = frozenset(compact(w) for w in (
    "نیز همچنین هم سپس همچنان ضمنا ضمناً اما ولی البته گفتنی افزودنی شایان ذکر است"
).split())


# Arabic-script punctuation: ``Words`` gives it a key (it lies in the Arabic block), but for
# clause boundaries and phrase matching it is punctuation like «.» and «:».
ARABIC_PUNCT = frozenset("،؛؟٬٫")


def words_of(texts: list[str]) -> Words:
    """``Words`` with Arabic punctuation keyed "" like other punctuation."""
    w = Words.of(texts)
    w.keys = ["" if k in ARABIC_PUNCT else k for k in w.keys]
    return w


@dataclass(frozen=True)
class Cue:
    start: int  # token indices
    end: int
    kind: str  # say | bar | deem | object | cont | from | spoke | clause | ask | colon | passive | named (data/cue_verbs.tsv)


# Light verbs whose present tense takes no «می»: «تاکید دارد», «اعتقاد دارند».
BARE_PRESENTS = frozenset({"داشت"})


def _present_prefix(verb: str) -> str:
    return "" if verb in BARE_PRESENTS else "می‌"


def _present_3(stem: str, plural: bool) -> str:
    vowel = stem.endswith(("ا", "و"))
    if plural:
        return stem + ("یند" if vowel else "ند")
    return stem + ("ید" if vowel else "د")


# A cue that is a predicate with «است» («معتقد است»): its persons and tenses, singular then plural.
COPULA_SINGULAR = ("است", "بود")
COPULA_PLURAL = ("هستند", "بودند")


def copular_forms(lead: list[str]) -> tuple[list[str], list[str]]:
    """(singular, plural) forms of «X است»: «X است», «X بود», «معتقد بودم»; «Xند» («معتقدند»), «X هستند»,
    «X بودند»."""
    pre = " ".join(lead)
    return [f"{pre} {c}" for c in COPULA_SINGULAR] + [pre + c for c in COPULA_FIRST], [pre + "ند"] + [
        f"{pre} {c}" for c in COPULA_PLURAL]


def cue_forms(cue: str, presents: dict[str, str], kind: str = "") -> list[str]:
    """Tenses of a cue phrase: «تاکید کرد» → «تاکید کردند», «تاکید کرده است», «تاکید می‌کند», …"""
    *lead, verb = cue.split()
    if verb == "است" and lead:
        singular, plural = copular_forms(lead)
        return singular + plural
    pre = " ".join(lead) + " " if lead else ""
    forms = [verb, verb + "ند", verb + "ه است", verb + "ه‌اند", verb + "ه بود", verb + "ه بودند"]
    if kind != "named":  # («اداره یاد شده», «فرد نام برده»: the bare participle of a «named» cue is «aforesaid»)
        forms.append(verb + "ه")  # «اعلام کرده …», «X را Y دانسته و …»: the perfect without «است» (see loose_perfect)
    present = presents.get(verb)
    # the past progressive, for the verbs whose present is a cue too: «می‌گفت», «X را Y می‌نامید» (not
    # «می‌خواندند», were reading; «می‌دانست», knew; nor «می‌خواست», wanted)
    if present and verb not in BARE_PRESENTS and kind != "ask":
        forms += ["می‌" + verb, "می‌" + verb + "ند"]
    # the first person singular past, an interviewee retelling what he said before: «گفتم», «عنوان کردم»,
    # «گفته‌ام» (the present «می‌گویم» is what he says now, not a quote)
    if kind not in NOT_FIRST_PERSON:
        forms += [verb + f for f in FIRST_PERSON_PASTS]
    if present:
        forms += [_present_prefix(verb) + _present_3(present, False), _present_prefix(verb) + _present_3(present, True)]
    return [pre + f for f in forms]


@lru_cache(maxsize=1)
def cue_table() -> PhraseTable[str]:
    presents = {row[0]: row[1] for name in ("light_verbs.tsv", "cue_presents.tsv") for row in load_table(name)}
    entries = []
    for cue, kind in load_table("cue_verbs.tsv"):
        entries += [(form, kind) for form in cue_forms(cue, presents, kind)]
    return PhraseTable(entries)


@lru_cache(maxsize=1)
def plural_cues() -> frozenset[str]:
    """Plural forms of the cues («گفتند», «می‌گویند», «گفته‌اند»), tokens joined as in ``PhraseTable``
    (a singular like «خواند» also ends in «ند»)."""
    presents = {row[0]: row[1] for name in ("light_verbs.tsv", "cue_presents.tsv") for row in load_table(name)}
    out = set()
    for cue, _ in load_table("cue_verbs.tsv"):
        *lead, verb = cue.split()
        pre = " ".join(lead) + " " if lead else ""
        if verb == "است" and lead:  # «معتقد است» → «معتقدند», «معتقد هستند»
            out |= {"".join(compact(x) for x in f.split()) for f in copular_forms(lead)[1]}
            continue
        forms = [verb + "ند", verb + "ه‌اند", verb + "ه بودند"]
        if presents.get(verb):
            forms.append(_present_prefix(verb) + _present_3(presents[verb], True))
            forms += [] if verb in BARE_PRESENTS else ["می‌" + verb + "ند"]
        out |= {"".join(compact(x) for x in (pre + f).split()) for f in forms}
    return frozenset(out)


def is_plural(w: Words, cue: Cue) -> bool:
    return "".join(w.keys[cue.start:cue.end]) in plural_cues()


@lru_cache(maxsize=1)
def nominal_cue_table() -> PhraseTable[tuple[str, bool]]:
    """phrase -> (cue as recorded, whether a noun phrase after it is content)."""
    return PhraseTable((row[0], (row[1], row[2:3] == ("noun",))) for row in load_table("nominal_cues.tsv"))


@lru_cache(maxsize=1)
def opener_table() -> PhraseTable[tuple[str, bool, bool]]:
    """phrase -> (cue as recorded, whether the source may be no known entity, whether the phrase itself points
    back to a text told of before: «براساس این اطلاعیه، …»)."""
    return PhraseTable((row[0], (row[1], row[2:3] in (("any",), ("back",)), row[2:3] == ("back",)))
                       for row in load_table("quote_openers.tsv"))


# «تبریک گفت», «تسلیت گفت»: «گفت» that is not reporting speech; «وداع/بدرود گفت» (said farewell, left).
NOT_SPEECH_BEFORE = frozenset(compact(w) for w in "تبریک تسلیت خوشامد خیرمقدم ناسزا دروغ ترک وداع بدرود".split())
# The future auxiliary between such a word and «گفت» («با هواداران وداع خواهد گفت»)
FUTURE_AUX = frozenset(compact(w) for w in "خواهم خواهی خواهد خواهیم خواهید خواهند".split())
# «سخن گفت» (spoke) tells no content unless a colon or «که» follows («در پایان سخن گفت: …»).
SPOKE = compact("سخن")


# «باید گفت», «می‌توان گفت»: «گفت» as an infinitive after a modal, the writer's own voice.
MODALS = frozenset(compact(w) for w in "باید نباید می‌توان نمی‌توان بتوان توان".split())

# One-token forms of «گفت» that the words around may make no speech («سخن می‌گفت», «تبریک گفتم»)
SAY_TOKENS = frozenset({"گفت", "میگفت", "گفتم"})


# The second half of «گفت و گو» (talks) after «گفت», «و» and in its plural and indefinite forms: «گفت و گوهای
# مسالمت‌آمیز», «گفت وگویی»
TALK_TAILS = frozenset(compact(w) for w in "گو گوی گویی گوها گوهای گوهایی".split())


def not_speech(w: Words, i: int) -> bool:
    if w.keys[i] not in SAY_TOKENS:
        # «… را ترک گفتند», «تبریک گفتند»: the plural after a word that makes «گفتن» no speech
        return w.keys[i] == "گفتند" and i > 0 and w.keys[i - 1] in NOT_SPEECH_BEFORE
    nxt = w.keys[i + 1] if i + 1 < len(w) else ""
    if i > 0 and w.keys[i - 1] == SPOKE:
        return not (i + 1 < len(w) and (w.texts[i + 1] == ":" or nxt == "که"))
    return nxt in TALK_TAILS or nxt.startswith("و") and nxt[1:] in TALK_TAILS or (
        nxt == "و" and i + 2 < len(w) and w.keys[i + 2] in TALK_TAILS) or (
        i > 0 and (w.keys[i - 1] in NOT_SPEECH_BEFORE or w.keys[i - 1] in MODALS)) or (
        i > 1 and w.keys[i - 1] in FUTURE_AUX and w.keys[i - 2] in NOT_SPEECH_BEFORE)


def after_modal(w: Words, i: int) -> bool:
    """«باید اشاره کرد که …», «می‌توان تاکید کرد»: a cue right after a modal is a short infinitive, the
    writer's own voice, not someone's reported speech (as «باید گفت» in ``not_speech``)."""
    return i > 0 and w.keys[i - 1] in MODALS


def find_cues(w: Words, start: int = 0, end: int | None = None) -> list[Cue]:
    """Cue verbs in tokens [start, end), skipping «گفت و گو» (talks, not speech)."""
    table = cue_table()
    stop = len(w) if end is None else end
    if w.cue_found is None or w.cue_found[0] is not w.keys:
        w.cue_found = (w.keys, {})
    if (known := w.cue_found[1].get((start, stop))) is not None:
        return list(known)  # a list of its own: callers may change theirs
    out = []
    starts = cue_starts(w)
    i = start
    while i < stop:
        n = bisect_left(starts, i)  # on to the next token where a cue may start
        if n == len(starts) or starts[n] >= stop:
            break
        i = starts[n]
        # Fast skip (most tokens): no cue entry starts here and no «و» follows within the two tokens an elided
        # cue's noun may take, so neither ``table.match`` nor ``elided_cue`` can find anything.
        if w.keys[i] not in table.prefixes and "و" not in w.keys[i + 1:min(i + 1 + MAX_LEAD, stop)]:
            i += 1
            continue
        hit = table.match(w.keys, i, limit=stop - i)
        if not hit and (elided := elided_cue(w, table, i, stop)) is not None:
            out.append(elided)
            i = elided.end
        elif hit and not not_speech(w, i) and not after_modal(w, i) and not loose_perfect(w, i, hit[0]):
            # «می‌گفت»-like prefixes are separate tokens only when spaced; a cue must not be
            # the tail of a longer verb phrase such as «گفتنی است» (different token, no match)
            out.append(Cue(i, i + hit[0], hit[1]))
            i += hit[0]
        else:
            i += 1
    w.cue_found[1][(start, stop)] = tuple(out)
    return out


# The most words a cue's noun part has before an elided light verb («مورد تاکید و …»).
MAX_LEAD = 2


def cue_starts(w: Words) -> list[int]:
    """The tokens where a cue may start: a cue entry starts there, or a «و» follows within ``MAX_LEAD`` tokens
    (the fast skip of ``find_cues`` without its range end). Built once per ``Words`` and its keys."""
    if w.cue_index is None or w.cue_index[0] is not w.keys:
        keys, prefixes = w.keys, cue_table().prefixes
        # the tokens with a «و» within MAX_LEAD tokens after them, from the places of «و» (no slice per token)
        before_and = {j - lead for j, k in enumerate(keys) if k == "و" for lead in range(1, MAX_LEAD + 1)}
        w.cue_index = (keys, [i for i, k in enumerate(keys) if k in prefixes or i in before_and])
    return w.cue_index[1]


def elided_cue(w: Words, table: PhraseTable[str], i: int, stop: int) -> Cue | None:
    """«X را Y اعلام و اظهار کرد»: the noun of a cue at token ``i``, then «و» and a cue with the light verb
    the noun lacks (for a deeming noun, that cue may stand further on: «X را Y عنوان و با اشاره به …، تاکید
    کرد»); returns the noun (ending before ``stop``) as a cue of its own, else None."""
    for lead in range(1, MAX_LEAD + 1):
        j = i + lead  # the «و»
        if j >= stop or not w.keys[j - 1] or w.keys[j] != "و":
            continue
        k = j + 1
        hit = table.match(w.keys, k)
        if hit is None and "را" in w.keys[max(0, i - MAX_OBJECT):i] and w.keys[k] in SHARED_SUBJECT_LEADS:
            # «X را Y عنوان و با اشاره به …، تاکید کرد»: a deeming noun after its «را» object shares the light verb
            # of a cue further on in its sentence, when what follows «و» opens with a preposition or an adverb (the
            # same subject goes on; not «X را رد و Z اعلام کردند»: Z's own clause)
            k, hit = lender(w, table, k + 1, len(w))  # the lender may stand past ``stop`` (a colon cue)
            if hit is None:
                continue
            cue = own_cue(w, table, i, j, k, hit[0])
            if cue is not None and cue.kind == "deem":
                return cue
            continue
        if hit is None:
            continue
        if (cue := own_cue(w, table, i, j, k, hit[0])) is not None:
            return cue
    return None


# How far a deeming noun with its light verb elided may stand from the cue that lends it («X را Y عنوان و با
# اشاره به …، تاکید کرد»), and how far before it its «را» stands
MAX_LEND = 20
MAX_OBJECT = 15
SHARED_SUBJECT_LEADS = (PREPOSITIONS - {"را", "و", "یا"}) | ADVERBS | {"خطاب"}


def lender(w: Words, table: PhraseTable[str], k: int, stop: int) -> tuple[int, tuple[int, str] | None]:
    """The nearest cue from token ``k`` on, within ``MAX_LEND`` tokens and its sentence."""
    for m in range(k, min(stop, k + MAX_LEND)):
        if w.texts[m] in SENTENCE_STOPS or "\n" in w.texts[m]:
            break
        if (hit := table.match(w.keys, m)) is not None:
            return m, hit
    return k, None


def own_cue(w: Words, table: PhraseTable[str], i: int, j: int, k: int, n: int) -> Cue | None:
    """The noun [i, j) with the light verb of the cue of ``n`` tokens at ``k`` as a cue of its own, if it is one."""
    for verb in range(1, n):  # the light verb is the cue's last tokens («کرد», «کرده است»)
        joined = w.keys[i:j] + w.keys[k + verb:k + n]
        own = table.match(joined, 0)
        if own is not None and own[0] == len(joined):
            return Cue(i, j, own[1])
    return None

"""The event data tables: triggers, light verbs and modality cues, loaded once.

Words are compared in a "squashed" form (Persian letters, no ZWNJ, no spaces), so
«گفت‌وگو», «گفتوگو» and «گفت و گو» are the same trigger.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from khabar.stages.phrases import compact, compact_words
from khabar.tables import key, load_list, load_table

# Noun endings allowed after an "any" trigger: plural, ezafe/indefinite «ی», «ای».
# «دیدارش», «سفرشان», «حمله‌اش»: a possessive clitic names the doer, who is the clause subject;
# «توافقات», «توافقاتی»: the Arabic plural
NOUN_SUFFIXES = ("", "ها", "های", "ی", "ای", "یی", "هایی", "ش", "اش", "شان", "هایش", "هایشان", "ات", "اتی")
# Adjectives that look like an event noun with «ی» («هیئت اعزامی مصر» = the delegation sent, «بسته
# حمایتی», «قوانین تحریمی», «سلاح تهاجمی»): no happening (squashed).
ADJECTIVE_FORMS = frozenset({"اعزامی", "حمایتی", "تحریمی", "تهاجمی", "انتقادی", "تشویقی"})
# Words of a court's sentence: «X به پنج سال زندان محکوم شد» is a verdict (COERCE), not a condemnation.
SENTENCE_WORDS = frozenset({"زندان", "حبس", "اعدام", "جریمه", "شلاق", "تبعید", "حصر"})
# Words after which a mention may be the subject of the clause (besides punctuation and times).
# «آنکه» ends a subordinator that opens a clause of its own («با وجود آنکه X …», «پس از آنکه X …»).
# Words that open a sentence telling a further act («همچنین رئیس مجلس … از بیماران عیادت کرد»): not the act
# just told, retold («و همچنین سفر Y» inside a sentence only lists); it merges with an earlier one only when
# they share a target.
ALSO_OPENERS = frozenset({"همچنین"})
# With the sentence adverbs of ``data/sentence_adverbs.txt`` («البته X … هشدار داده است»).
SUBJECT_OPENERS = frozenset({"است", "نیز", "همچنین", "سپس", "که", "اما", "ولی", "بلکه", "همزمان", "ضمنا",
                             "حال", "لذا", "بنابراین", "همچنان", "آنکه",
                             *(key(w).replace(" ", "") for w in load_list("sentence_adverbs.txt"))})
# Words before an event noun that make the clause subject its participant: «X در سفر به …», «X ضمن دیدار …».
# Words that name a part of a group before «از»: «شماری از رهبران X», «سیزده تن از نمایندگان X»,
# «هیئتی از X». The phrase stands where its group does (as subject or object).
PARTITIVES = frozenset({"برخی", "یکی", "بعضی", "تعدادی", "شماری", "جمعی", "بسیاری", "چندتن", "چند", "تن", "نفر",
                        "گروهی", "هیئتی", "هیاتی", "هیأتی"})
# Number words before a partitive («سیزده تن از …»).
NUMBER_WORDS = frozenset({"یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده",
                          "سیزده", "چهارده", "پانزده", "بیست", "سی", "صدها", "هزاران", "دهها"})
# How many plain words (an adverb: «بشدت») may stand between a relative clause's comma and the next trigger.
AFTER_RELATIVE = 2
# Frames where «X و Y» together are the parties: the first is the actor, the others the targets.
SYMMETRIC_FRAMES = frozenset({"meeting", "phone", "talk", "clash", "agree", "sign", "cooperate"})
FRAME_OPENERS = frozenset({"در", "ضمن", "طی", "حین", "جریان", "خلال", "حاشیه", "پی", "منظور"})
# «X پیش از عزیمت به Y …», «X پس از دیدار با Y …»: «از» after these opens a frame the subject is in.
TIME_FRAME_HEADS = frozenset({"پیش", "پس", "قبل", "بعد"})
# «X با اشاره به دیدار با Y گفت», «X درباره دیدار با Y …»: a meeting the subject speaks of, told with its
# partner («با Y») and no other doer, is the subject's own. The last word before the noun (squashed).
TOPIC_OPENERS = frozenset({"درباره", "دربارهی", "خصوص", "مورد", "پیرامون", "راستای"})
# «X با اشاره به امضای تفاهم‌نامه با Y گفت», «X درباره توافق با Y …»: so is an agreement the subject speaks of
TOPIC_FRAMES = frozenset({"sign", "agree"})
# Plural heads of a subject whose named part is the mention: «مقام‌های دولت X», «نمایندگان X».
# Role heads too: «رئیس جمهوری X», «وزیر خارجه X» when only X was found as a mention.
SUBJECT_HEADS = frozenset({"مقامات", "مقامهای", "مسئولان", "مسئولین", "نمایندگان", "سران", "رهبران", "اعضای",
                           "نیروهای", "سربازان", "هیئت", "هیات", "هیأت", "دولت", "سفیر", "سخنگوی",
                           "رئیس", "رییس", "وزیر", "نخست", "نخستوزیر", "معاون", "دبیرکل", "فرمانده",
                           "نماینده", "مشاور", "سفرای", "وزرای", "کاردار", "سرکنسول", "پادشاه", "ولیعهد", "تیم",
                           # «ماموران پلیس X … دستگیر کردند», «جنگنده‌های X … حمله کردند»
                           "ماموران", "مأموران", "کارآگاهان", "کاراگاهان", "نظامیان", "جنگندههای",
                           "هواپیماهای",
                           # «ناظران بهداشتی X از Y بازدید کردند», «بازرسان X …», «کارشناسان X …»
                           "ناظران", "بازرسان", "کارشناسان",
                           # a medium named with its kind: «شبکه (تلویزیونی) X تهدید شد», «روزنامه X … را رد کرد»
                           "شبکه", "روزنامه", "هفتهنامه", "نشریه", "مجله", "رادیو", "تلویزیون", "پایگاه",
                           # «خودروی سفیر X هدف تیراندازی قرار گرفت»: the owner of a car, a convoy or a home attacked
                           "خودروی", "خودروهای", "کاروان", "منزل",
                           # «گروه‌های سیاسی X و Y … به بحث و تبادل نظر پرداختند»
                           "گروههای"}) | frozenset(key(w).replace(" ", "") for w in load_list("subject_heads.txt"))
# Words that may stand between an event noun and its genitive actor: «سفر اخیر X».
NOUN_MODIFIERS = frozenset({"اخیر", "رسمی", "آتی", "آینده", "قبلی", "نخستین", "اولین", "دوروزه", "سهروزه"})
# Verbs that end a clause, so that a mention after «… است و» may start a new one.
CLAUSE_END_VERBS = frozenset({"است", "بود", "بودند", "شد", "شدند", "کرد", "کردند", "اند", "داد", "دادند"})
# Longer ways to say «و» between two parties: «غرب و در صدر آن آمریکا», «اروپا و به ویژه فرانسه».
CONJUNCTION_PHRASES = (("و", "در", "صدر", "آن"), ("و", "به", "ویژه"), ("و", "بویژه"), ("و", "بهویژه"))
# Words that name the two parties of the meeting or call just told («طرفین توافق کردند»), squashed.
BOTH_SIDES = frozenset({"طرفین", "دوطرف", "دوکشور", "دووزیر", "دورئیسجمهور", "دورهبر", "دومقام", "دوهیئت",
                        "دوهیات", "طرفهای"})
# The press as a counterpart (squashed): «با خبرنگاران گفت‌وگو کرد» is an interview, not a meeting.
PRESS_WORDS = frozenset({"خبرنگار", "خبرنگاران", "خبرنگاری", "اصحاب", "رسانهها", "رسانههای", "رسانه", "مطبوعات",
                         "خبرنگارما", "خبرگزاری", "روزنامه", "روزنامهنگاران", "شبکه"})
# Verbal acts: «در X» in «خواستار … در جنوب شرق آسیا شد» is their topic, not where they happened.
SPOKEN_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN", "CONCEDE"})
PREPOSITIONS = frozenset({"با", "به", "از", "در", "برای", "علیه", "بر", "تا", "درباره", "نزد", "بین", "میان", "ضد"})
# «از برقراری تماس میان X و Y حمایت کرد»: a stance on what passes between two parties concerns both
BETWEEN = frozenset({"میان", "بین"})
# Frames of a stance («حمایت کرد», «رد کرد»): its object phrase names whom it concerns, also inside it
STANCE_FRAMES = frozenset({"support", "reject"})
# Prepositions of whom an act is aimed at («ارسال قطعات به X»); not «از» («پرداخت غرامت از X»: a source)
AIMED_AT = frozenset({"به", "برای", "علیه", "با", "میان", "بین"})
# Table frames of nouns whose doer may stand before «در» («X در نامه‌ای به Y», «X در جلسه با Y»), and the
# frame their events take («session» is a meeting: it merges with the «دیدار» of the same happening).
IN_FRAMES = {"message": "message", "session": "meeting"}
# Other persons and the perfect of a past "self" trigger: «پذیرفتند», «پذیرفته است», «فراخوانده‌اند».
SELF_PAST_SUFFIXES = ("", "ند", "ه", "هاند", "هاست")
# Passives whose «به X» names the doer: «سفیر Y به وزارت خارجه X احضار شد», «Y به دادگاه احضار شد» (squashed).
SUMMONS = frozenset({"احضار"})
# Light verbs that make a passive of a transitive noun («تهدید شد», «ضبط گردید»); a tuple for str.startswith.
PASSIVE_AUX = ("شد", "گردید", "آمد")  # and «… به عمل آمد»
# Light verbs that make a verb only of a noun after «به» («به گفت‌وگو پرداختند»; «پرداخت» alone is «payment»).
AFTER_BE_ONLY = ("پرداخت", "پرداز")
# Light verbs of asking: after any noun but a request's («در جلسه خواست», «کمک خواست») they ask for the act
# (or the noun is a place the asking happens in); they never tell that the act itself took place.
ASKING_LIGHTS = ("خواست", "خواه")
# Perfect tenses written as one word («کرده‌اند», «شده‌است»; squashed, no ZWNJ): the participle and
# its auxiliary, which the spaced forms («کرده است») give as two tokens. The second person singular
# («کرده‌ای») is left out: squashed, it is also «داده‌ای» (a datum).
PERFECT_ENDINGS = ("هام", "هاست", "هایم", "هاید", "هاند", "هبود", "هبودند")
# Copulas that close a "clause" trigger like a light verb: «X خواستار … است» (X demands …).
CLAUSE_COPULAS = frozenset({"است", "هستند", "بود", "بودند", "باشد", "باشند"})
# Negated copulas end a «خواستار …» clause with no demand: «X به هیچ وجه خواستار … نیست» is a stance, not an act.
NEG_COPULAS = frozenset({"نیست", "نیستند", "نبود", "نبودند", "نباشد", "نباشند"})
FUTURE_AUX = frozenset({"خواهد", "خواهند", "خواهم", "خواهیم", "خواهی", "خواهید"})
NEG_FUTURE_AUX = frozenset("ن" + w for w in FUTURE_AUX)


# The events' comparison form is the phrase tables' compact form (Persian letters, no ZWNJ or spaces): one
# function and one cache for both, since every stage squashes or compacts the same token texts.
squash = compact
squashed_words = compact_words


# An infinitive's ending («برگرداندن», «ساختن»), squashed; shorter words that end so are nouns («معدن», «متن»).
INFINITIVE_ENDINGS = ("دن", "تن")
INFINITIVE_MIN = 5


def infinitive(word_key: str) -> bool:
    """Whether a squashed word is an infinitive, which opens a phrase of its own («سفر X برگرداندن … به Y»:
    «به Y» is the infinitive's)."""
    return len(word_key) >= INFINITIVE_MIN and word_key.endswith(INFINITIVE_ENDINGS)


@dataclass(frozen=True)
class TriggerRule:
    words: str  # squashed
    type: str
    mode: str | None
    frame: str
    use: str  # "any" | "both" | "noun" | "clause" | "verb" | "self" (see data/event_triggers.tsv)
    markers: tuple[str, ...]
    requires: tuple[str, ...]
    gap_word: str = ""  # «هدف … قرار»: the word that ends the trigger a few words after ``words``
    suffixes: tuple[str, ...] = ("",)  # endings the last word may take (rule_suffixes), fixed at load
    opens_in: bool = False  # «X در نامه‌ای به Y», «X در جلسه با Y»: the subject after «در» takes part



@dataclass(frozen=True)
class VerbForm:
    negated: bool
    subjunctive: bool
    passive: bool = False  # «شدن» makes a passive of a transitive noun («تهدید شد»)


# Trigger uses that tell an event by a bare noun (data/event_triggers.tsv); of them, "any" and "both" may
# also take a verb after the noun (event_verbs.support_verb)
NOUN_USES = frozenset({"any", "both", "noun"})


def rule_suffixes(words: str, gap_word: str, use: str) -> tuple[str, ...]:
    """Endings a trigger's last word may take: a noun's plural, ezafe and clitics; for a "self" trigger
    that is a past verb («پذیرفت», «به رسمیت شناخت»), other persons and the perfect; none otherwise."""
    if use in NOUN_USES:
        return NOUN_SUFFIXES
    if use == "self" and words[-1:] in ("د", "ت") and not gap_word:
        return SELF_PAST_SUFFIXES
    return ("",)


@lru_cache(maxsize=1)
def trigger_rules() -> tuple[TriggerRule, ...]:
    rules = []
    for row in load_table("event_triggers.tsv"):
        cells = list(row) + [""] * (7 - len(row))
        head, _, tail = cells[0].partition("…")
        words, gap_word, use = squash(head), squash(tail), cells[4] or "any"
        frame, opens_in = IN_FRAMES.get(cells[3], cells[3]), cells[3] in IN_FRAMES
        rules.append(TriggerRule(
            words=words,
            gap_word=gap_word,
            type=cells[1],
            mode=None if cells[2] in ("", "-") else cells[2],
            frame=frame,
            opens_in=opens_in,
            use=use,
            markers=tuple(squash(m) if m != "+" else "+" for m in cells[5].split(",") if m),
            requires=tuple(squash(w) for w in cells[6].split(",") if w),
            suffixes=rule_suffixes(words, gap_word, use),
        ))
    # Longest first, so «تماس تلفنی» wins over «تماس».
    return tuple(sorted(rules, key=lambda r: -len(r.words)))


@lru_cache(maxsize=1)
def light_verb_forms() -> dict[str, VerbForm]:
    """Every inflected form of the light verbs, squashed, with negation and mood."""
    forms: dict[str, VerbForm] = {}
    past_endings = ("", "م", "ی", "یم", "ید", "ند", "ه") + PERFECT_ENDINGS
    present_endings = ("د", "ند", "م", "ی", "یم", "ید")
    for row in load_table("light_verbs.tsv"):
        past, present = squash(row[0]), squash(row[1])
        passive = past in PASSIVE_AUX
        for neg in (False, True):
            pre = "ن" if neg else ""
            for e in past_endings:
                forms.setdefault(pre + past + e, VerbForm(neg, False, passive))
                forms.setdefault(pre + "می" + past + e, VerbForm(neg, False, passive))
            for e in present_endings:
                forms.setdefault(pre + "می" + present + e, VerbForm(neg, False, passive))
                # A present form without «می» is subjunctive («سفر کند»), except «دارد».
                forms.setdefault(pre + present + e, VerbForm(neg, present != "دار", passive))
            if not neg:
                for e in present_endings:
                    forms.setdefault("ب" + present + e, VerbForm(False, True, passive))
    forms.pop("شدید", None)  # «درگیری شدید»: news writes the adjective «severe», not «you became»
    return forms


@lru_cache(maxsize=1)
def undergo_stems() -> dict[str, tuple[str, ...]]:
    """Support noun → the stems of its verb that make the subject undergo the act (``data/undergo_verbs.tsv``)."""
    return {squash(row[0]): tuple(squash(w) for w in row[1].split(",")) for row in load_table("undergo_verbs.tsv")}


def undergoes(noun: str, verb: str) -> bool:
    """«قرار گرفت», «صورت گرفته است» (squashed noun and verb): the subject undergoes the act, or it took place."""
    return any(stem in verb for stem in undergo_stems().get(noun, ()))


def claim_nouns() -> frozenset[str]:
    """Nouns for what someone said («ادعا», «اظهارات», ``data/claim_nouns.txt``), squashed."""
    return squashed_words("claim_nouns.txt")


@cache
def people_nouns() -> frozenset[str]:
    """Nouns for the people of a place or body («مردم», «شهروندان», ``data/people_nouns.tsv``), squashed."""
    return frozenset(squash(row[0]) for row in load_table("people_nouns.tsv"))


@cache
def public_people_nouns() -> frozenset[str]:
    """The rows of ``data/people_nouns.tsv`` that are the public at large too («مردم», «هواداران»), squashed."""
    return frozenset(squash(row[0]) for row in load_table("people_nouns.tsv") if row[1:] == ("public",))


@lru_cache(maxsize=1)
def place_classifiers() -> frozenset[str]:
    """The LOC heads of ``data/place_heads.tsv`` («شهرستان», «استان»), singular and plural («شهرستان‌های»), squashed."""
    heads = {squash(row[0]) for row in load_table("place_heads.tsv") if len(row) > 1 and row[1] == "LOC"}
    return frozenset(heads | {h + "های" for h in heads})


def act_nouns() -> frozenset[str]:
    """Nouns for someone's act or stance («اقدام», «تلاش‌های», ``data/act_nouns.txt``), squashed."""
    return squashed_words("act_nouns.txt")


@lru_cache(maxsize=1)
def complement_nouns() -> frozenset[tuple[str, str]]:
    """(noun, preposition), squashed: nouns whose own phrase the preposition after them starts
    (``data/event_complements.tsv``). Event nouns are left out: in «توافقی میان X و Y به امضا رسید»
    the parties of the agreement are those of the signing."""
    return frozenset((squash(row[0]), squash(row[1])) for row in load_table("event_complements.tsv") if len(row) > 1)


@lru_cache(maxsize=1)
def speech_cues() -> frozenset[str]:
    """Reporting verbs («گفت», «اعلام کرد»), squashed, from the quotes' ``data/cue_verbs.tsv``: a time
    before one of them dates the speaking, not an event told after it."""
    return frozenset(squash(row[0]) for row in load_table("cue_verbs.tsv") if row and row[0].strip())


@lru_cache(maxsize=1)
def modality_cues() -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """(squashed words of the cue, modality, scope), longest first."""
    cues = []
    for row in load_table("event_cues.tsv"):
        cues.append((tuple(squash(w) for w in row[0].split()), row[1], row[2] if len(row) > 2 else "sentence"))
    return tuple(sorted(cues, key=lambda c: -len(c[0])))


@lru_cache(maxsize=1)
def deem_cues() -> frozenset[str]:
    """The «deem» reporting verbs («خواند», «نامید», «دانست») of ``data/cue_verbs.tsv``, squashed."""
    return frozenset(squash(row[0]) for row in load_table("cue_verbs.tsv") if len(row) > 1 and row[1] == "deem")


def naming_relatives() -> frozenset[str]:
    """Words that open a «what X called» phrase («آنچه»): ``data/naming_relatives.txt``, squashed."""
    return squashed_words("naming_relatives.txt")


def kicker_verbs() -> frozenset[str]:
    """Verbs of a headline kicker that says only that something took place («صورت گرفت», «برگزار شد»):
    ``data/kicker_verbs.txt``, squashed."""
    return squashed_words("kicker_verbs.txt")

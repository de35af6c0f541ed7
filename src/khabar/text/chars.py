"""Persian character tables, kept as data so the policy is visible in one place."""

import unicodedata

ZWNJ = "\u200c"

# Arabic code points that have a Persian counterpart of the same letter.
ARABIC_TO_PERSIAN = {
    "\u064a": "\u06cc",  # ي Arabic yeh -> ی
    "\u0649": "\u06cc",  # ى alef maksura -> ی
    "\u0643": "\u06a9",  # ك Arabic kaf -> ک
}

# Characters that carry no text: removed outright.
INVISIBLE_JUNK = {
    "\ufeff",  # BOM / zero-width no-break space
    "\u200b",  # zero-width space
    "\u2060",  # word joiner
}
# Bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): they carry no
# text, and inside a word they break every word match (entities, lexicon lookups). Removed.
# (LRM and RLM are different: they are often typed for a ZWNJ, see ZWNJ_LIKE.)
BIDI_CONTROLS = {chr(c) for c in range(0x202A, 0x202F)} | {chr(c) for c in range(0x2066, 0x206A)}

# Directional marks and soft hyphens typed where a ZWNJ belongs (common in Word exports).
# They become ZWNJs; the ZWNJ clean-up then drops any that do not sit inside a word.
ZWNJ_LIKE = {"\u200e", "\u200f", "\u00ad"}

# Punctuation tokens that end a sentence, and those that also end a clause inside one (comma, semicolon,
# colon): the quote and event stages stop a clause search at them.
SENTENCE_STOPS = frozenset({".", "!", "؟", "?"})
CLAUSE_PUNCT = SENTENCE_STOPS | {"،", ",", "؛", ";", ":"}

# Pronouns and particles that never take a plural or clitic suffix («منهای» is not «من‌های»).
NOT_STEMS = {"من", "تو", "او", "ما", "شما", "که", "چه", "نه", "به", "هم", "در", "از", "با", "بر", "تا"}

# Arabic presentation forms (contextual letter shapes, ligatures such as ﻻ and ﷲ) are folded to
# the letters they stand for by their Unicode compatibility (NFKC) decomposition, restricted to
# these two blocks so that nothing else in the text is compatibility-folded. A ligature becomes
# several letters. The isolated harakat forms (ﹰ) decompose to "space + mark": the space is dropped.
PRESENTATION_BLOCKS = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFE))
PRESENTATION_CLASS = "\ufb50-\ufdff\ufe70-\ufefe"


def _presentation_fold() -> dict[str, str]:
    table: dict[str, str] = {}
    for lo, hi in PRESENTATION_BLOCKS:
        for code in range(lo, hi + 1):
            ch = chr(code)
            folded = unicodedata.normalize("NFKC", ch)
            if folded != ch:
                table[ch] = folded[1:] if folded[0] == " " and len(folded) > 1 else folded
    return table


PRESENTATION_FOLD = _presentation_fold()

# Arabic decimal and thousands separators (٫ ٬) between Latin digits become "." and ",", so that
# «12٫5» reads as one number; between Persian or Arabic-Indic digits they are kept (٫ is the
# standard Persian decimal separator). See docs/normalization.md.
ARABIC_DECIMAL = "\u066b"
ARABIC_THOUSANDS = "\u066c"

# Function words never end or start a compound: a glued «کلاین» is not split into «کل‌این».
FUNCTION_WORDS = NOT_STEMS | {"این", "آن", "را", "و", "یا", "ای", "همه", "همین", "همان", "اینکه", "آنکه"}

SPACE_LIKE = {"\u00a0", "\u2009", "\u202f", "\u2002", "\u2003", "\u3000"}

# Letters that never join to the following letter: a ZWNJ after them is noise.
NON_JOINING = set("اآأإدذرزژوؤۀةء")

TATWEEL = "\u0640"
DIACRITICS = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670"}

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
LATIN_DIGITS = "0123456789"

PERSIAN_LETTER_RANGE = ("\u0600", "\u06ff")

# Regex character class of the letters (and in-word marks) that make up a Persian word.
# Includes hamza above (U+0654, as in «خانهٔ»), diacritics and tatweel, which sit inside words.
WORD_CHARS = "\u0621-\u063a\u0640-\u065f\u0670-\u06d3\u06d5\u06fa-\u06fc\u06ff"

# Marks that attach to the letter before them: a ZWNJ after them belongs to that letter.
COMBINING = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670"}

# Persian punctuation written for its Latin counterpart by the optional ``punct="persian"`` style.
PERSIAN_PUNCT = {",": "،", ";": "؛", "?": "؟"}

# Marks that open and close: a name may hold a pair («امام صادق (ع)», «نشریه «نیوزویک»»), never half of one.
PAIRED_MARKS = {"(": ")", "«": "»", '"': '"', "“": "”", "[": "]"}


def is_persian_letter(ch: str) -> bool:
    return "\u0620" <= ch <= "\u064a" or "\u066e" <= ch <= "\u06d3" or ch in "\u06fa\u06fb\u06fc\u06ff"

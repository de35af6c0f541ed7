"""Singular candidates for Persian plurals: Arabic broken plurals and sound plurals.

Persian borrows Arabic plurals whose singular is not a suffix away: «آثار» → «اثر»,
«مسائل» → «مسئله», «عوامل» → «عامل». Their singulars follow a few templates over the
root letters. ``singular_candidates`` matches a form against the plural templates
and fills the root into the singular templates; the table builder keeps the
candidate that the lexicon knows, in template order. Digits 1-3 in a template stand for root
letters; every other character must match literally.

Only ``scripts``-time code uses this (``build_morph_tables``); at run time the
pipeline reads the resulting table.
"""

from __future__ import annotations

ZWNJ = "\u200c"

# plural template -> singular templates, most likely first
BROKEN: list[tuple[str, list[str]]] = [
    ("ا1ا2ی3", ["12ی3", "12و3", "1ا2و3"]),  # احادیث → حدیث
    ("موا1ی2", ["می1ا2"]),  # موازین → میزان
    ("م1ا2ی3", ["م12و3", "م12ا3", "م12ی3"]),  # مفاهیم → مفهوم, مقادیر → مقدار
    ("م1ا2ی", ["م12یت", "م12ی", "م12ا"]),  # معاصی → معصیت
    ("م1ا23", ["م123", "م123ه", "م123ت", "م12ا3"]),  # مناطق → منطقه, ممالک → مملکت
    ("1وا2ی3", ["1ا2و3", "1ا2ی3"]),  # قوانین → قانون
    ("ت1ا2ی3", ["ت12ی3"]),  # تصاویر → تصویر
    ("1وا23", ["1ا23", "1ا23ه", "1ا23ت"]),  # عوامل → عامل, حوادث → حادثه
    ("1وا2ی", ["1ا2یه", "1ا2یت"]),  # نواحی → ناحیه
    ("12ای3", ["12ی3ه", "12ی3ت", "12ی3", "12ا3ت", "12ا3ه"]),  # عقاید → عقیده, دلایل → دلیل
    ("12ائ3", ["12ا3ت", "12ا3ه", "12ی3ه", "12ی3ت", "12ی3"]),  # علائم → علامت, رسائل → رساله
    ("ا12ا3", ["123", "12ی3", "12و3"]),  # افکار → فکر, امواج → موج
    ("ا12ا", ["12و", "12ا", "12ء", "12ی"]),  # اعضا → عضو
    ("ا123ه", ["12ا3", "12ی3", "12ا", "1ا3"]),  # اسلحه → سلاح, ادله → دلیل
    ("12و3", ["12", "123"]),  # خطوط → خط (doubled root), علوم → علم
    ("123ا", ["1ا23", "12ی3", "12ی3ه", "12ی"]),  # علما → عالم, شهدا → شهید
    ("12ا3", ["123", "12ی3"]),  # رجال → رجل
    ("123", ["123ت", "123ه", "12ا3", "12ی3", "12ی3ه", "12و3"]),  # ملل → ملت, کتب → کتاب
]


def _match(form: str, template: str) -> dict[str, str] | None:
    if len(form) != len(template):
        return None
    root: dict[str, str] = {}
    for ch, tp in zip(form, template, strict=True):
        if tp.isdigit():
            root[tp] = ch
        elif ch != tp:
            return None
    return root


def _fill(template: str, root: dict[str, str]) -> str:
    return "".join(root.get(c, c) if c.isdigit() else c for c in template)


def broken_candidates(form: str) -> list[str]:
    """Singulars that the Arabic plural templates allow for ``form`` (may be empty)."""
    word = "اء" + form[1:] if form.startswith("آ") else form  # «آثار» is أفعال over ء-ث-ر
    out: list[str] = []
    for plural, singulars in BROKEN:
        root = _match(word, plural)
        if root is None:
            continue
        for tp in singulars:
            if tp == "12" and root["2"] != root["3"]:  # only a doubled root loses a letter
                continue
            cand = _fill(tp, root)
            if cand.startswith("ء"):
                cand = "ا" + cand[1:]
            out.append(cand)
    return out


def sound_candidates(form: str) -> list[str]:
    """Singulars under the suffix plurals ات، جات، ین، گان، یان."""
    word = form
    out: list[str] = []
    if word.endswith("ات") and len(word) > 4:
        stem = word[:-2].rstrip(ZWNJ)
        out += [stem + "ه", stem + "ت", stem]  # روحیات → روحیه, مشکلات → مشکل
        if stem.endswith("ج"):
            out.append(stem[:-1])  # میوه‌جات → میوه
    if word.startswith("م") and word.endswith("ین") and len(word) > 5:
        out.append(word[:-2])  # مخالفین → مخالف
    if word.endswith("گان") and len(word) > 4:
        out.append(word[:-3] + "ه")  # نمایندگان → نماینده
    if word.endswith("یان") and word[-4:-3] in ("ا", "و"):
        out.append(word[:-3])  # دانشجویان → دانشجو
    return out

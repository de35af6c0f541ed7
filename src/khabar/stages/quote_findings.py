"""Findings of a study as quotes with no known speaker (health and science news): «تحقیقات جدید نشان می‌دهد که
…», «محققان دریافتند که …», «نتایج این مطالعه نشان داد که …». A finding verb (``data/finding_verbs.tsv``) reports
a quote only when its clause's subject is a word for a study or its researchers (``data/study_sources.txt``):
a person who «showed» something by his deeds («X با سخنانش نشان داد که …») and figures («آمارها نشان
می‌دهد …») are narration. A subject named in the clause speaks («محققان دانشگاه X» as that organization,
«گزارش اندیشکده X» as X); else nobody known. A mixin of
``quotes.Context`` (through ``quote_indirect.IndirectQuotes``), which supplies the document view and ``add``.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.stages.cues import cue_forms
from khabar.stages.phrases import PhraseTable, compact_words
from khabar.stages.quote_direct import Regions
from khabar.stages.quote_text import has_words, trim
from khabar.stages.salience import MAX_CLAUSE, Ref, subject
from khabar.stages.tokens import Words
from khabar.tables import load_table
from khabar.text.chars import CLAUSE_PUNCT

# how many tokens before the verb the study's word may stand («نتایج حاصل از جمع‌آوری داده‌ها نشان داد»)
SUBJECT_REACH = 8
# suffixes of a study word written apart or joined: «پژوهش‌ها», «تحقیقاتی که …», «بررسی‌های»
SUFFIXES = ("های", "ها", "ی")
CLAUSE_STOPS = CLAUSE_PUNCT
MIN_WORDS = 3


@lru_cache(maxsize=1)
def finding_table() -> PhraseTable[str]:
    presents = {row[0]: row[1] for name in ("light_verbs.tsv", "cue_presents.tsv") for row in load_table(name)}
    return PhraseTable([(form, "finding") for (verb,) in load_table("finding_verbs.tsv")
                        for form in cue_forms(verb, presents, "ask")])


def study_sources() -> frozenset[str]:
    return compact_words("study_sources.txt")


def is_study_word(key: str) -> bool:
    """«مطالعات», «پژوهش‌ها» (joined: «پژوهشها»), «تحقیقاتی»: a study word, bare or with a plural or indefinite suffix."""
    return key in study_sources() or any(key.endswith(s) and key[:-len(s)] in study_sources() for s in SUFFIXES)


class Findings:
    w: Words
    speakers: list[Ref]
    quoted: Regions
    contents: list[tuple[int, int]]
    verbs: list[bool]

    def add(self, a: int, b: int, cue: tuple[int, int], kind: str, ref: Ref | None) -> bool:
        raise NotImplementedError

    def opener_kind(self, a: int, hi: int) -> str:
        raise NotImplementedError

    def study_clause(self, lo: int, at: int) -> int | None:
        """Where the clause of a finding verb at ``at`` starts (after a punctuation mark, not before ``lo``), when a
        study word stands in it within ``SUBJECT_REACH`` tokens of the verb and no verb of another clause stands
        between them («این مسئله نیاز به تحلیل دارد و نشان می‌دهد …»; a relative clause may: «تحقیقاتی که انجام
        داده‌اند نشان داده است …»); else None."""
        w = self.w
        start = next((k + 1 for k in range(at - 1, lo - 1, -1) if w.texts[k] in CLAUSE_STOPS), lo)
        k = next((k for k in range(at - 1, max(start, at - SUBJECT_REACH) - 1, -1) if is_study_word(w.keys[k])), None)
        if k is None:
            return None
        relative = False
        for j in range(k + 1, at):
            relative = relative or w.keys[j] == "که"
            if self.verbs[j] and not relative:
                return None
        return start

    def findings(self, lo: int, hi: int) -> None:
        """«مطالعات نشان می‌دهد (که) …», «محققان دریافتند که …» in tokens [lo, hi) of one sentence."""
        w = self.w
        table = finding_table()
        i = lo
        while i < hi:
            hit = table.match(w.keys, i, limit=hi - i)
            if not hit or self.quoted.covers(i):
                i += 1 if not hit else hit[0]
                continue
            end = i + hit[0]
            k = self.study_clause(lo, i)
            has_ke = end < hi and w.keys[end] == "که"
            # «دریافت» is also «receipt»: only with «که» after it; «نشان داد» also takes a bare clause
            bare_ok = hit[0] > 1 and end < hi and w.keys[end] and w.keys[end] != "و"
            if k is not None and (has_ke or bare_ok):
                a, b = trim(w, end + has_ke, min(hi, end + has_ke + MAX_CLAUSE))
                if has_words(w, a, b, MIN_WORDS):
                    # «گزارش اندیشکده X نشان می‌دهد که «…»»: the clause's subject speaks, in its own words if in «…»
                    ref = subject(w, self.speakers, k, i, self.quoted)
                    if ref is not None and all(is_study_word(x) for x in w.keys[ref.start:ref.end] if x):
                        ref = None  # «تحقیقاتی» found as a name is the study word itself, nobody named
                    if self.add(a, b, (i, end), self.opener_kind(a, b), ref):
                        self.contents.append((a, b))
            i = end

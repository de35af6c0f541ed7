"""Quote forms beside «X گفت: …» and the cue-verb clause: «…» quotes, «به گفته X، …» openers (in
``quote_openers``), quotes inside a quote (in ``quote_nested_forms``) and participial cues («X با بیان اینکه
…، …»). A mixin of ``quotes.Context``, which supplies the document view and the ``add``/``speaker_for`` steps
these methods call.
"""

from __future__ import annotations

from bisect import bisect_left

from khabar.stages.cues import ADVERBS, Cue, find_cues, nominal_cue_table
from khabar.stages.event_tables import AFTER_BE_ONLY
from khabar.stages.phrases import PhraseTable, phrase_list
from khabar.stages.quote_direct import Regions
from khabar.stages.quote_nested_forms import NestedQuotes
from khabar.stages.quote_openers import Openers
from khabar.stages.quote_text import has_words, relative_clause_end
from khabar.stages.salience import MAX_CLAUSE, Ref, Sentences, subject
from khabar.stages.tokens import Words
from khabar.text.chars import CLAUSE_PUNCT

# Nouns for what someone said, before «مبنی بر اینکه …» (compact keys; «اظهاراتی» with its «ی»)
SAYING_NOUNS = frozenset({"اظهارات", "اظهاراتی", "ادعا", "ادعای", "ادعاهای", "سخنان", "گفتههای", "بیانیه",
                          "بیانیهای"})
CLAIM_REACH = 8  # how far before «مبنی بر» the noun for what was said may stand, in tokens
# «بر» written together with the word after it, and that word («با تاکید براینکه …»)
GLUED_BAR = {"براینکه": "اینکه", "براین": "این"}
# «از سوی/طرف/جانب X»: «از» that names who acts, not the content of a nominal cue
AGENT_NOUNS = frozenset({"سوی", "طرف", "جانب"})
# «X به تمجید از Y پرداخت»: a nominal cue opened by «به» is closed by the light verb «پرداختن» in any tense
# (event_tables.AFTER_BE_ONLY, after an optional «می»); the noun «پردازش» (processing) is none. The verb ends its
# clause: before a stop, a comma or «و» (or tagged a verb), unlike the noun «پرداخت پاداش» (paying a bonus).
NOT_PAID = ("پردازش",)
CLAUSE_ENDS = CLAUSE_PUNCT


def speech_frames() -> PhraseTable[bool]:
    return phrase_list("speech_frames.txt")


class QuoteForms(Openers, NestedQuotes):
    w: Words
    sents: Sentences
    at: dict[int, list[Ref]]
    owner: dict[int, str]
    speakers: list[Ref]
    quoted: Regions
    last: Ref | None
    found: list[tuple[int, int, tuple[int, int], str, Ref | None]]
    contents: list[tuple[int, int]]
    verbs: list[bool]

    def add(self, a: int, b: int, cue: tuple[int, int], kind: str, ref: Ref | None) -> bool:
        raise NotImplementedError

    def contents_from(self, lo: int) -> list[tuple[int, int]]:
        """The indirect contents found so far that start at or after token ``lo``. They are appended
        sentence by sentence, so the scan goes back from the newest and stops well before ``lo``
        (every cue scanning them all made long articles quadratic)."""
        out = []
        for a, b in reversed(self.contents):
            if b < lo - MAX_CLAUSE:
                break
            if a >= lo:
                out.append((a, b))
        return out

    def speaker_for(self, lo: int, cue_at: int) -> Ref | None:
        raise NotImplementedError

    def indirect(self, lo: int, hi: int) -> None:
        raise NotImplementedError

    def guillemet_paragraph(self, p0: int, p1: int) -> list[tuple[int, int]]:
        """«وی گفت «… . …»»: a cue right before «…» (no colon) that runs over several sentences."""
        w, covered = self.w, []
        for cue in find_cues(w, p0, p1):
            k = cue.end  # «گفت: «…»» is a colon quote (see direct)
            if k >= p1 or w.texts[k] != "«":
                continue
            close = next((j for j in range(k + 1, p1) if w.texts[j] in {"»", "«"}), None)
            if close is None or w.texts[close] != "»" or self.sents.index(close) == self.sents.index(k):
                continue  # one sentence: the sentence rules take it
            lo = max(p0, self.sents.bounds(self.sents.index(cue.start))[0])
            self.add(k + 1, close, (cue.start, cue.end), "direct", self.speaker_for(lo, cue.start))
            covered.append((lo, close + 1))
        return covered

    def nominal(self, lo: int, hi: int) -> None:
        """«X با بیان اینکه …، …»: the content runs from «اینکه» to the next comma."""
        w, table = self.w, nominal_cue_table()
        for i in range(lo, hi):
            hit = table.match(w.keys, i)
            if not hit:
                continue
            k = i + hit[0]
            if k + 1 < hi and w.keys[k] == "بر" and GLUED_BAR.get(w.keys[k + 1], w.keys[k + 1]) in {"اینکه", "این"}:
                k += 1  # «با تصریح بر اینکه …»
            if k < hi and w.keys[k] in GLUED_BAR:
                k += w.keys[k] == "براین"  # «با تاکید براینکه …», «براین نکته که …»: «بر» glued to what follows
            while k < hi and w.keys[k] in {"این", "مطلب", "موضوع", "نکته"}:
                k += 1
            clause = k < hi and GLUED_BAR.get(w.keys[k], w.keys[k]) in {"اینکه", "که"}
            if clause or (hit[1][1] and k == i + hit[0] and w.keys[k - 1] in {"بر", "از"} and not (
                    k < hi and w.keys[k] in AGENT_NOUNS)):  # «با استقبال از سوی مردم روبرو شد»: no content
                start = k + 1 if clause else k - 1
                stop = min(hi, start + MAX_CLAUSE)
                # a comma inside a list («قیمت‌های برق، آب و گاز»: one or two words, then «و») ends nothing
                commas = [j for j in range(start, stop) if w.texts[j] in {"،", ","} and not _in_list(w, j, stop)]
                # «با بیان اینکه A، B، افزود»: the content may hold commas; it ends at the last
                # comma before the main cue, else at the first comma
                main = next(iter(find_cues(w, start, stop)), None)
                at_hi = find_cues(w, hi, min(len(w), hi + 3))
                if main is None and at_hi and at_hi[0].start == hi:
                    main = at_hi[0]  # called for the clause before «…، افزود:»
                before_main = [j for j in commas if main is not None and j < main.start]
                end = before_main[-1] if before_main else commas[0] if commas else main.start if main else stop
                if not clause and main is not None and main.end < len(w) and w.texts[main.end] == ":" and (
                        w.texts[main.start - 1] not in {"،", ","}):
                    end = main.start  # «با تأکید بر همکاری A، B، C و D تصریح کرد:»: a noun phrase's commas list items
                # a Persian clause ends with its verb: «… با نشاط، لبخند، شور و شعور … حاضر شده‌اند تاکید
                # کرد» goes on past commas that follow no verb (where the tagger has told the verbs)
                verb_ends = [j for j in [*commas, *([main.start] if main else [])] if self.verbs[j - 1]]
                if verb_ends:
                    before_main = [j for j in verb_ends if main is not None and j <= main.start]
                    end = before_main[-1] if before_main else verb_ends[0]
                if w.keys[i] == "به":  # «به تمجید از Y، Z پرداخت»: Y and Z up to the light verb; without it, no cue
                    if (paid := next((j for j in range(start, stop) if self.light_paid(j, hi)), None)) is None:
                        continue
                    end = paid
                self.add(start, end, (i, i + 2 if hit[0] > 1 else i + 1), "indirect", self.speaker_for(lo, i))
                self.contents.append((start, end))

    def light_paid(self, j: int, hi: int) -> bool:
        """Token j is the light verb «پرداخت/می‌پردازد» that closes «به تمجید از Y …», not the noun «پرداخت»."""
        w = self.w
        key = w.keys[j].removeprefix("می")
        if not key.startswith(AFTER_BE_ONLY) or key.startswith(NOT_PAID):
            return False
        return self.verbs[j] or j + 1 >= hi or w.texts[j + 1] in CLAUSE_ENDS or w.keys[j + 1] == "و"

    def claims(self, lo: int, hi: int) -> None:
        """«اظهارات X مبنی بر اینکه …»: what X is reported to have said; the speaker is the noun's genitive
        (nobody known when it names no one: «اظهارات مقام‌های ایرانی»), the content runs to the next comma."""
        w = self.w
        for k in range(lo, hi - 2):
            if not (w.keys[k] == "مبنی" and w.keys[k + 1] == "بر" and w.keys[k + 2] in {"اینکه", "این"}):
                continue
            noun = next((c for c in range(k - 1, max(lo, k - CLAIM_REACH) - 1, -1) if w.keys[c] in SAYING_NOUNS), None)
            if noun is None:
                continue
            start = k + 3 + (w.keys[k + 2] == "این" and k + 3 < hi and w.keys[k + 3] == "که")
            end = next((j for j in range(start, min(hi, start + MAX_CLAUSE)) if w.texts[j] in {"،", ","}), None)
            if end is None:
                continue  # «اظهارات X مبنی بر اینکه … را نادرست خواند»: without a comma the clause's end is unsure
            ref = next(iter(self.at.get(noun + 1, [])), None)
            if ref is None and noun > lo and w.keys[noun - 1] == "در":
                ref = subject(w, self.speakers, lo, noun - 1, self.quoted)  # «X در اظهاراتی مبنی بر …»
            if self.add(start, end, (noun, noun + 1), "indirect", ref):
                self.contents.append((start, end))

    def guillemets(self, lo: int, hi: int, cues: list[Cue]) -> set[int]:
        """«…» of 4+ words with a cue in the same sentence: direct quotes. Returns the cues used."""
        w, used = self.w, set()
        starts = [c.start for c in cues]
        open_at = None
        for k in range(lo, hi):
            if w.texts[k] == "«":
                open_at = k
            elif w.texts[k] == "»" and open_at is not None:
                inner = (open_at + 1, k)
                i = bisect_left(starts, k)
                cue = cues[i] if i < len(cues) else None
                if cue is None:
                    j = bisect_left(starts, open_at) - 1
                    while j >= 0 and cues[j].end > open_at:
                        j -= 1
                    # a cue before the «…» introduces it («گفت: «…»», «گفت که «…»»); further
                    # back the «…» is a phrase inside an indirect quote's content
                    cue = cues[j] if j >= 0 and open_at - cues[j].end <= 2 else None
                if cue is not None and has_words(w, *inner, 6) and cue.start not in used:
                    side = (k + 1, cue.start) if cue.start > k else (lo, cue.start)
                    ref = self.speaker_for(*side)
                    if self.add(inner[0], inner[1], (cue.start, cue.end), "direct", ref):
                        used.add(cue.start)
                open_at = None
        return used

    def skip_frame(self, k: int, end: int, ref: Ref | None) -> int:
        """Skip what stands between a speaker and the content: adverbs, the speaker's apposed role,
        scene phrases («در گفت‌وگو با خبرنگار ما») and the place or outlet they name."""
        w, frames = self.w, speech_frames()
        who = self.owner.get(ref.start) if ref is not None else None
        if ref is not None and k == ref.end:
            k = relative_clause_end(w, k, end)  # «X که … حاضر بود، …»: what the clause says of X is no content
        while k < end:
            if w.keys[k] in ADVERBS:
                k += 1
                continue
            same = next((r for r in self.at.get(k, []) if who and self.owner.get(r.start) == who), None)
            if same is not None:
                k = same.end
                continue
            hit = frames.match(w.keys, k)
            if hit and k + hit[0] < end:
                k += hit[0]
                named = next((r for r in self.at.get(k, []) if r.label == "ORG"), None)
                k = named.end if named is not None else k
                continue
            if w.keys[k] == "در":  # «در مجلس شورای اسلامی»: a place or body named after the speaker
                named = next((r for r in self.at.get(k + 1, []) if r.label == "ORG"), None)
                if named is not None and named.end < end:
                    k = named.end
                    continue
            break
        return k


def _in_list(w: Words, j: int, stop: int) -> bool:
    """Whether the comma at ``j`` separates items of a list: one or two plain words, then «و» and a word."""
    for n in (2, 3):
        k = j + n
        if k + 1 < stop and w.keys[k] == "و" and all(w.keys[x] and not _punct(w, x) for x in range(j + 1, k)) and (
                w.keys[k + 1] and not _punct(w, k + 1)):
            return True
    return False


def _punct(w: Words, k: int) -> bool:
    return not any(ch.isalnum() for ch in w.texts[k])


"""Speaker candidates for quotes, and who speaks in a relayed statement: «رویترز به نقل از X گفت: …» is X's quote, not the outlet's.

The guide (docs/annotation.md, «Relayed speech») makes the source after «به نقل از» the
speaker; when no known entity follows (unnamed officials), the speaker is unknown.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from khabar.stages.coref_anaphors import MEDIA_WORDS
from khabar.stages.coref_output import text_spans
from khabar.stages.cues import ADVERBS, Cue, plural_cues
from khabar.stages.phrases import compact, load_tables
from khabar.stages.quote_direct import Regions
from khabar.stages.salience import Ref, Sentences, attribution, reported_by, subject
from khabar.stages.tokenizer import token_at_char
from khabar.stages.tokens import Words

SPEAKER_LABELS = {"PER", "ORG", "LOC"}  # a country speaks too («هند … را متهم کرد»)
RELAY = tuple(compact(w) for w in ("به", "نقل", "از"))
REPORTED = tuple(compact(w) for w in ("به", "گزارش"))
THIS_REPORT = tuple(compact(w) for w in ("این", "گزارش"))
# How far after «به گزارش» its «به نقل از Y» may stand («به گزارش خبرگزاری فارس از تهران و به نقل از Y»)
RELAY_REACH = 12
# («… به نقل از یک منبع آگاه افزود»): the quote has a speaker, but no entity
NO_SPEAKER = None
# The most tokens of a mention that ends before the «که» of a relative clause («سخن [رهبر معظم انقلاب] که …»)
MAX_ANTECEDENT = 12


def antecedent(w: Words, refs: list[Ref], lo: int, cue_at: int, quoted: Regions) -> Ref | None:
    """«به تعبیر ایشان که فرمودند …», «سخن رهبری که فرمودند …»: a cue right after «که» has no subject of its
    own; the mention the relative clause hangs on (ending right before «که», in [lo, cue_at)) said it.
    ``refs`` are sorted by start; of nested mentions ending there, the longest."""
    k = cue_at - 1
    if k <= lo or w.keys[k] != "که":
        return None
    near = refs[bisect_left(refs, max(lo, k - MAX_ANTECEDENT), key=lambda r: r.start):bisect_left(refs, k, key=lambda r: r.start)]
    return next((r for r in near if r.end == k and r.kind != "agency" and not quoted.covers(r.start)
                 and not attribution(w, r)), None)


def pronoun_subject(w: Words, lo: int, cue_at: int) -> bool:
    """Whether the clause [lo, cue_at) opens, after adverbs, with a pronoun for one person («وی», «او»,
    «ایشان»: ``data/pronouns.tsv``)."""
    k = next((k for k in range(lo, cue_at) if w.keys[k] and w.keys[k] not in ADVERBS), cue_at)
    return k < cue_at and bool(load_tables().pronouns.match(w.keys, k, limit=cue_at - k))


def relay_at(w: Words, lo: int, hi: int) -> int | None:
    """The token after «به نقل از» in [lo, hi), if there is one."""
    for k in range(lo, hi - len(RELAY) + 1):
        if tuple(w.keys[k:k + len(RELAY)]) == RELAY:
            return k + len(RELAY)
    return None


def report_source(w: Words, at: dict[int, list[Ref]]) -> Ref | None:
    """Y of the article's first attribution «به گزارش X به نقل از Y، …»: whose report the agency relays.
    None where the agency reports on its own («به گزارش خبرگزاری فارس از ری، …») or Y is no known entity."""
    start = next((k for k in range(len(w) - 1) if tuple(w.keys[k:k + 2]) == REPORTED), None)
    if start is None:
        return None
    stop = next((k for k in range(start, min(len(w), start + RELAY_REACH)) if w.texts[k] in {"،", ",", ":", "."}),
                min(len(w), start + RELAY_REACH))
    k = relay_at(w, start, stop)
    # the first entity named after «به نقل از» («به نقل از آمارنامه انرژی شرکت X»: the document's issuer)
    return next((at[j][0] for j in range(k, stop) if j in at), None) if k is not None else None


def report_named_before(w: Words, at: dict[int, list[Ref]], tok: int) -> Ref | None:
    """X of the nearest «به گزارش X» (or another attribution opener: «بنا بر گزارش X», «بر اساس گزارش
    X», data/attribution_openers.txt) before token ``tok`` that names a known entity other than the agency
    (the agency's mentions are no speakers, so «به گزارش فارس» is passed over): whose report «این گزارش»
    is. A kind of outlet may stand before the name («بنا بر گزارش نشریه [X]»)."""
    for k in range(tok - 1, 0, -1):
        if w.keys[k] != REPORTED[1] or not reported_by(w, k):
            continue
        j = k + 2 if k + 2 < len(w) and w.keys[k + 1] in MEDIA_WORDS else k + 1
        if ref := next(iter(at.get(k + 1, []) or at.get(j, [])), None):
            return ref
    return None


def names_this_report(w: Words, lo: int, hi: int) -> bool:
    """«(در) این گزارش» in tokens [lo, hi): a cue of the report itself («در این گزارش آمده است، …»,
    «این گزارش می‌افزاید …»), which speaks for the source the report is relayed from."""
    return any(tuple(w.keys[k:k + 2]) == THIS_REPORT for k in range(lo, hi - 1))


def relayed_speaker(w: Words, at: dict[int, list[Ref]], ref: Ref | None, cue_at: int) -> tuple[bool, Ref | None]:
    """(whether the clause relays someone, the source it relays) for a subject ``ref``
    whose cue starts at ``cue_at``."""
    if ref is None or ref.end >= cue_at:
        return False, ref
    k = relay_at(w, ref.end, cue_at)
    if k is None:
        return False, ref
    # past an indefinite «یک»/«یکی از» before a role the tables know («به نقل از یک [کارشناس نظامی]»)
    j = k + 2 if w.keys[k:k + 2] == ["یکی", "از"] else k + 1 if k < len(w) and w.keys[k] == "یک" else k
    source = next(iter(at.get(k, []) or at.get(j, [])), None)
    return True, source if source is not None else NO_SPEAKER


def relayed_agency(doc: Doc, start: int) -> bool:
    """Whether the agency span starting at token ``start`` follows «به نقل از» (past a media word)."""
    k = start - 1 if start > 0 and compact(doc[start - 1].text) in MEDIA_WORDS else start
    return k >= len(RELAY) and tuple(compact(t.text) for t in doc[k - len(RELAY):k]) == RELAY


def entity_refs(doc: Doc) -> tuple[list[Ref], dict[int, str]]:
    """Mentions (token offsets) and the entity id of each, by mention start token."""
    char_to_tok = token_at_char(doc)
    refs, owner = [], {}
    # the reporting agency: not a source relayed «به نقل از X» that the structure took for it where no known
    # agency follows «به گزارش» («به گزارش گروه اقتصاد فارس به نقل از رویترز»): X speaks for itself elsewhere
    # («رویترز اعلام کرد: …»; its mention after «به نقل از» is an attribution, see salience.attribution)
    agency = [(s.start_char, s.end_char) for s in doc.spans.get("structure", [])
              if s.label_ == "AGENCY" and not relayed_agency(doc, s.start)]
    for e in doc._.entities or []:
        if e["label"] not in SPEAKER_LABELS:
            continue
        # every mention of the agency («خبرگزاری فارس», «فارس») is the agency
        is_agency = any(s <= a and b <= end for s, end in e["mentions"] for a, b in agency)
        for s, end in text_spans(e):  # «کشورمان … اعلام کرد»: the home country speaks
            tok = char_to_tok.get(s)
            if tok is None:
                continue
            end_tok = doc.char_span(s, end, alignment_mode="expand")
            kind = "agency" if is_agency else "mention"
            refs.append(Ref(tok, end_tok.end if end_tok is not None else tok + 1, kind, e["label"], 0))
            owner[tok] = e["id"]
    refs.sort(key=lambda r: (r.start, -r.end))
    return refs, owner


def this_report(w: Words, at: dict[int, list[Ref]], source: Ref | None, lo: int, hi: int,
                issuer: Ref | None = None) -> Ref | None:
    """Whose report «(در) این گزارش» in tokens [lo, hi) is: the article's relayed ``source``, else the
    nearest «به گزارش Y» («در این گزارش آمده است: …», «این گزارش می‌افزاید …» are Y's words), else the
    ``issuer`` who last spoke «در گزارشی» («X در گزارشی مدعی شده که …؛ به ادعای این گزارش، …»)."""
    if not names_this_report(w, lo, hi):
        return None
    return source or report_named_before(w, at, lo) or issuer


# What joins the members of a list of subjects («A، B و C»)
LIST_JOINERS = frozenset({"و", "،", ","})


def one_of_many(w: Words, speakers: list[Ref], owner: dict[int, str], offices: set[str], ref: Ref,
                cue: tuple[int, int]) -> bool:
    """«A، B و C … تاکید کردند», «مردم X، Y و Z اظهار کردند»: a plural cue whose subject found stands in a
    list, closed by «و», of other entities right beside it; the many speak, no one of them. Not a list:
    - offices (``offices``: entity ids named only by a role) after a name: they are apposed to it, and the
      plural is an honorific («آیت‌الله X، امام جمعه Y و عضو Z تاکید کردند»);
    - what stands before the subject past a comma («در سفر به روسیه و چین، X …», «به گزارش فارس از تبریز و
      اردبیل، X …»): the list is walked back only from a last member, after «و»;
    - an agency, or a source «به نقل از Y»."""
    if "".join(w.keys[cue[0]:cue[1]]) not in plural_cues():
        return False
    me = owner.get(ref.start)
    starts = {r.start: r for r in reversed(speakers)}  # the longest mention at a start
    ends = {r.end: r for r in reversed(speakers)}

    def member(r: Ref | None) -> bool:
        return r is not None and owner.get(r.start) != me and r.kind != "agency" and not attribution(w, r)

    def joiner(k: int) -> str | None:
        return (w.keys[k] or w.texts[k]) if 0 <= k < cue[0] and (w.keys[k] or w.texts[k]) in LIST_JOINERS else None
    listed, closed = [ref], False
    k = ref.end  # the members after it
    while (j := joiner(k)) and member(nxt := starts.get(k + 1)) and nxt is not None and nxt.end <= cue[0]:
        listed, closed, k = [*listed, nxt], closed or j == "و", nxt.end
    closed = closed or joiner(k) == "و"  # «A، B و جمعی از مسئولان»: «و» closes it before a last unnamed member
    k = ref.start - 1  # ... and before it, when it is the last member
    while joiner(ref.start - 1) == "و" and (j := joiner(k)) and member(prev := ends.get(k)) and prev is not None:
        listed, closed, k = [prev, *listed], closed or j == "و", prev.start - 1
    # an office after a name in the list is apposed to it; one before any name is a member of its own
    # («وزیر کشور و محمد کریمی … کردند»)
    named = [owner.get(r.start) not in offices for r in listed]
    members = [r for n, r in enumerate(listed) if named[n] or r.label != "PER" or not any(named[:n])]
    return len(members) > 1 and closed


def named_last(w: Words, persons: list[Ref], sents: Sentences, lo: int, cue_at: int) -> Ref | None:
    """The person named last before ``lo`` in the cue's sentence or the one before it, quoted ones too
    («در این گزارش آمده است: «اظهارات X …» وی … اعلام کرد»: «وی» is X); of «X، رئیس Y» the name the office
    is apposed to. ``persons`` sorted by start."""
    a = sents.bounds(max(0, sents.index(cue_at) - 1))[0]
    near = [r for r in persons if a <= r.start < lo]
    if len(near) > 1 and near[-2].end + 1 == near[-1].start and w.texts[near[-2].end] in {"،", ","}:
        return near[-2]
    return near[-1] if near else None


def most_quoted(found: list[tuple[int, int, tuple[int, int], str, Ref | None]], owner: dict[int, str]) -> Ref | None:
    """The person whose words the article has told most so far (an interview's guest), at their latest
    mention: who «I» is at a first-person cue outside any direct quote."""
    counts: dict[str | None, int] = {}
    latest: dict[str | None, Ref] = {}
    for *_, ref in found:
        if ref is not None and ref.label == "PER":
            who = owner.get(ref.start)
            counts[who] = counts.get(who, 0) + 1
            latest[who] = ref
    return latest[max(counts, key=lambda k: counts[k])] if counts else None


def issuer_speaks(w: Words, speakers: list[Ref], owner: dict[int, str], quoted: Regions, issuer: Ref | None,
                  p0: int, cues: list[Cue]) -> bool:
    """Whether the subject of a paragraph's first colon cue is the issuer of the text published in full before
    it («استاندار … همچنین … اظهار کرد: …» after «متن پیام استاندار به شرح زیر است:»): the report has taken up
    again; someone the text itself quotes («امام فرمودند: …») has not."""
    if issuer is None or not cues:
        return False
    ref = subject(w, speakers, p0, cues[0].start, quoted)
    return ref is not None and owner.get(ref.start) == owner.get(issuer.start)

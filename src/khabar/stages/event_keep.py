"""Which merged events stand: the parties each kind of act needs, and news media as sources, not actors.

An act with nobody doing it, or a verbal act aimed at no one, is a topic or a fragment, and an analyst would
rather not see it; arrests told in the passive with no party named are the exception the guide makes.
"""

from __future__ import annotations

from khabar.stages.event_types import Candidate

# Verbal and material acts need someone they are done to; without one, a sentence such as
# «X از مواضع خود حمایت کرد» or «توافق کردند» is a statement, not a coded event.
TARGET_REQUIRED = frozenset({"SUPPORT", "AGREE", "ASSAULT", "RETREAT", "ACCUSE", "THREATEN", "SANCTION", "REJECT",
                             "COERCE", "AID", "COOPERATE"})


# «X قول داد که …»: a promise is an agreement even when no one it is made to is named (the guide reads «قول … داد»
# as AGREE; session 30 evrare).
TARGETLESS_FRAMES = frozenset({"promise"})


# Arrests, confiscations and attacks whose doer is named are happenings even when those they hit are not
# («پلیس ۳۳ نفر را دستگیر کرد», «کشف ۲۰ قبضه سلاح توسط پلیس X», «نیروهای امنیتی به تظاهرات … حمله کردند»;
# as a noun, only aimed with «به»: «سالروز حمله X به مسجد …», not «حمله X را محکوم کرد», or told with its dead:
# «حملات جنگنده‌های سعودی ۵ کشته برجای گذاشت», its doer the state of event_demonym).
# («ضبط» is also «to record»: a seizure needs its object named).
UNNAMED_TARGETS = frozenset({("COERCE", "arrest"), ("COERCE", "confiscate"), ("ASSAULT", None)})
# Acts whose doer news often leaves unnamed («X هدف حمله قرار گرفت», «تظاهرات علیه X»); any other
# event with nobody doing it is a topic or a fragment, and an analyst would rather not see it.
ACTOR_OPTIONAL = frozenset({"ASSAULT", "PROTEST", "THREATEN"})
# Praise, criticism and arrests told in the passive («از X تجلیل شد», «X مورد انتقاد قرار گرفت») still say whom
# they concern; a passive dispatch («تیم پزشکی اعزام شد») is no mobilization of anyone's.
PASSIVE_NO_ACTOR = frozenset({"SUPPORT", "ACCUSE", "COERCE"})  # and «X دستگیر شد»: X was arrested
# «۱۵ نفر … دستگیر شدند», «… کشف و ضبط شد»: an arrest or a confiscation told in the passive is a happening
# even when neither the police nor those it hit are named (the guide's reading since session 10); other
# acts need a party («ضبط شد» alone is as often a recording).
PARTYLESS = frozenset({("COERCE", "arrest"), ("COERCE", "confiscate")})
# «دستگیری/بازداشت X»: the noun of an arrest, like its passive, names the arrested and leaves the doer unsaid
# (the guide codes such nouns with `actors: []`); only when the one arrested is named. The noun retold by the
# passive («دستگیری X» in the title, «X … دستگیر شدند» in the lead) is still one arrest with no doer.
NOUN_NO_ACTOR = frozenset({("COERCE", "arrest")})


def retold_partyless(prev: Candidate, new: Candidate) -> bool:
    """A partyless arrest told with the same verb in the very next sentence (the title's arrest in the
    lead, a figure and its detail) is the one arrest retold; further apart, two reports."""
    return partyless(prev) and new.sentence - prev.sentence == 1 and prev.trigger == new.trigger and (
        prev.mode == new.mode) and (prev.place is None or new.place is None or prev.place == new.place)


def partyless(e: Candidate) -> bool:
    """An arrest told in the passive with no party named: kept, and never merged into another («… دستگیر
    شدند» twice in a police report are two arrests)."""
    return not e.actors and not e.targets and (
        (e.passive and e.verbal and (e.type, e.mode) in PARTYLESS) or e.toll)  # or an attack told with its dead


# Types whose target may be a medium: one can deny or accuse what a newspaper wrote.
MEDIA_TARGETS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN"})


def drop_sources(events: list[Candidate], media: set[str]) -> list[Candidate]:
    """A news medium is a source, not an actor («به نقل از خبرگزاری X»), and an interview with it
    («در گفت‌وگو با روزنامه X») is no meeting. Then drop events left without the parties they need."""
    out = []
    for e in events:
        e.actors = [a for a in e.actors if a not in media]
        if e.frame == "tour" and e.verbal:
            pass  # «X از دفتر خبرگزاری Y بازدید کرد»: a medium's office is a place one visits
        elif e.type == "CONSULT" and e.targets and all(t in media for t in e.targets):
            continue  # «در تماس تلفنی با روزنامه X گفت»: an interview
        elif e.type not in MEDIA_TARGETS:
            e.targets = [t for t in e.targets if t not in media]  # «به گزارش خبرگزاری X» is no target
        if partyless(e):
            out.append(e)
            continue
        if not (e.actors or e.targets):
            continue
        if e.type in TARGET_REQUIRED and not e.targets and e.frame not in TARGETLESS_FRAMES and not (
                (e.type, e.mode) in UNNAMED_TARGETS and e.actors and (e.verbal or e.aimed or e.toll)):
            continue  # a denial of a report with no party named («خبر … را تکذیب کرد») is a statement (session 21)
        if not e.actors and e.type not in ACTOR_OPTIONAL and not (e.passive and e.type in PASSIVE_NO_ACTOR) and not (
                e.unnamed_doer and e.targets) and not (e.targets and (e.type, e.mode) in NOUN_NO_ACTOR):
            continue
        if e.frame in ("trip", "tour") and not e.targets and e.actors and e.destined:
            pass  # «X در سفر به منطقه …», «X از بخش‌های فرودگاه بازدید کرد»: a trip to somewhere no entity names
        elif (e.frame in ("trip", "tour", "host", "refrain", "concede") or e.mode == "phone") and not e.targets:
            continue  # «آسیبی وارد شود»: a visit goes somewhere (and a host is named), a call has someone at the other end,
            # «از صعود خودداری کنند» refuses no one, and «به خاطر … عذرخواهی کرد» apologizes to no one named
        out.append(e)
    return out

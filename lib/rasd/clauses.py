"""Reporting clauses of one sentence: the reporting words, their speakers and contents.

:func:`read_sentence` turns the reporting words of one body sentence (read once per article by
:class:`SentenceReader`) into :class:`Act` objects: who speaks, where the content starts, whether
it is quoted, when it was said and to which outlet.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.accused import addressed_object, object_continues, object_first
from rasd.background_acts import continued_group
from rasd.bare_participles import nested_quotative, participle_stands
from rasd.conjoined_verbs import conjoined_subject
from rasd.contents import finish_acts
from rasd.coref import Discourse, agrees
from rasd.datives import dative_subject
from rasd.doc import DocSentence
from rasd.echo_acts import RESUMPTIVE, is_echo, read_echo
from rasd.host_subjects import host_subject
from rasd.issued_in import issuer_of_noun
from rasd.joined_acts import joined_speaker
from rasd.lead_sources import lead_stop
from rasd.own_reports import own_report, restates_speaker
from rasd.phrases import parse_speaker, read_statement_phrase
from rasd.positions import (
    fronted_from_start,
    fronted_subject,
    implicit_subject,
    is_blocked,
    issuer_before,
    main_subject,
    named_speakers,
    opens_content,
    pronoun_gender,
    skip_bare_time,
    skip_channel,
    skip_time,
    subjectless_ok,
    verb_position,
    verb_start,
)
from rasd.relative_verbs import statement_antecedent, subject_after_verb
from rasd.relays import attributed_source, quoted_relayer, source_relative
from rasd.speakers import Cx, Phrase, Speaker, lex
from rasd.triggers import SentenceReader, Trigger, find_triggers, fused_verb, relative_verb_at
from rasd.zones import Zone, content_checks, scan_zone

__all__ = ["Act", "read_sentence"]


@dataclass
class Act:
    """One reporting act: a trigger, its speakers and what the row will say."""

    sent: DocSentence
    trig: Trigger
    speakers: list[Speaker]
    zone: Zone
    nested: bool = False
    relay: bool = False
    backref: bool = False
    zone_lo: int = 0
    kind: str = ""
    quote: str = ""
    date: str = ""
    open_quote_from: int | None = None

    @property
    def lemma(self) -> str:
        """Lemma of the reporting word."""
        return self.trig.lemma

    @property
    def vstart(self) -> int:
        """Normalised start of the verb."""
        return self.trig.vstart

    @property
    def vend(self) -> int:
        """Normalised end of the verb."""
        return self.trig.vend

    @property
    def outlet(self) -> str:
        """Outlet the statement was made to."""
        return self.zone.outlet


def read_sentence(
    reader: SentenceReader, sent: DocSentence, disc: Discourse, continued: bool = False
) -> list[Act]:
    """The reporting acts of one body sentence, their speakers resolved.

    Args:
        reader: The article's reader.
        sent: A body sentence.
        disc: What the narrative said before (updated with this sentence's speakers).
        continued: The sentence ends a quotation opened in the previous paragraph.
    """
    cx = reader.cx(sent, reader.carried.get(sent.start))
    trigs = find_triggers(cx)
    subject, subject_end = main_subject(cx, disc)
    ends = {subject_end: subject} if subject else {}
    acts: list[Act] = []
    consumed = cx.lo - 1
    for t in trigs:
        aside = t.hint == "attribution" and any(t.first in act.zone.asides for act in acts)
        if (t.first <= consumed and not aside) or t.first in cx.quoted or is_blocked(cx, t):
            continue
        if is_echo(cx, t):  # "وهو ما أقرّ به البنتاغون"
            echo = read_echo(cx, t, disc, subject)
            act = Act(sent, t, *echo) if echo else None
        elif t.hint == "attribution":
            act = _attribution(cx, fused_verb(t, trigs, cx), sent, acts, subject, disc)
        elif t.hint == "participle":
            act = _participle(cx, t, sent, acts, subject, disc)
        else:
            act = _verb(cx, t, sent, acts, subject, disc, ends)
        if act is None or not (is_echo(cx, t) or content_checks(cx, act)):
            continue
        ends[act.zone.start] = act.speakers
        consumed = max(consumed, lead_stop(cx, trigs, act) - 1)
        acts.append(act)
        disc.note(act.speakers)
    kept = finish_acts(cx, sent, acts, continued)
    reader.remember([sp for act in kept for sp in act.speakers])
    # "وبحسب المسؤول، فإن …" with no reporting verb of its own: the source speaks the sentence.
    sole = not any(not act.nested and act.trig.hint != "attribution" for act in kept)
    for act in kept:
        if not act.nested and act.trig.hint != "attribution":
            disc.said(act.speakers)
        elif act.trig.hint == "attribution" and not act.backref:
            disc.attributed(act.speakers, act.vstart)
            if sole and not act.nested:
                disc.said(act.speakers)
    return kept


def _current_subject(acts: list[Act], subject: list[Speaker]) -> list[Speaker]:
    for act in reversed(acts):
        if not act.nested and not act.backref and act.trig.hint != "attribution":
            return act.speakers
    return subject


def _resolve_all(
    disc: Discourse, speakers: list[Speaker], gender: str, subject: list[Speaker]
) -> tuple[list[Speaker], bool]:
    out, ok = [], True
    for s in speakers:
        r, found = disc.resolve(s, subject)
        ok = ok and found
        if r.anaphor == "statement":
            continue
        out.append(r.with_gender(gender if gender in ("m", "f") and len(speakers) == 1 else ""))
    return out, ok


def _continuation(
    cx: Cx, disc: Discourse, t: Trigger, acts: list[Act], subject: list[Speaker], gender: str
) -> list[Speaker]:
    """Speakers of a verb with no subject: the sentence's subject, else the last speaker.

    When the sentence's subject does not agree with the verb, the subject of the content
    of an earlier act of the sentence may (``أفادت الوكالة بأن البنتاغون امتنع …، وقال``).
    """
    nested = [sp for a in acts[-1:] if a.nested for sp in a.speakers[:1] if sp.gender == gender]
    here = _current_subject(acts, subject) or nested  # "يذكر أن المتحدثة … قالت …، وأكدت"
    if here and (
        gender in ("p", "d")
        and (len(here) > 1 or here[0].gender == gender)
        or len(here) == 1
        and agrees(gender, here[0])
    ):
        return here
    if here and gender in ("m", "f") and (inner := _content_subject(cx, disc, acts, t, gender)):
        return inner
    return continued_group(cx, disc, t, gender) or disc.last_group(gender, t.vstart)


def _content_subject(
    cx: Cx, disc: Discourse, acts: list[Act], t: Trigger, gender: str
) -> list[Speaker]:
    """The subject right after the opener of an earlier act of the sentence, if it agrees."""
    for act in reversed(acts):
        if not act.zone.opener or act.zone.stop + 1 >= t.first:
            continue
        ph = parse_speaker(cx, act.zone.stop + 1, names=False)
        if ph is None or ph.hi >= t.first or len(ph.speakers) != 1:
            continue
        sp, _ = disc.resolve(ph.speakers[0])
        if sp.stype != "anonymous" and not sp.anaphor and sp.gender == gender:
            return [sp]
    return []


def _verb(
    cx: Cx,
    t: Trigger,
    sent: DocSentence,
    acts: list[Act],
    subject: list[Speaker],
    disc: Discourse,
    ends: dict[int, list[Speaker]],
) -> Act | None:
    pos, s = verb_position(cx, t)
    speakers: list[Speaker] | None = None
    cont: list[Speaker] | None = None
    nested = False
    after = t.last + 1
    g = t.gender
    if acts and (src := source_relative(cx, t, acts[-1].zone.start, acts[-1].speakers)):
        speakers, nested = src, True  # "عن مصادر قالت إنها من القاعدة"
    elif (issued := issuer_of_noun(cx, t, subject)) is not None:  # "بيانا أكدت فيه أن"
        speakers, after = issued
    elif (own := subject_after_verb(cx, t, pos)) is not None:  # "أعلنت فيه X", "الذي قالت X إنه"
        (speakers, _), after = _resolve_all(disc, own.speakers, g, subject), own.hi
    elif pos.startswith("pronoun:"):
        speakers = cont = _continuation(cx, disc, t, acts, subject, pos.split(":")[1])
    elif pos.startswith("relative:"):
        rel = s
        speakers = [sp for sp in ends.get(rel, []) if agrees(pos.split(":")[1], sp) or statement_antecedent(cx, rel)]
        speakers = speakers or issuer_before(cx, rel, disc, g)
        nested = True
    elif pos.startswith(("svo:", "nested:")) and (vf := conjoined_subject(cx, t, after)) is not None:
        (speakers, _), after = _resolve_all(disc, vf.speakers, g, subject), vf.hi  # "… وأكد X أن"
    elif pos.startswith(("svo:", "nested:")):
        nested = pos.startswith("nested")
        front = fronted_subject(cx, s, verb_start(cx, t), disc, names=True)
        if front is None:
            speakers = subject if implicit_subject(cx, t) else joined_speaker(cx, t, acts, pos)
            nested = False
            if (
                speakers is None
                and not cx.punct_before(after)
                and not cx.word(t.first - 1).startswith("ال")
            ):
                ph = parse_speaker(cx, after, names=False)
                resumptive = cx.tokens[t.first].end > t.vend
                if (
                    ph is not None
                    and not ph.speakers[0].anaphor
                    and (resumptive or opens_content(cx, ph.hi, t))
                ):
                    speakers, nested, after = ph.speakers, True, ph.hi
            if (
                speakers is None
                and t.prefix == "و"
                and not pos.startswith("nested")
                and subjectless_ok(cx, t)
            ):
                speakers = cont = _continuation(cx, disc, t, acts, subject, g)
        else:
            speakers, ok = _resolve_all(disc, front, g, subject)
            if nested and not ok:
                return None
    elif pos == "initial":
        ph = parse_speaker(cx, after) if not cx.punct_before(after) else None
        fronted_time = skip_time(cx, after) if cx.punct_before(after) else None
        if fronted_time is not None:
            ph = parse_speaker(cx, fronted_time, names=False)
        elif ph is None and (bare_time := skip_bare_time(cx, after)) is not None:
            ph = parse_speaker(cx, bare_time)
        elif ph is None and (channel := skip_channel(cx, after)) is not None:
            ph = parse_speaker(cx, channel)
        elif ph is None and (dative := dative_subject(cx, after)) is not None:
            ph = dative
        elif ph is None and t.lemma == "نقل":
            ph = quoted_relayer(cx, after)
        objected = ph is not None and (object_first(cx, t, ph.hi) or addressed_object(cx, t, ph))
        if objected:
            ph = None
        front = fronted_from_start(cx, t, disc) if ph is None else None  # "X، حمّل Y المسؤولية"
        if front is not None:
            speakers, _ = _resolve_all(disc, front, g, subject)
        elif ph is not None:
            if ph.kind == "subject":  # "وأوضح بيان صادر عنها أن"
                speakers = _own_issuer(cx, disc, acts, subject, ph, t)
            else:
                speakers, _ = _resolve_all(disc, ph.speakers, g, subject)
            after = ph.hi
        elif objected or subjectless_ok(cx, t) or object_continues(cx, t) or (
            _current_subject(acts, subject)
            and cx.punct_before(t.first)
            and cx.word(after).startswith("ال")
        ):
            speakers = cont = _continuation(cx, disc, t, acts, [] if objected else subject, g)
    if not speakers or (speakers is cont and t.lemma in lex().words["need_subject"]):
        return None
    zone = scan_zone(cx, after, t)
    act = Act(sent, t, named_speakers(cx, list(speakers), zone), zone, nested=nested)
    if zone.source is not None:
        act.speakers = [disc.resolve(sp)[0] for sp in zone.source]
    if zone.relay_at is not None and (speakers[0].media or t.lemma == "نقل"):
        act.relay = True
    return act


def _participle(
    cx: Cx, t: Trigger, sent: DocSentence, acts: list[Act], subject: list[Speaker], disc: Discourse
) -> Act | None:
    if not participle_stands(cx, t, [a.trig.hint for a in acts]):
        return None
    if acts and acts[-1].zone.stop == t.first and acts[-1].trig.lemma in lex().words["need_opener"]:
        return None
    finite = [a for a in acts if a.trig.hint == "verb" and not a.nested] + nested_quotative(t, acts)
    if (
        finite
        and lex().has("quotative", t.form)
        and (not cx.punct_before(t.first) or finite[-1].zone.stop == t.first or finite[-1].nested)
    ):  # "وأضاف قائلا:", "وشددت X قائلة": one act; "حذر X من …، قائلا إن" is a second
        finite[-1].zone = scan_zone(cx, t.last + 1, t)
        return None
    here = host_subject(cx, disc, acts, t) or _opening_source(cx, acts, t.gender) or _current_subject(acts, subject)
    speakers = here or disc.last_group(t.gender, t.vstart)
    if not speakers:
        return None
    zone = scan_zone(cx, t.last + 1, t)
    return Act(sent, t, list(speakers), zone, zone_lo=t.first)


def _opening_source(cx: Cx, acts: list[Act], gender: str) -> list[Speaker]:
    """The source of an attribution opening a sentence with no finite act (``ووفقا لـX، فإن …، مبينة``)."""
    if any(a.trig.hint != "attribution" for a in acts):
        return []
    for a in acts:
        if a.trig.first <= cx.lo + 1 and all(sp.stype != "person" or agrees(gender, sp) for sp in a.speakers):
            return a.speakers
    return []


def _own_issuer(
    cx: Cx, disc: Discourse, acts: list[Act], subject: list[Speaker], ph: Phrase, t: Trigger
) -> list[Speaker]:
    """Who issued ``بيان صادر عنها`` / ``بيانات نشرتها``.

    The sentence's subject, else the last speaker or mention the pronoun agrees with.
    """
    gender = pronoun_gender(cx.word(ph.hi - 1))
    return (
        _current_subject(acts, subject)[:1]
        or subject[:1]
        or disc.last_group(gender, t.vstart)[:1]
        or disc.last_mention(gender, t.vstart)
    )


def _source_phrase(cx: Cx, t: Trigger) -> tuple[Phrase | None, str]:
    """The source named after an attribution word, and how it names it."""
    j = t.last + 1
    if t.lemma == "جاء في":
        return read_statement_phrase(cx, t.last), ""
    if t.lemma in ("نقلا عن", "علي لسان"):
        return parse_speaker(cx, j), ""
    k, pref = (j + 1, ("",)) if cx.word(j) == "ل" else (j, ("", "ل"))
    if t.phrase.endswith("ما") or relative_verb_at(cx, k):  # "بحسب ما نقلت", glued "مانقلت"
        k += 1 if cx.word(k) == "ما" else 0
        k += 1 if cx.word(k + 1) in RESUMPTIVE else 0  # "حسب ما أفادت به شبكة …"
        k = (skip_bare_time(cx, k + 1) or k + 1) - 1
        ph = parse_speaker(cx, k + 1, names=False) if k + 1 < cx.hi else None
        ph = ph or dative_subject(cx, k + 1)  # "حسبما ذكر لرويترز مصدران أمنيان"
        q = cx.quote_run(k + 1) if ph is None else None
        if q is not None:
            sp = Speaker(
                cx.text(k + 1, q + 1), "organization", media=True, pos=cx.tokens[k + 1].start
            )
            ph = Phrase([sp], k + 1, q + 1)
        return attributed_source(cx, t.last, ph) or ph, "relay"
    ph = read_statement_phrase(cx, k, pref) or parse_speaker(cx, k, prefixes=pref, names=False)
    return ph, ""


def _attribution(
    cx: Cx, t: Trigger, sent: DocSentence, acts: list[Act], subject: list[Speaker], disc: Discourse
) -> Act | None:
    if t.lemma == "في بيان":
        return None
    ph, how = _source_phrase(cx, t)
    ph = ph or own_report(cx, t, subject, acts)  # "…، وفق ما أعلنته."
    if ph is None:
        return None
    how = how or ph.kind
    if not how and all(sp.media for sp in ph.speakers):
        how = "relay"
    if how == "backref":
        here = [sp for a in acts for sp in a.speakers]
        issuer = [r for r in (disc.resolve(sp)[0] for sp in ph.speakers[:1]) if r.anaphor != "statement"]
        speakers = here[-1:] or issuer or disc.last_group("", t.vstart)[:1]  # "وبحسب البيان"
    elif how == "subject":
        speakers = _own_issuer(cx, disc, acts, subject, ph, t)
    else:
        speakers = [disc.resolve(sp, subject)[0] for sp in ph.speakers]
    if not speakers:
        return None
    zone = scan_zone(cx, ph.hi, t)
    aside = how == "issued" and any(t.first in a.zone.asides for a in acts)  # "قال X، وفق بيان نشرته Y،"
    channel = how == "backref" or aside or restates_speaker(ph, speakers, acts)
    return Act(sent, t, list(speakers), zone, backref=channel, zone_lo=t.first)

"""Reporting clauses of one sentence: the reporting words, their speakers and contents.

:class:`SentenceReader` prepares an article once (reporting words, quotation marks,
actors, places and dates by token, the persons it names) and :func:`read_sentence` turns
the reporting words of one body sentence into :class:`Act` objects: who speaks, where
the content starts, whether it is quoted, when it was said and to which outlet.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.contents import finish_acts
from rasd.coref import Discourse, agrees
from rasd.doc import DocSentence
from rasd.phrases import parse_speaker, read_statement_phrase
from rasd.speakers import (
    Cx,
    Phrase,
    Speaker,
    is_stop,
    lex,
    word_in,
)
from rasd.triggers import SentenceReader, Trigger, find_triggers
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
    subject, subject_end = _main_subject(cx, disc)
    ends = {subject_end: subject} if subject else {}
    acts: list[Act] = []
    consumed = cx.lo - 1
    for t in trigs:
        if t.first <= consumed or t.first in cx.quoted or _blocked(cx, t):
            continue
        if t.hint == "attribution":
            act = _attribution(cx, t, sent, acts, subject, disc)
        elif t.hint == "participle":
            act = _participle(cx, t, sent, acts, subject, disc)
        else:
            act = _verb(cx, t, sent, acts, subject, disc, ends)
        if act is None or not content_checks(cx, act):
            continue
        ends[act.zone.start] = act.speakers
        consumed = max(consumed, act.zone.stop - 1)
        acts.append(act)
        disc.note(act.speakers)
    kept = finish_acts(cx, sent, acts, continued)
    for act in kept:
        if not act.nested and act.trig.hint != "attribution":
            disc.said(act.speakers)
    return kept


def _blocked(cx: Cx, t: Trigger) -> bool:
    """Negated, a label (``ما وصفه بـ``), an editorial aside (``يذكر أن``) or a hedge."""
    lx = lex()
    prev = cx.word(t.first - 1) if t.first > cx.lo else ""
    if t.prefix == "" and prev and not cx.punct_before(t.first):
        if lx.has("negations", prev) or prev in lx.words["label_relatives"]:
            return True
    if t.form in lx.words["editorial"] and lx.has("openers", cx.word(t.last + 1)):
        return True
    return t.last + 1 < cx.hi and cx.word(t.last + 1) == "عدم"


def _main_subject(cx: Cx, disc: Discourse) -> tuple[list[Speaker], int]:
    """The subject of the sentence's first verb (``ونفذت القوات الأميركية …``), resolved.

    Returns:
        The speakers and the index of the token after them (``-1`` when none was found).
    """
    first_trigger = min(cx.trigger_at, default=cx.hi)
    for k in range(cx.lo, min(cx.hi - 1, cx.lo + 12, first_trigger + 1)):
        w = cx.word(k)
        if lex().has("openers", w):
            break
        stop = is_stop(cx, k) and k not in cx.trigger_at and not lex().has("connectives", w)
        if k in cx.quoted or w.startswith("ال") or stop or k in cx.date_at:
            continue
        ph = parse_speaker(cx, k + 1, names=False)
        if ph is not None and not (ph.speakers[0].anaphor and ph.speakers[0].stype == "anonymous"):
            speakers = [
                x for x in (disc.resolve(sp)[0] for sp in ph.speakers) if x.anaphor != "statement"
            ]
            if not speakers:
                continue
            disc.note(speakers)
            return speakers, ph.hi
    return [], -1


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
    disc: Discourse, t: Trigger, acts: list[Act], subject: list[Speaker], gender: str
) -> list[Speaker]:
    """Speakers of a verb with no subject: the sentence's subject, else the last speaker."""
    here = _current_subject(acts, subject)
    if here and (
        gender in ("p", "d") and len(here) > 1 or len(here) == 1 and agrees(gender, here[0])
    ):
        return here
    return disc.last_group(gender, t.vstart)


def _position(cx: Cx, t: Trigger) -> tuple[str, int]:
    """Where a finite verb stands, and the first token of its fronted subject (if any).

    The position is ``initial``, ``pronoun:<g>``, ``relative:<g>``, ``svo:``, ``nested:``,
    ``nested`` (right after أن with no subject) or ``none``.
    """
    lx = lex()
    k = t.first
    while k > cx.lo and not cx.punct_before(k) and lx.has("pre_verb", cx.word(k - 1)):
        k -= 1
    prev = cx.word(k - 1) if k > cx.lo and not cx.punct_before(k) else ""
    if (
        prev
        and prev in lx.maps["pronoun_subjects"]
        or word_in(prev, set(lx.maps["pronoun_subjects"]))
    ):
        bare = prev if prev in lx.maps["pronoun_subjects"] else prev[1:]
        lead = cx.word(k - 2) if k - 2 >= cx.lo else ""
        if bare.startswith("لكن") or lx.has("pronoun_leads", lead):
            return "pronoun:" + lx.maps["pronoun_subjects"][bare], k
    if prev in lx.maps["relatives"]:
        return "relative:" + lx.maps["relatives"][prev], k - 1
    c = k
    while c > cx.lo and not cx.punct_before(c) and not lx.has("openers", cx.word(c - 1)):
        c -= 1
    nested = c > cx.lo and not cx.punct_before(c) and lx.has("openers", cx.word(c - 1))
    s = c
    while s < k:
        skip = lx.phrase_at("turn_markers", cx.tokens, s, cx.hi) or lx.phrase_at(
            "adverbials", cx.tokens, s, cx.hi
        )
        if skip is not None:
            s = skip.last_token + 1
        elif lx.has("connectives", cx.word(s)) or s in cx.date_at or cx.word(s) in ("و", "ف"):
            s = cx.date_at.get(s, s) + 1
        elif cx.word(s) in ("في", "منذ") and s + 1 in cx.date_at:
            s = cx.date_at[s + 1] + 1
        else:
            break
    if s >= k:
        return ("nested" if nested else "initial"), s
    if cx.quote_run(s) is not None and not nested:
        return "none", s
    return ("nested:" if nested else "svo:"), s


def _fronted(cx: Cx, s: int, k: int, disc: Discourse, names: bool = True) -> list[Speaker] | None:
    """A subject phrase covering tokens ``s..k-1`` exactly (with a turn marker after it)."""
    ph = parse_speaker(cx, s, names=names)
    if ph is None:
        return None
    end = ph.hi
    turn = lex().phrase_at("turn_markers", cx.tokens, end, cx.hi) if end < k else None
    if turn is not None:
        end = turn.last_token + 1
    return ph.speakers if end == k else None


def _subjectless_ok(cx: Cx, t: Trigger) -> bool:
    """The word after a verb shows it has no subject of its own (``وأضاف أن``, ``وأشار إلى``)."""
    j = t.last + 1
    if j >= cx.hi or cx.punct_before(j) or t.vend < cx.tokens[t.first].end:
        return True
    w = cx.word(j)
    lx = lex()
    if cx.quote_run(j) is not None or lx.has("openers", w) or lx.has("demonstratives", w):
        return True
    if j in cx.trigger_at and t.lemma in lx.words["need_opener"]:
        return True
    if j in cx.date_at or lx.phrase_at("adverbials", cx.tokens, j, cx.hi) is not None:
        return True
    return (
        w in lx.words["content_preps"]
        or w in lx.words["prepositions"]
        or (w[:1] in "بل" and not w.startswith("ال"))
        or w == "بالقول"
    )


def _verb(
    cx: Cx,
    t: Trigger,
    sent: DocSentence,
    acts: list[Act],
    subject: list[Speaker],
    disc: Discourse,
    ends: dict[int, list[Speaker]],
) -> Act | None:
    pos, s = _position(cx, t)
    speakers: list[Speaker] | None = None
    nested = False
    after = t.last + 1
    g = t.gender
    if pos.startswith("pronoun:"):
        speakers = _continuation(disc, t, acts, subject, pos.split(":")[1])
    elif pos.startswith("relative:"):
        rel = s
        speakers = [sp for sp in ends.get(rel, []) if agrees(pos.split(":")[1], sp)]
        nested = True
    elif pos.startswith(("svo:", "nested:")):
        nested = pos.startswith("nested")
        front = _fronted(cx, s, _verb_k(cx, t), disc, names=not nested)
        if front is None:
            speakers = subject if _implicit(cx, t) else None
            nested = False
            if (
                speakers is None
                and not cx.punct_before(after)
                and not cx.word(t.first - 1).startswith("ال")
            ):
                ph = parse_speaker(cx, after, names=False)
                if ph is not None and not ph.speakers[0].anaphor:
                    speakers, nested, after = ph.speakers, True, ph.hi
            if (
                speakers is None
                and t.prefix == "و"
                and not pos.startswith("nested")
                and _subjectless_ok(cx, t)
            ):
                speakers = _continuation(disc, t, acts, subject, g)
        else:
            speakers, ok = _resolve_all(disc, front, g, subject)
            if nested and not ok:
                return None
    elif pos == "initial":
        ph = parse_speaker(cx, after) if not cx.punct_before(after) else None
        front = _fronted_from_start(cx, t, disc) if ph is None else None
        if front is not None:
            speakers, _ = _resolve_all(disc, front, g, subject)
        elif ph is not None:
            speakers, _ = _resolve_all(disc, ph.speakers, g, subject)
            after = ph.hi
        elif _subjectless_ok(cx, t) or (
            _current_subject(acts, subject)
            and cx.punct_before(t.first)
            and cx.word(after).startswith("ال")
        ):
            speakers = _continuation(disc, t, acts, subject, g)
    if not speakers:
        return None
    zone = scan_zone(cx, after, t)
    act = Act(sent, t, list(speakers), zone, nested=nested)
    if zone.source is not None:
        act.speakers = [disc.resolve(sp)[0] for sp in zone.source]
    if zone.relay_at is not None and (speakers[0].media or t.lemma == "نقل"):
        act.relay = True
    return act


def _fronted_from_start(cx: Cx, t: Trigger, disc: Discourse) -> list[Speaker] | None:
    """A subject set off by commas before its verb (``X، Y، قالت``, ``أن X، أكد``)."""
    k = _verb_k(cx, t)
    if k <= cx.lo or not cx.punct_before(k) or ":" in cx.gap(k):
        return None
    starts = [cx.lo] + [j + 1 for j in range(cx.lo, k) if lex().has("openers", cx.word(j))]
    for s in sorted(set(starts), reverse=True):
        while s < k and (lex().has("connectives", cx.word(s)) or cx.word(s) in ("و", "ف")):
            s += 1
        ph = parse_speaker(cx, s) if s < k else None
        if ph is not None and ph.hi == k:
            return ph.speakers
    return None


def _verb_k(cx: Cx, t: Trigger) -> int:
    k = t.first
    while k > cx.lo and not cx.punct_before(k) and lex().has("pre_verb", cx.word(k - 1)):
        k -= 1
    return k


def _implicit(cx: Cx, t: Trigger) -> bool:
    """``ضربات على مخازن قالت إنها``: a say-verb right after an indefinite noun."""
    prev = cx.word(t.first - 1)
    return (
        t.lemma == "قال"
        and not cx.punct_before(t.first)
        and not prev.startswith("ال")
        and lex().has("openers", cx.word(t.last + 1))
    )


def _participle(
    cx: Cx, t: Trigger, sent: DocSentence, acts: list[Act], subject: list[Speaker], disc: Discourse
) -> Act | None:
    if not cx.punct_before(t.first) and not (t.prefix == "و" and acts):
        return None
    if acts and acts[-1].zone.stop == t.first and acts[-1].trig.lemma in lex().words["need_opener"]:
        return None
    finite = [a for a in acts if a.trig.hint == "verb" and not a.nested]
    if finite and lex().has("quotative", t.form):
        finite[-1].zone = scan_zone(cx, t.last + 1, t)
        return None
    here = _current_subject(acts, subject)
    speakers = here or disc.last_group(t.gender, t.vstart)
    if not speakers:
        return None
    zone = scan_zone(cx, t.last + 1, t)
    return Act(sent, t, list(speakers), zone, zone_lo=t.first)


def _source_phrase(cx: Cx, t: Trigger) -> tuple[Phrase | None, str]:
    """The source named after an attribution word, and how it names it."""
    j = t.last + 1
    if t.lemma == "جاء في":
        return read_statement_phrase(cx, t.last), ""
    if t.lemma in ("نقلا عن", "علي لسان"):
        return parse_speaker(cx, j), ""
    k, pref = (j + 1, ("",)) if cx.word(j) == "ل" else (j, ("", "ل"))
    if t.phrase.endswith("ما") or cx.word(k) == "ما":
        k += 1 if cx.word(k) == "ما" else 0
        ph = parse_speaker(cx, k + 1, names=False) if k + 1 < cx.hi else None
        q = cx.quote_run(k + 1) if ph is None else None
        if q is not None:
            sp = Speaker(
                cx.text(k + 1, q + 1), "organization", media=True, pos=cx.tokens[k + 1].start
            )
            ph = Phrase([sp], k + 1, q + 1)
        return ph, "relay"
    ph = read_statement_phrase(cx, k, pref) or parse_speaker(cx, k, prefixes=pref, names=False)
    return ph, ""


def _attribution(
    cx: Cx, t: Trigger, sent: DocSentence, acts: list[Act], subject: list[Speaker], disc: Discourse
) -> Act | None:
    if t.lemma == "في بيان":
        return None
    ph, how = _source_phrase(cx, t)
    if ph is None:
        return None
    how = how or ph.kind
    if not how and all(sp.media for sp in ph.speakers):
        how = "relay"
    if how == "backref":
        here = [sp for a in acts for sp in a.speakers]
        speakers = here[-1:] or disc.last_group("", t.vstart)[:1]
    elif how == "subject":
        speakers = _current_subject(acts, subject)[:1] or subject[:1]
    else:
        speakers = [disc.resolve(sp, subject)[0] for sp in ph.speakers]
    if not speakers:
        return None
    zone = scan_zone(cx, ph.hi, t)
    return Act(sent, t, list(speakers), zone, backref=how in ("backref", "relay"), zone_lo=t.first)

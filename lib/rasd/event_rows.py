"""Event rows: the fields of one act read around its trigger in a sentence.

A row gets its actor, target, place, weapon, casualties and date from the part
of the sentence that tells the act (:mod:`rasd.event_fields`), and two marks the
merging of incidents reads (:mod:`rasd.incidents`): ``anaphoric`` when the act
only points back to one told before (``نفذت الهجوم``), and ``series`` when it
tells a series of acts (``غارات أميركية متتالية استهدفت``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.after_told_acts import after_told_weapon
from rasd.between_places import between_place
from rasd.casualty_subjects import casualties
from rasd.dates import to_time_precision
from rasd.doc import Doc, DocSentence
from rasd.dual_anaphors import dual_antecedents, twin_rows
from rasd.event_fields import (
    actor_for,
    dates_the_speech,
    event_dates,
    is_us_actor,
    place_for,
    stationed_at,
    target_span,
    weapons,
)
from rasd.event_lexicon import is_word
from rasd.event_types import attack_object, is_attackish
from rasd.framed_acts import framed_end, is_framed
from rasd.gazetteer import attack_noun_matcher
from rasd.launch_aims import aimed_target
from rasd.lexicon import PhraseMatch, PhraseMatcher, load_yaml, word_set
from rasd.narrowed_places import narrowed_place
from rasd.plural_anaphors import points_back_plural
from rasd.report_relative import report_based_day
from rasd.scope import names_outside
from rasd.subject_heads import reach_subject_head
from rasd.text import Token
from rasd.trigger_nouns import noun_before, weapon_before
from rasd.unresolved_days import unresolved_day
from rasd.visit_places import us_visit_place

__all__ = ["event_row", "head_nouns", "is_anaphoric", "is_series", "response_start"]

_SERIES_REACH = 5  # tokens between a plural attack noun and the verb it is the subject of
_RESPONSE_REACH = 7  # tokens between "رد" and the "علي" that names what is answered
_FUTURE_REACH = 2  # tokens around a response cue where a future verb makes it a promise ("ردا امريكيا سياتي")


def _set(key: str) -> frozenset[str]:
    return word_set("event_triggers.yaml", key)


@cache
def _anaphor_matcher() -> PhraseMatcher:
    return PhraseMatcher((w, w) for w in load_yaml("event_triggers.yaml")["anaphoric_nouns"])


def head_nouns(tokens: list[Token], trig: PhraseMatch) -> list[PhraseMatch]:
    """The attack nouns and weapons a trigger acts with: itself, its object, its subject."""
    heads = [m for m in (attack_noun_matcher().match_at(tokens, trig.first_token),) if m is not None]
    obj = attack_object(tokens, trig.last_token)
    if obj is not None:
        heads.append(obj)
    before = noun_before(tokens, trig.first_token)
    if before is not None:
        heads.append(before)
    weapon = weapon_before(tokens, trig.first_token)
    if weapon is not None:
        heads.append(weapon)
    return heads


def response_start(tokens: list[Token]) -> int:
    """Index of the token opening a response clause (``ردا علي``, ``رد … علي``), or ``len(tokens)``."""
    # The cue is tested first (one memoised look-up): most tokens are not cues, and the
    # other tests only read the few words around one.
    for k, tok in enumerate(tokens):
        if not is_word(tok.text, "response_cues"):
            continue
        if k > 0 and tokens[k - 1].text in _set("hypothetical_determiners"):
            continue  # "من اي رد علي هجماتها": a response yet to come
        if k + 1 < len(tokens) and tokens[k + 1].text.startswith("ب") and attack_noun_matcher().match_at(tokens, k + 1):
            continue  # "سارعت واشنطن الي الرد بضربات علي مواقع": the response is the act told
        if _is_future_response(tokens, k):
            continue  # "ردا امريكيا سياتي علي الهجوم", "الحق في الرد علي": a threat, not a past response
        if any(t.text == "علي" for t in tokens[k + 1 : k + 1 + _RESPONSE_REACH]):
            return k
    return len(tokens)


def _is_future_response(tokens: list[Token], k: int) -> bool:
    """The response cue at ``k`` is promised or reserved: a future verb or a right word within two words of it."""
    near = tokens[max(0, k - _FUTURE_REACH) : k] + tokens[k + 1 : k + 1 + _FUTURE_REACH]
    return any(t.text in _set("promised_response_words") for t in near)


def is_series(tokens: list[Token], trig: PhraseMatch) -> bool:
    """A trigger told of a series of acts: its attack noun is plural (``غارات أميركية متتالية استهدفت``)."""
    lo = max(0, trig.first_token - _SERIES_REACH)
    nouns = [m for m in attack_noun_matcher().find(tokens[lo : trig.first_token])]
    nouns += [m for m in head_nouns(tokens, trig) if attack_noun_matcher().match_at(tokens, m.first_token)]
    return any(m.phrase.endswith("ات") for m in nouns)


def is_anaphoric(tokens: list[Token], trig: PhraseMatch, kind: str) -> bool:
    """A trigger that points back to an act already told: ``نفذت الهجوم``, ``الطائرة المسيرة أطلقت``.

    For an attack, strike, interception or claim, its attack noun or weapon is
    a definite singular; for a visit, the trigger is the definite noun (``الزيارة``), or the
    subject of a verb that frames it in its circumstances (``وجاءت زيارة كوريلا بعد أن``).
    An ordinal after the noun tells another act of a series (``الضربة الثانية``).
    """
    if kind == "visit":  # "الزيارة", "خلال زيارته", "وجاءت زيارة كوريلا بعد": the visit told before
        return is_framed(tokens, trig) or trig.phrase.startswith("ال") or trig.prefix.endswith(("ال", "لل")) or trig.phrase.endswith(("ته", "تها", "تهما"))
    if kind != "claim" and not is_attackish(kind):
        return False
    if trig.first_token and tokens[trig.first_token - 1].text in _set("anaphoric_blasts"):
        return True  # "وذكر مصدر أن الانفجار استهدف الرتل": the blast told before
    return any(
        _anaphor_matcher().match_at(tokens, m.first_token) is not None
        and not (m.last_token + 1 < len(tokens) and tokens[m.last_token + 1].text in _set("ordinal_adjectives"))
        for m in head_nouns(tokens, trig)
    )


_ORIGIN_REACH = 16  # characters before a base in which "من" makes it the origin of the fire


def _hits_base(doc: Doc, sent: DocSentence, lo: int, hi: int) -> bool:
    """The target span names a US or coalition base of the gazetteer, not as the origin.

    ``قصفت القوات الأمريكية بالمدفعية من قاعدتها في حقل العمر``: the base is where the
    fire came from (``من`` within the few words before it).
    """
    for m in doc.within(doc.places, sent):
        if lo <= m.start < hi and m.value["type"] == "base" and not stationed_at(doc, m):
            before = doc.nt.norm[max(lo, m.start - _ORIGIN_REACH) : m.start].split()
            if "من" not in before:
                return True
    return False


def event_row(
    doc: Doc, sent: DocSentence, tokens: list[Token], trig: PhraseMatch, kind: str, part: tuple[int, int]
) -> list[dict[str, Any]]:
    """Event rows of one trigger, read in the token range ``part`` of the sentence."""
    lo_tok, hi_tok = part[0], framed_end(tokens, trig, kind, part[1])  # "وجاءت زيارة كوريلا بعد أن"
    lo = tokens[lo_tok].start if lo_tok < len(tokens) else sent.nend
    limit = tokens[hi_tok].start if hi_tok < len(tokens) else sent.nend
    actor = actor_for(doc, sent, tokens, kind, trig)
    span = target_span(tokens, trig, hi_tok, us_actor=is_us_actor(actor))
    span = aimed_target(tokens, span, hi_tok) if span else None  # "اطلقت من الموصل باتجاه قاعدة"
    span = reach_subject_head(tokens, trig, span) if span else None  # "قاعدتي X في Y، وZ في W، تعرضتا"
    tgt_lo, tgt_hi = (tokens[span[0]].start, tokens[span[1] - 1].end) if span else (sent.nend, sent.nend)
    target = doc.nt.evidence(tgt_lo, tgt_hi).strip(" ،,.\"«»") if span else ""
    place = place_for(
        doc, sent, (tgt_lo, tgt_hi), tokens[trig.last_token].end, (lo, limit), kind == "attack", kind == "us_strike"
    )
    place = narrowed_place(doc, sent, place, (lo, limit))  # "اقليم كردستان، وخاصة العاصمة أربيل"
    place = between_place(doc, sent, place, (lo, limit))  # "البادية الممتدة بين مدينتي الميادين والعشارة"
    pair = dual_antecedents(doc, sent, tokens, span) if span and kind in {"attack", "claim"} else []
    place = pair[0] if pair else place  # "استهدفت القاعدتين": the two bases named together before
    if place is None and kind == "visit":
        place = us_visit_place(doc, sent, (lo, limit))  # "عاد من الولايات المتحدة إثر زيارة"
    if kind == "us_strike" and _hits_base(doc, sent, tgt_lo, tgt_hi):
        kind = "attack"  # "غارة بطائرة مسيرة طالت قاعدة في حقل الرميلان": US bases are struck, not striking
    if place is None and names_outside(doc, lo, limit) and (kind == "claim" or is_attackish(kind)):
        return []  # "استهدفوا سفينة تجارية في البحر الأحمر": outside the theatre
    killed, injured = casualties(doc, sent, tokens)
    base = {
        "type": kind,
        "actor": actor,
        "target": target,
        "place": place["canonical"] if place else "",
        "lat": place["lat"] if place else None,
        "lon": place["lon"] if place else None,
        "weapon": weapons(tokens[lo_tok:hi_tok], kind),
        "killed": killed,
        "injured": injured,
        "claimed": kind == "claim" or any(is_word(t.text, "claim_words") for t in tokens),
        "anaphoric": is_anaphoric(tokens, trig, kind) or after_told_weapon(tokens, trig)
        or points_back_plural(tokens, trig, head_nouns(tokens, trig), kind, place),
        "series": is_series(tokens, trig),
        **doc.row_evidence(sent, tokens[trig.first_token].start, tokens[trig.last_token].end),
    }
    trig_span = (tokens[trig.first_token].start, tokens[trig.last_token].end)
    dates = event_dates(doc, sent, kind, (lo, limit), trig_span)
    if not dates:
        day = unresolved_day(doc, sent, (lo, limit), trig_span)  # "مساء امس الاحد" on a page with no date
        return twin_rows([{**base, "date": "", "date_expr": day.expr if day else "", "time_precision": None}], pair)
    # An overnight span ("ليل الاحد-الاثنين") dates the event to its first day, as ACLED does.
    rows: dict[str, dict[str, Any]] = {}
    for d in dates:
        day = report_based_day(doc, sent, d, trig_span[0]) or d.iso.split("/")[0]  # "أفاد يوم الجمعة بأن … أمس"
        rows.setdefault(
            day,
            {
                **base,
                "date": day,
                "date_expr": d.expr,
                "time_precision": to_time_precision(d.precision),
                "speech_dated": kind != "claim" and dates_the_speech(doc, sent, d.nstart, trig_span[0]),
            },
        )
    return twin_rows(list(rows.values()), pair)

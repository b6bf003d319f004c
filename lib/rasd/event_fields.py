"""Fields of an event row: actor, target, place, weapon, casualties and the date of the act.

Helpers of :mod:`rasd.events`; each reads one sentence and one trigger.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from rasd.anchor_days import not_act_day
from rasd.base_town_sites import site_of
from rasd.dates import DateMention
from rasd.doc import Doc, DocSentence
from rasd.event_abroad import inside_foreign_country
from rasd.event_lexicon import is_word, us_matcher
from rasd.event_types import attack_object
from rasd.gazetteer import actor_entries, actor_matcher, weapon_matcher
from rasd.launch_aims import in_launch_origin, in_open_origin
from rasd.lexicon import PhraseMatch, PhraseMatcher, load_yaml, word_set
from rasd.place_remit import is_remit
from rasd.responder_bases import is_responder_base
from rasd.scope import is_context_place
from rasd.site_ranks import site_rank
from rasd.strike_origins import fired_from
from rasd.text import Token, normalize_str
from rasd.threat_causes import target_before_cause
from rasd.told_places import is_told_to
from rasd.trigger_nouns import attack_object_far
from rasd.warning_cues import warned_party, warned_span_end

__all__ = [
    "actor_for",
    "dates_the_speech",
    "event_dates",
    "generic_actor_matcher",
    "is_us_actor",
    "place_for",
    "stationed_at",
    "target_span",
    "weapons",
]

_TARGET_TOKENS = 10
_SUBJECT_WINDOW = 5
_US_SUBJECT_BEFORE = 3  # tokens before a threat where its US subject may end ("واشنطن تحتفظ بالحق في الرد")
_ORIGIN_REACH = 3  # tokens between a launch word, "من" and the place ("اطلقت اليوم من بلده زمار")
_DATELINE_CHARS = 40  # characters from a paragraph's start within which its dateline's colon stands
_DATELINE_WORDS = 5  # words before that colon ("دمشق، عواصم - وكالات:")
_SPEECH_DATE_REACH = 80  # characters between a reporting verb and the date of its words
# "أن"/"إن" opening the reported clause: a date after it belongs to what is reported.
_COMPLEMENTIZER_RE = re.compile(r"(?<!\w)[وف]?ب?[أإا]ن(?:ه|ها|هم)?(?!\w)")
_AFFILIATION_REACH = 2  # tokens between a backer word and its place ("مدعومه من ايران")
_ATTACKISH = frozenset({"attack", "us_strike", "interception"})
_COORDINATION = frozenset({"", "و", ",و", ",", "ثم"})


def _lex() -> dict[str, Any]:
    return load_yaml("event_triggers.yaml")


def _set(key: str) -> frozenset[str]:
    return word_set("event_triggers.yaml", key)


@cache
def generic_actor_matcher() -> PhraseMatcher:
    """Matcher of the generic names armed groups are called by (``الفصائل المسلحة``, ``مسلحون``)."""
    return PhraseMatcher((w, w) for w in _lex()["generic_actors"])


def _is_backer(doc: Doc, m: PhraseMatch) -> bool:
    """A place named as the backer of a group (``موالين لايران``, ``مدعومة من إيران``), not where an act happened.

    The place follows the affiliation word, at most through ``من``: in ``فصائل موالية لإيران قاعدة الشدادي``
    the base is the object of the verb, not a backer.
    """
    before = [t.text for t in doc.tokens[max(0, m.first_token - _AFFILIATION_REACH) : m.first_token]]
    before = before[:-1] if before[-1:] == ["من"] else before
    return bool(before) and is_word(before[-1], "affiliation_words")


def _is_origin(doc: Doc, m: PhraseMatch) -> bool:
    """A place the weapons were launched from (``أُطلقت من منطقة البغدادي``, ``مصدره البادية``), not where the act happened."""
    before = doc.tokens[max(0, m.first_token - _ORIGIN_REACH) : m.first_token]
    return bool(before) and is_word(before[-1].text, "origin_nouns") or any(  # "لقصف صاروخي، مصدره البادية"
        tok.text == "من" and any(is_word(t.text, "launch_words") for t in before[max(0, k - _ORIGIN_REACH) : k])
        for k, tok in enumerate(before)
    )


def stationed_at(doc: Doc, m: PhraseMatch) -> bool:
    """A base where a force is said to be stationed (``القوات المتمركزة في حقل العمر``)."""
    before = doc.tokens[max(0, m.first_token - _ORIGIN_REACH) : m.first_token]
    return any(is_word(t.text, "stationed_words") for t in before) or is_responder_base(doc, m)


def _in_dateline(doc: Doc, m: PhraseMatch) -> bool:
    """A place in the opening words of its paragraph before a colon: the dateline, not where an act happened.

    ``دمشق، عواصم - وكالات: نفذ الجيش``, ``الحسكة..سوريا : ثمانية قتلى``.
    """
    norm = doc.nt.norm
    start = norm.rfind("\n", 0, m.start) + 1
    head = norm[start : start + _DATELINE_CHARS].split("\n", 1)[0]
    colon = head.find(":")
    return colon >= 0 and m.end <= start + colon and len(head[:colon].split()) <= _DATELINE_WORDS


def _usable(doc: Doc, m: PhraseMatch) -> bool:
    """A place that can locate an event: not a backer, an origin, a background, a dateline, or in the United States."""
    country = m.value["name_en"] if m.value["type"] == "country" else m.value["country"]
    return (
        country != "United States"
        and not _is_backer(doc, m)
        and not (_is_origin(doc, m) or in_launch_origin(doc, m) or in_open_origin(doc, m))
        and not is_context_place(doc, m)
        and not _in_dateline(doc, m)
        and not (is_remit(doc, m) or is_told_to(doc, m))
    )


def _is_subject_state(doc: Doc, m: PhraseMatch, after: int) -> bool:
    """A country outside the theatre right after the verb is its subject (``شنته ايران``), not the place."""
    return (
        m.value["type"] == "country"
        and m.value["name_en"] not in _theatre()
        and not doc.nt.norm[after : m.start].strip()
    )


@cache
def _theatre() -> frozenset[str]:
    return frozenset(load_yaml("attack_context.yaml")["theatre"])


def place_for(
    doc: Doc,
    sent: DocSentence,
    target: tuple[int, int],
    after: int,
    part: tuple[int, int],
    attack: bool = False,
    strike: bool = False,
) -> dict[str, Any] | None:
    """Place of an event, the most specific first.

    In the ``target`` span, then after the trigger (norm offset ``after``), then anywhere in the sentence ``part`` the act
    is told in (the main clause, or a response clause); in each, a base first, a region or province after a town
    (:mod:`rasd.site_ranks`); a country only when nothing more specific is named. For an ``attack``, a state outside the theatre right after the
    verb is its subject (``شنته ايران``), not its place. For a US ``strike``, the base its
    forces are stationed at (``القوات المتمركزة في حقل العمر``) or fire from is not its place.
    """
    lo, hi = target
    places = [
        m
        for m in doc.within(doc.places, sent)
        if part[0] <= m.start < part[1]
        and _usable(doc, m)
        and not (attack and _is_subject_state(doc, m, after))
        and not (strike and (stationed_at(doc, m) or fired_from(doc, m)))
    ]
    groups = ([m for m in places if m.end > lo and m.start < hi], [m for m in places if m.start >= after], places)
    if abroad := [m for m in groups[0] if inside_foreign_country(doc, m)]:
        return abroad[0].value  # "استهدفت مواقع داخل إيران": the act is abroad
    for group in groups:
        specific = [site_of(doc, m, strike) for m in group if m.value["type"] != "country"]
        if specific:  # a base before the town it lies in ("قاعدة حرير … في أربيل")
            return min(specific, key=site_rank)
    for group in groups:
        if group:
            return group[0].value
    return None


def _subject_span(doc: Doc, sent: DocSentence, tokens: list[Token], trig: PhraseMatch) -> str:
    """Words naming the subject of a visit (persons are not in the lexicon).

    After the verb up to a place or preposition; else before it, back to
    ``كان``/``قد`` or a comma.
    """
    off = sent.tok_lo
    place_starts = {m.first_token - off for m in doc.within(doc.places, sent)}
    stops = _set("subject_stops")
    words = []
    for k in range(trig.last_token + 1, min(len(tokens), trig.last_token + 1 + _SUBJECT_WINDOW + 1)):
        if k in place_starts or tokens[k].text in stops:
            break
        words.append(k)
    if not words:
        for k in range(trig.first_token - 1, max(-1, trig.first_token - _SUBJECT_WINDOW - 2), -1):
            if not words and tokens[k].text == "قد":
                continue
            if is_word(tokens[k].text, "subject_stops") or not tokens[k + 1].joined:
                break
            words.insert(0, k)
    return doc.nt.evidence(tokens[words[0]].start, tokens[words[-1]].end) if words else ""


def actor_for(doc: Doc, sent: DocSentence, tokens: list[Token], kind: str, trig: PhraseMatch) -> str:
    """The subject of the trigger: an actor named just after it (VSO), else the last one before it."""
    if kind == "us_strike":
        return "الولايات المتحدة"
    if kind == "visit":
        return _subject_span(doc, sent, tokens, trig)
    off = sent.tok_lo
    # The US is the target of an attack or a claim, never its actor (that is a us_strike).
    target_side = "us_coalition" if kind in {"attack", "claim"} else None
    named = [
        (a.first_token - off, str(a.value.get("name_ar") or a.phrase))
        for a in doc.within(doc.actors, sent)
        if a.value.get("type") not in {"media", "ngo"} and a.value.get("side") != target_side
    ]
    named += [(g.first_token, doc.nt.evidence(g.start, g.end)) for g in generic_actor_matcher().find(tokens)]
    if kind == "threat" and any(us_matcher().find(tokens[max(0, trig.first_token - _US_SUBJECT_BEFORE) : trig.first_token])):
        return "الولايات المتحدة"  # "أن الولايات المتحدة هددت نظام الأسد": a US subject right before it
    if kind == "threat" and named:
        return min(named)[1]  # the one who threatens is the subject of the main clause
    reach = len(tokens) if trig.phrase in _set("target_before") else trig.last_token + _SUBJECT_WINDOW
    after = [n for k, n in sorted(named) if trig.last_token < k <= reach]
    if after:
        return after[0]
    before = [n for k, n in sorted(named) if k < trig.first_token]
    return _resolved(doc, sent, before[-1]) if before else ""


def _resolved(doc: Doc, sent: DocSentence, actor: str) -> str:
    """The armed group named last before the sentence, for an actor that points back (``الجهة ذاتها``)."""
    if not actor or normalize_str(actor.split()[-1]) not in _set("actor_anaphors"):
        return actor
    earlier = [a for a in doc.actors if a.end <= sent.nstart and a.value.get("side") == "iran_axis"]
    return str(earlier[-1].value.get("name_ar") or earlier[-1].phrase) if earlier else actor


@cache
def _us_actor_names() -> frozenset[str]:
    return frozenset(str(a["name_ar"]) for a in actor_entries() if a.get("side") == "us_coalition")


def is_us_actor(name: str) -> bool:
    """Whether an actor name of an event row is a US or coalition actor of ``data/actors.yaml``."""
    return name in _us_actor_names()


def target_span(tokens: list[Token], trig: PhraseMatch, limit: int, us_actor: bool = False) -> tuple[int, int] | None:
    """Token range of the target of a trigger, before token ``limit``.

    Between a passive trigger and what its subject suffered (``تعرضت قاعدة X
    لقصف``), else before it (``القاعدة تعرضت لقصف``); after ``علي``/``ضد`` or a
    direct attack verb that follows the attack noun of a generic trigger
    (``شنت … هجمات … علي مواقع``); else right after the trigger.
    """
    if trig.phrase in _set("target_before"):
        suffered = attack_object_far(tokens, trig.last_token, _TARGET_TOKENS + 5)
        if suffered is not None and suffered.first_token > trig.last_token + 1:
            return trig.last_token + 1, min(limit, suffered.first_token)  # "تعرضت قاعدة X لقصف"
        return max(0, trig.first_token - _TARGET_TOKENS), trig.first_token
    start = trig.last_token + 1
    if trig.phrase in _set("needs_object"):
        noun = attack_object(tokens, trig.last_token)
        if noun is not None:
            marker = next(
                (j for j in range(noun.last_token + 1, limit) if is_word(tokens[j].text, "object_markers")), None
            )
            if marker is not None:
                start = marker + 1
    if start >= limit:
        return None
    if trig.value == "threat":
        return _threat_target(tokens, trig, (start, limit), us_actor)
    return start, min(limit, start + _TARGET_TOKENS)


def _clause_end(tokens: list[Token], start: int, limit: int) -> int:
    """End of the phrase from ``start``: a mark between two words closes it (``بالثأر من واشنطن، وقال``)."""
    end = start + 1
    while end < min(limit, start + _TARGET_TOKENS) and tokens[end].joined:
        end += 1
    return end


def _us_subject(tokens: list[Token], trig: PhraseMatch, start: int, limit: int) -> bool:
    """The subject of a threat is American.

    A US name right before the trigger, or the first name after it (``توعد الرئيس
    الأمريكي``, not ``توعدت حركة النجباء واشنطن``).
    """
    if any(us_matcher().find(tokens[max(0, trig.first_token - _US_SUBJECT_BEFORE) : trig.first_token])):
        return True
    for k in range(start, min(limit, start + _SUBJECT_WINDOW)):
        if us_matcher().match_at(tokens, k) is not None:
            return True
        if actor_matcher().match_at(tokens, k) is not None or generic_actor_matcher().match_at(tokens, k) is not None:
            return False
    return False


def _threat_target(tokens: list[Token], trig: PhraseMatch, part: tuple[int, int], us_actor: bool) -> tuple[int, int] | None:
    """What a threat is aimed at, read after its trigger.

    The object of its means (``بضرب مصالح واشنطن``, ``بالثأر من واشنطن``), else a
    US name before the means (``توعدت الحركة واشنطن بالثأر``), else any US name of
    the sentence (``اتهموا واشنطن بالوقوف وراء الهجوم وتوعدوا بالثأر``), else the
    words right after the trigger (none after a trigger whose next words are its predicate,
    ``الرد سيكون حاسما``).
    """
    start, limit = part
    if (warned := warned_party(tokens, trig)) is not None and warned < limit:
        return warned, warned_span_end(tokens, warned)  # "محذرا إيران من أن أي هجمات …": the party warned
    if (before := target_before_cause(tokens, trig, start, _TARGET_TOKENS)) is not None:
        return before  # "تصبح هدفا مشروعا، بسبب قرار …": the cause is no target
    means = next((j for j in range(start, limit) if is_word(tokens[j].text, "threat_means")), None)
    # "توعد الرئيس الأمريكي بـ…": a US subject threatens; only the object of its means is a target.
    american = us_actor or _us_subject(tokens, trig, start, limit)
    if means is not None:
        obj = means + 1
        prep = obj < limit and tokens[obj].text in _set("threat_object_preps")
        obj += prep
        if obj < limit and tokens[obj].joined and (prep or not is_word(tokens[means].text, "threat_means_bare")):
            return obj, _clause_end(tokens, obj, limit)
        named = None if american else next(iter(us_matcher().find(tokens[start:means])), None)
        if named is not None:
            return start + named.first_token, start + named.last_token + 1
    named = None if american else next(iter(us_matcher().find(tokens[:limit])), None)
    if named is not None:
        return named.first_token, named.last_token + 1
    if trig.phrase in _set("predicate_threats"):
        return None
    return start, min(limit, start + _TARGET_TOKENS)


def weapons(tokens: list[Token], kind: str) -> str:
    """Weapon types named in the sentence, joined by ``+`` (``air`` for a US strike that names none)."""
    seen: list[str] = []
    for m in weapon_matcher().find(tokens):
        w = m.value.get("weapon") or m.value.get("unit")
        if w and w not in seen:
            seen.append(w)
    if not seen and kind == "us_strike":
        return "air"
    return "+".join(seen)


def _coordinated(doc: Doc, days: list[DateMention]) -> bool:
    """Days written as one list (``في 27 أكتوبر و9 نوفمبر``, ``أمس الثلاثاء واليوم الأربعاء``)."""
    for a, b in zip(days, days[1:], strict=False):
        gap = "".join(doc.nt.norm[a.nend : b.nstart].split()).replace("،", ",")
        if gap not in _COORDINATION:
            return False
    return True


def _nearest(days: list[DateMention], trig_start: int, trig_end: int) -> DateMention:
    """The day closest to the trigger, one written after it first (``أسقطت … مساء السبت``)."""
    after = [d for d in days if d.nstart >= trig_end]
    if after:
        return min(after, key=lambda d: d.nstart)
    return max(days, key=lambda d: d.nend if d.nend <= trig_start else -1)


def event_dates(
    doc: Doc, sent: DocSentence, kind: str, span: tuple[int, int], trig: tuple[int, int]
) -> list[DateMention]:
    """Dates of an act: the days of the sentence part ``span`` (norm offsets), nearest to the trigger.

    Days written as one list give one act each (attacks and strikes only);
    otherwise the day nearest to the trigger is the act's; a month when no day
    is named. Tally starts and span references are never its date (:mod:`rasd.anchor_days`).
    """
    dates = [
        d
        for d in doc.within(doc.dates, sent)
        if d.iso
        and not getattr(d, "since", False)
        and span[0] <= d.nstart < span[1]
        and not not_act_day(doc, sent, d, trig[0])
    ]
    days = [d for d in dates if d.precision == "day"]
    if not days:
        return dates[:1]
    if len(days) > 1 and kind in _ATTACKISH and _coordinated(doc, days):
        return days
    return [_nearest(days, *trig)]


def dates_the_speech(doc: Doc, sent: DocSentence, date_at: int, trig_at: int) -> bool:
    """The date follows a reporting verb and comes before the act it reports (``اتهمت امس الاثنين … بالهجوم``).

    It dates the words, and the act only when nothing else in the article dates it.
    """
    if date_at >= trig_at:
        return False
    date_start = doc.nt.to_original(date_at, date_at)[0]
    return any(
        sent.start <= row["start"]
        and row["end"] <= date_start <= row["end"] + _SPEECH_DATE_REACH
        and _COMPLEMENTIZER_RE.search(doc.text[row["end"] : date_start]) is None
        for row in doc.statements
    )

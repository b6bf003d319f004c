"""Events: attacks, US strikes, interceptions, claims, threats, visits and other developments.

A sentence of the narrative yields an event when it holds a trigger (a verb or
fixed phrase from ``data/event_triggers.yaml``). The first trigger of the
sentence decides the type, with two refinements: an attack whose subject (or
the adjective of its strike noun) is the United States is a ``us_strike``, and
an attack reported by an armed group about itself (``ذكرت الجماعة أنها
استهدفت``) is a ``claim``. Sentences that only tally attacks (a count of three
or more) or make them hypothetical (``في حال``, ``أي هجوم``) give no attack.
One event is written per day-precision date of the sentence (``في 27 أكتوبر
و9 نوفمبر`` gives two), or one undated event.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.dates import DateMention, to_time_precision
from rasd.doc import Doc, DocSentence
from rasd.gazetteer import attack_noun_matcher, weapon_matcher
from rasd.lexicon import PhraseMatch, PhraseMatcher, load_yaml
from rasd.modality import is_hypothetical
from rasd.text import Token, clitic_variants

__all__ = ["extract_events", "classify_trigger"]

_TARGET_TOKENS = 10
_OBJECT_WINDOW = 6
_SUBJECT_WINDOW = 5
_ATTACKISH = frozenset({"attack", "us_strike", "interception"})


@cache
def _lex() -> dict[str, Any]:
    return load_yaml("event_triggers.yaml")


@cache
def _trigger_matcher() -> PhraseMatcher:
    return PhraseMatcher((w, t) for t, words in _lex()["triggers"].items() for w in words)


@cache
def _set(key: str) -> frozenset[str]:
    return frozenset(_lex()[key])


@cache
def _us_matcher() -> PhraseMatcher:
    return PhraseMatcher((w, "US") for w in _lex()["us_markers"])


@cache
def _generic_actor_matcher() -> PhraseMatcher:
    return PhraseMatcher((w, w) for w in _lex()["generic_actors"])


def _attack_object(tokens: list[Token], k: int) -> int | None:
    """Index of the last token of an attack noun or weapon within a few words after token ``k``."""
    for j in range(k + 1, min(k + 1 + _OBJECT_WINDOW, len(tokens))):
        m = attack_noun_matcher().match_at(tokens, j) or weapon_matcher().match_at(tokens, j)
        if m is not None:
            nxt = tokens[m.last_token + 1].text if m.last_token + 1 < len(tokens) else ""
            return None if nxt in _set("not_attack_after") else m.last_token
    return None


def _noun_before(tokens: list[Token], k: int) -> PhraseMatch | None:
    """An attack noun just before a trigger, through a relative pronoun (``الضربات التي نفذتها``)."""
    for j in range(k - 1, max(-1, k - 4), -1):
        m = attack_noun_matcher().match_at(tokens, j)
        if m is not None:
            return m
    return None


def _triggers(tokens: list[Token]) -> list[PhraseMatch]:
    out = []
    for m in _trigger_matcher().find(tokens):
        generic = m.phrase in _set("needs_object")
        if m.value == "attack" and generic and _attack_object(tokens, m.last_token) is None:
            if _noun_before(tokens, m.first_token) is None:
                continue
        if m.phrase in _set("discovery_triggers") and not any(
            _is(t.text, "discovery_objects") for t in tokens[m.last_token + 1 : m.last_token + 6]
        ):
            continue
        out.append(m)
    return out


def _us_is_actor(tokens: list[Token], trig: PhraseMatch, groups: list[int]) -> bool:
    """The US is the subject of the trigger, or the adjective of its strike noun or weapon.

    An armed group named as subject (just before the trigger, or right after it)
    makes the US the target instead. A US name right after the trigger followed
    by ``ب`` + weapon is a passive target (``استهدفت القوات الاميركيه بهجومين``).
    """
    j = trig.last_token + 1
    if attack_noun_matcher().match_at(tokens, trig.first_token) and _us_matcher().match_at(tokens, j):
        return True  # the trigger is itself a noun with a US adjective ("ضربات اميركيه")
    subj = weapon_matcher().match_at(tokens, j) or attack_noun_matcher().match_at(tokens, j)
    if subj is not None and _us_matcher().match_at(tokens, subj.last_token + 1) is not None:
        return True
    if any(trig.first_token - 6 <= g < trig.first_token or trig.last_token < g <= trig.last_token + 2 for g in groups):
        return False
    if j < len(tokens) and _is(tokens[j].text, "object_markers"):
        if any(_us_matcher().match_at(tokens, k) for k in range(j + 1, min(j + 4, len(tokens)))):
            return False  # "نفذت علي القواعد الاميركيه": the US is the target
    after = _us_matcher().match_at(tokens, j)
    if after is not None:
        nxt = tokens[after.last_token + 1].text if after.last_token + 1 < len(tokens) else ""
        instrument = nxt.startswith("ب") and (
            weapon_matcher().match_at(tokens, after.last_token + 1) or attack_noun_matcher().match_at(tokens, after.last_token + 1)
        )
        return not instrument
    noun = _noun_before(tokens, trig.first_token) or attack_noun_matcher().match_at(tokens, j)
    if noun is not None and _us_matcher().match_at(tokens, noun.last_token + 1) is not None:
        return True
    lo = max(0, trig.first_token - 3)
    for m in _us_matcher().find(tokens[lo : trig.first_token]):
        k = lo + m.first_token
        prev = tokens[k - 1].text if k > 0 else ""
        if not _is_object_marker(prev):
            return True
    if noun is not None and noun.value.get("unit") in _set("strike_units"):
        return True  # "الضربه الثانيه استهدفت": air strikes are flown by states, not militias
    return False


def _is_object_marker(word: str) -> bool:
    return word in {"علي", "ضد", "لها", "له"} or word.startswith("ل")


def _is(word: str, key: str) -> bool:
    """True when the word, with or without proclitics, is in the lexicon list ``key``."""
    return any(stem in _set(key) for _, stem in clitic_variants(word))


def _has(tokens: list[Token], key: str) -> bool:
    return any(_is(t.text, key) for t in tokens)


def classify_trigger(tokens: list[Token], trig: PhraseMatch, groups: list[int]) -> str:
    """Event type of a trigger in its sentence (see the module docstring).

    Args:
        tokens: Tokens of the sentence.
        trig: The trigger, matched on ``tokens``.
        groups: Sentence token indexes where an armed group is named.
    """
    kind = str(trig.value)
    if kind != "attack":
        return kind
    for k, tok in enumerate(tokens[: trig.first_token]):
        if _is(tok.text, "claim_reporters") and any(k < g <= k + 4 for g in groups):
            return "claim"
    if any(_is(t.text, "claim_words") for t in tokens[: trig.first_token]):
        return "claim"
    return "us_strike" if _us_is_actor(tokens, trig, groups) else "attack"


def _place_for(doc: Doc, sent: DocSentence, lo: int, hi: int, after: int) -> dict[str, Any] | None:
    """Place of an event, the most specific first.

    In the target, then after the trigger, then anywhere in the sentence; a
    country only when nothing more specific is named.
    """
    places = doc.within(doc.places, sent)
    groups = ([m for m in places if lo <= m.start < hi], [m for m in places if m.start >= after], places)
    for group in groups:
        specific = [m for m in group if m.value["type"] != "country"]
        if specific:
            return specific[0].value
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
            if _is(tokens[k].text, "subject_stops") or not tokens[k + 1].joined:
                break
            words.insert(0, k)
    return doc.nt.evidence(tokens[words[0]].start, tokens[words[-1]].end) if words else ""


def _actor_for(doc: Doc, sent: DocSentence, tokens: list[Token], kind: str, trig: PhraseMatch) -> str:
    """The subject of the trigger: an actor named just after it (VSO), else the last one before it."""
    if kind == "us_strike":
        return "الولايات المتحدة"
    if kind == "visit":
        return _subject_span(doc, sent, tokens, trig)
    off = sent.tok_lo
    named = [
        (a.first_token - off, str(a.value.get("name_ar") or a.phrase))
        for a in doc.within(doc.actors, sent)
        if a.value.get("type") not in {"media", "ngo"}
    ]
    named += [(g.first_token, doc.nt.evidence(g.start, g.end)) for g in _generic_actor_matcher().find(tokens)]
    if kind == "threat" and named:
        return min(named)[1]  # the one who threatens is the subject of the main clause
    reach = len(tokens) if trig.phrase in _set("target_before") else trig.last_token + _SUBJECT_WINDOW
    after = [n for k, n in sorted(named) if trig.last_token < k <= reach]
    if after:
        return after[0]
    before = [n for k, n in sorted(named) if k < trig.first_token]
    return before[-1] if before else ""


def _target_span(tokens: list[Token], trig: PhraseMatch) -> tuple[int, int] | None:
    """Token range of the target of a trigger.

    Before a passive trigger (``تعرضت القاعده لقصف``); after ``علي``/``ضد`` or a
    direct attack verb that follows the attack noun of a generic trigger
    (``شنت … هجمات … علي مواقع``); else right after the trigger.
    """
    if trig.phrase in _set("target_before"):
        return max(0, trig.first_token - _TARGET_TOKENS), trig.first_token
    start = trig.last_token + 1
    if trig.phrase in _set("needs_object"):
        noun_end = _attack_object(tokens, trig.last_token)
        if noun_end is not None:
            marker = next(
                (j for j in range(noun_end + 1, len(tokens)) if _is(tokens[j].text, "object_markers")), None
            )
            if marker is not None:
                start = marker + 1
    if start >= len(tokens):
        return None
    return start, min(len(tokens), start + _TARGET_TOKENS)


def _weapons(tokens: list[Token], kind: str) -> str:
    seen: list[str] = []
    for m in weapon_matcher().find(tokens):
        w = m.value.get("weapon") or m.value.get("unit")
        if w and w not in seen:
            seen.append(w)
    if not seen and kind == "us_strike":
        return "air"
    return "+".join(seen)


def _casualties(doc: Doc, sent: DocSentence, tokens: list[Token]) -> tuple[int | None, int | None]:
    """Killed and injured of a sentence: numbers next to casualty words; 0 after a negation."""
    killed = injured = None
    for num in doc.within(doc.numbers, sent):
        j = next((k for k, t in enumerate(tokens) if t.start >= num.nend), len(tokens))
        prev = next((t.text for t in reversed(tokens) if t.end <= num.nstart), "")
        nxt = tokens[j].text if j < len(tokens) else ""
        if killed is None and (_is(nxt, "killed") or _is(prev, "killed")):
            killed = int(num.value)
        elif injured is None and (_is(nxt, "injured") or _is(prev, "injured")):
            injured = int(num.value)
    for k, tok in enumerate(tokens):
        if _is(tok.text, "negations") and any(_is(t.text, "no_casualty_words") for t in tokens[k + 1 : k + 6]):
            killed = 0 if killed is None else killed
            injured = 0 if injured is None else injured
            break
    return killed, injured


def _event_dates(doc: Doc, sent: DocSentence, kind: str) -> list[DateMention]:
    dates = [d for d in doc.within(doc.dates, sent) if d.iso and not getattr(d, "since", False)]
    days = [d for d in dates if d.precision == "day"]
    if kind in _ATTACKISH:
        return days or dates[:1]
    return (days or dates)[:1]


def _is_aggregate(doc: Doc, sent: DocSentence) -> bool:
    from rasd.attacks import find_counted_unit

    tokens = doc.sentence_tokens(sent)
    for num in doc.within(doc.numbers, sent):
        unit, how, _ = find_counted_unit(tokens, num)
        if not unit or how != "after":
            continue
        if (unit in {"attack", "operation", "strike"} and num.value >= 3) or num.qualifier != "exact":
            return True
    return False


def _noun_trigger(doc: Doc, sent: DocSentence, tokens: list[Token]) -> list[PhraseMatch]:
    """An attack noun in a sentence that reports casualties (``مقتل 5 في ضربات اميركيه``)."""
    killed, injured = _casualties(doc, sent, tokens)
    if not killed and not injured:
        return []
    noun = next(iter(attack_noun_matcher().find(tokens)), None)
    if noun is None:
        return []
    return [PhraseMatch(noun.start, noun.end, noun.first_token, noun.last_token, noun.phrase, "attack", noun.prefix)]


def _sentence_events(doc: Doc, sent: DocSentence) -> list[dict[str, Any]]:
    tokens = doc.sentence_tokens(sent)
    triggers = _triggers(tokens) or _noun_trigger(doc, sent, tokens)
    if not triggers:
        return []
    groups = [
        a.first_token - sent.tok_lo
        for a in doc.within(doc.actors, sent)
        if a.value.get("side") == "iran_axis" or a.value.get("generic")
    ]
    trig = triggers[0]
    kind = classify_trigger(tokens, trig, groups)
    if kind in _ATTACKISH | {"claim"} and (is_hypothetical(tokens) or _is_aggregate(doc, sent)):
        rest = [t for t in triggers[1:] if t.value not in {"attack", "interception"}]
        if not rest:
            return []
        trig, kind = rest[0], str(rest[0].value)
    span = _target_span(tokens, trig)
    tgt_lo, tgt_hi = (tokens[span[0]].start, tokens[span[1] - 1].end) if span else (sent.nend, sent.nend)
    target = doc.nt.evidence(tgt_lo, tgt_hi).strip(" ،,.\"«»") if span else ""
    place = _place_for(doc, sent, tgt_lo, tgt_hi, tokens[trig.last_token].end)
    killed, injured = _casualties(doc, sent, tokens)
    base = {
        "type": kind,
        "actor": _actor_for(doc, sent, tokens, kind, trig),
        "target": target,
        "place": place["canonical"] if place else "",
        "lat": place["lat"] if place else None,
        "lon": place["lon"] if place else None,
        "weapon": _weapons(tokens, kind),
        "killed": killed,
        "injured": injured,
        "claimed": kind == "claim" or _has(tokens, "claim_words"),
        **doc.row_evidence(sent, tokens[trig.first_token].start, tokens[trig.last_token].end),
    }
    dates = _event_dates(doc, sent, kind)
    if not dates:
        return [{**base, "date": "", "date_expr": "", "time_precision": None}]
    # An overnight span ("ليل الاحد-الاثنين") dates the event to its first day, as ACLED does.
    rows: dict[str, dict[str, Any]] = {}
    for d in dates:
        day = d.iso.split("/")[0]
        rows.setdefault(day, {**base, "date": day, "date_expr": d.expr, "time_precision": to_time_precision(d.precision)})
    return list(rows.values())


def extract_events(doc: Doc) -> list[dict[str, Any]]:
    """Events of an article's narrative, one row per event and date (see the module docstring)."""
    rows: list[dict[str, Any]] = []
    for sent in doc.narrative():
        for row in _sentence_events(doc, sent):
            vague = not row["date"] and not row["place"]
            if vague and any(r["type"] == row["type"] for r in rows):
                continue
            rows.append(row)
    return rows

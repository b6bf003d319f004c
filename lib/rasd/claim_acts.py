"""Claimed acts dated apart: a claim of today names an act of another day.

``تبنت اليوم الثلاثاء جماعة … القصف الذي ضرب مساء أمس الاثنين مطار أربيل``: the
claim is Tuesday's, the rocket fire Monday's. The act is the first attack noun
from the claim's trigger on, when a relative clause right after it holds a date
(``الذي ضرب مساء أمس``, ``الذي استهدف … يوم الجمعة الفائت``); it is an attack
row of its own, dated and placed from that clause on, and marked claimed.

The claim keeps the day of its own words: ``أعلنت الجماعة، اليوم الثلاثاء، مسؤوليتها عن
الهجوم الذي استهدف المطار مساء أمس الاثنين`` is a claim of Tuesday, though the Monday is
written nearer after its trigger. A claim whose own words name no day keeps the act's.
"""

from __future__ import annotations

from typing import Any

from rasd.dates import to_time_precision
from rasd.doc import Doc, DocSentence
from rasd.event_fields import event_dates
from rasd.event_rows import event_row
from rasd.gazetteer import attack_noun_matcher
from rasd.lexicon import PhraseMatch, word_set
from rasd.text import Token

__all__ = ["claimed_act_rows"]

_RELATIVE_REACH = 2  # tokens between the attack noun and its relative pronoun ("القصف الصاروخي الذي")


def _relative(tokens: list[Token], noun: PhraseMatch, limit: int) -> int | None:
    """Index of the relative pronoun that opens a clause about the noun, or None."""
    for k in range(noun.last_token + 1, min(limit, noun.last_token + 1 + _RELATIVE_REACH)):
        if tokens[k].text in word_set("event_triggers.yaml", "relative_pronouns"):
            return k
    return None


def _opening_relative(tokens: list[Token], trig: PhraseMatch) -> int | None:
    """The relative pronoun right before the trigger that follows an attack noun, or None.

    ``مسؤوليتها عن الهجوم الصاروخي الذي استهدف المطار``: the trigger tells the claimed act.
    """
    k = trig.first_token - 1
    if k < 1 or tokens[k].text not in word_set("event_triggers.yaml", "relative_pronouns"):
        return None
    lo = max(0, k - 1 - _RELATIVE_REACH)
    return k if any(m.last_token + lo < k for m in attack_noun_matcher().find(tokens[lo:k])) else None


def _claimed_noun(tokens: list[Token], trig: PhraseMatch, resp: int) -> PhraseMatch | None:
    """The first attack noun from the claim's trigger on, in sentence token indices, or None."""
    m = next(iter(attack_noun_matcher().find(tokens[trig.first_token : resp])), None)
    if m is None:
        return None
    return PhraseMatch(
        m.start, m.end, m.first_token + trig.first_token, m.last_token + trig.first_token, m.phrase, "attack", m.prefix
    )


def _own_day(doc: Doc, sent: DocSentence, row: dict[str, Any], trig: tuple[int, int], clause_at: int) -> dict[str, Any]:
    """The claim row re-dated by the day nearest its trigger before the act's relative clause, when its day lies in that clause."""
    inside = [d for d in doc.within(doc.dates, sent) if d.nstart >= clause_at and d.expr == row.get("date_expr")]
    days = event_dates(doc, sent, "claim", (sent.nstart, clause_at), trig) if inside and row.get("date") else []
    if not days:
        return row
    day = days[0]
    return {**row, "date": day.iso.split("/")[0], "date_expr": day.expr, "time_precision": to_time_precision(day.precision)}


def claimed_act_rows(
    doc: Doc, sent: DocSentence, tokens: list[Token], trig: PhraseMatch, resp: int, own: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The attack a claim names, when a relative clause after its noun dates it (see the module docstring).

    The claim's own rows ``own`` are re-dated in place by the day of the claim's words, when they
    took the act's day from that clause.
    """
    span = (tokens[trig.first_token].start, tokens[trig.last_token].end)
    noun = _claimed_noun(tokens, trig, resp)
    rel = _relative(tokens, noun, resp) if noun is not None else None
    if noun is None or rel is None:
        opening = _opening_relative(tokens, trig)
        if opening is None or not any(r["type"] == "claim" and r.get("date") for r in own):
            return []
        redated = [_own_day(doc, sent, r, span, tokens[opening].start) if r["type"] == "claim" else r for r in own]
        if redated == own:
            return []
        own[:] = redated
        rows = event_row(doc, sent, tokens, trig, "attack", (opening, resp))
        return [{**r, "claimed": True} for r in rows if r.get("date")]
    limit = tokens[resp].start if resp < len(tokens) else sent.nend
    if not any(d.iso and tokens[rel].start <= d.nstart < limit for d in doc.within(doc.dates, sent)):
        return []
    own[:] = [_own_day(doc, sent, r, span, tokens[rel].start) if r["type"] == "claim" else r for r in own]
    rows = event_row(doc, sent, tokens, noun, "attack", (rel, resp))
    return [{**r, "claimed": True} for r in rows if r.get("date")]

"""Claimed acts dated apart: a claim of today names an act of another day.

``تبنت اليوم الثلاثاء جماعة … القصف الذي ضرب مساء أمس الاثنين مطار أربيل``: the
claim is Tuesday's, the rocket fire Monday's. The act is the first attack noun
from the claim's trigger on, when a relative clause right after it holds a date
(``الذي ضرب مساء أمس``, ``الذي استهدف … يوم الجمعة الفائت``); it is an attack
row of its own, dated and placed from that clause on, and marked claimed.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
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


def claimed_act_rows(
    doc: Doc, sent: DocSentence, tokens: list[Token], trig: PhraseMatch, resp: int
) -> list[dict[str, Any]]:
    """The attack a claim names, when a relative clause after its noun dates it (see the module docstring)."""
    found = attack_noun_matcher().find(tokens[trig.first_token : resp])
    m = next(iter(found), None)
    if m is None:
        return []
    noun = PhraseMatch(
        m.start, m.end, m.first_token + trig.first_token, m.last_token + trig.first_token, m.phrase, "attack", m.prefix
    )
    rel = _relative(tokens, noun, resp)
    if rel is None:
        return []
    limit = tokens[resp].start if resp < len(tokens) else sent.nend
    if not any(d.iso and tokens[rel].start <= d.nstart < limit for d in doc.within(doc.dates, sent)):
        return []
    rows = event_row(doc, sent, tokens, noun, "attack", (rel, resp))
    return [{**r, "claimed": True} for r in rows if r.get("date")]

"""Bases named one by one by an ordinal after a sentence that counted a force's bases.

``شرعت واشنطن ببناء قاعدتين جديدتين في دير الزور`` then ``القاعدة الأولى تجري إقامتها في بلدة
الصور، أما القاعدة الثانية …``: the ordinal (data/presence_context.yaml ``base_ordinals``) points
back to the counted base noun (``counted_base_nouns``) of the same or one of the two sentences
before, and the place after ``في`` that follows it is that force's base (a town stands for the
base of its name). Only the US and the coalition count: other forces' bases give no rows.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.scope import base_of, related_base
from rasd.text import Token

__all__ = ["ordinal_rows"]

_PLACE_REACH = 6  # tokens between the ordinal and the place after في
_BACK_SENTENCES = 2  # sentences before that may count the bases
_FORCES = frozenset({"US", "coalition"})


def _counting_force(tokens: list[Token], end: int) -> str | None:
    """The force that owns bases counted before token ``end`` (``واشنطن … ببناء قاعدتين``)."""
    counted = presence_words("counted_base_nouns")
    for k in range(min(end, len(tokens)) - 1, -1, -1):
        if tokens[k].text not in counted:
            continue
        after = next(iter(adjective_matcher().find(tokens[k + 1 : k + 3])), None)  # "قاعدتين أمريكيتين"
        before = list(force_matcher().find(tokens[:k]))
        named = after or (before[-1] if before else None)
        return str(named.value) if named is not None else None
    return None


def _prior_force(doc: Doc, sent: DocSentence, tokens: list[Token], k: int) -> str | None:
    force = _counting_force(tokens, k)
    if force is None:
        before = [s for s in doc.narrative() if s.tok_hi <= sent.tok_lo][-_BACK_SENTENCES:]
        for prev in reversed(before):
            force = _counting_force(doc.sentence_tokens(prev), len(doc.sentence_tokens(prev)))
            if force is not None:
                break
    return force if force in _FORCES else None


def ordinal_rows(doc: Doc, sent: DocSentence, tokens: list[Token]) -> list[dict[str, Any]]:
    """Rows of the bases an ordinal names after counted bases of the US or the coalition.

    Args:
        doc: The article.
        sent: The sentence.
        tokens: Its tokens.

    Returns:
        One row per base an ``القاعدة الأولى … في X`` names; none without a counting sentence.
    """
    ordinals = presence_words("base_ordinals")
    places = doc.within(doc.places, sent)
    rows: list[dict[str, Any]] = []
    for k in range(1, len(tokens)):
        if tokens[k].text not in ordinals or tokens[k - 1].text != "القاعده":
            continue
        m = next((p for p in places if 0 < p.first_token - sent.tok_lo - k <= _PLACE_REACH), None)
        if m is None or tokens[m.first_token - sent.tok_lo - 1].text not in {"في", "بلده", "مدينه", "قريه"}:
            continue
        base = base_of(doc, m) or related_base(m)
        force = _prior_force(doc, sent, tokens, k - 1) if base is not None else None
        if base is not None and force is not None:
            rows.append({"count": None, "qualifier": "", "force": force, "country": base["country"],
                         "place": base["canonical"], "role": "", **doc.row_evidence(sent, m.start, m.end)})
    return rows

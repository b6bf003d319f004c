"""Two bases a definite dual noun points back to (``عملية استهدفت القاعدتين في شرقي سوريا``).

``القاعدتين`` with no base of its own (a region at most) means the two bases the
article named together last, before this sentence: the act is at each of them, one
row per base, not at a place told later in the sentence (``وسبقها استهداف … في الرميلان``).
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word
from rasd.text import Token

__all__ = ["dual_antecedents", "twin_rows"]

_BROAD_TYPES = frozenset({"country", "region", "governorate", "area"})
_PHRASE_TOKENS = (
    4  # tokens after the dual noun within which its own place would stand ("الامريكيتين في حقلي")
)


def dual_antecedents(
    doc: Doc, sent: DocSentence, tokens: list[Token], span: tuple[int, int]
) -> list[dict[str, Any]]:
    """The two bases a dual noun opening the target span points back to, else an empty list.

    Args:
        doc: The article.
        sent: The sentence of the row.
        tokens: The sentence tokens.
        span: The target span (token indices).

    Returns:
        The gazetteer entries of the two distinct places of the last earlier sentence
        naming a base, when it names exactly two places narrower than a region (a base and
        the town of another: ``قاعدتي التنف والشدادي``) and the dual noun names none of its own.
    """
    lo = span[0]
    if lo >= len(tokens) or not is_word(tokens[lo].text, "dual_anaphors"):
        return []
    end = lo + 1
    while end < min(len(tokens), lo + 1 + _PHRASE_TOKENS) and tokens[end].joined:
        end += 1
    first, last = sent.tok_lo + lo, sent.tok_lo + end
    if any(
        first <= m.first_token < last and m.value["type"] not in _BROAD_TYPES for m in doc.places
    ):
        return []
    earlier = [m for m in doc.places if m.end <= sent.nstart and m.value["type"] == "base"]
    if not earlier:
        return []
    last_sent = next(s for s in doc.sentences if s.nstart <= earlier[-1].start < s.nend)
    names = {
        m.value["canonical"]: m.value
        for m in doc.places
        if last_sent.nstart <= m.start < last_sent.nend and m.value["type"] not in _BROAD_TYPES
    }
    return list(names.values()) if len(names) == 2 else []


def twin_rows(rows: list[dict[str, Any]], bases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows, followed by a copy of each at the second base of ``bases`` (when two are given)."""
    if len(bases) != 2:
        return rows
    other = bases[1]
    return rows + [
        {**r, "place": other["canonical"], "lat": other["lat"], "lon": other["lon"]} for r in rows
    ]

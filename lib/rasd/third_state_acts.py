"""Strikes and offensives of third states (Turkey, Israel, Russia): ``other`` developments, not attacks.

``على وقع هجوم عسكري تركي ضد المقاتلين الأكراد``, ``ضربة إسرائيلية استهدفت حزب
الله`` and ``بضربات إسرائيلية على الأراضي الإيرانية`` tell acts of states that are
neither the armed groups attacking US forces nor the United States: the theatre's
context, which ACLED and the gold count as strategic developments (``other``). The
act is an attack noun whose adjective names a third state (``third_state_adjectives``),
right after it or after a word of kind (``عسكري``, ``جوية``; ``act_kind_words``). An act
the sentence answers (``ردا على العدوان الإسرائيلي``) keeps its row as it is: the
incidents module folds it into the act that answers it; so does a row that only leads the
sentence's acts.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word
from rasd.gazetteer import attack_noun_matcher
from rasd.text import Token

__all__ = ["retype_third_state_acts"]

_RETYPED = frozenset({"attack", "us_strike"})


def _third_state_noun(tokens: list[Token], k: int) -> bool:
    """The attack noun at ``k`` has a third state's adjective after it (``هجوم عسكري تركي``)."""
    m = attack_noun_matcher().match_at(tokens, k)
    if m is None:
        return False
    j = m.last_token + 1
    if j < len(tokens) and is_word(tokens[j].text, "act_kind_words"):
        j += 1
    return j < len(tokens) and is_word(tokens[j].text, "third_state_adjectives")


def _trigger_index(doc: Doc, tokens: list[Token], row: dict[str, Any]) -> int | None:
    return next((k for k, t in enumerate(tokens) if doc.nt.to_original(t.start, t.end)[0] == row.get("start")), None)


def retype_third_state_acts(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Make the attacks and strikes of a sentence told as a third state's acts ``other`` rows.

    Args:
        doc: The article.
        sent: One narrative sentence.
        rows: Its event rows.

    Returns:
        The rows, those whose trigger is (or follows right after) a third state's act retyped ``other``.
    """
    if not any(r["type"] in _RETYPED for r in rows):
        return rows
    tokens = doc.sentence_tokens(sent)
    out = []
    for r in rows:
        k = _trigger_index(doc, tokens, r) if r["type"] in _RETYPED and not (r.get("earlier") or r.get("lead")) else None
        if k is not None and any(_third_state_noun(tokens, i) for i in range(max(0, k - 3), k + 1)):
            r = {**r, "type": "other", "claimed": False}
        out.append(r)
    return out

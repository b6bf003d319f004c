"""Passive strikes on US forces whose means is told after a coordinated force or a date.

Unvocalised ``استهدفت القوات الأميركية`` reads either way; a ``ب`` + weapon right after the
US name makes it the target (handled in :mod:`rasd.event_types`). The press often puts a
partner force or the day between them: ``استُهدفت القوات الأميركية وقوات التحالف، الخميس،
بعدة طائرات مسيّرة``. This module skips those gap words before looking for the means.
"""

from __future__ import annotations

from rasd.event_lexicon import trigger_words
from rasd.gazetteer import attack_noun_matcher, weapon_matcher
from rasd.text import Token

__all__ = ["means_after_gap"]

_GAP_REACH = 4  # gap words (partner force, weekday) between the US name and the "ب" + means


def _means_at(tokens: list[Token], k: int) -> bool:
    """A ``ب`` + weapon or attack noun at ``k``, or ``ب`` + quantifier then one (``بعدة طائرات``)."""
    if k >= len(tokens) or not tokens[k].text.startswith("ب"):
        return False
    if tokens[k].text in trigger_words("passive_quantifiers"):
        k += 1
    means = weapon_matcher().match_at(tokens, k) or attack_noun_matcher().match_at(tokens, k)
    return means is not None and means.value.get("weapon") not in trigger_words("state_weapons")


def means_after_gap(tokens: list[Token], start: int) -> bool:
    """True when a ``ب`` + means follows ``start`` after one or more gap words only.

    Args:
        tokens: Tokens of the sentence.
        start: Token right after the US name that follows the strike verb.
    """
    gap = trigger_words("passive_gap_words")
    k = start
    while k < len(tokens) and k - start < _GAP_REACH and tokens[k].text in gap:
        k += 1
    return k > start and _means_at(tokens, k)

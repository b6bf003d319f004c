"""Rates: a figure per day or month (``بمعدل هجومين يوميا``, ``40 هجوما شهريا``) counts no attacks.

A rate tells how often attacks come, not how many were made: the number is preceded by a
word of average (``بمعدل``, ``بمتوسط``) or its counted noun is followed by a word of period
(``يوميا``, ``كل يوم``, ``شهريا``; not ``في الشهر الماضي``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.attack_nouns import context_words, has_context_word
from rasd.text import Token

if TYPE_CHECKING:
    from rasd.attacks import Figure

__all__ = ["is_rate"]


def is_rate(tokens: list[Token], fig: Figure, lead: int) -> bool:
    """Whether a figure (its words starting at ``lead`` in norm) is a rate, not a count."""
    before = [t for t in tokens if t.end <= lead][-1:]
    if before and has_context_word(before[0].text, "rate_leads"):
        return True
    after = [t.text for t in tokens if t.start >= fig.end][:2]
    return bool(after) and (after[0] in context_words("rate_periods") or " ".join(after) in context_words("rate_periods"))

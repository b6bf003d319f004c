"""A base a force heads for as it leaves another, for :mod:`rasd.bases`.

A sentence that has a force leave one base may name where it goes, after a preposition of goal
(data/presence_context.yaml ``goal_preps``): ``أخلت القوات الأمريكية هذا الأسبوع قاعدة التنف في ريف
حمص الشرقي باتجاه قاعدة البرج 22``, ``انسحبت القوات من قاعدة عين الأسد إلى قاعدة حرير``. The base
of goal takes the force that left the base named right before it, when only a few words that
say where that base is stand between the two (no other verb or clause).
"""

from __future__ import annotations

from collections.abc import Callable

from rasd.forces import presence_words
from rasd.lexicon import PhraseMatch
from rasd.text import Token, clitic_variants

__all__ = ["goal_force"]

_GAP = 6  # words between the base left and the preposition of goal ("قرب الحدود السورية العراقية")


def _stems(word: str) -> set[str]:
    return {stem for _, stem in clitic_variants(word)}


def _is_goal_prep(word: str) -> bool:
    return word in presence_words("goal_preps")


def _breaks(word: str) -> bool:
    """A word that opens another clause or act between the two bases (a verb of moving, a conjunction)."""
    stops = presence_words("movement_words") | presence_words("withdrawal_words") | presence_words("relative_pronouns")
    return bool(_stems(word) & stops) or word.startswith("و")


def goal_force(
    tokens: list[Token], off: int, bases: list[PhraseMatch], idx: int, left_force: Callable[[PhraseMatch], str | None]
) -> str | None:
    """The force that leaves the base before ``bases[idx]`` when the sentence sends it there.

    Args:
        tokens: Tokens of the sentence.
        off: Document index of the sentence's first token.
        bases: The sentence's bases, in order.
        idx: Index of the base of goal in ``bases``.
        left_force: The force a sentence says leaves a base (:func:`rasd.base_ties.withdrawal_force`).

    Returns:
        That force, when a preposition of goal stands right before ``bases[idx]`` and at most
        ``_GAP`` words with no verb or conjunction separate it from the base before; None otherwise.
    """
    if idx == 0:
        return None
    k_first, prev_last = bases[idx].first_token - off, bases[idx - 1].last_token - off
    if k_first < 1 or not _is_goal_prep(tokens[k_first - 1].text):
        return None
    gap = tokens[prev_last + 1 : k_first - 1]
    if len(gap) > _GAP or any(_breaks(t.text) for t in gap):
        return None
    return left_force(bases[idx - 1])

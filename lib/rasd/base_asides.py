"""A force named before a bracketed aside and ``في`` a base, for :mod:`rasd.bases`.

A unit may be named with its number or title in brackets before the base it is at: ``قائد الجناح
الجوي الأمريكي (الجناح 386) في قاعدة علي السالم``. The aside is left out and the force
right before it is read as :func:`rasd.base_moves.force_before_base` reads one right before ``في``.
"""

from __future__ import annotations

from rasd.base_moves import force_before_base
from rasd.text import Token

__all__ = ["aside_force"]

_ASIDE_REACH = 6  # words inside the brackets


def _gap(norm: str, tokens: list[Token], k: int) -> str:
    """The characters between token ``k - 1`` and token ``k``."""
    return norm[tokens[k - 1].end : tokens[k].start] if k > 0 else ""


def aside_force(norm: str, tokens: list[Token], k_first: int) -> str | None:
    """The force named right before a bracketed aside that ends before ``في`` and the base at ``k_first``.

    Args:
        norm: The normalised text of the article (tokens index into it).
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        The force :func:`rasd.base_moves.force_before_base` finds once the aside is left out, or None
        when no aside of at most ``_ASIDE_REACH`` words closes right before ``في``.
    """
    fi = k_first - 1
    if fi < 2 or tokens[fi].text != "في" or ")" not in _gap(norm, tokens, fi):
        return None
    opening = next((k for k in range(fi - 1, max(0, fi - 1 - _ASIDE_REACH), -1) if "(" in _gap(norm, tokens, k)), None)
    if opening is None or ")" in _gap(norm, tokens, opening):
        return None
    kept = tokens[:opening] + tokens[fi:]
    return force_before_base(kept, opening + 1)

"""Troops a force is said to have at a base, for :mod:`rasd.bases`.

The force is the owner, with ``ل`` or ``لدى``, of a troop noun right before ``في`` and the base:
``وللولايات المتحدة قوات في قاعدة العديد في قطر``, ``ولدى واشنطن جنود في قاعدة حرير``. The troop
nouns are data/presence_context.yaml ``possessed_troop_nouns``; another owner (``ولروسيا قوات في
قاعدة حميميم``) gives that state's force.
"""

from __future__ import annotations

from rasd.forces import force_matcher, presence_words
from rasd.text import Token, clitic_variants

__all__ = ["possessed_troops_force"]

_OWNER_PREFIXES = ("ل", "ول")  # "للولايات المتحدة", "وللجيش الأمريكي"
_OWNER_WORDS = frozenset({"لدي", "ولدي"})  # "لدى الولايات المتحدة", normalised


def _stems(word: str) -> set[str]:
    return {stem for _, stem in clitic_variants(word)}


def possessed_troops_force(tokens: list[Token], k_first: int) -> str | None:
    """The force that owns the troops named right before ``في`` and the base at ``k_first``, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        The force whose name ends right before the troop noun, written with ``ل`` or after ``لدى``.
    """
    noun = k_first - 2
    if noun < 1 or tokens[k_first - 1].text != "في" or not _stems(tokens[noun].text) & presence_words("possessed_troop_nouns"):
        return None
    owner = next((f for f in force_matcher().find(tokens[max(0, noun - 4) : noun]) if max(0, noun - 4) + f.last_token == noun - 1), None)
    if owner is None:
        return None
    first = max(0, noun - 4) + owner.first_token
    if tokens[first].text.startswith(_OWNER_PREFIXES) or (first > 0 and tokens[first - 1].text in _OWNER_WORDS):
        return str(owner.value)
    return None

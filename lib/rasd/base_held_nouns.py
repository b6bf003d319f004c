"""An unnamed base noun that a force is said to be in, for :mod:`rasd.base_carry`.

A force named right before ``في`` and an indefinite base noun is at that base, which the next
sentence may name: ``استهدف هجوم القوات الأمريكية في قاعدة جوية غرب بغداد``, also when the force
underwent something there (``إن القوات الأمريكية تعرضت للهجوم في قاعدة جوية غرب بغداد``;
data/presence_context.yaml ``undergoing_words`` and one ل-word). :mod:`rasd.base_carry` reads it
as an announcement of one base, so that ``… وقال مسؤولون إنه تمت مهاجمة قاعدة عين الأسد``
gets the force.
"""

from __future__ import annotations

from rasd.base_moves import force_before_base
from rasd.forces import presence_words
from rasd.text import Token

__all__ = ["held_noun_force"]


def _skip_undergoing(tokens: list[Token], k: int) -> list[Token]:
    """The tokens with an undergoing verb and its ل-word right before ``في`` at ``k - 1`` left out."""
    if k >= 3 and tokens[k - 3].text in presence_words("undergoing_words") and tokens[k - 2].text.startswith("ل"):
        return [*tokens[: k - 3], *tokens[k - 1 :]]
    return tokens


def held_noun_force(tokens: list[Token], k: int) -> str | None:
    """The force said to be in the unnamed base the singular base noun at ``k`` names, or None.

    Args:
        tokens: Tokens of the sentence.
        k: Index of an indefinite singular base noun (``قاعدة``).

    Returns:
        The force named right before ``في`` and the noun, past an undergoing verb and its ل-word.
    """
    if tokens[k].text.removeprefix("و").startswith(("ال", "لل")):
        return None
    kept = _skip_undergoing(tokens, k)
    return force_before_base(kept, k - (len(tokens) - len(kept)))

"""Bases where a force's own troops are, named by a possessive pronoun, for :mod:`rasd.bases`.

``أعلن الجيش الأميركي أن قواته في قاعدة التنف تعرضت لهجوم``: «قواته» right before ``في`` and the
base are the troops of the force named earlier in the sentence, so that force is at the base. The
possessed nouns are in data/presence_context.yaml ``possessed_force_nouns``.
"""

from __future__ import annotations

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.text import Token

__all__ = ["possessor_force"]

_OWNER_REACH = 14  # tokens before the possessed noun where the force that owns it is named


def possessor_force(tokens: list[Token], k_first: int) -> str | None:
    """The force whose own troops («قواته», «جنودها») stand right before ``في`` and the base at ``k_first``.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        The last force named within reach before the possessed noun, or None.
    """
    if k_first < 2 or tokens[k_first - 1].text != "في":
        return None
    if tokens[k_first - 2].text not in presence_words("possessed_force_nouns"):
        return None
    lo = max(0, k_first - 2 - _OWNER_REACH)
    window = tokens[lo : k_first - 2]
    named = sorted([*adjective_matcher().find(window), *force_matcher().find(window)], key=lambda f: f.last_token)
    return str(named[-1].value) if named else None

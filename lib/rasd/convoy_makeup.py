"""What a convoy is made of, said between the convoy and where it goes.

``أرسلت القوات الأمريكية قافلة عسكرية مكونة من 20 شاحنة إلى قاعدة قسرك``: the phrase that opens with a
word of make-up (data/presence_context.yaml ``convoy_makeup_words``) only describes the convoy, so the
movement word before it still governs the base after it (:mod:`rasd.base_moves`).
"""

from __future__ import annotations

from rasd.forces import presence_words
from rasd.text import Token

__all__ = ["makeup_span"]

_MAKEUP_REACH = 6  # tokens of a make-up phrase at most ("المؤلفة من نحو 20 شاحنة عسكرية")


def makeup_span(tokens: list[Token], k: int) -> int:
    """Tokens of a make-up phrase that ends right before index ``k``, 0 when there is none.

    Args:
        tokens: Tokens of the sentence.
        k: Index of the word after the phrase (the preposition of direction).

    Returns:
        ``k - i`` for the make-up word at ``i`` at most ``_MAKEUP_REACH`` tokens before ``k``, when
        a number follows it (``مكونة من 20 شاحنة``).
    """
    words = presence_words("convoy_makeup_words")
    for i in range(k - 1, max(-1, k - 1 - _MAKEUP_REACH), -1):
        if tokens[i].text.removeprefix("و") in words:
            counted = any(any(c.isdigit() for c in t.text) for t in tokens[i + 1 : k])
            return k - i if counted else 0
    return 0

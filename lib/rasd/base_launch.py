"""A base a force operates from, for :mod:`rasd.bases`.

``وانطلاقاً من قاعدة أربيل الجوية، ستواصل واشنطن دعم مهمات مكافحة داعش``, ``تنفذ القوات الأمريكية
عملياتها انطلاقا من قاعدة حرير``: after a launch word (data/presence_context.yaml ``launch_words``)
and ``من``, the base is where the force the sentence names works from, not a landmark.
"""

from __future__ import annotations

from rasd.forces import force_matcher, presence_words
from rasd.text import Token

__all__ = ["launch_force", "launched_from"]

_FROM_REACH = 2  # tokens between من and the base's first token ("من قاعدة أربيل")


def launched_from(tokens: list[Token], k_first: int) -> bool:
    """Whether a launch word and ``من`` stand right before the base at token ``k_first``."""
    for k in range(k_first - 1, max(0, k_first - 1 - _FROM_REACH), -1):
        if tokens[k].text == "من":
            return tokens[k - 1].text in presence_words("launch_words")
    return False


def launch_force(tokens: list[Token], k_first: int) -> str | None:
    """The force the sentence names for a base it launches from, or None."""
    if not launched_from(tokens, k_first):
        return None
    named = [m for m in force_matcher().find(tokens) if not m.first_token <= k_first <= m.last_token]
    return str(named[0].value) if named else None

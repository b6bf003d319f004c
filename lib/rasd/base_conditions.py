"""A condition told in a trailing clause of its own, after the bases a sentence names.

A sentence holding ``إذا`` is read as hypothetical and gives no base rows. When the condition
sits in a clause opened, after a comma that follows the last base, by a preposition of time or
cause (``… مغادرة الجنود الأمريكيين قاعدة العديد، عقب تهديدات إيرانية باستهداف قواعدها إذا
نفذت واشنطن وعيدها``), it belongs to that clause: the stretch before it is told as fact. The
openers are in data/presence_context.yaml (``condition_tail_openers``). A word of emphasis that opens an
"especially if" clause (``لاسيما إذا``, ``condition_tail_marks``) opens one with or without a comma:
``قائد الجناح الجوي الأمريكي في قاعدة علي السالم … يرى أن الكويت في قلب التطورات لاسيما إذا صعدت إيران``.
"""

from __future__ import annotations

from rasd.forces import presence_words
from rasd.modality import is_hypothetical
from rasd.text import Token

__all__ = ["condition_trails"]

_COMMAS = frozenset("،,؛;")


def _after_comma(norm: str, tokens: list[Token], k: int) -> bool:
    """Whether a comma stands between token ``k - 1`` and token ``k``."""
    return k > 0 and any(c in _COMMAS for c in norm[tokens[k - 1].end : tokens[k].start])


def condition_trails(norm: str, tokens: list[Token], k_last: int) -> bool:
    """Whether every conditional cue of a sentence is in a trailing clause after its last base.

    Args:
        norm: The article's normalised text (token offsets index it).
        tokens: Tokens of the sentence.
        k_last: Index in ``tokens`` of the last token of the last base.

    Returns:
        True when, after a comma past ``k_last``, an opener (``عقب``, ``بعد`` …) starts a clause, or
        a word of emphasis (``لاسيما``) does with or without one, and the words before it hold no
        conditional cue.
    """
    openers, marks = presence_words("condition_tail_openers"), presence_words("condition_tail_marks")
    for k in range(k_last + 1, len(tokens)):
        if (tokens[k].text in openers and _after_comma(norm, tokens, k)) or tokens[k].text in marks:
            return not is_hypothetical(tokens[:k])
    return False

"""Casualties counted before their verb: ``ثلاثة جنود أمريكيين قتلوا في هجوم``.

The press often opens a report with the dead as the subject and the verb after
them. A number followed by one or two words naming people (``جنود``,
``عسكريين``, a nationality) and then a casualty verb counts the dead or the
wounded, as ``قتل ثلاثة جنود`` does with the verb first.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.text import Token

__all__ = ["casualty_after_subject"]

_PERSON_WORDS = 2  # words naming the people between the number and the verb


def casualty_after_subject(tokens: list[Token], j: int) -> str:
    """``"killed"`` or ``"injured"`` when the tokens from ``j`` name people and then that verb, else ``""``.

    Args:
        tokens: Tokens of the sentence.
        j: Index of the first token after the number.
    """
    k = j
    while k < len(tokens) and k - j < _PERSON_WORDS and is_word(tokens[k].text, "casualty_persons"):
        k += 1
    if k == j or k >= len(tokens):
        return ""
    return next((key for key in ("killed", "injured") if is_word(tokens[k].text, key)), "")

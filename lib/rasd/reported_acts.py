"""An act told as new in a report dated by its words: ``أفادت مصادر مساء السبت بوقوع هجوم``.

A sentence that dates only the words reporting an attack noun usually points back to an
act told before (``وأدان البيت الأبيض مساء السبت الهجوم``). A noun of occurrence right
before an indefinite attack noun (``بوقوع هجوم``, ``بتعرض القاعدة لهجوم``) tells a new act:
its report's day is the best day the article gives it.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["told_as_new"]

_OCCURRENCE_REACH = 3  # tokens between the noun of occurrence and the attack noun ("بتعرض القاعده لهجوم")


def told_as_new(tokens: list[Token], noun: PhraseMatch) -> bool:
    """An indefinite attack noun with a noun of occurrence (``occurrence_nouns``) just before it.

    Args:
        tokens: The sentence's tokens.
        noun: The attack noun.

    Returns:
        Whether the noun tells a new act.
    """
    if noun.phrase.startswith("ال") or noun.prefix.endswith(("ال", "لل")):
        return False
    before = tokens[max(0, noun.first_token - _OCCURRENCE_REACH) : noun.first_token]
    return any(is_word(t.text, "occurrence_nouns") for t in before)

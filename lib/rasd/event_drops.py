"""Munitions dropped on a target: ``أسقطت الطائرتان سبع ذخائر على منشآت`` tells a strike, not a downing.

The verbs of downing (``أسقط``, ``أسقطت``, ``أسقطتا``) also tell aircraft dropping bombs. When a
munition noun (``dropped_munitions`` in ``data/event_triggers.yaml``: ذخائر, قنابل, براميل) follows
the verb within a few words, before any weapon in flight, the verb reports the bombing and not an
interception; the strike itself is read from the words of striking in the article.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.gazetteer import weapon_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["drops_munitions"]

_DROP_REACH = 4  # tokens between the verb and the munition ("أسقطتا سبع ذخائر دقيقة التوجيه")


def drops_munitions(tokens: list[Token], trig: PhraseMatch) -> bool:
    """A downing verb ``trig`` whose object is a munition dropped (``أسقطت قنابل``), not a weapon downed.

    Args:
        tokens: Tokens of the sentence.
        trig: An interception trigger.

    Returns:
        True when a munition noun follows the verb, within a few words, before any weapon.
    """
    if not trig.phrase.startswith("اسقط") or trig.phrase.startswith("اسقاط"):
        return False
    for j in range(trig.last_token + 1, min(len(tokens), trig.last_token + 1 + _DROP_REACH)):
        if is_word(tokens[j].text, "dropped_munitions"):
            return True
        if weapon_matcher().match_at(tokens, j) is not None:
            return False
    return False

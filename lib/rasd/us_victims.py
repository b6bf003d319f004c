"""An act whose victims are Americans: ``هجوم بسوريا أسفر عن مقتل ثلاثة أميركيين``.

A word of killing or wounding (``killed``, ``injured``) a few words after the act's
trigger, with a US adjective of people (``us_person_adjectives``: ``أميركيين``,
``أمريكيان``) right after it or after its count and noun (``مقتل ثلاثة أميركيين``,
``إصابة جنديين أمريكيين``), tells that Americans were struck: the act is an attack on
US forces even when a US name stands before it as the one who answers it (``بأن تنتقم
الولايات المتحدة من هجوم …``). ``مقتل ثلاثة عناصر بضربة أمريكية`` names no American
victim (the feminine adjective is the strike's).
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["kills_americans"]

_CASUALTY_REACH = 10  # tokens between the trigger and the word of killing ("هجوم بسوريا نسبته واشنطن … أسفر عن مقتل")
_VICTIM_REACH = 3  # tokens between the word of killing and the US adjective ("مقتل ثلاثة جنود أميركيين")


def kills_americans(tokens: list[Token], trig: PhraseMatch) -> bool:
    """Americans are the killed or wounded of the act at ``trig``."""
    hi = min(len(tokens), trig.last_token + 1 + _CASUALTY_REACH)
    for k in range(trig.last_token + 1, hi):
        if not (is_word(tokens[k].text, "killed") or is_word(tokens[k].text, "injured")):
            continue
        if any(is_word(t.text, "us_person_adjectives") for t in tokens[k + 1 : k + 1 + _VICTIM_REACH]):
            return True
    return False

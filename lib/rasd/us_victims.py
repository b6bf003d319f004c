"""An act whose victims are Americans: ``هجوم بسوريا أسفر عن مقتل ثلاثة أميركيين``.

A word of killing or wounding (``killed``, ``injured``) a few words after the act's
trigger, with a US adjective of people (``us_person_adjectives``: ``أميركيين``,
``أمريكيان``) right after it or after its count and noun (``مقتل ثلاثة أميركيين``,
``إصابة جنديين أمريكيين``), tells that Americans were struck: the act is an attack on
US forces even when a US name stands before it as the one who answers it (``بأن تنتقم
الولايات المتحدة من هجوم …``). ``مقتل ثلاثة عناصر بضربة أمريكية`` names no American
victim (the feminine adjective is the strike's). A toll after a response cue (``انتقاما لمقتل
جنود أمريكيين``) is the avenged act's, not the act's.

The toll may also come first, the act being its cause (``قُتل جندي أمريكي بهجوم``, ``لقي
متعاقد أميركي حتفه في هجوم``): a US adjective between the word of killing and the act's
noun, even a singular one (``us_victim_singulars``), can only be the victims'.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["kills_americans", "toll_told_first"]

_CASUALTY_REACH = 10  # tokens between the trigger and the word of killing ("هجوم بسوريا نسبته واشنطن … أسفر عن مقتل")
_VICTIM_REACH = 3  # tokens between the word of killing and the US adjective ("مقتل ثلاثة جنود أميركيين")
_TOLL_BEFORE = 6  # tokens between a word of killing told first and the act's noun ("لقي متعاقد أمريكي حتفه في هجوم")


def toll_told_first(tokens: Sequence[Token], trig: PhraseMatch) -> bool:
    """A word of killing or wounding before the act's noun, with a US adjective of people between them."""
    lo = max(0, trig.first_token - _TOLL_BEFORE)
    for k in range(lo, trig.first_token):
        if is_word(tokens[k].text, "killed") or is_word(tokens[k].text, "injured"):
            return any(
                is_word(t.text, "us_person_adjectives") or is_word(t.text, "us_victim_singulars")
                for t in tokens[k + 1 : trig.first_token]
            )
    return False


def kills_americans(tokens: list[Token], trig: PhraseMatch) -> bool:
    """Americans are the killed or wounded of the act at ``trig``, told after it or before it."""
    if toll_told_first(tokens, trig):
        return True
    hi = min(len(tokens), trig.last_token + 1 + _CASUALTY_REACH)
    for k in range(trig.last_token + 1, hi):
        if is_word(tokens[k].text, "response_cues"):
            return False  # "قصفت طائرات أمريكية مواقع انتقاما لمقتل جنود أمريكيين": the toll is the avenged act's
        if not (is_word(tokens[k].text, "killed") or is_word(tokens[k].text, "injured")):
            continue
        if any(is_word(t.text, "us_person_adjectives") for t in tokens[k + 1 : k + 1 + _VICTIM_REACH]):
            return True
    return False

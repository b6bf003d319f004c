"""The cause told right after a threat: ``تصبح هدفا مشروعا، بسبب قرار الرئيس الأمريكي …``.

A threat whose trigger is followed at once by a word of cause (``threat_cause_openers``:
``بسبب``, ``نتيجة``, ``جراء``) names its target before the trigger, as the subject of the
words that make it a target (``القوات الأمريكية الموجودة في العراق يمكن أن تصبح هدفا
مشروعا``); the cause (a decision of the US president, a place abroad) is neither its target
nor its place.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["target_before_cause"]


def target_before_cause(tokens: list[Token], trig: PhraseMatch, start: int, reach: int) -> tuple[int, int] | None:
    """The span of ``reach`` tokens before the trigger when a cause opens at ``start``, else None."""
    if start < len(tokens) and is_word(tokens[start].text, "threat_cause_openers") and trig.first_token > 0:
        return max(0, trig.first_token - reach), trig.first_token
    return None

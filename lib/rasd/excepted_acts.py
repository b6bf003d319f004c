"""Acts counted in an exception to a halt: ``أوقفت الفصائل هجماتها …، باستثناء مرتين حاولت فيها استهداف التنف``.

An exception word (``exception_words``: ``باستثناء``, ``عدا``, ``سوى``) and a count of times
(``exception_counts``: ``مرة``, ``مرتين``, ``مرات``) a few words before a trigger tell that the
halt was broken that many times: a count of acts the article tells on their own, not an act of
the sentence (as a tally is not).
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["in_exception"]

_EXCEPTION_REACH = 5  # tokens between the exception word and the trigger ("باستثناء مرتين حاولت فيها استهداف")


def in_exception(tokens: list[Token], m: PhraseMatch) -> bool:
    """The trigger ``m`` follows an exception word and its count of times."""
    lo = max(0, m.first_token - _EXCEPTION_REACH)
    for k in range(lo, m.first_token - 1):
        if is_word(tokens[k].text, "exception_words") and is_word(tokens[k + 1].text, "exception_counts"):
            return True
    return False

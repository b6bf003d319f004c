"""Attack nouns that only date another act: ``بعد ذلك الهجوم استهدفت القوات …``.

A definite noun after a time word (``بعد``, ``عقب``, ``إثر``, ``منذ``, ``غداة``),
with or without a demonstrative between them, tells when the act of the verb
after it happened; it is not that verb's subject, nor a set of acts the verb sums up.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["dates_act"]


def dates_act(tokens: list[Token], noun: PhraseMatch) -> bool:
    """The definite attack noun ``noun`` follows a time word, through at most a demonstrative.

    An indefinite noun with a verb after it is that verb's subject, in a relative clause
    (``بعد استهداف آخر طالها في 25 من الشهر``): the verb tells the earlier act itself.
    """
    j = noun.first_token - 1
    pointed = j >= 0 and is_word(tokens[j].text, "demonstratives")
    if pointed:
        j -= 1
    definite = pointed or noun.phrase.startswith("ال") or noun.prefix.endswith(("ال", "لل"))
    return definite and j >= 0 and is_word(tokens[j].text, "since_cues")

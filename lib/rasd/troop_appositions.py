"""A definite number right after the troop noun it counts: ``الجنود الأمريكيين الـ900``.

The press names a force's strength as an apposition of a definite number to the troop noun:
``سحب الجنود الأمريكيين الـ900 من سوريا``, ``القوات الأمريكية الـ2500 في العراق``. A definite
number normally counts the noun before it (``الصواريخ الأربعة``) and is no troop figure; it is one
when the number is written in digits (``الـ900``) and the noun, with at most a force adjective after
it, is a troop noun (data/count_nouns.yaml, category ``troops``). A number in words (``الجنود الثلاثة``)
names a few known soldiers, not a strength.
"""

from __future__ import annotations

from rasd.attacks import follows_noun
from rasd.forces import adjective_matcher
from rasd.gazetteer import count_noun_matcher
from rasd.lexicon import PhraseMatch
from rasd.numbers import NumberMention
from rasd.text import Token

__all__ = ["apposed_troop_noun"]


def apposed_troop_noun(tokens: list[Token], num: NumberMention, first: int) -> PhraseMatch | None:
    """The troop noun a definite number in digits stands in apposition to, or None.

    Args:
        tokens: Tokens of the sentence.
        num: The number.
        first: Index of the number's token.

    Returns:
        The troop noun right before the number, or right before the force adjective that precedes it.
    """
    if not follows_noun(num) or not any(c.isdigit() for c in num.text):
        return None
    b = first - 1
    if b >= 1 and adjective_matcher().match_at(tokens, b) is not None:
        b -= 1  # "الجنود الأمريكيين الـ900"
    if b < 0:
        return None
    noun = count_noun_matcher().match_at(tokens, b)
    return noun if noun is not None and noun.value.get("category") == "troops" and noun.last_token == b else None

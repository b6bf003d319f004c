"""Strike nouns whose target, not whose author, is the United States.

Helpers of :mod:`rasd.event_types`: a strike noun with no named author is read as a US
strike, unless the sentence makes US forces the side struck: the adjective of a state that
itself strikes them (``الضربات الايرانيه التي طالت اهدافا اميركيه``) or a verb whose US
subject faces the strikes (``تواجه القواعد الامريكيه في سوريا ضربات صاروخيه``). Weapons
with such an adjective (``استهدفت القاعدة بصواريخ ايرانيه``) are fired at US forces too.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word, trigger_words, us_matcher
from rasd.gazetteer import weapon_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["fired_state_weapon", "struck_by_other_state"]

_WEAPON_ADJECTIVES = 1  # adjectives between a weapon and its state ("صواريخ باليستيه ايرانيه")
_FACING_REACH = 5  # tokens between a facing verb and the strike noun ("تواجه القواعد الامريكيه في سوريا ضربات")


def _state_adjective_after(tokens: list[Token], m: PhraseMatch) -> bool:
    k = m.last_token + 1
    return k < len(tokens) and tokens[k].text in trigger_words("striking_state_adjectives")


def _faced_by_us(tokens: list[Token], k: int) -> bool:
    lo = max(0, k - _FACING_REACH)
    face = next((j for j in range(lo, k) if is_word(tokens[j].text, "facing_verbs")), None)
    return face is not None and any(us_matcher().find(tokens[face + 1 : k]))


def struck_by_other_state(tokens: list[Token], noun: PhraseMatch | None) -> bool:
    """The strike noun ``noun`` names strikes on US forces, not by them.

    Args:
        tokens: Tokens of the sentence.
        noun: The strike noun before the trigger, or None.

    Returns:
        True when a striking state's adjective follows the noun (``الضربات الايرانيه``) or a
        verb with a US subject faces it (``تواجه القواعد الامريكيه … ضربات``).
    """
    return noun is not None and (_state_adjective_after(tokens, noun) or _faced_by_us(tokens, noun.first_token))


def fired_state_weapon(tokens: list[Token]) -> bool:
    """A weapon of the sentence carries the adjective of a state that strikes US forces (``بصواريخ ايرانيه``)."""
    for m in weapon_matcher().find(tokens):
        after = tokens[m.last_token + 1 : m.last_token + 2 + _WEAPON_ADJECTIVES]
        if any(t.text in trigger_words("striking_state_adjectives") for t in after):
            return True
    return False

"""A strike verb in a relative clause about an attack noun: ``الهجمات التي استهدفت القوات الأمريكية``.

The verb's subject is the attack noun the relative pronoun points back to, so a US name right
after the verb is its object, the target, and not the subject of a verb-first sentence
(``استهدفت القوات الأمريكية مواقع``).
"""

from __future__ import annotations

from rasd.event_lexicon import trigger_words
from rasd.gazetteer import attack_noun_matcher, weapon_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["act_noun_subject"]

_ANTECEDENT_REACH = 3  # tokens before the relative pronoun where the attack noun ends ("الهجمات الصاروخية التي")


def act_noun_subject(tokens: list[Token], trig: PhraseMatch) -> bool:
    """The trigger follows a relative pronoun whose antecedent is an attack noun or a weapon.

    Args:
        tokens: Tokens of the sentence.
        trig: A trigger verb.

    Returns:
        True for ``الهجمات التي استهدفت``, ``الصواريخ التي ضربت``; False for ``القوات التي استهدفت``.
    """
    rel = trig.first_token - 1
    if rel < 1 or tokens[rel].text not in trigger_words("relative_pronouns"):
        return False
    for k in range(max(0, rel - _ANTECEDENT_REACH), rel):
        m = attack_noun_matcher().match_at(tokens, k) or weapon_matcher().match_at(tokens, k)
        if m is not None and m.last_token >= rel - 2:
            return True
    return False

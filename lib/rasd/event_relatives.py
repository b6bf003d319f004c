"""A strike verb in a relative clause about an attack noun: ``الهجمات التي استهدفت القوات الأمريكية``.

The verb's subject is the attack noun the relative pronoun points back to, so a US name right
after the verb is its object, the target, and not the subject of a verb-first sentence
(``استهدفت القوات الأمريكية مواقع``). An indefinite attack noun may take the verb with no relative
pronoun, the weapon it was carried out with in between (``هجوما بطائرة مسيرة استهدف القوات``).
"""

from __future__ import annotations

from rasd.event_lexicon import trigger_words
from rasd.gazetteer import attack_noun_matcher, weapon_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token
from rasd.time_adverbials import dates_act

__all__ = ["act_noun_subject", "bare_act_noun_subject"]

_BARE_REACH = 5  # tokens before the verb where a bare attack noun may start ("هجوما بطائرة مسيرة مسلحة")
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


def bare_act_noun_subject(tokens: list[Token], trig: PhraseMatch) -> bool:
    """An attack noun right before the trigger, or before a ``ب`` + weapon phrase that ends there, is its subject.

    Args:
        tokens: Tokens of the sentence.
        trig: A trigger verb.

    Returns:
        True for ``هجوما استهدف``, ``هجوما بطائرة مسيرة مسلحة استهدف``; False for
        ``بعد الهجوم بطائرة مسيرة استهدفت القوات`` (a time word dates the act, the verb has its own subject).
    """
    k = trig.first_token
    for j in range(k - 1, max(-1, k - _BARE_REACH - 1), -1):
        noun = attack_noun_matcher().match_at(tokens, j)
        if noun is None or noun.last_token >= k:
            continue
        if dates_act(tokens, noun):
            return False
        gap = noun.last_token + 1
        if gap == k:
            return True
        means = weapon_matcher().match_at(tokens, gap) if tokens[gap].text.startswith("ب") else None
        return means is not None and k - 1 <= means.last_token + 1 <= k
    return False

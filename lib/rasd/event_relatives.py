"""A strike verb in a relative clause about an attack noun: ``الهجمات التي استهدفت القوات الأمريكية``.

The verb's subject is the attack noun the relative pronoun points back to, so a US name right
after the verb is its object, the target, and not the subject of a verb-first sentence
(``استهدفت القوات الأمريكية مواقع``). An indefinite attack noun may take the verb with no relative
pronoun, the weapon it was carried out with in between (``هجوما بطائرة مسيرة استهدف القوات``).
A weapon may be the subject standing before the verb as well (``إن طائرة مسيرة هاجمت القوات
الأمريكية في سوريا``): the US named after the verb is what it struck.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word, trigger_words, us_matcher
from rasd.gazetteer import attack_noun_matcher, weapon_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token
from rasd.time_adverbials import dates_act

__all__ = ["act_noun_subject", "aims_at_us", "bare_act_noun_subject", "weapon_subject"]

_US_OBJECT_REACH = 2  # tokens after the aiming verb where the US name it hits starts ("استهدف عسكريين أميركيين")
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


def aims_at_us(tokens: list[Token], trig: PhraseMatch) -> bool:
    """The attack noun ``trig`` takes a bare relative verb whose object is a US name: an attack on US forces.

    Args:
        tokens: Tokens of the sentence.
        trig: A trigger that is an attack noun.

    Returns:
        True for ``ردا على هجوم استهدف عسكريين أميركيين``, ``هجوم بطائرة مسيرة طال القوات الأمريكية``;
        False for ``ضربة أميركية استهدفت مواقع للفصائل`` (the US is the striker, not the object).
    """
    if attack_noun_matcher().match_at(tokens, trig.first_token) is None:
        return False
    k = trig.last_token + 1
    means = weapon_matcher().match_at(tokens, k) if k < len(tokens) and tokens[k].text.startswith("ب") else None
    k = means.last_token + 1 if means is not None else k
    if k >= len(tokens) or not is_word(tokens[k].text, "aiming_verbs"):
        return False
    window = range(k + 1, min(len(tokens), k + 1 + _US_OBJECT_REACH))
    return any(us_matcher().match_at(tokens, j) or is_word(tokens[j].text, "us_person_adjectives") for j in window)


def weapon_subject(tokens: list[Token], trig: PhraseMatch) -> bool:
    """A weapon phrase with no «ب» ends right before the trigger verb: its subject (``طائرة مسيرة هاجمت``).

    Warplanes (unit ``aircraft``) are flown by states and stay out: ``مقاتلات استهدفت``.
    """
    for j in range(trig.first_token - 1, max(-1, trig.first_token - _BARE_REACH - 1), -1):
        m = weapon_matcher().match_at(tokens, j)
        if m is not None and m.last_token == trig.first_token - 1:
            return m.value.get("unit") != "aircraft" and "ب" not in m.prefix
    return False

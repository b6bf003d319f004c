"""Where a verbal noun's named base may stand: ``أعلنت … استهداف القاعدة الأميركية في عين الأسد``.

A verbal noun that takes its target as a direct object (``استهداف``, ``قصف``) reports an act when
a named base follows it within a few words. The press often names the target first by a general
noun with the owner's adjective and then the place (``القاعدة الأميركية في عين الأسد``,
``قاعدة للقوات الأمريكية في حرير``, in the factions' words ``قاعدة الاحتلال قرب مطار أربيل``, or
as the US-led coalition's ``مهاجمة قاعدة التحالف الدولي في التنف``), or names the forces the base holds (``استهداف القوات
الأميركية في قاعدة عين الأسد``); the window then runs from the place, not from the noun.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word, list_matcher, us_matcher
from rasd.gazetteer import weapon_matcher
from rasd.text import Token

__all__ = ["object_window_end", "past_instrument"]

_PLACE_PREPOSITIONS = frozenset({"في", "قرب", "بالقرب"})  # between the general noun and the named place
_ADJECTIVE_REACH = 2  # adjectives an attack noun may carry before its instrument or object marker


def object_window_end(tokens: list[Token], j: int, limit: int, reach: int) -> int:
    """End (exclusive) of the tokens after ``j`` where the base a verbal noun targets may start.

    Args:
        tokens: Tokens of the sentence.
        j: Last token before the object (the verbal noun itself when it takes a direct object).
        limit: Token index the window may not reach.
        reach: Tokens the base may stand after ``j``.

    Returns:
        ``j + 1 + reach``, moved past a general target noun or a noun of forces, the US or
        coalition name that owns it and a preposition of place (``القاعدة الأميركية في``, ``القوات الأميركية
        في``), never beyond ``limit``.
    """
    k = j + 1
    if k >= limit or not (is_word(tokens[k].text, "target_nouns") or is_word(tokens[k].text, "force_object_nouns")):
        return min(limit, j + 1 + reach)
    k += 1
    owner = (us_matcher().match_at(tokens, k) or list_matcher("coalition_owners").match_at(tokens, k)) if k < limit else None
    if owner is not None:
        k = owner.last_token + 1
    elif k < limit and is_word(tokens[k].text, "occupation_owners"):
        k += 1  # the factions' "قاعدة الاحتلال قرب مطار أربيل"
    else:
        return min(limit, j + 1 + reach)
    if k < limit and is_word(tokens[k].text, "stationed_words"):
        k += 1  # "القوات الأمريكية المتمركزة في قاعدة حرير"
    if k < limit and tokens[k].text in _PLACE_PREPOSITIONS:
        k += 1
    return min(limit, k + reach)


def past_instrument(tokens: list[Token], j: int) -> int:
    """Index ``j``, or the token after the weapon phrase with «ب» that starts there (``بطائرة مسيرة``).

    Adjectives of the attack noun before it are passed first (``هجوما آخر بطائرة مسيرة على``,
    ``هجوما صاروخيا على``, ``هجوم جديد على``; ``act_noun_adjectives``).
    """
    for _ in range(_ADJECTIVE_REACH):
        if j < len(tokens) and is_word(tokens[j].text, "act_noun_adjectives"):
            j += 1
    weapon = weapon_matcher().match_at(tokens, j) if j < len(tokens) else None
    return weapon.last_token + 1 if weapon is not None and weapon.prefix.endswith("ب") else j

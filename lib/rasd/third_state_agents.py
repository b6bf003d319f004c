"""Acts a third state does (Israel, Turkey, Russia) told by their doer: ``other`` developments.

:mod:`rasd.third_state_acts` reads the state from the adjective of the attack noun
(``غارة إسرائيلية``). The press also names the state as the doer of the act's verb:
right before it (``إسرائيل قصفت مواقع قرب دمشق``), or as the aircraft that carried it
out (``الغارة نفذتها طائرتان إسرائيليتان``, ``شنت طائرات حربية إسرائيلية غارات``). Such an act is neither an attack of the armed groups nor a US strike. A state
named after a preposition or with one attached (``على إسرائيل``, ``لإسرائيل``) is no
doer, and a state named right after the verb is mostly its object (``الحرس الثوري قصف
إسرائيل``).
"""

from __future__ import annotations

from functools import cache

from rasd.lexicon import word_set
from rasd.text import Token, clitic_variants

__all__ = ["third_state_doer"]

_CRAFT_REACH = 4  # words between the verb and the aircraft that did the act ("نفذتها طائرتان")
_ADJECTIVE_REACH = 2  # words between the aircraft noun and the state's adjective ("طائرات حربية إسرائيلية")


@cache
def _words(key: str) -> frozenset[str]:
    return word_set("event_triggers.yaml", key)


def _is(word: str, key: str) -> bool:
    return any(stem in _words(key) for _, stem in clitic_variants(word))


def _named_state(tokens: list[Token], j: int) -> bool:
    """Token ``j`` names a third state as a bare subject, with no preposition on it or before it."""
    if not 0 <= j < len(tokens) or tokens[j].text not in _words("third_state_names"):
        return False
    return j == 0 or tokens[j - 1].text not in _words("doer_blockers")


def _state_craft(tokens: list[Token], j: int) -> bool:
    """Token ``j`` is an aircraft noun a third state's adjective marks (``طائرات حربية إسرائيلية``)."""
    if not _is(tokens[j].text, "state_crafts"):
        return False
    for i in range(j + 1, min(len(tokens), j + 1 + _ADJECTIVE_REACH)):
        if _is(tokens[i].text, "third_state_adjectives"):
            return True
        if not (_is(tokens[i].text, "act_kind_words") or _is(tokens[i].text, "craft_kind_words")):
            return False
    return False


def third_state_doer(tokens: list[Token], k: int) -> bool:
    """The verb or verbal noun at ``k`` has a third state as its doer.

    Args:
        tokens: The sentence tokens.
        k: Index of the act's trigger.

    Returns:
        Whether the state is named right before the trigger, or its aircraft follow it.
    """
    if _named_state(tokens, k - 1):
        return True
    return any(_state_craft(tokens, j) for j in range(k + 1, min(len(tokens), k + 1 + _CRAFT_REACH)))

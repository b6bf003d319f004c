"""Acts a third state does (Israel, Turkey, Russia) told by their doer: ``other`` developments.

:mod:`rasd.third_state_acts` reads the state from the adjective of the attack noun
(``غارة إسرائيلية``). The press also names the state as the doer of the act's verb:
right before it (``إسرائيل قصفت مواقع قرب دمشق``), or as the aircraft that carried it
out (``الغارة نفذتها طائرتان إسرائيليتان``, ``شنت طائرات حربية إسرائيلية غارات``), after the
verb or right before it as its subject (``الطيران الحربي التركي قصف``, ``طائرة مسيرة تابعة للجيش
التركي استهدفت``), or as the state an act is attributed to (``إثر قصف نسب إلى تركيا``). Such an act is neither an attack of the armed groups nor a US strike. A state
named after a preposition or with one attached (``على إسرائيل``, ``لإسرائيل``) is no
doer, and a state named right after the verb is mostly its object (``الحرس الثوري قصف
إسرائيل``).
"""

from __future__ import annotations

from functools import cache

from rasd.lexicon import word_set
from rasd.text import Token, clitic_variants

__all__ = ["third_state_doer", "third_state_elaboration"]

_CRAFT_REACH = 4  # words between the verb and the aircraft that did the act ("نفذتها طائرتان")
_ADJECTIVE_REACH = 4  # words between the aircraft noun and the state's adjective ("طائرة مسيرة تابعة للجيش التركي")
_ATTRIBUTION_REACH = 3  # words between the act and the word attributing it, and between that word and the state
_ELABORATION_REACH = 15  # words between an act and the "حيث" clause telling how it was done


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


def _craft_adjective(tokens: list[Token], j: int) -> int:
    """Index of the third state's adjective marking the aircraft noun at ``j``, or -1.

    Words of kind and of ownership may stand between them (``طائرات حربية إسرائيلية``,
    ``طائرة مسيرة تابعة للجيش التركي``).
    """
    if not _is(tokens[j].text, "state_crafts"):
        return -1
    for i in range(j + 1, min(len(tokens), j + 1 + _ADJECTIVE_REACH)):
        if _is(tokens[i].text, "third_state_adjectives"):
            return i
        if not any(_is(tokens[i].text, key) for key in ("act_kind_words", "craft_kind_words", "craft_owner_words")):
            return -1
    return -1


def _attributed(tokens: list[Token], k: int) -> bool:
    """The act at ``k`` is said to be a third state's (``قصف نسب إلى تركيا``, ``تنسب أحيانا لإسرائيل``)."""
    for i in range(k + 1, min(len(tokens), k + 1 + _ATTRIBUTION_REACH)):
        if not _is(tokens[i].text, "attribution_words"):
            continue
        after = [t.text for t in tokens[i + 1 : i + 1 + _ATTRIBUTION_REACH]]
        for n, word in enumerate(after):
            if word in {"ل" + name for name in _words("third_state_names")}:
                return True
            if word in _words("attribution_preps") and n + 1 < len(after) and after[n + 1] in _words("third_state_names"):
                return True
    return False


def third_state_doer(tokens: list[Token], k: int) -> bool:
    """The verb or verbal noun at ``k`` has a third state as its doer.

    Args:
        tokens: The sentence tokens.
        k: Index of the act's trigger.

    Returns:
        Whether the state is named right before the trigger, its aircraft follow the trigger or
        stand right before it as its subject (``الطيران الحربي التركي قصف``), or the act is
        attributed to the state (``قصف نسب إلى تركيا``).
    """
    if _named_state(tokens, k - 1) or _attributed(tokens, k):
        return True
    if any(_craft_adjective(tokens, j) == k - 1 for j in range(max(0, k - 1 - _ADJECTIVE_REACH), k - 1)):
        return True
    return any(_craft_adjective(tokens, j) >= 0 for j in range(k + 1, min(len(tokens), k + 1 + _CRAFT_REACH)))


def third_state_elaboration(tokens: list[Token], k: int) -> bool:
    """The act at ``k`` is told again in a ``حيث`` clause whose verb has a third state's aircraft as doer.

    ``وتتعرض مواقع إيرانية للقصف، حيث استهدفت طائرات إسرائيلية فصائل مدعومة من إيران``: the
    group after the aircraft is the object, and the act is the state's.
    """
    for h in range(k + 1, min(len(tokens) - 1, k + 1 + _ELABORATION_REACH)):
        if tokens[h].text in _words("elaboration_openers"):
            return any(_craft_adjective(tokens, j) >= 0 for j in range(h + 2, min(len(tokens), h + 2 + _CRAFT_REACH)))
    return False

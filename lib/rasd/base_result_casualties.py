"""A base that was the target of an act that killed or wounded a force's soldiers hosts that force.

``استهدفت طائرة مسيرة قاعدة التنف فجر اليوم، ما أسفر عن إصابة ثلاثة جنود أمريكيين``, ``تعرضت قاعدة
حرير لهجوم أدى إلى إصابة جنديين أمريكيين``: the base is the object of a target verb (data/presence_context.yaml
``attack_target_links``) with at most a short subject between them, or the subject of an exposure word
(``exposure_words``) right before it; after it, before the next base, a verb of result
(``casualty_result_links``) is followed by a casualty word (``casualty_words``) and the soldiers' force.
Soldiers of the host state, or of the coalition alone, tie nothing. :mod:`rasd.base_casualties` reads the
same facts when an attack noun stands before the base (``هجوم على قاعدة …``).
"""

from __future__ import annotations

from functools import lru_cache

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.text import Token, clitic_variants

__all__ = ["result_casualty_force"]

_VERB_REACH = 4  # tokens from a target verb to the base (its subject between: "استهدفت طائرة مسيرة")
_RESULT_REACH = 8  # tokens after the base where the verb of result stands ("فجر اليوم، ما أسفر")
_CASUALTY_REACH = 3  # tokens after the verb of result to the casualty word ("عن إصابة")
_FORCE_REACH = 5  # tokens after the casualty word where the soldiers' force is named


@lru_cache(maxsize=1 << 14)
def _stems(word: str) -> frozenset[str]:
    return frozenset(stem for _, stem in clitic_variants(word))


def _is_target(tokens: list[Token], k_first: int) -> bool:
    """Whether the base is the object of a target verb shortly before it, or the subject of an exposure word."""
    if k_first > 0 and _stems(tokens[k_first - 1].text) & presence_words("exposure_words"):
        return True
    verbs = presence_words("attack_target_links") - {"علي", "ضد"}  # the prepositions go with an attack noun
    return any(_stems(tokens[j].text) & verbs for j in range(max(0, k_first - _VERB_REACH), k_first))


def _soldiers_after(tokens: list[Token], link: int) -> str | None:
    """The force of the soldiers a casualty word shortly after the verb of result at ``link`` counts."""
    for c in range(link + 1, min(link + 1 + _CASUALTY_REACH, len(tokens))):
        if not _stems(tokens[c].text) & presence_words("casualty_words"):
            continue
        window = tokens[c + 1 : c + 1 + _FORCE_REACH]
        named = next(iter(adjective_matcher().find(window)), None) or next(iter(force_matcher().find(window)), None)
        return str(named.value) if named is not None and str(named.value) != "coalition" else None
    return None


def result_casualty_force(tokens: list[Token], k_first: int, k_last: int, hi: int) -> str | None:
    """The force whose soldiers the act on the base killed or wounded, told by a verb of result, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.
        k_last: Index of its last token.
        hi: Index where the next base of the sentence starts (or the sentence's length).

    Returns:
        The force named after the casualty word that follows the first verb of result after the base.
    """
    if not _is_target(tokens, k_first):
        return None
    for j in range(k_last + 1, min(k_last + 1 + _RESULT_REACH, hi)):
        if _stems(tokens[j].text) & presence_words("casualty_result_links"):
            return _soldiers_after(tokens, j)
    return None

"""Attack nouns and weapons at a token, and the attack-context word lists.

Shared by the attack-count modules (:mod:`rasd.attacks`, :mod:`rasd.bare_figures`,
:mod:`rasd.times`): the unit of an attack noun (``هجوم``, ``عملية``, ``غارة``) or weapon
(``صاروخ``, ``طائرة مسيرة``) starting at a token, and the word lists of
``data/attack_context.yaml``.
"""

from __future__ import annotations

from rasd.gazetteer import attack_noun_matcher, weapon_matcher
from rasd.lexicon import word_set
from rasd.text import Token, clitic_variants

__all__ = ["WEAPON_UNITS", "context_words", "find_unit_at", "has_context_word", "is_instrument"]

WEAPON_UNITS = frozenset({"drone", "rocket", "missile", "mortar"})


def context_words(key: str) -> frozenset[str]:
    """Words of the list ``key`` of ``data/attack_context.yaml``."""
    return word_set("attack_context.yaml", key)


def has_context_word(word: str, key: str) -> bool:
    """True when ``word``, with or without its clitics, is in the list ``key``."""
    return any(stem in context_words(key) for _, stem in clitic_variants(word))


def find_unit_at(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """Unit and end (in norm) of an attack noun or weapon starting at token ``j``.

    Args:
        tokens: Tokens of the sentence.
        j: Index of the token; out-of-range indexes give None.

    Returns:
        ``(unit, nend)`` of the weapon or attack noun found there, else None.
    """
    if j < 0 or j >= len(tokens):
        return None
    for matcher in (weapon_matcher(), attack_noun_matcher()):
        m = matcher.match_at(tokens, j)
        if m is not None:
            return m.value["unit"], m.end
    return None


def is_instrument(tokens: list[Token], j: int) -> bool:
    """True when token ``j`` opens a weapon noun with the instrumental ب (``بالصواريخ``).

    After a bare number such a noun is the means of the attacks counted, not what is counted:
    ``شنت 20 هجوما بالطائرات المسيرة و15 بالصواريخ`` counts 15 attacks.
    """
    m = weapon_matcher().match_at(tokens, j) if 0 <= j < len(tokens) else None
    return m is not None and "ب" in m.prefix

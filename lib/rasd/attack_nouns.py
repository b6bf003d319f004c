"""Attack nouns and weapons at a token, and the attack-context word lists.

Shared by the attack-count modules (:mod:`rasd.attacks`, :mod:`rasd.bare_figures`,
:mod:`rasd.times`): the unit of an attack noun (``هجوم``, ``عملية``, ``غارة``) or weapon
(``صاروخ``, ``طائرة مسيرة``) starting at a token, and the word lists of
``data/attack_context.yaml``.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.gazetteer import attack_noun_matcher, weapon_matcher
from rasd.lexicon import word_set
from rasd.text import Token, clitic_variants

__all__ = ["WEAPON_UNITS", "context_words", "find_unit_at", "has_context_word", "is_instrument", "past_case_noun"]

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
    return _glued_unit(tokens[j])


def _glued_unit(token: Token) -> tuple[str, int] | None:
    """Unit and end of a noun ending in ا glued to a following word (``هجومامنذ``), else None."""
    for follower in context_words("glued_followers"):
        head = token.text[: -len(follower)]
        if token.text.endswith(follower) and len(head) > 2 and head.endswith("ا"):
            found = find_unit_at([replace(token, text=head, end=token.start + len(head))], 0)
            return (found[0], found[1]) if found else None
    return None


def is_instrument(tokens: list[Token], j: int) -> bool:
    """True when token ``j`` opens a weapon noun with the instrumental ب (``بالصواريخ``).

    After a bare number such a noun is the means of the attacks counted, not what is counted:
    ``شنت 20 هجوما بالطائرات المسيرة و15 بالصواريخ`` counts 15 attacks.
    """
    m = weapon_matcher().match_at(tokens, j) if 0 <= j < len(tokens) else None
    return m is not None and "ب" in m.prefix


def past_case_noun(tokens: list[Token], j: int) -> int:
    """Index past a measure noun at token ``j`` that an attack noun follows, else ``j``.

    ``66 حالة من الهجمات``, ``12 حالة استهداف``: the number counts the attack noun after
    ``حالة`` (one ``من`` and one demonstrative may stand between them); ``30 حالة إصابة`` counts
    no attack, nor does ``حالة`` before a weapon.
    """
    if j >= len(tokens) or tokens[j].text not in context_words("case_nouns"):
        return j
    k = j + 1
    for key in ("skip_after_number", "demonstratives"):
        k += 1 if k < len(tokens) and tokens[k].text in context_words(key) else 0
    found = find_unit_at(tokens, k)
    return j + 1 if found and found[0] not in WEAPON_UNITS else j

"""Soldiers of a force killed or wounded in «the attack» told right after the sentence naming its base.

``استهدفت طائرة مسيرة قاعدة التنف فجر اليوم. وأسفر الهجوم عن إصابة ثلاثة جنود أمريكيين``, ``… قاعدة عين
الأسد. وأصيب جنديان أمريكيان في الهجوم``: a sentence that names no base has a definite attack noun
(data/presence_context.yaml ``casualty_attack_nouns`` with ``ال``) and, within :data:`_NEAR` tokens of it,
a casualty word (``casualty_words``) whose soldiers' force is named right after it or as the subject right
before it, and the attack noun names no target of its own (``الهجوم على السفارة``).
:mod:`rasd.base_anaphors` gives the row to the base the sentence before named last. Only a
national force ties: soldiers of the host state, or of the coalition alone, tie nothing.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.lexicon import PhraseMatch
from rasd.text import Token, clitic_variants

__all__ = ["attack_casualty_force"]

_NEAR = 6  # tokens between the definite attack noun and the casualty word, either order
_FORCE_REACH = 5  # tokens after the casualty word where the soldiers' force is named
_SUBJECT_REACH = 3  # tokens before the casualty word where the soldiers are named as its subject


@lru_cache(maxsize=1 << 14)
def _stems(word: str) -> frozenset[str]:
    return frozenset(stem for _, stem in clitic_variants(word))


def _named(tokens: list[Token]) -> PhraseMatch | None:
    return next(iter(adjective_matcher().find(tokens)), None) or next(iter(force_matcher().find(tokens)), None)


def _attack_nouns(tokens: list[Token]) -> list[int]:
    definite = {w for w in presence_words("casualty_attack_nouns") if w.startswith("ال")}
    return [k for k, t in enumerate(tokens) if _stems(t.text) & definite]


def _soldiers(tokens: list[Token], c: int) -> str | None:
    """The force of the soldiers the casualty word at ``c`` counts: named after it, or as its subject before it."""
    named = _named(tokens[c + 1 : c + 1 + _FORCE_REACH])
    before = tokens[max(0, c - _SUBJECT_REACH) : c]
    if named is None and any(t.text in presence_words("casualty_subject_nouns") for t in before):
        named = _named(before)  # "جنديان أمريكيان أصيبا في الهجوم"
    return str(named.value) if named is not None else None


def _aimed_elsewhere(tokens: list[Token], a: int) -> bool:
    """Whether the attack noun at ``a`` names a target of its own (``الهجوم على السفارة``), not ``القاعدة``."""
    links = presence_words("attack_target_links") | {"الذي", "التي"}
    for k in range(a + 1, min(a + 3, len(tokens))):
        if _stems(tokens[k].text) & links:
            nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
            return nxt not in presence_words("base_anaphors") and nxt not in links
    return False


def attack_casualty_force(tokens: list[Token]) -> tuple[str, int, int] | None:
    """The national force whose soldiers «the attack» killed or wounded, with the evidence's first and last token.

    Args:
        tokens: Tokens of a sentence that names no base.

    Returns:
        (force, first token, last token) of the attack noun and the casualty word, or None.
    """
    for a in _attack_nouns(tokens):
        if _aimed_elsewhere(tokens, a):
            continue
        for c in range(max(0, a - _NEAR), min(len(tokens), a + 1 + _NEAR)):
            if c == a or not _stems(tokens[c].text) & presence_words("casualty_words"):
                continue
            force = _soldiers(tokens, c)
            if force is not None and force != "coalition":
                return force, min(a, c), max(a, c)
    return None

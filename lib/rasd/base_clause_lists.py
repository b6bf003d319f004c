"""Bases listed after a counted base noun whose clause names the force, for :mod:`rasd.base_plural_topics`.

A dual or plural base noun may be tied to a force by a clause that points back to it with a pronoun
(``قاعدتين أخلتهما القوات الأمريكية``, ``قاعدتين كانت تتمركز فيهما قوات أمريكية``, ``ثلاث قواعد
تستخدمها واشنطن``) and then list the bases with a copula (data/presence_context.yaml
``list_copulas``): ``تسلمت الوزارة قاعدتين أخلتهما القوات الأمريكية، وهما قاعدة الشدادي وقاعدة
التنف``. The listed bases are that force's, present or just left. A contrast opener or another base
noun between the noun and the copula, or no pronoun there, leaves the list alone.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.base_limits import has_contrast_between
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.text import Token, clitic_variants

__all__ = ["clause_listed_force"]

_CLAUSE_REACH = 10  # tokens between the counted base noun and the copula that lists its bases
_POINTING_ENDINGS = ("هما", "ها", "هم", "هن")  # object or prepositional pronouns that point back to the bases


@lru_cache(maxsize=1 << 14)
def _stems(word: str) -> frozenset[str]:
    return frozenset(stem for _, stem in clitic_variants(word))


def _copula_before(tokens: list[Token], k_first: int) -> int | None:
    """Index of a list copula right before the base or its base noun (``وهما قاعدة الشدادي``), or None."""
    copulas = presence_words("list_copulas")
    for k in (k_first - 1, k_first - 2):
        if k >= 0 and tokens[k].text in copulas:
            if k == k_first - 2 and not _stems(tokens[k_first - 1].text) & presence_words("topic_member_nouns"):
                return None
            return k
    return None


def clause_listed_force(tokens: list[Token], k_first: int) -> str | None:
    """The force of the clause after a counted base noun whose bases the copula before ``k_first`` lists.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        The force named between a dual or plural base noun and the copula, when a word there ends
        in a pronoun that points back to the bases (``أخلتهما``, ``فيهما``, ``تستخدمها``); None otherwise.
    """
    copula = _copula_before(tokens, k_first)
    if copula is None:
        return None
    counted = presence_words("dual_base_nouns") | presence_words("plural_base_nouns")
    for k in range(copula - 1, max(-1, copula - 1 - _CLAUSE_REACH), -1):
        if not _stems(tokens[k].text) & counted:
            continue
        clause = tokens[k + 1 : copula]
        if has_contrast_between(tokens, k, copula) or not any(t.text.endswith(_POINTING_ENDINGS) for t in clause):
            return None
        named = [*force_matcher().find(clause), *adjective_matcher().find(clause)]
        return str(min(named, key=lambda f: f.first_token).value) if named else None
    return None

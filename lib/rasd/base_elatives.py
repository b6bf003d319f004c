"""A base given as the one that stands out among a force's bases, for :mod:`rasd.bases`.

A nominal sentence may open with an elative and a plural base noun whose relative clause names
the force, and give the base as its predicate: ``وآخر هذه القواعد التي أخلتها القوات الأمريكية
بالكامل قاعدة قسرك``, ``وأبرز القواعد التي تتمركز فيها القوات الأمريكية قاعدة عين الأسد``. The elatives
are data/presence_context.yaml ``elative_heads``; the clause points back to the bases with a pronoun
(``أخلتها``, ``فيها``, ``تستخدمها``).
"""

from __future__ import annotations

from rasd.base_limits import has_contrast_between
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.text import Token, clitic_variants

__all__ = ["elative_clause_force"]

_CLAUSE_REACH = 10  # tokens between the relative pronoun and the base
_POINTING_ENDINGS = ("ها", "هما")  # pronouns that point back to the bases


def _stems(word: str) -> set[str]:
    return {stem for _, stem in clitic_variants(word)}


def _elative_head(tokens: list[Token], rel: int) -> bool:
    """An elative, an optional demonstrative, then a plural base noun right before the pronoun at ``rel``."""
    k = rel - 1
    if k < 1 or not _stems(tokens[k].text) & presence_words("plural_base_nouns"):
        return False
    k -= 1
    if tokens[k].text in presence_words("base_demonstratives"):
        k -= 1
    return k >= 0 and bool(_stems(tokens[k].text) & presence_words("elative_heads"))


def elative_clause_force(tokens: list[Token], k_first: int) -> str | None:
    """The force of a relative clause on ``<elative> القواعد التي …`` whose predicate is the base at ``k_first``.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        The first force named in the clause, when the clause ends right before the base, a word of
        it points back to the bases and no contrast opener stands in it; None otherwise.
    """
    relatives = presence_words("relative_pronouns")
    rel = next((k for k in range(k_first - 1, max(-1, k_first - 1 - _CLAUSE_REACH), -1) if tokens[k].text in relatives), None)
    if rel is None or not _elative_head(tokens, rel) or has_contrast_between(tokens, rel, k_first):
        return None
    clause = tokens[rel + 1 : k_first]
    if not any(t.text.endswith(_POINTING_ENDINGS) for t in clause):
        return None
    named = [*force_matcher().find(clause), *adjective_matcher().find(clause)]
    return str(min(named, key=lambda f: f.first_token).value) if named else None

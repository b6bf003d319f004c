"""Bases named in a sentence whose topic is a force's bases, for :mod:`rasd.bases`.

A sentence may open with a force's bases as its subject (``تعيش القواعد الأمريكية في سوريا أياما
عصيبة``, ``وتتعرض القواعد الأمريكية في العراق وسوريا لهجمات``) and then name some of them with a
base noun: ``… فعقب استهداف قاعدة كونيكو …، استهدفت طائرتان قاعدة خراب الجير``. Those bases are
the force's: the plural base noun with its force adjective opens the sentence (after at most
``_OPENING`` words), the base after it has a base noun of its own, and neither a contrast opener
(``فيما``, ``بينما``) nor another force stands between them.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.base_limits import has_contrast_between
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.text import Token, clitic_variants

__all__ = ["plural_topic_force"]

_OPENING = 2  # words before the plural base noun that opens the sentence ("وتتعرض القواعد …")


@lru_cache(maxsize=1 << 14)
def _stems(word: str) -> frozenset[str]:
    return frozenset(stem for _, stem in clitic_variants(word))


def _topic(tokens: list[Token]) -> tuple[int, str] | None:
    """Last token index and force of a plural base noun with a force adjective opening the sentence."""
    for k in range(min(_OPENING + 1, len(tokens))):
        if tokens[k].text.removeprefix("و") not in presence_words("plural_base_nouns"):
            continue
        q = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text in presence_words("base_qualifiers"))
        adj = adjective_matcher().match_at(tokens, q)
        return (adj.last_token, str(adj.value)) if adj is not None else None
    return None


def plural_topic_force(tokens: list[Token], k_first: int) -> str | None:
    """The force of the bases a sentence opens with, when the base at ``k_first`` is one of them.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        The force adjective of the opening plural base noun (``القواعد الأمريكية``), or None when
        the base has no base noun right before or at it, or a contrast opener or another force
        stands between them.
    """
    topic = _topic(tokens)
    if topic is None or topic[0] >= k_first:
        return None
    end, force = topic
    nouns = [k for k in (k_first - 1, k_first) if k > end and _stems(tokens[k].text) & presence_words("topic_member_nouns")]
    if not nouns or has_contrast_between(tokens, end, k_first):
        return None
    between = tokens[end + 1 : k_first]
    if any(True for _ in adjective_matcher().find(between)) or any(True for _ in force_matcher().find(between)):
        return None
    return force

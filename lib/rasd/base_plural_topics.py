"""Bases named in a sentence whose topic is a force's bases, for :mod:`rasd.bases`.

A sentence may open with a force's bases as its subject (``تعيش القواعد الأمريكية في سوريا أياما
عصيبة``, ``وتتعرض القواعد الأمريكية في العراق وسوريا لهجمات``) and then name some of them with a
base noun: ``… فعقب استهداف قاعدة كونيكو …، استهدفت طائرتان قاعدة خراب الجير``. Those bases are
the force's: the plural base noun with its force adjective opens the sentence (after at most
``_OPENING`` words), the base after it has a base noun of its own, and neither a contrast opener
(``فيما``, ``بينما``) nor another force stands between them.

A base given as an example of a force's bases with ``ك`` and a base noun (or ``مثل``) is one of them too,
past the words that say where those bases are: ``الهجمات على القواعد الأمريكية القريبة من الحدود
السورية العراقية كقاعدتي خراب الجير والشدادي``. A bare ``القواعد`` there takes the force of a base
noun with a force adjective the sentence named before it (``استهداف القاعدة الأمريكية في تل بيدر …
بعد سلسلة استهدافات للقواعد القريبة من الحدود كقاعدتي خراب الجير والشدادي``).
"""

from __future__ import annotations

from functools import lru_cache

from rasd.base_clause_lists import clause_listed_force
from rasd.base_limits import has_contrast_between
from rasd.base_site_lists import site_list_force
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.text import Token, clitic_variants

__all__ = ["plural_bases_force"]

_OPENING = 2  # words before the plural base noun that opens the sentence ("وتتعرض القواعد …")
_EXAMPLE_REACH = 12  # tokens between a plural base noun and the example marker after it


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


def _plural_topic_force(tokens: list[Token], k_first: int) -> str | None:
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


def _adjective_after(tokens: list[Token], k: int) -> tuple[int, str] | None:
    """Last token index and force of a force adjective right after the base noun at ``k`` (past a qualifier)."""
    q = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text in presence_words("base_qualifiers"))
    adj = adjective_matcher().match_at(tokens, q) if q < len(tokens) else None
    return (adj.last_token, str(adj.value)) if adj is not None else None


def _marker(tokens: list[Token], k_first: int) -> int | None:
    """Index of the example marker before the base: ``كقاعدتي`` at or right before it, or ``مثل``."""
    for k in (k_first, k_first - 1):
        if k < 0:
            continue
        word = tokens[k].text.removeprefix("و")
        if word.startswith("ك") and word[1:] in presence_words("topic_member_nouns"):
            return k
        if word in presence_words("example_markers"):
            return k
    if k_first >= 2 and tokens[k_first - 2].text.removeprefix("و") in presence_words("example_markers"):
        return k_first - 2 if tokens[k_first - 1].text in presence_words("topic_member_nouns") else None
    return None


def _named_force_before(tokens: list[Token], k: int) -> str | None:
    """The force of the last base noun with a force adjective before token ``k``, with no contrast after it."""
    for j in range(k - 1, -1, -1):
        if not _stems(tokens[j].text) & presence_words("base_nouns"):
            continue
        adj = _adjective_after(tokens, j)
        if adj is not None and adj[0] < k:
            return None if has_contrast_between(tokens, adj[0], k) else adj[1]
    return None


def _example_force(tokens: list[Token], k_first: int) -> str | None:
    """The force of the bases the base at ``k_first`` is given as an example of, or None."""
    marker = _marker(tokens, k_first)
    if marker is None:
        return None
    for k in range(marker - 1, max(-1, marker - 1 - _EXAMPLE_REACH), -1):
        if not _stems(tokens[k].text) & presence_words("plural_base_nouns"):
            continue
        if has_contrast_between(tokens, k, marker):
            return None
        adj = _adjective_after(tokens, k)
        between = tokens[(adj[0] if adj else k) + 1 : marker]
        if any(True for _ in adjective_matcher().find(between)) or any(True for _ in force_matcher().find(between)):
            return None
        if adj is not None:
            return adj[1]
        return _named_force_before(tokens, k) if _stems(tokens[k].text) & {"القواعد"} else None
    return None


def plural_bases_force(tokens: list[Token], k_first: int) -> str | None:
    """The force of a force's bases that the base at ``k_first`` is one of, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        The force of the plural base noun that opens the sentence as its subject, or of the plural
        base noun the base is given after as an example (``كقاعدتي``, ``مثل قاعدة``), or of the
        clause after a counted base noun whose bases a copula lists (:mod:`rasd.base_clause_lists`), or of
        a base noun whose places a town noun after «في» introduces (:mod:`rasd.base_site_lists`).
    """
    return (
        _plural_topic_force(tokens, k_first)
        or _example_force(tokens, k_first)
        or clause_listed_force(tokens, k_first)
        or site_list_force(tokens, k_first)  # "قواعد الجيش الأمريكي في مدن الشدادي"
    )

"""Places named after a force's base noun and «في», with a town or area noun between, for :mod:`rasd.bases`.

A base noun with its force, then ``في`` and a plural or singular noun of towns or areas (data/presence_context.yaml
``base_site_nouns``), names the places the bases are at: ``توجهت القافلة إلى قواعد الجيش الأمريكي في
مدن تل بيدر والشدادي``, ``إلى النقاط والقواعد العسكرية للقوات الأمريكية في مناطق تل بيدر
ورميلان``. The first place is the base of its town (the rest join it with و, :mod:`rasd.base_lists`).
The same stretch without a force (``أرسل الجيش الأمريكي تعزيزات إلى القاعدة العسكرية في قرية
قصرك``) puts the base noun, not the place, right after the movement word's preposition
(:func:`unnamed_base_start`, for :mod:`rasd.base_moves`). A base noun with no force
(``قاعدة القليب في منطقة تل بيدر``: another base, located) or a force with no base noun (``القوات
الأمريكية في مدن الحسكة``) gives nothing here.
"""

from __future__ import annotations

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.text import Token, clitic_variants

__all__ = ["site_list_force", "unnamed_base_start"]

_OWNER_REACH = 5  # tokens between a base noun and «في» where its force is named ("والنقاط العسكرية للقوات الأمريكية")


def _stems(word: str) -> set[str]:
    return {stem for _, stem in clitic_variants(word)}


def _locator_in(tokens: list[Token], k_first: int) -> int | None:
    """Index of «في» before the place, past one town or area noun (``في مدن``, ``في قرية``), or None."""
    j = k_first - 1
    if j >= 0 and _stems(tokens[j].text) & presence_words("base_site_nouns"):
        j -= 1
    return j if j >= 0 and tokens[j].text == "في" else None


def site_list_force(tokens: list[Token], k_first: int) -> str | None:
    """The force of a base noun whose places a site noun after «في» introduces, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the place's first token.

    Returns:
        The force named between the base noun and ``في`` and ending right before it (``قواعد الجيش
        الأمريكي في مدن الشدادي``, ``النقاط والقواعد العسكرية للقوات الأمريكية في مناطق رميلان``),
        when a site noun stands between ``في`` and the place; None otherwise.
    """
    fi = _locator_in(tokens, k_first)
    if fi is None or fi == k_first - 1:
        return None
    lo = max(0, fi - _OWNER_REACH)
    span = tokens[lo:fi]
    named = [*force_matcher().find(span), *adjective_matcher().find(span)]
    if not named:
        return None
    last = max(named, key=lambda f: f.last_token)
    if last.last_token != len(span) - 1:
        return None
    if not any(_stems(t.text) & presence_words("base_nouns") for t in span[: last.first_token]):
        return None
    return str(last.value)


def unnamed_base_start(tokens: list[Token], k_first: int) -> int:
    """Index of the base noun of ``<base noun> [qualifier] في <site noun> <place>``, else ``k_first``.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the place's first token.

    Returns:
        The index of ``القاعدة`` in ``إلى القاعدة العسكرية في قرية قصرك`` (the preposition is right
        before it); ``k_first`` when no site noun and base noun stand there.
    """
    fi = _locator_in(tokens, k_first)
    if fi is None or fi == k_first - 1:
        return k_first
    j = fi - 1
    while j > 0 and tokens[j].text in presence_words("base_qualifiers"):
        j -= 1
    return j if j >= 0 and tokens[j].text in presence_words("base_nouns") else k_first

"""Bases the factions' statements call occupied, or the occupation's, for :mod:`rasd.bases`.

In the statements of the Iraqi factions and the outlets that quote them, "the occupation" in Iraq
and Syria is the US presence (data/actors.yaml, alias ``الاحتلال``). A base in those countries
called occupied right after its name (``قاعدة عين الأسد المحتلة``, ``قاعدة "الرميلان" المحتلة في
سوريا``) or owned by the occupation with no other nationality after it (``قاعدة الاحتلال في مخيم
الركبان``, ``ثلاث قواعد احتلال في العراق وسوريا، وهي قاعدة خراب الجير``) hosts US forces. The
occupation of another state (``الاحتلال الإسرائيلي``, ``الجولان المحتل``) or a base outside Iraq and
Syria gives nothing. Word lists: data/presence_context.yaml ``occupation_nouns``,
``occupied_adjectives`` and ``occupation_others``.
"""

from __future__ import annotations

from rasd.forces import adjective_matcher, presence_words
from rasd.text import Token, clitic_variants

__all__ = ["occupier_force"]

_AFTER_REACH = 3  # words after a base name where «المحتلة» still describes it (qualifiers and marks skipped)
_LIST_REACH = 14  # tokens between «قواعد احتلال» and the base its list copula names
_OCCUPIER = "US"  # the force "the occupation" is in Iraq and Syria
_OCCUPIED_COUNTRIES = frozenset({"Iraq", "Syria"})  # where the factions call the US presence the occupation


def _stems(word: str) -> set[str]:
    return {stem for _, stem in clitic_variants(word)}


def _is_word(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _called_occupied(tokens: list[Token], k_last: int) -> bool:
    """«المحتلة» within a few words after the base name, past its qualifiers (``الجوية``)."""
    seen = 0
    for t in tokens[k_last + 1 :]:
        if not _is_word(t.text):
            continue
        if t.text in presence_words("occupied_adjectives"):
            return not _names_occupier(tokens, tokens.index(t) + 1)
        seen += 1
        if seen >= _AFTER_REACH or t.text not in presence_words("base_qualifiers"):
            return False
    return False


def _names_occupier(tokens: list[Token], k: int) -> bool:
    """«من» right after «المحتلة» names who holds it (``المحتلة من قبل داعش``): not the factions' word."""
    return k < len(tokens) and tokens[k].text == "من"


def _occupation_owner(tokens: list[Token], k: int) -> bool:
    """A base noun with «الاحتلال/احتلال» after it at ``k`` and no other state's name after that."""
    if k < 1 or not _stems(tokens[k].text) & presence_words("occupation_nouns"):
        return False
    if not _stems(tokens[k - 1].text) & presence_words("base_nouns"):
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is not None and (nxt.text in presence_words("occupation_others") or adjective_matcher().match_at(tokens, k + 1)):
        return False  # "قاعدة الاحتلال الإسرائيلي"; "قاعدة الاحتلال الأمريكي" is the force matcher's
    return True


def _owned_by_occupation(tokens: list[Token], k_first: int) -> bool:
    """``قاعدة الاحتلال في <base>`` or ``قواعد احتلال …، وهي <base>`` before the base at ``k_first``."""
    j = k_first - 1
    if j >= 0 and tokens[j].text in presence_words("base_nouns"):
        j -= 1  # "وهي قاعدة خراب الجير"
    if j >= 0 and tokens[j].text == "في":
        return _occupation_owner(tokens, j - 1)
    if j < 0 or tokens[j].text not in presence_words("list_copulas"):
        return False
    return any(_occupation_owner(tokens, k) for k in range(max(1, j - _LIST_REACH), j))


def occupier_force(tokens: list[Token], k_first: int, k_last: int, country: str) -> str | None:
    """The US when a base in Iraq or Syria is called occupied or the occupation's, else None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.
        k_last: Index of the base's last token.
        country: The base's country in the gazetteer.

    Returns:
        ``US`` for ``قاعدة عين الأسد المحتلة``, ``قاعدة الاحتلال في مخيم الركبان`` or ``قواعد
        احتلال …، وهي قاعدة خراب الجير``; None otherwise.
    """
    if country not in _OCCUPIED_COUNTRIES:
        return None
    if _called_occupied(tokens, k_last) or _owned_by_occupation(tokens, k_first):
        return _OCCUPIER
    return None

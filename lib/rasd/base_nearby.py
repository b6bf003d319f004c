"""An unnamed force's base said to be near a base place: the place is the base.

``قاعدة تتمركز فيها قوات أمريكية بالقرب من مطار أربيل``, ``قرب قاعدة للقوات الأمريكية المتمركزة على
مقربة من مطار أربيل``. A base noun (data/presence_context.yaml ``unnamed_base_nouns``) that names no
base of its own, a US force after it (an adjective, ``للقوات الأمريكية`` or a presence clause), then a
near-locator (``near_locators``: قرب, بالقرب من, على مقربة من) right before the place. The press
names such a base by the airport or base it stands by, so the place gets the row although the
locator alone would make it a landmark (:func:`rasd.scope.is_landmark`). A base of another force
(``قاعدة للحشد الشعبي قرب مطار بغداد``) or a place between the noun and the locator (``قاعدة أمريكية
في سوريا، وسقط صاروخ قرب مطار أربيل``) gives nothing.
"""

from __future__ import annotations

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.gazetteer import find_places
from rasd.text import Token, clitic_variants

__all__ = ["is_near_conjunct", "nearby_unnamed_force"]

_NOUN_REACH = 8  # tokens between the base noun and the near-locator
_CONJUNCT_REACH = 8  # tokens between the base before and the "و<base noun>" of a list item
_LOCATOR_LINKS = frozenset({"من", "علي"})  # "بالقرب من", "على مقربة من"


def _stems(word: str) -> set[str]:
    return {stem for _, stem in clitic_variants(word)}


def _locator_start(tokens: list[Token], k_first: int) -> int | None:
    """Index of the near-locator phrase that ends right before the place, or None."""
    k = k_first - 1
    if k >= 0 and tokens[k].text in _LOCATOR_LINKS:
        k -= 1
    if k < 0 or not _stems(tokens[k].text) & set(presence_words("near_locators")):
        return None
    if k > 0 and tokens[k - 1].text in _LOCATOR_LINKS:
        k -= 1
    return k


def nearby_unnamed_force(tokens: list[Token], k_first: int) -> str | None:
    """The US force of an unnamed base said to stand near the place at ``k_first``, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the place's first token.

    Returns:
        ``US`` for ``<base noun> … <US force> … <near-locator> <place>`` with no place between
        the noun and the locator, else None.
    """
    start = _locator_start(tokens, k_first)
    if start is None:
        return None
    nouns = set(presence_words("unnamed_base_nouns"))
    for n in range(start - 1, max(-1, start - 1 - _NOUN_REACH), -1):
        if not _stems(tokens[n].text) & nouns:
            continue
        between = tokens[n + 1 : start]
        if find_places(between):
            return None
        forces = [*adjective_matcher().find(between), *force_matcher().find(between)]
        return "US" if any(f.value == "US" for f in forces) else None
    return None


def is_near_conjunct(tokens: list[Token], prev_last: int, k_first: int) -> bool:
    """The place names an unnamed base added to a list of bases: ``…، ومعسكر قرب مطار بغداد``.

    Args:
        tokens: Tokens of the sentence.
        prev_last: Index of the last token of the base before it in the list.
        k_first: Index of the place's first token.

    Returns:
        True for ``و<base noun> <near-locator> <place>`` within a few words of that base; the item
        shares the list's force, and the place is its base, not a landmark.
    """
    start = _locator_start(tokens, k_first)
    if start is None or start < 1 or not 0 < start - 1 - prev_last <= _CONJUNCT_REACH:
        return False
    word = tokens[start - 1].text
    return word.startswith("و") and word[1:] in presence_words("unnamed_base_nouns")

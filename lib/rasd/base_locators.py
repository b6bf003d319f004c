"""Words that only say where a base is, between it and the words that say who is there.

A base is often placed before its presence clause: ``قاعدة عين الأسد في محافظة الأنبار غربي
العراق، حيث يتمركز عسكريون أميركيون``, ``معسكر التاجي العراقي الواقع إلى الشمال من العاصمة
بغداد، والذي توجد فيه قوات أمريكية``, ``قاعدة قرب مطار أربيل في الشمال العراقي تتمركز فيها
قوات أمريكية``. A stretch of this kind holds only places that are not bases, locator words
(data/presence_context.yaml ``locator_words``), landmark words, host-state adjectives and relative
pronouns. The same stretch may stand between a presence verb with a base noun as its subject and
the force it hosts (``وتضم القاعدة، الواقعة في غرب العراق، قوات أمريكية``).

A place may carry its locating preposition as a proclitic: ``قاعدتها بمدينة الشدادي``,
``القاعدة العسكرية بالشدادي`` say what ``في`` says.
"""

from __future__ import annotations

from rasd.doc import Doc
from rasd.forces import presence_words
from rasd.gazetteer import find_places
from rasd.scope import base_of
from rasd.text import Token

__all__ = ["is_locating_stretch", "located_by_clitic", "opens_with_ordinal", "skip_locating"]

_STRETCH_REACH = 12  # tokens of a locating stretch at most
_PLACE_WORDS = 4  # words of a place name at most
_KINDS = ("locator_words", "landmark_words", "local_adjectives", "relative_pronouns")


def _place_tokens(doc: Doc, off: int, lo: int, hi: int) -> set[int] | None:
    """Sentence indices of the tokens of places inside ``[lo, hi)``; None when one is a base."""
    inside: set[int] = set()
    for m in doc.places:
        if off + lo <= m.first_token and m.last_token < off + hi:
            if base_of(doc, m) is not None:
                return None
            inside |= set(range(m.first_token - off, m.last_token - off + 1))
    return inside


def _locating_word(word: str) -> bool:
    return any(word in presence_words(kind) for kind in _KINDS)


def is_locating_stretch(doc: Doc, tokens: list[Token], off: int, k_last: int, v_first: int) -> bool:
    """True when every word between a base and a verb only says where the base is.

    Args:
        doc: The article.
        tokens: Tokens of the sentence.
        off: Index in the article of the sentence's first token.
        k_last: Index of the base's last token.
        v_first: Index of the verb's first token.

    Returns:
        True for a non-empty stretch of at most ``_STRETCH_REACH`` tokens made of places that are
        not bases and locating words (and, first, an adjective of the kind of site: ``النفطي``),
        with a locator word or a place in it, before a verb that is not coordinated with و.
    """
    participle = tokens[k_last + 1].text in presence_words("locating_participles") if k_last + 1 < len(tokens) else False
    if not 0 < v_first - k_last - 1 <= _STRETCH_REACH or (tokens[v_first].text.startswith("و") and not participle):
        return False  # "قاعدة حرير في إقليم كردستان، وتضم بغداد قوات": a new clause; but "التنف الواقعة في …، وتضم"
    places = _place_tokens(doc, off, k_last + 1, v_first)
    if places is None:
        return False
    stretch = range(k_last + 1, v_first)
    kind = k_last + 1 if tokens[k_last + 1].text in presence_words("base_kind_adjectives") else -1
    if not all(k in places or k == kind or _locating_word(tokens[k].text) for k in stretch):
        return False
    return bool(places) or any(tokens[k].text in presence_words("locator_words") for k in stretch)


def skip_locating(doc: Doc, tokens: list[Token], off: int, lo: int) -> int:
    """The index after a locating stretch that starts at ``lo`` (``lo`` itself when none does).

    Args:
        doc: The article.
        tokens: Tokens of the sentence.
        off: Index in the article of the sentence's first token.
        lo: Index where the stretch would start.

    Returns:
        The first index after the stretch, when it holds a locator word.
    """
    if lo >= len(tokens) or tokens[lo].text not in presence_words("locator_words"):
        return lo
    places = _place_tokens(doc, off, lo, min(lo + _STRETCH_REACH, len(tokens))) or set()
    k = lo
    while k < min(lo + _STRETCH_REACH, len(tokens)) and (k in places or _locating_word(tokens[k].text)):
        k += 1
    return k


def located_by_clitic(tokens: list[Token], k_first: int) -> bool:
    """Whether the place at ``k_first`` carries ب as its preposition (``بمدينة الشدادي``, ``بالشدادي``)."""
    found = next(iter(find_places(tokens[k_first : k_first + _PLACE_WORDS])), None)
    return found is not None and found.first_token == 0 and found.prefix.endswith("ب")


def opens_with_ordinal(tokens: list[Token], k_first: int) -> bool:
    """An ordinal opening a list before the base, past locator words only (``الأولى في منطقة التنف``)."""
    for j in range(k_first - 1, max(-1, k_first - 4), -1):
        if tokens[j].text in presence_words("ordinal_openers"):
            return True
        if tokens[j].text not in presence_words("locator_words"):
            return False
    return False

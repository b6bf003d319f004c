"""Bases named together in one list, for :mod:`rasd.bases`.

A base added with و to a list that an earlier base opened (``قاعدة حقل العمر ومعمل كونيكو``) shares
that base's tie to a force. The list links and base nouns are in data/presence_context.yaml. A base
named right after another with only ``في`` or an area noun between says where that one is
(``قاعدة القليب في منطقة تل بيدر``): it is no base of the list.
"""

from __future__ import annotations

from rasd.forces import presence_words
from rasd.text import Token

__all__ = ["is_conjoined", "is_inside_conjunct", "locates_base"]

_CONJUNCT_REACH = 8  # tokens between a base with a force and the "و…" that adds another to its list


def is_conjoined(tokens: list[Token], prev_last: int, k_first: int) -> bool:
    """The base is added with و to the list the previous base opened.

    ``قاعدة حقل العمر ومعمل كونيكو``, ``في التنف، وفي ناحية المالكية``, ``وقاعدة الشدادي``; a dual or
    plural head noun may add two more (``مطار الشدادي، ومطاري قسرك ورميلان``, data ``list_heads``).
    """
    if not 0 < k_first - prev_last <= _CONJUNCT_REACH:
        return False
    j = k_first
    links = presence_words("list_links") | presence_words("base_nouns") | presence_words("list_heads")
    links |= presence_words("conjunct_locatives") | {""}  # "" : و"عين العرب"
    while j > prev_last + 1 and tokens[j - 1].text.removeprefix("و") in links:
        j -= 1
        if tokens[j].text.startswith("و"):
            return True
    return tokens[k_first].text.startswith("و")


def is_inside_conjunct(tokens: list[Token], prev_last: int, k_first: int) -> bool:
    """The base is a list item opened by و and a locative right before it (``وداخل مطار بغداد``).

    Such a base is a place of the list, not a landmark, although ``داخل`` is a landmark word.
    """
    before = tokens[k_first - 1].text if k_first > 0 else ""
    return (
        before.startswith("و")
        and before[1:] in presence_words("conjunct_locatives")
        and is_conjoined(tokens, prev_last, k_first)
    )


def locates_base(tokens: list[Token], prev_last: int, k_first: int) -> bool:
    """The base only says where the base before it is: ``في``, ``في منطقة`` or ``بمنطقة`` between them.

    ``قاعدة القليب في منطقة تل بيدر``, ``قاعدة فيكتوريا في مطار بغداد``; not ``وفي منطقة الشدادي`` (a list item).
    """
    between = [t.text for t in tokens[prev_last + 1 : k_first]]
    areas = presence_words("area_nouns")
    if between[:1] == ["في"]:
        between = between[1:]
        return not between or (len(between) == 1 and between[0] in areas)
    return len(between) == 1 and between[0].startswith("ب") and between[0][1:] in areas

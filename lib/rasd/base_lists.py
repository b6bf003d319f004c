"""Bases named together in one list, for :mod:`rasd.bases`.

A base added with و to a list that an earlier base opened (``قاعدة حقل العمر ومعمل كونيكو``) shares
that base's tie to a force. The list links and base nouns are in data/presence_context.yaml.
"""

from __future__ import annotations

from rasd.forces import presence_words
from rasd.text import Token

__all__ = ["is_conjoined"]

_CONJUNCT_REACH = 8  # tokens between a base with a force and the "و…" that adds another to its list


def is_conjoined(tokens: list[Token], prev_last: int, k_first: int) -> bool:
    """The base is added with و to the list the previous base opened.

    ``قاعدة حقل العمر ومعمل كونيكو``, ``في التنف، وفي ناحية المالكية``, ``وقاعدة الشدادي``.
    """
    if not 0 < k_first - prev_last <= _CONJUNCT_REACH:
        return False
    j = k_first
    links = presence_words("list_links") | presence_words("base_nouns")
    while j > prev_last + 1 and tokens[j - 1].text.removeprefix("و") in links | {"في", ""}:  # "" : و"عين العرب"
        j -= 1
        if tokens[j].text.startswith("و"):
            return True
    return tokens[k_first].text.startswith("و")

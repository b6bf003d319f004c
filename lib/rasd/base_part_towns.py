"""A town named first in a list of the bases just counted, for :mod:`rasd.bases`.

``تمركزت القوات الأمريكية في 22 قاعدة، من أبرزها رميلان وروباريا والمبروكة``: after a part
opener (data/presence_context.yaml ``part_openers``) that points back to a base noun, a town
that shares its name with a base (places.csv ``related``) names that base, as it does inside
the list after a base (:func:`rasd.base_lists.is_conjoined`).
"""

from __future__ import annotations

from rasd.forces import presence_words
from rasd.text import Token, clitic_variants

__all__ = ["opened_by_part"]

_NOUN_REACH = 12  # tokens between the base noun counted and the part opener after it


def _is_base_noun(word: str) -> bool:
    return any(stem in presence_words("base_nouns") for _, stem in clitic_variants(word))


def opened_by_part(tokens: list[Token], k_first: int) -> bool:
    """Whether a part opener right before token ``k_first`` lists bases a base noun counted before it."""
    if k_first < 2 or tokens[k_first - 1].text not in presence_words("part_openers"):
        return False
    return any(_is_base_noun(t.text) for t in tokens[max(0, k_first - 1 - _NOUN_REACH) : k_first - 1])

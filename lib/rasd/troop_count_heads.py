"""Count heads that name the troops of a bare figure in other words, for :mod:`rasd.deployments`.

A definite count head, an adjective and the troop noun after ``ل`` announce the figure as
``عدد الجنود`` does (``العدد الفعلي لجنودها المنتشرين يصل إلى أربعة آلاف``, ``العدد الإجمالي
للقوات الأمريكية``). After the number of a count head that names a troop noun, a noun that
only says "persons" (``عدد العسكريين الأمريكيين في سوريا يتجاوز 500 شخص``) counts those troops.
The words are in data/presence_context.yaml (``definite_count_heads``, ``person_count_lemmas``).
"""

from __future__ import annotations

from dataclasses import replace

from rasd.forces import presence_words
from rasd.gazetteer import count_noun_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token, clitic_variants

__all__ = ["definite_head_noun", "is_person_noun"]

_HEAD_REACH = 12  # tokens between the count head and the figure


def _noun_after_li(tokens: list[Token], j: int) -> PhraseMatch | None:
    """The troop noun of a token written with the preposition ل (``لجنودها``, ``للقوات``)."""
    for plen, stem in clitic_variants(tokens[j].text):
        if plen == 0 or not tokens[j].text.removeprefix("و").startswith("ل"):
            continue
        trial = [*tokens[:j], replace(tokens[j], text=stem), *tokens[j + 1 :]]
        noun = count_noun_matcher().match_at(trial, j)
        if noun is not None and noun.value.get("category") == "troops":
            return noun
    return None


def definite_head_noun(tokens: list[Token], first: int) -> PhraseMatch | None:
    """The troop noun after ``ل`` that a definite count head before token ``first`` names, or None.

    One adjective with the article may stand between the head and the noun (``العدد الفعلي
    لجنودها``); the head may also be followed by the noun at once (``التعداد للقوات``).
    """
    heads = presence_words("definite_count_heads")
    for k in range(max(0, first - _HEAD_REACH), first):
        if not any(stem in heads for _, stem in clitic_variants(tokens[k].text)):
            continue
        for j in (k + 1, k + 2):
            if j >= first or (j == k + 2 and not tokens[k + 1].text.startswith("ال")):
                continue
            noun = _noun_after_li(tokens, j)
            if noun is not None:
                return noun
    return None


def is_person_noun(tokens: list[Token], j: int) -> bool:
    """Whether the count noun at token ``j`` only says "persons" (``شخص``, ``أشخاص``)."""
    noun = count_noun_matcher().match_at(tokens, j) if j < len(tokens) else None
    return noun is not None and noun.value.get("lemma") in presence_words("person_count_lemmas")

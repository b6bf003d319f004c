"""A state adjective that names an outlet's country, not a force in the story.

``وذكرت وكالة "الأناضول" التركية أن عناصر من الكتائب سقطوا بقصف جوي``: Turkey is the
agency's country, not a striker. A state marker (``other_state_markers``) a few words
after a media head (``وكالة``, ``صحيفة``, ``قناة``: ``media_heads`` of
``data/statement_context.yaml``) is the outlet's nationality and does not make
another state a side of the act.
"""

from __future__ import annotations

from rasd.lexicon import PhraseMatch, word_set
from rasd.text import Token, clitic_variants

__all__ = ["names_outlet"]

_OUTLET_REACH = 3  # tokens between a media head and its country ("صحيفه يديعوت احرونوت الاسرائيليه")


def names_outlet(tokens: list[Token], m: PhraseMatch) -> bool:
    """The state marker ``m`` follows a media head within a few words: the outlet's country."""
    heads = word_set("statement_context.yaml", "media_heads")
    before = tokens[max(0, m.first_token - _OUTLET_REACH) : m.first_token]
    return any(stem in heads for t in before for _, stem in clitic_variants(t.text))

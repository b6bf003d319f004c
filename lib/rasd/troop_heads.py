"""The country of a bare troop figure named between its count head and the figure.

``وصل عددهم في العراق إلى ما يفوق 4000 كما أنها تقاتل … في سورية بما يقارب 500 جندي``: the
place told right after the head (``عددهم في العراق``) is where the 4000 are, whatever the
clause names after the figure.
"""

from __future__ import annotations

from rasd.doc import Doc
from rasd.forces import has_presence_word
from rasd.text import Token
from rasd.troop_places import country_of

__all__ = ["head_country"]

_HEAD_REACH = 6  # tokens between a count head and the figure it announces


def head_country(doc: Doc, tokens: list[Token], first: int) -> str:
    """Country named between the nearest count head before token ``first`` and the figure, or ""."""
    for k in range(first - 1, max(-1, first - 1 - _HEAD_REACH), -1):
        word = tokens[k : k + 1]
        if has_presence_word(word, "count_heads") or has_presence_word(word, "count_heads_pronoun"):
            return country_of(doc, tokens[k].end, tokens[first].start) if first < len(tokens) else ""
    return ""

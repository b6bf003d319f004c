"""A partitive head before the subject of an act: ``استهدفت إحدى الضربتين منشأة``.

«إحدى الضربتين» (one of the two strikes) is the strike noun as subject, with a partitive
word in front of it (``partitive_heads`` of ``data/event_triggers.yaml``: أحد, إحدى). Read
past that word, the subject is a strike, which states fly (:mod:`rasd.event_types`).
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.text import Token

__all__ = ["past_partitive"]


def past_partitive(tokens: list[Token], j: int) -> int:
    """Index of the subject's noun: ``j + 1`` when a partitive head stands at ``j``, else ``j``."""
    if j + 1 < len(tokens) and is_word(tokens[j].text, "partitive_heads"):
        return j + 1
    return j

"""The head nouns of a trigger that belong to its own clause.

``وأتت هذه الهجمات بعد أن شنت واشنطن غارتين جويتين``: the demonstrative
noun before ``بعد أن`` is the subject of ``أتت``, not a head of ``شنت``; read as
one, it would make the strike a sum of the attacks told before (:mod:`rasd.events`).
A head noun standing before the trigger with a clause opener between them
(``head_cutters`` of ``data/event_triggers.yaml``) is left out.
"""

from __future__ import annotations

from rasd.event_lexicon import trigger_words
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["own_clause_heads"]


def own_clause_heads(tokens: list[Token], trig: PhraseMatch, heads: list[PhraseMatch]) -> list[PhraseMatch]:
    """The heads of ``trig`` with those cut off from it by a clause opener left out.

    Args:
        tokens: The sentence tokens.
        trig: The trigger.
        heads: Its head nouns (:func:`rasd.event_rows.head_nouns`).
    """
    openers = trigger_words("head_cutters")
    return [
        h
        for h in heads
        if h.first_token > trig.first_token or not any(t.text in openers for t in tokens[h.last_token + 1 : trig.first_token])
    ]

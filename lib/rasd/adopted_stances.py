"""Adopting a stance is no claim: ``دعا السوداني إلى تبني موقف جريء``.

The verbs and verbal nouns of claiming (``تبنى``, ``تبنت``, ``تبني``) also mean "to adopt" a
position, a decision or a policy. When a noun of such a stance (``adopted_stances`` in
``data/event_triggers.yaml``: موقف, قرار, سياسة, نهج …) follows the trigger at once, the words
tell a stance taken or urged, not an act claimed.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["adopts_stance"]


def adopts_stance(tokens: list[Token], m: PhraseMatch) -> bool:
    """Whether the claim trigger ``m`` is followed at once by a noun of stance (``تبني موقف``).

    Args:
        tokens: Tokens of the sentence.
        m: A trigger matched on ``tokens``.

    Returns:
        True for a claim trigger whose next word is a stance noun.
    """
    if m.value != "claim" or m.last_token + 1 >= len(tokens):
        return False
    return is_word(tokens[m.last_token + 1].text, "adopted_stances")

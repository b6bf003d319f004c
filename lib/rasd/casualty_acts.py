"""An act named as the cause of a death or a wound: ``قتل عسكري أميركي بهجوم في شمال العراق``.

The press often tells an attack on US personnel only through its toll, with no verb of
attack: the casualty verb or noun comes first (``قُتل``, ``مقتل``, ``لقي حتفه``, ``أصيب``),
then the Americans (``جندي أمريكي``, ``متعاقد أميركي``), then the act as an indefinite noun
introduced by ``ب`` or ``في`` (``بهجوم``, ``في هجوم صاروخي على قاعدة``). The toll may give
no number, so the casualty word itself, not a count, makes the noun an act. A definite
noun points back to an act told before (``قتلوا في الضربات الأميركية``), and a noun that
names any occurrence (``حادث``: ``لقي حتفه في حادث سير``) is no such cause.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch
from rasd.text import Token
from rasd.us_victims import toll_told_first

__all__ = ["died_in_act"]

_CAUSE_MARKERS = frozenset({"في", "خلال", "جراء", "اثر", "بسبب"})  # words before the act noun of the cause


def _introduces_cause(tokens: Sequence[Token], noun: PhraseMatch) -> bool:
    """The attack noun is the cause: it carries ``ب`` or follows ``في``/``جراء``/``إثر``."""
    if noun.prefix.startswith("ب"):
        return True
    return noun.first_token > 0 and tokens[noun.first_token - 1].text in _CAUSE_MARKERS


def died_in_act(tokens: Sequence[Token], nouns: Sequence[PhraseMatch]) -> bool:
    """Whether the first attack noun of a sentence is the act a casualty word before it died or was hurt in.

    Args:
        tokens: The sentence's tokens.
        nouns: Its attack nouns, in order.

    Returns:
        True for ``قُتل جندي أمريكي بهجوم`` or ``لقي متعاقد أميركي حتفه في هجوم صاروخي``;
        False when the noun comes first (``أسفر الهجوم عن مقتل``), or no casualty word naming
        Americans stands just before it (``قُتل قيادي بغارة``: left to the other rules).
    """
    if not nouns or not _introduces_cause(tokens, nouns[0]):
        return False
    noun = nouns[0]
    if noun.phrase.startswith("ال") or noun.prefix.endswith(("ال", "لل")):
        return False  # "قتلوا في الضربات الأميركية": the act told before
    if is_word(tokens[noun.first_token].text, "toll_neutral_nouns"):
        return False  # "لقي حتفه في حادث تدريب"
    return toll_told_first(tokens, noun)

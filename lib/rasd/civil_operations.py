"""Operations that are no attack: ``عمليات الإخلاء``, ``عملية الانسحاب``, ``عمليات البحث``.

The factions call their attacks ``عمليات``, but the same noun with a civil or logistic
genitive names an evacuation, a withdrawal or a search. Such a noun is not the subject
that makes a generic verb (``انطلقت``, ``نفذت``) an attack.
"""

from __future__ import annotations

from rasd.event_lexicon import trigger_words
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["civil_operation"]


def civil_operation(tokens: list[Token], noun: PhraseMatch) -> bool:
    """True when the attack noun ``noun`` is an operation noun with a civil genitive right after it.

    Args:
        tokens: Tokens of the sentence.
        noun: An attack-noun match (``عمليات``).
    """
    k = noun.last_token + 1
    return (
        noun.value.get("unit") == "operation"
        and k < len(tokens)
        and tokens[k].text in trigger_words("civil_operation_genitives")
    )

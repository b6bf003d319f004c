"""An act named after «بعد» by a definite weapon only: the act told before.

``لجأت السفارة إلى تدابير احترازية بعد سقوط الصواريخ``: «الصواريخ» are the rockets the
article has told already; the verbal noun after a word of sequence (``sequence_words`` of
``data/event_triggers.yaml``: بعد, عقب, إثر) with a definite weapon and no target of its
own points back to that act (:func:`rasd.event_rows.event_row` marks it anaphoric), and gives
no new incident at the place of the main clause.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.gazetteer import weapon_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["after_told_weapon"]


def after_told_weapon(tokens: list[Token], trig: PhraseMatch) -> bool:
    """``بعد سقوط الصواريخ``: a sequence word, the trigger, then a definite weapon ending the clause."""
    if trig.first_token == 0 or not is_word(tokens[trig.first_token - 1].text, "sequence_words"):
        return False
    k = trig.last_token + 1
    weapon = weapon_matcher().match_at(tokens, k) if k < len(tokens) else None
    if weapon is None or not tokens[k].text.startswith("ال"):
        return False
    return weapon.last_token + 1 == len(tokens)

"""Strikes the press presumes to be American: ``قصف يرجح أنه أميركي``.

When the doer of a strike is not confirmed, the press qualifies its noun or weapon with a word
of belief and the US adjective: ``قصفت طائرة مسيرة يعتقد أنها أمريكية مقرا``, ``مع قصف
يرجح أنه أميركي على مخازن أسلحة``, ``تعرضت مواقع للحشد لقصف جوي يرجح أنه أمريكي``. The
annotated sets type such acts as US strikes. A choice between states (``أمريكية أو
إسرائيلية``) names no doer: the act keeps the type it has without the cue.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word, trigger_words
from rasd.gazetteer import attack_noun_matcher, weapon_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["ALTERNATIVE_WORDS", "presumed_us_act"]

_BELIEF_REACH = 3  # words between the word of belief and the US adjective ("يعتقد بانها امريكيه")
_NOUN_REACH = 4  # words between the act's noun or weapon and the word of belief ("قصف جوي مجهول يعتقد")
_BEFORE = 6  # words before the trigger where its subject noun stands ("طائره مسيره يعتقد انها امريكيه قصفت")
_AFTER = 12  # words after the trigger where its noun stands ("تعرضت مواقع للحشد في عكاشات لقصف")
ALTERNATIVE_WORDS = frozenset({"او", "ام"})  # "امريكيه او اسرائيليه": no doer named


def _presumed_us_at(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is a word of belief followed by a US adjective with no alternative state after it."""
    if not is_word(tokens[k].text, "belief_words"):
        return False
    for j in range(k + 1, min(k + 1 + _BELIEF_REACH, len(tokens))):
        if tokens[j].text in trigger_words("us_adjectives"):
            nxt = tokens[j + 1].text if j + 1 < len(tokens) else ""
            return nxt not in ALTERNATIVE_WORDS
    return False


def _act_noun(tokens: list[Token], k: int) -> bool:
    """An attack noun, a weapon or an aircraft word stands at ``k``."""
    return (
        attack_noun_matcher().match_at(tokens, k) is not None
        or weapon_matcher().match_at(tokens, k) is not None
        or is_word(tokens[k].text, "plane_words")
    )


def presumed_us_act(tokens: list[Token], trig: PhraseMatch) -> bool:
    """The act of ``trig`` is told by a noun or weapon the press presumes American.

    Args:
        tokens: Tokens of the sentence.
        trig: An attack trigger of the sentence.

    Returns:
        True when, near the trigger, a strike noun, weapon or aircraft is followed within a few
        words by a word of belief and the US adjective (``قصف يرجح أنه أميركي``).
    """
    lo, hi = max(0, trig.first_token - _BEFORE), min(len(tokens), trig.last_token + 1 + _AFTER)
    for k in range(lo, hi):
        if _presumed_us_at(tokens, k) and any(_act_noun(tokens, j) for j in range(max(lo, k - _NOUN_REACH), k)):
            return True
    return False

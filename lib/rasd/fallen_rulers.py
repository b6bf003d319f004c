"""The fall of a ruler or a regime is no rocket falling: ``قبل سقوط بشار الأسد``.

The noun and verbs of falling (``سقوط``, ``سقط``, ``سقطت``) tell rockets and shells landing
(``سقوط ثلاثة صواريخ``), but also a regime, a government or a ruler losing power (``سقوط
نظام الأسد``, ``سقوط حكومة بشار``, ``بعد سقوط الأسد``), and a city taken (``سقوط الموصل``).
When a word of such a ruler or regime (``fallen_rulers`` in ``data/event_triggers.yaml``)
follows the trigger at once, the words tell a change of power, not an attack.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["tells_fall_from_power"]

_FALL_STEMS = ("سقوط", "سقط")


def tells_fall_from_power(tokens: list[Token], m: PhraseMatch) -> bool:
    """Whether the falling trigger ``m`` has a ruler or regime right after it (``سقوط نظام الأسد``).

    Args:
        tokens: Tokens of the sentence.
        m: A trigger matched on ``tokens``.

    Returns:
        True for a trigger of falling whose next word is in ``fallen_rulers``.
    """
    if not m.phrase.startswith(_FALL_STEMS) or m.last_token + 1 >= len(tokens):
        return False
    return is_word(tokens[m.last_token + 1].text, "fallen_rulers")

"""A launch verb that only tells where fire came from: no act of its own.

``ورجحت المصادر أن تكون الصواريخ انطلقت من مناطق سيطرة النظام``: the rockets of an
act told before took off from there. An intransitive launch verb (``انطلقت``) whose
``من`` names the origin, with no aim word after it (``باتجاه``, ``نحو``: see
:mod:`rasd.launch_aims`) and no target marker (``على``), tells the origin of fire,
not a new act: the place after ``من`` is the launch site, never the target.
``انطلقت صواريخ من بلدة زمار نحو قاعدة أمريكية`` keeps its event.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["tells_origin_only"]

_FROM_REACH = 2  # tokens between the launch verb and the "من" of its origin ("انطلقت فجرا من")
_AIM_REACH = 14  # tokens after that "من" within which an aim word would name the target


def tells_origin_only(tokens: list[Token], m: PhraseMatch) -> bool:
    """The launch verb ``m`` is followed by ``من`` + its origin and by no aim or target word.

    Args:
        tokens: Tokens of the sentence.
        m: A trigger listed in ``origin_triggers`` (``data/event_triggers.yaml``).
    """
    after = range(m.last_token + 1, min(len(tokens), m.last_token + 1 + _FROM_REACH))
    start = next((k for k in after if tokens[k].text == "من"), None)
    if start is None:
        return False
    rest = tokens[start + 1 : start + 1 + _AIM_REACH]
    return not any(is_word(t.text, "aim_words") or is_word(t.text, "origin_target_markers") for t in rest)

"""A weapon with a relative pronoun right before a strike verb: the weapon is the verb's subject.

``المسيرة التي ضربت القوات الأميركية في الأردن أقلعت من سوريا``: the US name after the verb
is its object, struck by the drone, not the subject of a US strike. Warplanes (unit
``aircraft``) are flown by states and stay out (``الطائرات التي ضربت مواقع الفصائل``).
"""

from __future__ import annotations

from rasd.event_lexicon import trigger_words
from rasd.gazetteer import weapon_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["relative_weapon_subject"]

_WEAPON_REACH = 3  # tokens a weapon phrase may span before the relative pronoun ("الطائره المسيره المفخخه")


def relative_weapon_subject(tokens: list[Token], trig: PhraseMatch) -> bool:
    """A weapon (not a warplane) ends right before a relative pronoun that stands right before ``trig``."""
    rel = trig.first_token - 1
    if rel < 1 or tokens[rel].text not in trigger_words("relative_pronouns"):
        return False
    for j in range(rel - 1, max(-1, rel - 1 - _WEAPON_REACH), -1):
        m = weapon_matcher().match_at(tokens, j)
        if m is not None and m.last_token == rel - 1:
            return m.value.get("unit") != "aircraft" and "ب" not in m.prefix
    return False

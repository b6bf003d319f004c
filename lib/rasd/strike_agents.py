"""A strike whose American agent is named after it with "by": ``قصف استهدف سيارة من قبل طائرة مسيرة أمريكية``.

The phrase (``من قبل``, ``من جانب``; ``data/strike_agents.yaml``) follows the act's
words within a few tokens, and an aircraft or weapon with a US adjective follows the
phrase (``طائرة مسيرة أمريكية``, ``طائرات حربية أمريكية``): the US flew the act, a US
strike. A US force there is not read so: ``قاعدة تستخدم من قبل القوات الأمريكية``
names the users of a base, not the agent of the act.
"""

from __future__ import annotations

from functools import cache

from rasd.event_lexicon import is_word, trigger_words, us_matcher
from rasd.gazetteer import weapon_matcher
from rasd.lexicon import PhraseMatch, PhraseMatcher, load_yaml
from rasd.text import Token

__all__ = ["us_agent_by"]

_PHRASE_REACH = 12  # tokens between the act's trigger and "من قبل" ("سقط 3 قتلى في قصف استهدف سيارة شرقي بغداد من قبل")
_ADJECTIVE_REACH = 2  # tokens between the aircraft and its US adjective ("طائرات حربية أمريكية")


@cache
def _phrases() -> PhraseMatcher:
    return PhraseMatcher(((w, w) for w in load_yaml("strike_agents.yaml")["agent_phrases"]), clitics=False)


def us_agent_by(tokens: list[Token], trig: PhraseMatch) -> bool:
    """A "by" phrase after the trigger ``trig`` names an American agent."""
    hi = min(len(tokens), trig.last_token + 1 + _PHRASE_REACH)
    for m in _phrases().find(tokens[trig.last_token + 1 : hi]):
        if _us_flyer_at(tokens, trig.last_token + 1 + m.last_token + 1):
            return True
    return False


def _us_flyer_at(tokens: list[Token], k: int) -> bool:
    """An aircraft or weapon at ``k`` with a US adjective right after it or one word later."""
    if k >= len(tokens):
        return False
    flyer = weapon_matcher().match_at(tokens, k)
    last = flyer.last_token if flyer is not None else (k if is_word(tokens[k].text, "plane_words") else None)
    if last is None:
        return False
    for j in range(last + 1, min(len(tokens), last + 1 + _ADJECTIVE_REACH)):
        us = us_matcher().match_at(tokens, j)
        if us is not None:
            return us.phrase in trigger_words("us_adjectives")
    return False

"""Attacks the United States made are strikes: ``شنت الولايات المتحدة ثلاث هجمات على مواقع``.

A count whose noun is an attack noun (هجمات, هجوما) counts US strikes when its clause
opens with a verb of doing (``data/attack_context.yaml``: ``us_doing_verbs``) whose subject,
right after it, names the United States (``us_markers`` of ``data/event_triggers.yaml``),
and no other attack noun or weapon stands between that subject and the number. The attacks
a faction made on US forces keep their unit: ``شنت الفصائل 3 هجمات على القوات الأمريكية``
names the US after the number, as the target.
"""

from __future__ import annotations

from rasd.attack_nouns import context_words, find_unit_at
from rasd.event_lexicon import us_matcher
from rasd.lexicon import load_yaml
from rasd.numbers import NumberMention
from rasd.text import Token

__all__ = ["is_us_made"]


def _reach() -> int:
    return int(load_yaml("attack_context.yaml")["us_act_reach"])


def is_us_made(tokens: list[Token], num: NumberMention) -> bool:
    """True when the number counts acts whose subject, after a verb of doing, is the US."""
    j = next((k for k, t in enumerate(tokens) if t.start >= num.nstart), len(tokens))
    verbs = context_words("us_doing_verbs")
    for v in range(max(0, j - _reach()), j - 1):
        if tokens[v].text not in verbs or (us := us_matcher().match_at(tokens, v + 1)) is None:
            continue
        return not any(find_unit_at(tokens, k) for k in range(us.last_token + 1, j))
    return False

"""A strike ordered by a US leader: ``أمر بايدن بشن هجمات``, ``وجه الرئيس الأمريكي بشن ضربات``.

An order verb (``data/strike_agents.yaml``: ``order_verbs``) stands a few words before
the act's trigger, the act is its ``ب`` complement (``بشن``, ``بتنفيذ``), and the one who
orders is a US leader (``us_leaders``: the president or the defence secretary, by name or
title) right after the verb (``أمر فيها بايدن``) or right before it (``بايدن أمر``): the
act is a US strike. A leader of another side (``أمر قائد الفصيل بشن هجمات``) leaves it
an attack.
"""

from __future__ import annotations

from functools import cache

from rasd.lexicon import PhraseMatch, PhraseMatcher, word_set
from rasd.text import Token, clitic_variants

__all__ = ["ordered_by_us_leader"]

_ORDER_REACH = 4  # tokens between the order verb and the act it orders ("أمر فيها بايدن بشن")
_LEADER_REACH = 3  # tokens between the order verb and its subject ("أمر الرئيس الأمريكي", "بايدن قد أمر")
_RELATIVE_PRONOUNS = frozenset({"فيها", "فيه", "بها", "به"})


@cache
def _leaders() -> PhraseMatcher:
    return PhraseMatcher(((w, w) for w in word_set("strike_agents.yaml", "us_leaders")), clitics=False)


def _is_order_verb(word: str) -> bool:
    return any(stem in word_set("strike_agents.yaml", "order_verbs") for _, stem in clitic_variants(word))


def _leader_between(tokens: list[Token], lo: int, hi: int) -> bool:
    return any(m is not None for m in (_leaders().match_at(tokens, k) for k in range(max(0, lo), hi)))


def ordered_by_us_leader(tokens: list[Token], trig: PhraseMatch) -> bool:
    """The act of ``trig`` is the ``ب`` complement of an order a US leader gives."""
    if not tokens[trig.first_token].text.startswith("ب"):
        return False
    for k in range(trig.first_token - 1, max(-1, trig.first_token - 1 - _ORDER_REACH), -1):
        if not _is_order_verb(tokens[k].text):
            continue
        between = tokens[k + 1 : trig.first_token]
        if all(t.text in _RELATIVE_PRONOUNS for t in between):
            return _leader_between(tokens, k - _LEADER_REACH, k)  # "بايدن أمر بشن"
        return _leader_between(tokens, k + 1, trig.first_token)  # "أمر الرئيس الأمريكي بشن"
    return False

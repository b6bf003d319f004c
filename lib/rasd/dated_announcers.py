"""A US announcer and its verbal noun of attack with the day between them: a US strike.

``أعلن الجيش الأمريكي شن هجومين`` is read as the announcer's own act when the US name stands
right before the verbal noun. The press often puts the day of the announcement between them
(``وأعلن الجيش الأمريكي، اليوم الأربعاء 22 تشرين الثاني 2023، شن هجومين منفصلين على قواعد
في العراق``): the date words are stepped over, and a US name after a reporting verb right
before them is still the subject of the act.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word, us_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["us_announced_across_date"]

_NAME_REACH = 4  # tokens between the reporting verb and the end of the US name ("اعلنت وزاره الدفاع الامريكيه")


def us_announced_across_date(tokens: list[Token], trig: PhraseMatch, skip: frozenset[int] | set[int]) -> bool:
    """The trigger follows a date that follows ``reporting verb + US name``.

    Args:
        tokens: Tokens of the sentence.
        trig: An attack trigger (the verbal noun of the act).
        skip: Token indexes of the sentence's date mentions.
    """
    k = trig.first_token
    while k > 0 and (k - 1) in skip:
        k -= 1
    if k == trig.first_token:
        return False
    for verb in range(max(0, k - 1 - _NAME_REACH), k - 1):
        if not is_word(tokens[verb].text, "claim_reporters"):
            continue
        name = us_matcher().match_at(tokens, verb + 1)
        if name is not None and name.last_token == k - 1:
            return True
    return False

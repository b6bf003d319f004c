"""A US reporter's own country or its forces as the subject of an act.

A US official tells what "his country" or "his country's forces" did:
``أعلن وزير الدفاع الأمريكي أن قوات بلاده قصفت منشأتين``, ``قال مسؤول أمريكي إن
بلاده نفذت ضربة``. The subject stands between the complementizer and the verb, so the
act is the reporter's, as with ``أن قواتها قصفت`` (:mod:`rasd.event_types`). The
reporter is a reporting verb with a US name within a few words after it (``أعلن
وزير الدفاع الأمريكي``). Forces named after the verb (``استهدف قوات بلاده``) are its
target, and a verb whose subject suffers (``أن قوات بلاده تعرضت``) is left to the caller.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word, trigger_words, us_matcher
from rasd.text import Token

__all__ = ["own_country_act"]

_REPORTER_REACH = 6  # tokens between the reporting verb and the complementizer ("اعلن وزير الدفاع الامريكي ان")


def own_country_act(tokens: list[Token], verb: int) -> bool:
    """The verb at ``verb`` has "his country" (``بلاده``) or "his country's forces" as subject, of a US reporter."""
    k = verb - 1
    if k < 1 or tokens[k].text not in trigger_words("own_country_words"):
        return False
    k -= 1
    if tokens[k].text in trigger_words("own_country_forces"):
        k -= 1
    if k < 1 or tokens[k].text not in trigger_words("complementizers"):
        return False
    lo = max(0, k - _REPORTER_REACH)
    said = next((j for j in range(lo, k) if is_word(tokens[j].text, "claim_reporters")), None)
    return said is not None and any(us_matcher().find(tokens[said + 1 : k]))

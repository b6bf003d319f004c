"""Threats told as operations that will go on: ``وأن عملياتها ضد الوجود الأمريكي ستتواصل``.

A future verb of continuing (``ستتواصل``, ``سيستمر``) is a threat when the operations,
attacks or escalation of a side stand a few words before it (the words between may
name what they are aimed at) or right after it (``ستستمر الهجمات``). Without such a
noun it is any plan going on (``المهمة ستستمر حتى 2026``). Civil operations
(``عمليات البحث ستستمر``) and the war on the Islamic State (``عملياتنا ضد داعش
ستتواصل``) are no threat to the forces of the theatre.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["continues_operations"]

_BEFORE_REACH = 6  # tokens between the operations noun and the verb ("عملياتها ضد الوجود الأمريكي ستتواصل")
_AFTER_REACH = 2  # tokens between the verb and an operations noun after it ("ستستمر بالتأكيد الهجمات")


def continues_operations(tokens: list[Token], m: PhraseMatch) -> bool:
    """The continuing verb ``m`` has a side's operations as its subject, before or right after it."""
    lo = max(0, m.first_token - _BEFORE_REACH)
    window = list(range(lo, m.first_token)) + list(range(m.last_token + 1, min(len(tokens), m.last_token + 1 + _AFTER_REACH)))
    span = tokens[min(window, default=m.first_token) : max(window, default=m.last_token) + 1]
    if any(is_word(t.text, "continued_exclusions") for t in span):
        return False
    for k in window:
        if is_word(tokens[k].text, "continued_objects"):
            nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
            return not is_word(nxt, "civil_operation_genitives")
    return False

"""A phrase with في opening the sentence before its verb, with no comma: not the subject.

``وفي أعقاب الغارة دعت الكتائب …``, ``وفي الأنبار قال مصدر أمني …``: the verb's subject
follows it, as after the one-word prepositions of ``fronting_preps`` (``وعقب الهجوم أكد``).
Only at the head of the sentence: after a comma ``في`` is as often the channel of the verb
before it (``، في بيان نقله الإعلام العراقي،``), and ``في بيان لها قالت`` keeps its issuer
inside the phrase (a channel noun after في is left alone).
"""

from __future__ import annotations

from rasd.speakers import Cx, is_channel_noun

__all__ = ["fronted_fi"]

_FI = ("في", "وفي")


def fronted_fi(cx: Cx, s: int) -> bool:
    """Token ``s`` opens the sentence with في and no channel noun after it."""
    return (
        s == cx.lo
        and cx.word(s) in _FI
        and s + 1 < cx.hi
        and not is_channel_noun(cx.word(s + 1))
    )

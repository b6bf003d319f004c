"""The company a channel phrase names: ``خلال اجتماعه مع الأمين العام لحلف الناتو``.

A channel phrase (``خلال اجتماع``, ``في لقاء``, ``في اتصال هاتفي``) often names who the
speaker met or called, after ``مع``. That stretch belongs to the channel: the content
starts after it, at the next punctuation mark (``…: "…"``) or at an opener (``أن``, ``إن``).
"""

from __future__ import annotations

from rasd.speakers import Cx, lex

__all__ = ["company_end"]


def company_end(cx: Cx, k: int) -> int | None:
    """When ``مع`` at token ``k`` opens the channel's company: the token after it, else None."""
    if k >= cx.hi or cx.word(k) != "مع":
        return None
    j = k + 1
    while j < cx.hi and not cx.punct_before(j) and j not in cx.quoted:
        if lex().has("openers", cx.word(j)):
            break
        j += 1
    return j if j > k + 1 else None

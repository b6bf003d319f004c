"""Tails of a channel phrase: the company it names and an "unverified" clause.

A channel phrase (``خلال اجتماع``, ``في لقاء``, ``في اتصال هاتفي``) often names who the
speaker met or called, after ``مع``. That stretch belongs to the channel: the content
starts after it, at the next punctuation mark (``…: "…"``) or at an opener (``أن``, ``إن``).
The same holds for a clause saying the statement could not be checked (``في بيان لم يتسن
التحقق منه أن …``).
"""

from __future__ import annotations

from rasd.speakers import Cx, lex

__all__ = ["company_end", "unverified_end"]


def company_end(cx: Cx, k: int) -> int | None:
    """When ``مع`` at token ``k`` opens the channel's company: the token after it, else None."""
    if k >= cx.hi or cx.word(k) != "مع":
        return None
    return _tail_end(cx, k + 1)


def unverified_end(cx: Cx, k: int) -> int | None:
    """When ``لم يتسن …`` at token ``k`` says the statement was not checked: the token after it."""
    if k + 1 >= cx.hi or cx.word(k) != "لم" or not lex().has("unverified_verbs", cx.word(k + 1)):
        return None
    return _tail_end(cx, k + 1)


def _tail_end(cx: Cx, start: int) -> int | None:
    """The next punctuation mark, quotation or opener after ``start``; None when right there."""
    j = start
    while j < cx.hi and not cx.punct_before(j) and j not in cx.quoted:
        if lex().has("openers", cx.word(j)):
            break
        j += 1
    return j if j > start else None

"""Tails of a channel phrase: the company it names and an "unverified" clause.

A channel phrase (``خلال اجتماع``, ``في لقاء``, ``في اتصال هاتفي``) often names who the
speaker met or called, after ``مع``. That stretch belongs to the channel: the content
starts after it, at the next punctuation mark (``…: "…"``) or at an opener (``أن``, ``إن``).
The same holds for a clause saying the statement could not be checked (``في بيان لم يتسن
التحقق منه أن …``) and for a relative clause describing the reporters it was made to
(``في تصريحات للصحفيين الذين يغطون أخبار الوزارة، أن …``).
"""

from __future__ import annotations

from rasd.speakers import Cx, lex
from rasd.text import clitic_variants

__all__ = ["addressee_relative_end", "company_end", "relay_end", "unverified_end"]


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


def addressee_relative_end(cx: Cx, k: int) -> int | None:
    """When a relative at token ``k`` describes the reporters or the programme just named: the token after it.

    ``في تصريحات للصحفيين الذين يغطون …``, ``في حديثه لبرنامج "بالعربي" الذي تبثه قناة …``.
    """
    if k >= cx.hi or cx.word(k) not in lex().maps["relatives"] or cx.punct_before(k):
        return None
    named = k - 1 in cx.quoted  # the quoted name of a programme or account, read as such
    if not named and not any(lex().has("media_heads", stem) for _, stem in clitic_variants(cx.word(k - 1))):
        return None
    return _tail_end(cx, k + 1)


def relay_end(cx: Cx, k: int) -> int:
    """``في بيان نشرته على منصة إكس إن …``: the relay clause at ``k`` ends at punctuation or an opener.

    A quotation inside it is the relay's outlet (``تلقت "المدى" نسخة منه``), not the content.
    """
    j = k + 1
    while j < cx.hi and not cx.punct_before(j) and not (j not in cx.quoted and lex().has("openers", cx.word(j))):
        j += 1
    return j


def _tail_end(cx: Cx, start: int) -> int | None:
    """The next punctuation mark, quotation or opener after ``start``; None when right there."""
    j = start
    while j < cx.hi and not cx.punct_before(j) and j not in cx.quoted:
        if lex().has("openers", cx.word(j)):
            break
        j += 1
    return j if j > start else None

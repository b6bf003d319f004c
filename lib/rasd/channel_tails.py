"""Tails of a channel phrase: the company it names and an "unverified" clause.

A channel phrase (``خلال اجتماع``, ``في لقاء``, ``في اتصال هاتفي``) often names who the
speaker met or called, after ``مع``. That stretch belongs to the channel: the content
starts after it, at the next punctuation mark (``…: "…"``) or at an opener (``أن``, ``إن``),
or right after the person or body named when a content preposition or verbal noun follows
(``وشدد خلال اتصال هاتفي مع نظيره الأمريكي على رفض …``, ``… مع بلينكن ضرورة …``).
The same holds for a clause saying the statement could not be checked (``في بيان لم يتسن
التحقق منه أن …``) and for a relative clause describing the reporters it was made to
(``في تصريحات للصحفيين الذين يغطون أخبار الوزارة، أن …``).
"""

from __future__ import annotations

from rasd.speakers import Cx, lex
from rasd.text import clitic_variants

# Prepositions that open a reported content right after the company of a call or meeting.
_CONTENT_PREPS = frozenset({"علي", "الي", "عن"})
# How the speaker spoke, after a relative aside: «، الذي كان يتحدث في مؤتمر صحفي،».
_SPOKE_FORMS = frozenset({"تحدث", "تحدثت", "تحدثوا", "يتحدث", "تتحدث", "يتحدثون"})
_SPOKE_PREPS = frozenset({"في", "خلال", "مع", "الي", "عبر", "امام", "شرط", "شريطه", "بشرط"})
# Nouns after على that make a place or manner phrase, not the content (على هامش المؤتمر).
_NOT_CONTENT = frozenset({"هامش", "انفراد", "حده"})
_NAME_REACH = 6  # words of a name the phrase reader did not take (مع بلينكن، مع نظيره الإيراني …)

__all__ = ["addressee_relative_end", "company_end", "relay_end", "spoke_aside", "unverified_end"]


def company_end(cx: Cx, k: int) -> int | None:
    """When ``مع`` at token ``k`` opens the channel's company: the token after it, else None."""
    if k >= cx.hi or cx.word(k) != "مع":
        return None
    return _company_named(cx, k + 1) or _tail_end(cx, k + 1)


def _company_named(cx: Cx, start: int) -> int | None:
    """The token after the person or body named at ``start`` when content opens right there."""
    from rasd.phrases import parse_speaker  # the phrase reader uses the channel tails

    ph = parse_speaker(cx, start)
    if ph is not None and _opens_content(cx, ph.hi):
        return ph.hi
    for j in range(start + 1, min(cx.hi, start + _NAME_REACH + 1)):  # a name not read as a speaker
        if _opens_content(cx, j):
            return j
        if cx.punct_before(j) or j in cx.quoted or cx.word(j) in lex().words["prepositions"] - {"من"}:
            break  # "مع وفد من الكونغرس": من names the delegation's body
    return None


def _opens_content(cx: Cx, j: int) -> bool:
    """A content preposition (not ``على هامش``) or a verbal noun at ``j``, in the same clause."""
    if j >= cx.hi or cx.punct_before(j) or j in cx.quoted:
        return False
    w = cx.word(j)
    if w in _CONTENT_PREPS:
        return j + 1 < cx.hi and cx.word(j + 1) not in _NOT_CONTENT
    return lex().has("content_nouns", w)


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


def spoke_aside(words: list[str]) -> bool:
    """A relative aside telling how the speaker spoke (``الذي كان يتحدث في مؤتمر صحفي``, ``التي تحدثت لـ"X"``).

    It describes the channel of the statement around it, not a statement of its own.

    Args:
        words: The normalised words of the comma-set stretch.
    """
    if len(words) < 3 or words[0] not in lex().maps["relatives"]:
        return False
    k = 2 if words[1] in lex().words["relative_aux"] else 1
    if k + 1 >= len(words) or words[k] not in _SPOKE_FORMS:
        return False
    nxt = words[k + 1]
    return nxt in _SPOKE_PREPS or (nxt[:1] == "ل" and not nxt.startswith("لان"))


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

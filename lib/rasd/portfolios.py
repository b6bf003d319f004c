"""An office's remit between its title and the holder's name.

Offices are often named with their remit after the title: an adjective phrase after a
definite ``لل`` (``مساعد وزير الدفاع للشؤون العامة جون سميث``) or an indefinite ``لشؤون``
with the field or region it covers (``المبعوث الأمريكي لشؤون سوريا``, ``منسق الأمن القومي
لشؤون الشرق الأوسط، بريت ماكغورك،``). The remit belongs to the role; the name follows it,
directly or set off by commas, also after the body where the office sits (``منسق مجلس الأمن
القومي للاتصالات الاستراتيجية في البيت الأبيض، جون كيربي،``). The remit nouns are
``remit_heads`` in ``data/statement_context.yaml``.
"""

from __future__ import annotations

from rasd.names import read_name
from rasd.speakers import Cx, is_adjective, lex, title_at

__all__ = ["portfolio_end"]

# Longest remit, in tokens after its first word ("لشؤون الأمن الدولي والإقليمي").
_MAX_REMIT = 4
_COMMAS = ("،", ",")


def portfolio_end(cx: Cx, j: int) -> int | None:
    """End of a remit starting at token ``j`` after a role, when a person's name follows it.

    Args:
        cx: The sentence.
        j: The token after the role phrase (``للشؤون``, ``لشؤون``).

    Returns:
        The token after the remit, or None when ``j`` opens no remit followed by a name.
    """
    w = cx.word(j)
    if w.startswith("لل"):
        k = _adjectives_end(cx, j + 1)
    elif w[:1] == "ل" and lex().has("remit_heads", w[1:]):
        k = _field_end(cx, j + 1)
    else:
        return None
    if k + 1 < cx.hi and cx.word(k) == "في" and not cx.punct_before(k):
        k = max(_field_end(cx, k + 1), k)  # "… للاتصالات الاستراتيجية في البيت الأبيض، فلان،"
    if k >= cx.hi:
        return None
    if cx.punct_before(k):
        return k if _comma_name(cx, k) else None
    t = title_at(cx, k)
    start = t.last_token + 1 if t is not None else k
    return k if read_name(cx, start, strong=t is not None) is not None else None


def _adjectives_end(cx: Cx, k: int) -> int:
    """``للشؤون العامة``: the adjectives after the definite remit noun."""
    start = k
    while k < cx.hi and k - start < _MAX_REMIT - 1 and not cx.punct_before(k) and is_adjective(cx.word(k)):
        k += 1
    return k


def _field_end(cx: Cx, k: int) -> int:
    """``لشؤون الشرق الأوسط``, ``لشؤون سوريا``: the region or definite field after ``لشؤون``."""
    start = k
    if k < cx.hi and k in cx.place_at:
        return min(cx.place_at[k].last_token + 1, cx.hi)
    while k < cx.hi and k - start < _MAX_REMIT and not cx.punct_before(k):
        w = cx.word(k)
        if k in cx.place_at:
            k = cx.place_at[k].last_token + 1
        elif w.startswith(("ال", "وال")) or is_adjective(w):
            k += 1
        else:
            break
    return k if k > start else start


def _comma_name(cx: Cx, k: int) -> bool:
    """``…، بريت ماكغورك،``: a person's name set off by commas right after the remit.

    The name may carry its rank or honorific (``…، اللواء فلان،``).
    """
    if not any(c in cx.gap(k) for c in _COMMAS):
        return False
    t = title_at(cx, k)
    end = read_name(cx, t.last_token + 1 if t is not None else k, lenient=True)
    return end is not None and (end >= cx.hi or cx.punct_before(end))

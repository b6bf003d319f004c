"""An outlet's name written in brackets after its kind: ``موقع (WWNY)``, ``موقع (واشنطن إجزامنر)``.

Arabic news often prints a foreign outlet's name in round brackets, in Latin or Arabic
letters, right after the kind of outlet (``بحسب موقع (WWNY)``). The bracketed run then plays
the part of a quoted name.
"""

from __future__ import annotations

from rasd.speakers import Cx

__all__ = ["bracket_run"]

_MAX_NAME = 4  # words of a bracketed outlet name


def bracket_run(cx: Cx, j: int) -> int | None:
    """Index of the last token of a bracketed name opening at token ``j`` (None when none).

    The opening bracket stands right before ``j`` and the closing one after a run of at
    most a few words, with no other punctuation inside.
    """
    if j >= cx.hi or "(" not in cx.gap(j):
        return None
    for k in range(j, min(cx.hi, j + _MAX_NAME)):
        after = cx.gap(k + 1) if k + 1 < len(cx.tokens) else ""
        if ")" in after:
            return k
        if k + 1 >= cx.hi or cx.punct_before(k + 1) or "(" in after:
            return None
    return None

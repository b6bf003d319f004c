"""Persons named before a role set off by commas, in the middle of a sentence.

The press names both sides of a call or a meeting in apposition: ``اتصال جمع فلان
الفلاني، وزير الدفاع الأمريكي، بفلان الفلاني، وزير الدفاع العراقي``. The name stands
before its role (not after it, as in ``قال وزير الدفاع فلان``); the second name carries the
preposition of the verb (``جمع … بـ``), which is no part of the name. These persons join the
article's registry, so that ``الوزير الأمريكي`` or a family name said alone later finds them.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.phrases import parse_speaker
from rasd.speakers import Cx, Speaker, lex, role_at

__all__ = ["named_before_role"]


def _role_ends_at(cx: Cx, k: int) -> bool:
    """A role phrase (with its adjectives) ends right before token ``k``."""
    for i in range(max(cx.lo, k - 5), k):
        if role_at(cx, i) is not None:
            ph = parse_speaker(cx, i)
            if ph is not None and ph.hi == k:
                return True
    return False


def _name_opens(cx: Cx, k: int) -> bool:
    """A three-word name may start at token ``k``.

    After punctuation, after a verb it is the subject of (``وقال محمد شياع السوداني، رئيس …``)
    or with a kunya (``أبو حسين …``); else the name is its last two words.
    """
    return (
        k == cx.lo
        or cx.punct_before(k)
        or (k - 1) in cx.trigger_at
        or lex().has("subject_verbs", cx.word(k - 1))
        or cx.word(k) in lex().words["kunya_words"]
    )


def named_before_role(cx: Cx, j: int, role_end: int) -> Speaker | None:
    """The person named right before the role at token ``j`` (``فلان الفلاني، وزير …،``).

    Args:
        cx: The sentence.
        j: First token of a role phrase that has a comma before it and no name after it.
        role_end: End (exclusive) of that role phrase.

    Returns:
        The person with that role, the glued preposition of a second name removed, or None.
    """
    if "," not in cx.gap(j) or (role_end < cx.hi and not cx.punct_before(role_end)):
        return None
    starts = [
        k for k in (j - 3, j - 2)
        if k >= cx.lo and not any(cx.punct_before(x) for x in range(k + 1, j))
    ]
    opened = [k for k in starts if _name_opens(cx, k)]
    for k in opened[:1] or starts[-1:]:
        ph = parse_speaker(cx, k)
        sp = ph.speakers[0] if ph is not None else None
        if sp is None or sp.stype != "person" or not sp.family or ph.hi < role_end:
            return None
        w = cx.word(k)
        if w[:1] in "لب" and not w.startswith("ال") and cx.punct_before(k) and _role_ends_at(cx, k):
            sp = replace(sp, text=sp.text[1:])
        return sp
    return None

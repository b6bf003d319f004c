"""A subjectless masculine verb after a statement that spoke: the statement goes on.

``جاء في بيان للقيادة المركزية "…". وأضاف "…"`` and ``وقالت الخلية في بيان إن … وتابع
أن …``: the subject of أضاف / تابع is البيان (masculine), so the act is its issuer's even when
the issuer is a feminine body (القيادة المركزية، الوزارة، خلية الإعلام الأمني). Without this
the verb went to the last masculine speaker before the statement. Only when the issuer is the
last speaker or source told before the verb, and a statement noun (بيان) is written from the
issuer on.
"""

from __future__ import annotations

import re

from rasd.coref import Discourse, agrees
from rasd.speakers import Cx, Speaker

__all__ = ["voiced_group"]

# A statement or report noun as a word of its own, maybe with a proclitic (``في بيان``, ``التقرير``).
_STATEMENT = re.compile(r"(?<!\S)[وفلب]?(?:ال)?(?:بيان|تقرير)(?:ه|ها)?(?!\S)")
# How many characters before the issuer the statement noun may stand (``جاء في بيان للقيادة``).
_BEFORE = 12


def voiced_group(cx: Cx, disc: Discourse, gender: str, before: int) -> list[Speaker]:
    """The issuer of the last statement told before ``before``, for a masculine verb that does not agree with it.

    Args:
        cx: The sentence being read.
        disc: What the article has told so far.
        gender: Gender of the subjectless verb.
        before: Offset of the verb.

    Returns:
        The issuer as a one-speaker group, or ``[]`` when the last source was not a statement's.
    """
    if gender != "m":
        return []
    told = [g for g in disc.groups if g[0].pos < before] + [[s] for s in disc.issuers if s.pos < before]
    if not told:
        return []
    last = max(told, key=lambda g: g[0].pos)
    if len(last) != 1 or agrees(gender, last[0]) or last[0].stype != "organization":
        return []
    at = last[0].pos
    return last if _STATEMENT.search(cx.doc.nt.norm[max(0, at - _BEFORE) : before]) else []

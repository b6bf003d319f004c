"""Days glued to the word before them on flattened page lines.

A page copied without its spacing glues a byline or an icon letter to the day of
its date line: ``مدير التحرير8 يناير 2020``, ``l20 فبراير 2026``. The date grammar
reads a day only after a word boundary, so it finds the month and year alone;
:func:`attach_glued_days` gives such a mention its day back.
"""

from __future__ import annotations

import re

from rasd.datemention import DateMention, MentionMaker
from rasd.dates import parse_date_expr
from rasd.text import NormText

__all__ = ["attach_glued_days"]

# A day number glued after a letter, then spaces up to the month.
_GLUED_DAY_RE = re.compile(r"(?<=[^\W\d_])(?:3[01]|[12]\d|0?[1-9])\s+$")
_LOOKBACK = 4  # characters before the month where the glued day is looked for


def attach_glued_days(nt: NormText, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions, a month with its year taking the day glued before it (``التحرير8 يناير 2020``).

    Only a month with a written year is completed, and only when the day and the
    month read together as one whole date.

    Args:
        nt: The normalised text the mentions point into.
        mentions: The date mentions of the text, in order.

    Returns:
        The mentions, each completed one replaced by a mention of day precision.
    """
    out = []
    for d in mentions:
        out.append(_with_glued_day(nt, d) or d)
    return out


def _with_glued_day(nt: NormText, d: DateMention) -> DateMention | None:
    if d.precision != "month" or d.relative or d.kind != "month":
        return None
    m = _GLUED_DAY_RE.search(nt.norm, max(0, d.nstart - _LOOKBACK), d.nstart)
    if m is None:
        return None
    found = parse_date_expr(nt.norm[m.start() : d.nend])
    if found is None or found.precision != "day" or not found.iso:
        return None
    return MentionMaker(nt, "day", False, d.since)(m.start(), d.nend, found.iso, "absolute")

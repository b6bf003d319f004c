"""Days left unresolved on a page with no publication date, kept to tell incidents apart.

When a page prints no date, ``ظهر اليوم الاثنين`` and ``مساء امس الاحد`` cannot be
resolved: the event rows they date stay undated. The expression is still worth
keeping: the row shows it in ``date_expr`` (an analyst reads the day from it), and
two undated rows of the same type whose expressions name different days are two
incidents, not one (:func:`other_days`), however alike their places.

The day an expression names is read from its words (``data/dates.yaml``): the
weekdays it names (both days of a night, ``ليل السبت الاحد``) and the relative
day words (``اليوم`` 0, ``امس`` -1, ``اول امس`` -2). Two expressions name
different days when both name weekdays and share none, or both name relative
days and share none; a weekday and a bare ``اليوم`` are not compared (the page
does not say which day today is).

Only the days that date the act are kept: a day written after a reporting verb
and before the act (``قال امس الاحد إن هجوما …``) dates the words, not the act.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from rasd.datemention import DateMention
from rasd.datescan import LEX, WEEKDAYS
from rasd.doc import Doc, DocSentence
from rasd.event_fields import dates_the_speech
from rasd.text import normalize_str

__all__ = ["day_keys", "other_days", "unresolved_day"]

# Kinds of mention that name one day (or a night across two) counted from the day of writing.
_DAY_KINDS = frozenset({"relday", "weekday", "night"})
_RELATIVE_DAYS: dict[str, int] = LEX["relative_days"]
_RELATIVE_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(k) for k in sorted(_RELATIVE_DAYS, key=len, reverse=True)) + r")(?!\w)"
)
_WORD_RE = re.compile(r"\w+")


def unresolved_day(doc: Doc, sent: DocSentence, span: tuple[int, int], trig: tuple[int, int]) -> DateMention | None:
    """The unresolved day nearest to an act's trigger in the sentence part ``span`` (norm offsets), or None.

    A day written after the trigger comes first (``استهدفت … مساء الاحد``), then
    the nearest before it; a day dating the words that report the act is skipped.
    """
    days = [
        d
        for d in doc.within(doc.dates, sent)
        if not d.iso
        and d.kind in _DAY_KINDS
        and not getattr(d, "since", False)
        and span[0] <= d.nstart < span[1]
        and day_keys(d.expr) != (frozenset(), frozenset())
    ]
    after = [d for d in days if d.nstart >= trig[1]]
    before = [d for d in days if d.nend <= trig[0] and not dates_the_speech(doc, sent, d.nstart, trig[0])]
    if after:
        return min(after, key=lambda d: d.nstart)
    return max(before, key=lambda d: d.nend, default=None)


def day_keys(expr: str) -> tuple[frozenset[int], frozenset[int]]:
    """The weekdays (0 = Monday) and the relative day offsets an expression names.

    >>> day_keys("مساء أمس الأحد")
    (frozenset({6}), frozenset({-1}))
    """
    norm = normalize_str(expr)
    words = [w[1:] if w[:1] in "وب" and w[1:] in WEEKDAYS else w for w in _WORD_RE.findall(norm)]
    weekdays = frozenset(WEEKDAYS[w] for w in words if w in WEEKDAYS)
    offsets = frozenset(_RELATIVE_DAYS[m.group(0)] for m in _RELATIVE_RE.finditer(norm))
    return weekdays, offsets


def other_days(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Two undated rows whose unresolved expressions name different days (see the module docstring)."""
    if a.get("date") or b.get("date") or not a.get("date_expr") or not b.get("date_expr"):
        return False
    (wa, ra), (wb, rb) = day_keys(str(a["date_expr"])), day_keys(str(b["date_expr"]))
    return bool((wa and wb and not wa & wb) or (ra and rb and not ra & rb))

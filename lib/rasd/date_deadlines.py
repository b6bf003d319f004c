"""Deadlines: a day or month without a year after «بحلول» is the next one, not the last.

``سحب القوات بحلول 30 نيسان/إبريل`` in a February article is the coming April: a deadline
set before it passes. A bare day or month is otherwise the most recent one (rasd.datecalc),
which for a deadline months ahead gives last year's. The words are in data/dates.yaml
``deadline_words``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasd.datescan import LEX

__all__ = ["deadline_value", "is_deadline"]

_YEARED = ("y", "ty", "yh", "h")  # groups that fix the year or its direction already
_LEAD_CHARS = 24  # characters before the date where the deadline word is looked for


def _is_deadline(norm: str, nstart: int) -> bool:
    """Whether the word right before ``nstart`` (a preposition allowed between) is a deadline word."""
    words = norm[max(0, nstart - _LEAD_CHARS) : nstart].split()[-2:]
    return any(w in LEX["deadline_words"] for w in words)


def is_deadline(norm: str, nstart: int) -> bool:
    """Whether the date at ``nstart`` of ``norm`` follows a deadline word (``بحلول``)."""
    return _is_deadline(norm, nstart)


def deadline_value(norm: str, nstart: int, value: str, groups: dict[str, Any], pub: dt.date) -> str:
    """The value of a yearless day or month that is a deadline: moved a year on when it lies before ``pub``.

    Args:
        norm: Normalised text.
        nstart: Start of the date expression in ``norm``.
        value: Resolved ISO value (``YYYY-MM-DD`` or ``YYYY-MM``).
        groups: Named groups of the date's match.
        pub: Publication date.

    Returns:
        The value, a year later when it is a deadline in the past and the next one is nearer
        to ``pub`` (``بحلول 10 شباط`` two weeks after it stays); else unchanged.
    """
    if "m" not in groups or any(k in groups for k in _YEARED) or len(value) not in (7, 10):
        return value
    if value >= pub.isoformat()[: len(value)] or not _is_deadline(norm, nstart):
        return value
    past = _first_day(value)
    ahead = past.replace(year=past.year + 1) if past is not None else None
    if past is None or ahead is None or (ahead - pub) >= (pub - past):
        return value
    return f"{ahead.year:04d}{value[4:]}"


def _first_day(value: str) -> dt.date | None:
    """First day of an ISO day or month value (None for 29 February moved to a plain year)."""
    try:
        day = dt.date.fromisoformat(value if len(value) == 10 else f"{value}-01")
        return day if (day.month, day.day) != (2, 29) else None
    except ValueError:
        return None

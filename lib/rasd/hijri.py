"""Hijri dates of date lines, converted to the Gregorian day.

Some pages date their stories only in the Hijri calendar (``13 جمادى الآخرة 1445هـ``,
``الثلاثاء 13 جمادى الآخرة 1445 هـ``). The conversion uses the tabular (arithmetic)
Islamic calendar (30-year cycle, civil epoch 1 Muharram 1 AH = 16 July 622 Julian);
it may differ by a day from a calendar fixed by moon sighting, so a weekday named
beside the date settles the day when it falls one day off. The month names are in
``data/hijri_calendar.yaml``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import cache

from rasd.datescan import WEEKDAYS
from rasd.furniture import phrase_alternation
from rasd.lexicon import load_yaml

__all__ = ["hijri_to_gregorian", "read_hijri_date"]

# 1 Muharram 1 AH in the proleptic Gregorian calendar (16 July 622 Julian).
_EPOCH = dt.date(622, 7, 19).toordinal()
# How far (in days) a named weekday may move the tabular day.
_WEEKDAY_SLACK = 1


@cache
def _months() -> dict[str, int]:
    """Normalised Hijri month name -> month number."""
    return {str(k): int(v) for k, v in load_yaml("hijri_calendar.yaml")["months"].items()}


@cache
def _hijri_line_re() -> re.Pattern[str]:
    """A whole normalised line that is a Hijri date: optional weekday, day, month, year, era mark."""
    weekdays = phrase_alternation(WEEKDAYS)
    return re.compile(
        rf"^\W*(?:(?P<wd>{weekdays})\W+)?(?P<d>\d{{1,2}})\s+(?:من\s+)?(?P<m>{phrase_alternation(_months())})"
        r"\s+(?P<y>1[34]\d\d)\s*(?:هجريه|هجري|ه)?\.?\W*$"
    )


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Hijri date in the tabular Islamic calendar, or None when invalid.

    Args:
        year: The Hijri year (AH).
        month: The Hijri month, 1 (محرم) to 12 (ذو الحجة).
        day: The day of the month, 1 to 30.

    Returns:
        The Gregorian date, or None for a month or day out of range.
    """
    if not (1 <= month <= 12 and 1 <= day <= 30 and year >= 1):
        return None
    days = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 - 1
    return dt.date.fromordinal(_EPOCH + days)


def read_hijri_date(norm: str) -> str | None:
    """The Gregorian ISO day of a normalised line that is only a Hijri date, or None.

    ``13 جمادي الاخره 1445ه`` gives 2023-12-26. With a weekday (``الاحد 17 ربيع الاخر
    1446 ه``) the day one day off the tabular one that has this weekday is taken.

    Args:
        norm: A normalised line (see :func:`rasd.text.normalize_str`).

    Returns:
        The ISO date, or None when the line is not a whole Hijri date.
    """
    m = _hijri_line_re().match(norm.strip())
    if m is None:
        return None
    day = hijri_to_gregorian(int(m.group("y")), _months()[" ".join(m.group("m").split())], int(m.group("d")))
    if day is None:
        return None
    if m.group("wd"):
        weekday = WEEKDAYS[m.group("wd")]
        fits = [
            day + dt.timedelta(days=k)
            for k in range(-_WEEKDAY_SLACK, _WEEKDAY_SLACK + 1)
            if (day + dt.timedelta(days=k)).weekday() == weekday
        ]
        if not fits:
            return None
        day = fits[0]
    return day.isoformat()

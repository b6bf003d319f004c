"""Calendar arithmetic for :mod:`rasd.dates`: placing a day, weekday or month relative to a date.

Pure functions over :class:`datetime.date`; the hint offsets are those of
``hints`` in ``data/dates.yaml`` (-1 past, 0 current, 1 next, None absent).
"""

from __future__ import annotations

import datetime as dt

__all__ = ["add_months", "day_year", "iso", "month_year", "safe_date", "weekday_near", "weekday_nearest"]


def iso(year: int, *rest: int) -> str:
    """Format ``year[, month[, day]]`` as ``YYYY[-MM[-DD]]``."""
    return "-".join([f"{year:04d}", *(f"{v:02d}" for v in rest)])


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """Shift a (year, month) pair by ``delta`` months."""
    n = year * 12 + month - 1 + delta
    return n // 12, n % 12 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """``dt.date`` or None for an impossible day."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def weekday_near(ref: dt.date, weekday: int, delta: int | None) -> dt.date:
    """The ``weekday`` on or before ``ref`` (hint None, 0), n-th before it (-n), next after it (+)."""
    back = (ref.weekday() - weekday) % 7
    if delta is None or delta == 0:
        return ref - dt.timedelta(days=back)
    if delta > 0:
        return ref + dt.timedelta(days=7 - back if back else 7)
    return ref - dt.timedelta(days=(back or 7) + 7 * (-delta - 1))


def weekday_nearest(ref: dt.date, weekday: int) -> dt.date:
    """The ``weekday`` within three days of ``ref`` (checks ``امس الاحد`` against the name)."""
    back = (ref.weekday() - weekday) % 7
    return ref - dt.timedelta(days=back - 7 if back > 3 else back)


def month_year(month: int, delta: int | None, pub: dt.date) -> int:
    """Year of a month written without one, given its hint offset."""
    if delta is None:
        return pub.year if month <= pub.month else pub.year - 1
    if delta == 0:
        return pub.year
    if delta > 0:
        return pub.year if month > pub.month else pub.year + 1
    return (pub.year if month < pub.month else pub.year - 1) + delta + 1


def day_year(day: int, month: int, delta: int | None, pub: dt.date) -> int:
    """Year of a day and month written without one (same month: hint decides, or this year)."""
    if month != pub.month and delta != 0:
        return month_year(month, delta, pub)
    if delta is None or delta == 0:
        return pub.year
    if delta > 0:
        return pub.year if day > pub.day else pub.year + 1
    return (pub.year if day < pub.day else pub.year - 1) + delta + 1

"""Years for yearless dates of an undated article, from a full date of the same text.

An article whose publication date is unknown still often writes one full date
(``فجر الخميس 9 يناير 2020``); a yearless day or month of the same text
(``فجر الأربعاء 8 يناير``, ``17 تشرين الاول الماضي``) is then read in the year
that puts it nearest to that full date: the nearest full date before it, else
the first one after it. A weekday written with the day must agree with the
year found, and an expression with a relative day (``امس``) is left alone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from rasd.datemention import DateMention
from rasd.dates import find_dates
from rasd.pub_infer import writing_offset

__all__ = ["anchor_yearless"]

# Half a year: resolving "on or before anchor + this" puts a yearless day nearest to the anchor.
_HALF_YEAR = dt.timedelta(days=182)
_FULL_KINDS = ("absolute", "numeric", "monthfirst", "ordinal")
_YEARLESS_KINDS = ("absolute", "month")


def _full_day(d: DateMention) -> dt.date | None:
    """The day of a full, non-relative date of the text, else None."""
    if d.relative or d.precision != "day" or d.kind not in _FULL_KINDS or len(d.iso) != 10:
        return None
    return dt.date.fromisoformat(d.iso)


def _anchor(dates: list[DateMention], index: int) -> dt.date | None:
    """The full date nearest before ``dates[index]``, else the first one after it."""
    before = [day for d in dates[:index] if (day := _full_day(d))]
    if before:
        return before[-1]
    return next((day for d in dates[index + 1 :] if (day := _full_day(d))), None)


def _resolve(d: DateMention, anchor: dt.date) -> str:
    """The ISO value of a yearless mention read near ``anchor``, or ``""``."""
    offset, weekday = writing_offset(d.expr)
    if offset is not None:
        return ""
    found = find_dates(d.expr, anchor + _HALF_YEAR)
    if len(found) != 1 or not found[0].iso or "/" in found[0].iso:
        return ""
    iso = found[0].iso
    if weekday is not None and (len(iso) != 10 or dt.date.fromisoformat(iso).weekday() != weekday):
        return ""
    return iso


def anchor_yearless(dates: list[DateMention]) -> list[DateMention]:
    """Fill the yearless days and months of an undated article from its full dates.

    Args:
        dates: The mentions of one article found without a publication date.

    Returns:
        The same mentions, those resolved given their ``iso``.
    """
    out = list(dates)
    for i, d in enumerate(dates):
        if d.iso or not d.relative or d.precision not in ("day", "month") or d.kind not in _YEARLESS_KINDS:
            continue
        anchor = _anchor(dates, i)
        iso = _resolve(d, anchor) if anchor else ""
        if iso:
            out[i] = dataclasses.replace(d, iso=iso)
    return out

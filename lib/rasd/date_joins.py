"""Date rows that read two mentions together: a weekday with its numeric date, a range's end.

The date grammar reads ``الاثنين 22-8-2022`` as one date, but a proclitic or a time of day
before the weekday (``ويوم الاثنين 22-8-2022``, ``فجر يوم الاربعاء 24-8-2022``) leaves the
weekday and the numeric date apart: one date is written, and it gets one row.

``نهاية العام`` alone is the end of the year of publication, except as the end of a period
opened by a date of an earlier year (``منذ 17 تشرين الاول وحتى نهاية العام``, ``من 17 تشرين
الاول حتى نهاية العام``, written in January): the period runs to the end of the year it began in.
"""

from __future__ import annotations

import datetime as dt

from rasd.datemention import DateMention
from rasd.datescan import LEX
from rasd.text import normalize_str

__all__ = ["joins_numeric", "period_year_end"]

_GAP = 12  # characters between a period's opening date and the end of year that closes it


def joins_numeric(weekday: DateMention, d: DateMention, text: str) -> bool:
    """Whether ``d`` is the numeric date written right after ``weekday``, on the weekday it names.

    The numeric date fixes the day: the weekday alone may have been read as another week's.
    """
    if weekday.kind not in {"weekday", "relday"} or d.kind != "numeric" or d.start <= weekday.end:
        return False
    if text[weekday.end : d.start].strip() or d.precision != "day" or weekday.precision != "day":
        return False
    return _weekday(d.iso) == _weekday(weekday.iso) is not None


def _weekday(iso: str) -> int | None:
    """Weekday number of an ISO day, or None when it is not one."""
    try:
        return dt.date.fromisoformat(iso).weekday()
    except ValueError:
        return None


def period_year_end(opening: DateMention, d: DateMention, text: str) -> str:
    """The ``YYYY-12`` a bare ``نهاية العام`` closing a period opened by ``opening`` means, or ``""``."""
    if not (d.kind == "unit" and d.precision == "month" and d.iso.endswith("-12")):
        return ""
    if normalize_str(d.expr).split()[-1] not in LEX["connectors"]["year_nouns"]:
        return ""  # "نهاية العام الحالي", "نهاية العام المقبل" name their year
    gap = normalize_str(text[opening.end : d.start]).split()
    if len(text[opening.end : d.start]) > _GAP or not gap or gap[-1].removeprefix("و") not in LEX["connectors"]["range"]:
        return ""
    year = opening.iso[:4]
    return f"{year}-12" if year.isdigit() and year < d.iso[:4] else ""

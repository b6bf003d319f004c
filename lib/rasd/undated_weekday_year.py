"""The year of a yearless day that names its own weekday, on a page with no publication date.

An undated page often dates its news with a weekday, a day and a month and no year
(«يوم الخميس 4 يناير», «فجر الجمعة 20 تشرين الأول»). When it prints no full date
(:mod:`rasd.undated_anchor` then has no reference) the weekday still fixes the year
within the window the text supports (:func:`rasd.pub_yearless.year_window`: the latest
printed year and the next, else the years of an era name such as «طوفان الأقصى»): the
day takes the one year of the window where it falls on that weekday, and stays
unresolved when none or several do.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from rasd.datemention import DateMention
from rasd.dates import find_dates
from rasd.pub_infer import writing_offset
from rasd.pub_yearless import year_window
from rasd.text import NormText

__all__ = ["place_weekday_years"]


def _weekday_day(d: DateMention) -> int | None:
    """The weekday a yearless day-and-month mention names («يوم الخميس 4 يناير»), or None."""
    if d.iso or d.kind != "absolute" or d.precision != "day":
        return None
    return writing_offset(d.expr)[1]


def place_weekday_years(nt: NormText, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions, each yearless day naming its weekday given the one year of the window that fits.

    Args:
        nt: The normalised text the mentions point into.
        mentions: Its date mentions, found without a publication date.

    Returns:
        The mentions, the days so placed replaced by a resolved copy (``relative`` True).
    """
    todo = [(d, w) for d in mentions if (w := _weekday_day(d)) is not None]
    if not todo:
        return mentions
    years = year_window([nt.original], mentions)
    found = {year: {(r.nstart, r.nend): r for r in find_dates(nt, dt.date(year, 12, 31))} for year in years}
    placed = {}
    for d, weekday in todo:
        fits = [
            r.iso
            for year in years
            if (r := found[year].get((d.nstart, d.nend))) is not None
            and r.iso[:4] == str(year)
            and len(r.iso) == 10
            and dt.date.fromisoformat(r.iso).weekday() == weekday
        ]
        if len(fits) == 1:
            placed[id(d)] = dataclasses.replace(d, iso=fits[0], relative=True)
    return [placed.get(id(d), d) for d in mentions]

"""The day and month of a known incident written without a year: a key of the incident.

«ردا على هجوم 28 يناير الذي قتل ثلاثة جنود في الأردن»: the place and the toll name the
Tower 22 attack, and «28 يناير» is its very day; the day counts as one more key group
(:func:`rasd.incident_rows.tells_incident`), so that a sentence naming no weapon still
tells it. Only a day and month with no year counts (read from no day of writing it has no
value, read from the incident's day it is that day); a full date of another year
(«28 يناير 2023», an anniversary) and a day counted from the day of writing («اليوم
الأحد») do not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.dates import find_dates

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["names_incident_day"]

_WRITTEN_KINDS = frozenset({"absolute", "ordinal"})  # «28 يناير», «الثامن من يناير»: no weekday or «اليوم»


def names_incident_day(norm: str, day: dt.date) -> bool:
    """Whether a normalised sentence writes ``day``'s day and month without a year."""
    yearless = {d.start for d in find_dates(norm) if not d.iso and d.kind in _WRITTEN_KINDS}
    return any(
        d.start in yearless and d.precision == "day" and d.iso == day.isoformat() for d in find_dates(norm, day)
    )

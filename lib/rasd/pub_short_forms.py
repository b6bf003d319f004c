"""More date-line shapes: short years, issue numbers, a glued relative stamp, «في» before an English date.

:func:`rasd.pubdate.parse_date_line` reads a line that is only a date. Some pages print
the date in one of these shapes, which its cleaner leaves unread:

- a two-digit year, after a month name or in a numeric date
  (``07 تشرين الثاني 22 - 10:15``, ``12/01/24``, ``12.01.24``): the year is read in
  this century, up to :data:`MAX_SHORT_YEAR`;
- a newspaper's issue number before the date (``العدد 2210 /14-03-2023``,
  ``العدد: 5120 - الأحد 12 يناير 2024``);
- a relative time stamp right before the absolute date, with no bar or dash between
  (``منذ يومين 14/03/2023``);
- «في» or «بتاريخ» before a date written in English (``في Tuesday 14 March, 2023``);
- a numeric date in a Hijri year: the Islamic (lunar) calendar from :data:`MIN_LUNAR_YEAR`
  (``1445/06/30 هـ``, converted by :func:`rasd.hijri.hijri_to_gregorian`), the Iranian
  (solar) calendar below it, from :data:`MIN_SOLAR_YEAR` (``1404/09/24``, the Persian
  date Iranian outlets print on their Arabic pages).

:func:`read_short_forms` tries them in turn; :func:`rasd.pub_forms.read_other_forms`
calls it when its own forms fail.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Protocol

from rasd.furniture import furniture, line_key
from rasd.hijri import hijri_to_gregorian

__all__ = ["MAX_SHORT_YEAR", "MIN_LUNAR_YEAR", "MIN_SOLAR_YEAR", "read_short_forms", "solar_hijri_to_gregorian"]

# A two-digit year up to this is read as 20YY; a larger one is left unread (no 19YY guess).
MAX_SHORT_YEAR = 39
# A relative time stamp before the date has at most this many words (``منذ 3 ساعات``).
MAX_AGO_WORDS = 4
# Numeric dates with a year from MIN_LUNAR_YEAR (1999 AD) to 1499 are Islamic (lunar) Hijri;
# from MIN_SOLAR_YEAR (2001 AD) to MIN_LUNAR_YEAR - 1 (2040 AD) Iranian (solar) Hijri.
MIN_LUNAR_YEAR = 1420
MIN_SOLAR_YEAR = 1380
# Days before the first of each Iranian month: six months of 31 days, then 30.
_SOLAR_MONTH_STARTS = (0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 336)
# The shift from the rule's day count to the proleptic Gregorian ordinal (1 Farvardin 1400 = 21 March 2021).
_SOLAR_EPOCH_SHIFT = -355668 - 365

# Day, month and two-digit year with the same separator: "12/01/24", "12.01.24", "12-1-24".
_NUMERIC_SHORT_RE = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{2})(?![\d/.\-])")
# Day, a month name of one or two words and a two-digit year: "07 تشرين الثاني 22".
_NAMED_SHORT_RE = re.compile(r"(?<![\d/.\-])(\d{1,2})\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(\d{2})(?![\d/.\-:])")
# A newspaper's issue number opening the line: "العدد 2210 /", "عدد رقم: 5120 -".
_ISSUE_RE = re.compile(r"^\s*(?:ال)?عدد\s*(?:رقم\s*)?[:.]?\s*\d+\s*[/|\-–—:،,]?\s*(?=\S)")
# A numeric date in a Hijri year, year first or last, with its era mark: "1445/06/30 هـ", "24/09/1404".
_NUMERIC_HIJRI_RE = re.compile(
    r"(?<![\d/.\-])(?:(1[34]\d\d)\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{1,2})|(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\6\s*(1[34]\d\d))"
    r"(?![\d/.\-])(?:\s*(?:ه\s*\.?\s*ش|هجري(?:ه|ا)?|ه)(?!\w)\.?)?"
)
# «في» or «بتاريخ» before a date in Latin letters.
_LATIN_AFTER_RE = re.compile(r"^\s*(?:في|بتاريخ)\s+(?=[a-zA-Z])")


class _DateLine(Protocol):
    """What the line parser gives (:class:`rasd.pubdate.DateLine`)."""

    iso: str
    label: str


LineParser = Callable[[str], "_DateLine | None"]


def _iso(found: _DateLine | None) -> str | None:
    return found.iso if found is not None and found.iso else None


def _full_year(short: str) -> str | None:
    """``"21"`` as ``"2021"``, or None for a year past :data:`MAX_SHORT_YEAR`."""
    return f"20{short}" if int(short) <= MAX_SHORT_YEAR else None


def _short_year(norm: str, parse: LineParser) -> str | None:
    """A date with a two-digit year (``12/01/24``, ``07 تشرين الثاني 22``), read with its full year."""
    m = _NUMERIC_SHORT_RE.search(norm)
    if m is not None and (year := _full_year(m.group(4))):
        sep = m.group(2)
        whole = f"{m.group(1)}{sep}{m.group(3)}{sep}{year}"
        return _iso(parse(norm[: m.start()] + whole + norm[m.end() :]))
    m = _NAMED_SHORT_RE.search(norm)
    if m is not None and (year := _full_year(m.group(3))):
        return _iso(parse(norm[: m.start()] + f"{m.group(1)} {m.group(2)} {year}" + norm[m.end() :]))
    return None


def _after_issue(norm: str, parse: LineParser) -> str | None:
    """The date after a newspaper's issue number (``العدد 2210 /14-03-2023``)."""
    m = _ISSUE_RE.match(norm)
    return _iso(parse(norm[m.end() :])) if m is not None else None


def _after_ago(norm: str, parse: LineParser) -> str | None:
    """The date right after a relative time stamp (``منذ يومين 14/03/2023``)."""
    words = norm.split()
    ago = furniture().ago_re
    for n in range(2, min(MAX_AGO_WORDS, len(words) - 1) + 1):
        if ago.fullmatch(line_key(" ".join(words[:n]))):
            return _iso(parse(" ".join(words[n:])))
    return None


def _latin_after_particle(norm: str, parse: LineParser) -> str | None:
    """An English date after «في» or «بتاريخ» (``في Tuesday 14 March, 2023``)."""
    m = _LATIN_AFTER_RE.match(norm)
    return _iso(parse(norm[m.end() :])) if m is not None else None


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of an Iranian (solar Hijri) date, or None when it is not a valid date.

    The usual arithmetic rule (eight leap years in 33) counts the days from the calendar's
    epoch; it matches the Iranian calendar for the years of the press.
    """
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    jy = year + 1595
    days = 365 * jy + (jy // 33) * 8 + (jy % 33 + 3) // 4 + day + _SOLAR_MONTH_STARTS[month - 1]
    return dt.date.fromordinal(days + _SOLAR_EPOCH_SHIFT)


def _numeric_hijri(norm: str, parse: LineParser) -> str | None:
    """A numeric date in a Hijri year (``1445/06/30 هـ``, ``1404/09/24``), read as its Gregorian day."""
    m = _NUMERIC_HIJRI_RE.search(norm)
    if m is None:
        return None
    year, month, day = (m.group(1), m.group(3), m.group(4)) if m.group(1) else (m.group(8), m.group(7), m.group(5))
    y, mo, d = int(year), int(month), int(day)
    if y >= MIN_LUNAR_YEAR:
        date = hijri_to_gregorian(y, mo, d) if 1 <= mo <= 12 and 1 <= d <= 30 else None
    else:
        date = solar_hijri_to_gregorian(y, mo, d) if y >= MIN_SOLAR_YEAR else None
    return _iso(parse(norm[: m.start()] + date.isoformat() + norm[m.end() :])) if date else None


def read_short_forms(norm: str, parse: LineParser) -> str | None:
    """The date of a date line in one of the shapes of this module, as ISO, or None.

    Args:
        norm: One line of the page, normalised (:func:`rasd.text.normalize_str`).
        parse: The date-line parser to read the rewritten line or its date part with
            (:func:`rasd.pubdate.parse_date_line`).

    Returns:
        The ISO date, or None when no shape applies or the date part does not read.
    """
    for reader in (_after_issue, _after_ago, _latin_after_particle, _short_year, _numeric_hijri):
        iso = reader(norm, parse)
        if iso:
            return iso
    return None

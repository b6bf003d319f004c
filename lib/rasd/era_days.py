"""Yearless days of an undated text placed by the era the text names, and the days told with them.

A page that prints no date often writes the first day of an era without its year: «منذ بدء
التصعيد في غزة في السابع من أكتوبر», «تعرضت القوات الأمريكية لـ165 هجوما منذ 17 تشرين
الأول», «منذ 28 شباط تشن إسرائيل والولايات المتحدة هجمات على إيران». The day and the words
around it name the era, whose first day is known (``data/era_days.yaml``): the day takes that
year when its paragraph holds a key of every cue group of the entry and, for a day that opens
a tally, when it opens a period («منذ», «من … إلى», «بين … و»). A day named with its weekday,
or counted from today («اليوم 7 أكتوبر»), is no era day; a day after «في مثل هذا اليوم» or
«ذكرى» is today's date in a later year and is left alone.

Once an era day is placed, a yearless day named with its weekday («الأحد 1 آذار») takes the
one year, of the era days' years and the next (within the corpus years), where it falls on
that weekday; and when the text prints no full date, the other yearless days and months take
the year, of three, that puts them nearest the latest era day, as :mod:`rasd.undated_anchor`
does from a full date (a story told in order: «منذ 17 تشرين الأول وحتى 31 كانون الثاني»
reaches into the next year).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import cache

from rasd.datemention import DateMention
from rasd.dates import find_dates
from rasd.lexicon import load_yaml
from rasd.pub_infer import writing_offset
from rasd.text import NormText
from rasd.undated_anchor import latest_full_date, nearest_year

__all__ = ["place_era_days"]

# «من» or «بين» just before the day: it opens a span of days.
_OPENER_RE = re.compile(r"(?<!\w)[وف]?(?:من|بين|ما بين)\s*$")
# «في مثل هذا اليوم» or «ذكرى» a few words before: the day is today's, in a later year.
_ANNIVERSARY_RE = re.compile(r"(?:مثل هذا|ذكري)[^.\n]*$")
_REACH = 40
# Kinds of yearless mention placed from an era day (a day of a named month, or a month).
_PLACED_KINDS = frozenset({"absolute", "ordinal", "month"})


@dataclasses.dataclass(frozen=True)
class _EraDay:
    """One entry of ``data/era_days.yaml``."""

    day: dt.date
    cues: tuple[tuple[str, ...], ...]
    opens: bool


@cache
def _era_days() -> tuple[_EraDay, ...]:
    """The entries of ``data/era_days.yaml``."""
    return tuple(
        _EraDay(dt.date.fromisoformat(str(e["date"])), tuple(tuple(g) for g in e["cues"]), bool(e.get("opens")))
        for e in load_yaml("era_days.yaml")["days"]
    )


def _paragraph(norm: str, start: int, end: int) -> str:
    """The normalised paragraph (line) holding the span."""
    lo = norm.rfind("\n", 0, start) + 1
    hi = norm.find("\n", end)
    return norm[lo : len(norm) if hi < 0 else hi]


def _is_candidate(d: DateMention, norm: str) -> bool:
    """Whether a mention is an unresolved yearless day, not counted from today, with no weekday nor anniversary."""
    if d.iso or d.kind not in ("absolute", "ordinal", "range") or d.precision != "day":
        return False
    if writing_offset(d.expr) != (None, None):
        return False
    return not _ANNIVERSARY_RE.search(norm[max(0, d.nstart - _REACH) : d.nstart])


def _opens(d: DateMention, norm: str) -> bool:
    """Whether the day opens a period («منذ» and the like, «من … إلى», «بين … و»)."""
    return d.since or bool(_OPENER_RE.search(norm[max(0, d.nstart - 12) : d.nstart]))


def _era_day(d: DateMention, resolved: DateMention | None, norm: str) -> dt.date | None:
    """The era day a candidate mention is, or None."""
    if resolved is None or not resolved.iso:
        return None
    month_day = resolved.iso[5:10]
    paragraph = _paragraph(norm, d.nstart, d.nend)
    for era in _era_days():
        if era.day.isoformat()[5:] != month_day or (era.opens and not _opens(d, norm)):
            continue
        if all(any(key in paragraph for key in group) for group in era.cues):
            return era.day
    return None


def _place_weekday_days(nt: NormText, mentions: list[DateMention], placed: dict[int, DateMention]) -> None:
    """Give a yearless day named with its weekday the one year, of the era days' years and the next, where it fits.

    The years are kept within the corpus years of ``data/news_eras.yaml``.
    """
    first = min(int(p.iso[:4]) for p in placed.values())
    last = max(int(p.iso[:4]) for p in placed.values())
    span = load_yaml("news_eras.yaml")["corpus_years"]
    years = range(max(first, int(span["from"])), min(last + 1, int(span["to"])) + 1)
    found = {year: {(r.nstart, r.nend): r for r in find_dates(nt, dt.date(year, 12, 31))} for year in years}
    for d in mentions:
        weekday = writing_offset(d.expr)[1]
        if d.iso or weekday is None or d.kind != "absolute" or d.precision != "day":
            continue
        fits = [
            r.iso
            for year, again in found.items()
            if (r := again.get((d.nstart, d.nend))) is not None
            and r.iso[:4] == str(year)
            and len(r.iso) == 10
            and dt.date.fromisoformat(r.iso).weekday() == weekday
        ]
        if len(fits) == 1:
            placed[id(d)] = dataclasses.replace(d, iso=fits[0], relative=True)


def place_era_days(nt: NormText, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions of an undated text, era days and the yearless days told with them resolved.

    Args:
        nt: The normalised text the mentions point into.
        mentions: Its date mentions, found without a publication date.

    Returns:
        The mentions, each day or month so placed replaced by a resolved copy: an era day is fixed
        like a full date (``relative`` False: it sets the year window of the weekdays and anchors
        «اليوم التالي»), a day placed nearest it is ``relative``.
    """
    todo = [d for d in mentions if _is_candidate(d, nt.norm)]
    if not todo:
        return mentions
    again = {(r.nstart, r.nend): r for r in find_dates(nt, dt.date(2000, 12, 31))}
    placed: dict[int, DateMention] = {}
    for d in todo:
        day = _era_day(d, again.get((d.nstart, d.nend)), nt.norm)
        if day is not None:
            iso = "/".join(str(day.year) + part[4:] for part in again[(d.nstart, d.nend)].iso.split("/"))
            placed[id(d)] = dataclasses.replace(d, iso=iso, relative=False)
    if not placed:
        return mentions
    _place_weekday_days(nt, mentions, placed)
    if latest_full_date(mentions) is None:
        ref = max(dt.date.fromisoformat(p.iso[:10]) for p in placed.values())
        for d in mentions:
            r = again.get((d.nstart, d.nend))
            if id(d) in placed or d.iso or d.kind not in _PLACED_KINDS or r is None or not r.iso or "/" in r.iso:
                continue
            if writing_offset(d.expr) == (None, None):
                placed[id(d)] = dataclasses.replace(d, iso=nearest_year(r.iso, ref), precision=r.precision, relative=True)
    return [placed.get(id(d), d) for d in mentions]

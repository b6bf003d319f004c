"""Yearless dates of an undated text, placed by the latest full date the text prints.

When a page gives no publication date (and none can be inferred), a day and
month without a year (``فجر الاربعاء 8 يناير``, ``الثاني عشر من نيسان``), a
month alone (``اكتوبر (تشرين الاول)``) or a bare weekday (``فجر السبت``) is
left unresolved. The text itself usually pins the time down: the news day is
printed in full somewhere (``السبت 28 سبتمبر 2024``, ``حتى 5 يناير 2024``).
The latest full date of the text is taken as the reference:

- a day and month, or a month, takes the year that puts it nearest the
  reference (``8 يناير`` beside ``9 يناير 2020`` is 2020-01-08; ``12 نيسان``
  beside ``4 تموز 2015`` is 2015-04-12);
- a weekday is the most recent one on or before the reference, as it would be
  before a publication date, unless the reference is the start of a period opened by
  «منذ» a few words before it (``منذ بدء الحرب في 7 أكتوبر 2023`` is background).

A day or month with a hint word (``17 تشرين الاول الماضي``) is placed the same
way: the day of writing is unknown but not before the latest printed date, so
the hint does not choose between the years. A weekday with a hint
(``الثلاثاء الماضي``) and the expressions counted from the day of writing
(``اليوم``, ``امس``, durations, weeks, nights) are left alone: the latest printed
date need not be the day of writing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from rasd.datemention import DateMention
from rasd.dates import find_dates
from rasd.datescan import HINT_DELTA
from rasd.text import NormText

__all__ = ["anchor_undated", "latest_full_date", "nearest_year"]

# «منذ» a few words before a full date makes it the start of a period told as background.
_SINCE_LEAD_RE = re.compile(r"(?<!\w)[وف]?منذ(?!\w)[^.\n]*$")
_SINCE_REACH = 40

# Kinds whose unresolved mentions lack only a year (or, for a weekday, a week).
_ANCHORED_KINDS = frozenset({"absolute", "ordinal", "month", "weekday"})
_HINT_WORDS = frozenset(w for phrase in HINT_DELTA for w in phrase.split())


def latest_full_date(mentions: list[DateMention]) -> dt.date | None:
    """The latest date written in full (day, month and year) among the mentions, or None."""
    days = [
        dt.date.fromisoformat(d.iso)
        for d in mentions
        if d.precision == "day" and not d.relative and len(d.iso) == 10 and "/" not in d.iso
    ]
    return max(days, default=None)


def anchor_undated(nt: NormText, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions of an undated text, yearless ones resolved against its latest full date.

    Args:
        nt: The normalised text the mentions point into.
        mentions: Its date mentions, found without a publication date.

    Returns:
        The mentions, each unresolved day, month or weekday that the rule places
        replaced by a resolved copy (``relative`` True); the others unchanged.
    """
    todo = [d for d in mentions if _anchorable(d, nt)]
    ref = latest_full_date(mentions)
    if not todo or ref is None:
        return mentions
    again = {(d.nstart, d.nend): d for d in find_dates(nt, ref)}
    placed = {}
    for d in todo:
        r = again.get((d.nstart, d.nend))
        if r is not None and r.iso and "/" not in r.iso and (d.kind != "weekday" or _news_reference(nt, mentions, ref)):
            iso = r.iso if d.kind == "weekday" else nearest_year(r.iso, ref)
            placed[id(d)] = dataclasses.replace(d, iso=iso, precision=r.precision, relative=True)
    return [placed.get(id(d), d) for d in mentions]


def _news_reference(nt: NormText, mentions: list[DateMention], ref: dt.date) -> bool:
    """Whether the latest full date is told as news a bare weekday may count back from.

    It is, unless every mention of it is background opened a few words before by ``منذ``
    (``ومنذ شن إسرائيل في السابع من أكتوبر 2023 حربا``).
    """
    for f in mentions:
        if not (f.precision == "day" and f.iso == ref.isoformat() and not f.relative and not f.since):
            continue
        if _SINCE_LEAD_RE.search(nt.norm[max(0, f.nstart - _SINCE_REACH) : f.nstart]):
            continue
        return True
    return False


def _anchorable(d: DateMention, nt: NormText) -> bool:
    """Whether a mention is unresolved, of a kind the rule places, and (a weekday) free of hint words."""
    if d.iso or d.kind not in _ANCHORED_KINDS:
        return False
    return d.kind != "weekday" or not _HINT_WORDS & set(nt.norm[d.nstart : d.nend].split())


def nearest_year(iso: str, ref: dt.date) -> str:
    """The same day (``MM-DD``) or month (``MM``) in the year, of three, nearest the reference."""
    rest = iso[4:]
    best = min(
        (abs((_as_day(str(year) + rest) - ref).days), year)
        for year in (ref.year - 1, ref.year, ref.year + 1)
        if _valid(str(year) + rest)
    )
    return str(best[1]) + rest


def _as_day(iso: str) -> dt.date:
    """The date of a day, or the middle of a month, for distances."""
    if len(iso) == 10:
        return dt.date.fromisoformat(iso)
    return dt.date.fromisoformat(iso + "-15")


def _valid(iso: str) -> bool:
    """Whether the day exists in that year (29 February)."""
    try:
        _as_day(iso)
    except ValueError:
        return False
    return True

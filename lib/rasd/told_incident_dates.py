"""Date mentions of a page with no date, placed by a known incident their own sentence tells.

:mod:`rasd.pub_incident` places the bare weekday of the one incident the lede tells as
news. A page often tells a second well-known incident further down, as the cause of the
news or as its background, and gives that incident its own weekday or a day without a
year:

- «أعلنت القيادة المركزية في بيان صدر الأحد الماضي أن ثلاثة من أفراد الخدمة قتلوا في
  هجوم بطائرة من دون طيار على قاعدة في الأردن»: the Sunday is the Tower 22 attack's;
- «اغتيال سليماني يوم 3 يناير بعملية أمريكية»: the year is the incident's.

A date mention with no value takes a value from the incident when its own sentence tells
one known incident (its place and enough key groups, no likeness cue such as «على غرار»),
every weekday and full date of the sentence fits that incident, and:

- the mention is a weekday (bare, with a time of day, «الماضي», «أمس») naming the
  incident's weekday: it takes the incident's day;
- the mention is a day and month, or a month, without a year, in the incident's month:
  it takes the incident's year, also when told ahead («يلتقي ... في 15 أبريل المقبل»)
  or after («في 15 أبريل الماضي»). A day of another month («12 آذار» beside an incident
  of January) stays empty: the text gives it no year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from rasd.dates import find_dates
from rasd.incident_rows import tells_incident
from rasd.pub_incident import Incident, load_incidents, weekdays_agree
from rasd.pub_infer import writing_offset
from rasd.text import normalize_str, split_sentences

__all__ = ["date_told_mentions"]

_YEARLESS_RE = re.compile(r"\d{4}-(\d{2})(?:-\d{2})?")
_NIGHT_RE = re.compile(r"(?<!\w)(?:ال)?ليل")  # «ليل الأربعاء – الخميس»: a night across two days
_LATER = dt.timedelta(days=60)  # a second day to read a yearless mention from
_EVE = dt.timedelta(days=1)  # a day told ahead («المقبل») is read on the incident's eve, one told past the day after


def _told(sentence: str) -> Incident | None:
    """The one known incident a sentence tells with every weekday fitting it, or None."""
    norm = normalize_str(sentence)
    found = {inc for inc in load_incidents() if tells_incident(inc, norm) and weekdays_agree(inc, [sentence])}
    days = {inc.date for inc in found}
    return min(found, key=lambda inc: inc.id) if len(days) == 1 else None


def _weekday_value(incident: Incident, expr: str) -> str:
    """The incident's day when a weekday expression (not a night) names its weekday, else ``""``."""
    _, weekday = writing_offset(expr)
    if _NIGHT_RE.search(normalize_str(expr)):
        return ""
    return incident.date.isoformat() if weekday == incident.date.weekday() else ""


def _read_twice(sentence: str, offset: int, refs: tuple[dt.date, dt.date]) -> str:
    """The value of the mention at ``offset`` read from two days, when both give the same one, else ``""``."""
    values = set()
    for ref in refs:
        again = [d for d in find_dates(sentence, ref) if d.start == offset]
        if not again or again[0].precision not in ("day", "month") or not again[0].relative:
            return ""
        values.add(again[0].iso)
    return values.pop() if len(values) == 1 else ""


def _yearless_value(incident: Incident, sentence: str, offset: int) -> str:
    """A day and month, or a month, written without a year in the incident's month, dated in its year, else ``""``.

    The mention is read from the incident's day and from two months later: both must give
    the same value, so that only a month the text names counts («3 يناير»), not a day
    counted from the day of writing («اليوم», «الليلة الماضية») or a month with a hint
    word («آذار الفائت»). A day announced ahead («في 15 أبريل المقبل», a visit the page
    announces) is read from the eve of the incident and two months before it instead, a day
    told as past («في 15 أبريل الماضي») from the day after it and two months later.
    """
    for refs in ((incident.date, incident.date + _LATER), (incident.date - _LATER, incident.date - _EVE),
                 (incident.date + _EVE, incident.date + _LATER)):
        value = _read_twice(sentence, offset, refs)
        found = _YEARLESS_RE.fullmatch(value)
        if found and int(found.group(1)) == incident.date.month and value.startswith(str(incident.date.year)):
            return value
    return ""


def date_told_mentions(text: str, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give undated date mentions the day or year of the known incident their sentence tells.

    Args:
        text: The article text the rows' offsets point into (a page with no date).
        rows: The article's rows of the dates table.

    Returns:
        The rows, those placed by a told incident resolved.
    """
    if all(r.get("iso") for r in rows):
        return list(rows)
    spans = split_sentences(text)
    out = []
    for row in rows:
        start = int(row.get("start", -1))
        span = next((s for s in spans if s.start <= start < s.end), None)
        incident = _told(span.text) if span is not None and not row.get("iso") else None
        if incident is not None:
            expr = str(row.get("expr") or "")
            value = _weekday_value(incident, expr) or _yearless_value(incident, span.text, start - span.start)
            if value:
                row = {**row, "iso": value}
        out.append(row)
    return out

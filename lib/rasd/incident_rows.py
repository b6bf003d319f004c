"""Rows dated by the well-known incidents a page tells.

:mod:`rasd.pub_incident` dates the one incident of the lede. A page often tells a
second known incident as the cause of the first («ضربات أمريكية في العراق وسوريا ردا
على المسيرة التي قتلت 3 جنود في الأردن»), or tells the lede's incident again further
down without its distinguishing keys («وأصابت الغارة مبنى في شرق بغداد»). This module
dates such rows:

- on any page, an undated event row whose own sentence tells an incident (its place and enough key
  groups, no likeness cue such as «على غرار» or «مماثل» anywhere in it, no weekday of its
  own that contradicts the incident) takes the incident's date when the row has the
  incident's type (``attack``, ``us_strike`` …) and the row's place or target names the
  incident's place; a cause or time cue («ردا على», «بعد») does not stop it, since it
  still names the incident;
- on any page, a row dated by a night read as its first day («الليلة الماضية», «ليل الاثنين
  الثلاثاء») whose own sentence tells an incident of the night's second day takes the
  incident's day: strikes of the small hours told as last night (a claim row takes the day of
  the attack it claims);
- on a page with no date, an undated event row of the lede incident's type at its place takes
  its date when its sentence gives no full date of its own and no likeness or
  background cue;
- on a page with no date, a date mention without a year or without a day of writing («أواسط كانون الأول»,
  «الشهر الماضي») is resolved when every day of writing the lede allows (the incident's
  day to ``max_gap_days`` after it) gives the same month or day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from rasd.dates import find_dates
from rasd.incident_days import names_incident_day
from rasd.lexicon import load_yaml
from rasd.pub_incident import Incident, find_lede_incident, load_incidents, weekdays_agree
from rasd.text import normalize_str

__all__ = ["date_incident_rows", "date_stable_mentions", "tells_incident"]

_CLITICS_RE = re.compile(r"^[وف]?(?:ال|لل)?")
_NIGHT_RE = re.compile(r"(?<!\w)(?:ال)?ليل")  # «الليلة الماضية», «ليل الاثنين الثلاثاء»: a night
# A claim dated by a night names the act of that night («تبنى الحرس استهداف أربيل الليلة الماضية»).
_NIGHT_CLAIMED = {"claim": frozenset({"attack"})}


@cache
def _cues() -> tuple[frozenset[str], frozenset[str], int]:
    """The likeness cues, the background cues and the largest gap in days of the data file."""
    data = load_yaml("known_incidents.yaml")
    return frozenset(data["likeness_cues"]), frozenset(data["background_cues"]), int(data["max_gap_days"])


def _cued(norm: str, cues: frozenset[str]) -> bool:
    """Whether one of ``cues`` stands in a normalised sentence (a clitic و/ف and ال stripped)."""
    return any(w in cues or _CLITICS_RE.sub("", w) in cues for w in norm.split())


def tells_incident(incident: Incident, norm: str) -> bool:
    """Whether a normalised sentence names the incident's place and enough keys, with no likeness cue."""
    place = incident.places.search(norm)
    if place is None:
        return False
    found = len([g for g in incident.groups if g.search(norm)])
    if 1 <= found == incident.need - 1 and names_incident_day(norm, incident.date):
        found += 1  # «ردا على هجوم 28 يناير الذي قتل ثلاثة جنود في الأردن»: its day is a key (rasd.incident_days)
    return found >= incident.need and not _cued(norm, _cues()[0])


def _row_site(row: dict[str, Any]) -> str:
    """The row's place and target, normalised."""
    return normalize_str(f"{row.get('place') or ''} {row.get('target') or ''}")


def _told_dates(row: dict[str, Any], types: frozenset[str] = frozenset()) -> set[dt.date]:
    """The days of the incidents of the row's type (or one of ``types``) and place that the row's sentence tells."""
    sentence = str(row.get("sentence") or "")
    norm = normalize_str(sentence)
    site = _row_site(row)
    kinds = types | {row.get("type")}
    return {
        inc.date
        for inc in load_incidents()
        if inc.type in kinds and inc.places.search(site) and tells_incident(inc, norm) and weekdays_agree(inc, [sentence])
    }


def _is_lede_row(incident: Incident, row: dict[str, Any]) -> bool:
    """Whether an undated row retells the lede incident: its type and place, no other day, no background cue."""
    sentence = str(row.get("sentence") or "")
    norm = normalize_str(sentence)
    if row.get("type") != incident.type or not incident.places.search(norm) or not incident.places.search(_row_site(row)):
        return False
    if _cued(norm, _cues()[0] | _cues()[1]):
        return False
    return weekdays_agree(incident, [sentence]) and not any(d.kind == "absolute" for d in find_dates(sentence))


def date_incident_rows(paragraphs: Sequence[str], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give undated event rows the day of the known incident they tell.

    Args:
        paragraphs: The body paragraphs of the article, in order; empty for a page that has a
            date (only the incidents told in a row's own sentence are used then).
        rows: The article's event rows.

    Returns:
        The rows, those that tell one known incident dated with its day.
    """
    lede, sentences = find_lede_incident(paragraphs)
    if lede is not None and not weekdays_agree(lede, sentences):
        lede = None
    out = []
    for row in rows:
        if not row.get("date"):
            days = _told_dates(row)
            if not days and lede is not None and _is_lede_row(lede, row):
                days = {lede.date}
            if len(days) == 1:
                row = {**row, "date": days.pop().isoformat(), "time_precision": 1}
        elif _night_row(row) and _told_dates(row, _NIGHT_CLAIMED.get(str(row.get("type")), frozenset())) == {_next_day(row)}:
            row = {**row, "date": _next_day(row).isoformat(), "time_precision": 1}
        out.append(row)
    return out


def _night_row(row: dict[str, Any]) -> bool:
    """Whether a row is dated to the day by a night expression («الليلة الماضية»)."""
    date = str(row.get("date") or "")
    expr = normalize_str(str(row.get("date_expr") or ""))
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", date)) and bool(_NIGHT_RE.search(expr))


def _next_day(row: dict[str, Any]) -> dt.date:
    """The day after the row's date."""
    return dt.date.fromisoformat(str(row["date"])) + dt.timedelta(days=1)


def date_stable_mentions(paragraphs: Sequence[str], text: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Resolve undated date mentions that every day of writing the lede incident allows resolves alike.

    The page is written between the lede incident's day and ``max_gap_days`` after it;
    a mention that resolves to the same month or day against both ends («أواسط كانون
    الأول» for an incident of 4 January) takes that value. A mention that depends on the
    exact day of writing («قبل يومين», «الخميس») stays empty.

    Args:
        paragraphs: The body paragraphs of the article, in order.
        text: The article text the rows' offsets point into.
        rows: The article's rows of the dates table.

    Returns:
        The rows, the stable ones resolved.
    """
    lede, sentences = find_lede_incident(paragraphs)
    if lede is None or not weekdays_agree(lede, sentences) or all(r.get("iso") for r in rows):
        return rows
    ends = (lede.date, lede.date + dt.timedelta(days=_cues()[2]))
    early, late = ({d.start: d for d in find_dates(text, day)} for day in ends)
    out = []
    for row in rows:
        start = row.get("start", -1)
        first, last = early.get(start), late.get(start)
        if not row.get("iso") and first and last and first.iso == last.iso and first.precision in ("day", "month"):
            if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", first.iso) and first.iso <= lede.date.isoformat():
                row = {**row, "iso": first.iso}
        out.append(row)
    return out

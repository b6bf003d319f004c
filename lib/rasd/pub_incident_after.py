"""A publication date from «اليوم + weekday» on a page that follows up a known incident.

A page written a day or a few days after a well-known incident often names only the day of
its own news and tells the incident as the cause of it: «أعلنت الخارجية، اليوم الأربعاء،
استدعاء السفير التركي على خلفية القصف الأخير بطائرة مسيرة على سيدكان», «أعلنت المديرية
اليوم الخميس ارتفاع حصيلة ضحايا الهجوم الإيراني … إلى 13 قتيلا». The lede tells the incident
(its place and keys, no background cue), gives it no weekday, and its «اليوم + weekday» falls
after the incident's day, so :func:`rasd.pub_incident.find_lede_incident` takes the lede for
another act and the page stays undated. An analyst dates it on that weekday of the incident's
week. :func:`infer_followup_incident_published` does so when

- one incident is told in the lede paragraphs (in a year the text's era allows);
- the lede holds a word of aftermath (``followup_cues`` of data/known_incidents.yaml: a toll
  rising, «على خلفية», «الأخير», a summons), so the day named is that of the follow-up;
- every weekday the text gives is that of one «اليوم + weekday», from one to ``max_gap_days``
  days after the incident's, or the incident's own day or eve (which date the incident);
- the text gives no full date.

A lede that tells a new act on «اليوم + weekday» with no word of aftermath («سقطت خمسة صواريخ
على عين الأسد اليوم الخميس») is left to the other rules: it may be another attack.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from rasd.dates import find_dates
from rasd.lexicon import load_yaml
from rasd.pub_incident import Incident, matching_incidents
from rasd.pub_infer import writing_offset
from rasd.pub_yearless import era_years
from rasd.text import normalize_str

__all__ = ["infer_followup_incident_published"]

_WORD_START = r"(?<![\w])"  # a cue begins a word, with a clitic allowed before it
_CLITICS = r"(?:[وف]?[بلك]?(?:ال|لل)?)"


@cache
def _settings() -> tuple[int, int, re.Pattern[str]]:
    """Lede paragraphs, the largest gap in days and the pattern of the follow-up cues."""
    data = load_yaml("known_incidents.yaml")
    cues = "|".join(re.escape(c) for c in sorted(data["followup_cues"], key=len, reverse=True))
    return int(data["lede_paragraphs"]), int(data["max_gap_days"]), re.compile(f"{_WORD_START}{_CLITICS}(?:{cues})")


def _lede_incident(paragraphs: Sequence[str], lede_size: int) -> Incident | None:
    """The one incident the lede paragraphs tell, in a year the text's era allows; None otherwise."""
    found = matching_incidents(" ".join(paragraphs[:lede_size]))
    eras = era_years(paragraphs)
    if eras:
        found = {inc for inc in found if inc.date.year in eras}
    return next(iter(found)) if len(found) == 1 else None


def _followup_day(incident: Incident, paragraphs: Sequence[str], max_gap: int) -> dt.date | None:
    """The one «اليوم + weekday» after the incident that every weekday of the text allows; None otherwise."""
    own = {incident.date.weekday(), (incident.date.weekday() - 1) % 7}
    gaps: set[int] = set()
    for text in paragraphs:
        for mention in find_dates(text):
            if mention.kind == "absolute" and mention.precision == "day":
                return None
            offset, weekday = writing_offset(mention.expr)
            if weekday is None:
                continue
            gap = (weekday - incident.date.weekday()) % 7
            if offset == 0 and 1 <= gap <= max_gap:
                gaps.add(gap)
            elif weekday not in own or (offset is not None and offset > 0):
                return None
    if len(gaps) != 1:
        return None
    return incident.date + dt.timedelta(days=gaps.pop())


def infer_followup_incident_published(paragraphs: Sequence[str]) -> str:
    """The day of writing a follow-up page of the lede's incident names with «اليوم + weekday», as ISO.

    Args:
        paragraphs: The body paragraphs of an article, in order.

    Returns:
        The inferred day, or ``""`` when the lede tells no single incident, holds no word of
        aftermath, or the text's weekdays and dates do not give one day after the incident.
    """
    if not paragraphs:
        return ""
    lede_size, max_gap, cues = _settings()
    incident = _lede_incident(paragraphs, lede_size)
    if incident is None or not cues.search(normalize_str(" ".join(paragraphs[:lede_size]))):
        return ""
    day = _followup_day(incident, paragraphs, max_gap)
    return day.isoformat() if day else ""

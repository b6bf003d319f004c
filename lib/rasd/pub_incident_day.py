"""A publication date from a known incident dated by «أمس/اليوم + its weekday» anywhere in the text.

:mod:`rasd.pub_incident` needs the incident's place and keys in the lede. A page often
opens with another item (a claim of the day) and tells the known incident further down,
its keys in one paragraph and its day in another: «جرح جنود أمريكيون بقصف طال عين الأسد
أمس السبت» and, two paragraphs on, «ضربتها فصائل بصواريخ باليستية». The rule takes the
incident when

- the whole text tells it (its place and enough key groups, no background cue before
  the first of them), and
- a sentence naming its place relates the incident's own weekday to the day of writing
  («أمس السبت», «اليوم السبت»);

exactly one incident must qualify, with one offset. The day of writing is the
incident's day minus the offset; it must fit every weekday of writing the text gives
(«اليوم الأحد») and come on or after every full date of the text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from rasd.dates import find_dates
from rasd.pub_incident import Incident, matching_incidents, writing_days
from rasd.pub_infer import writing_offset
from rasd.text import normalize_str, split_sentences

__all__ = ["infer_told_incident_published"]


def _offsets(incident: Incident, paragraphs: Sequence[str]) -> set[int]:
    """The offsets of «أمس/اليوم + the incident's weekday» in the sentences naming its place."""
    out: set[int] = set()
    for text in paragraphs:
        for sentence in split_sentences(text):
            if not incident.places.search(normalize_str(sentence.text)):
                continue
            for d in find_dates(sentence.text):
                offset, weekday = writing_offset(d.expr)
                if d.kind == "relday" and offset is not None and offset <= 0 and weekday == incident.date.weekday():
                    out.add(offset)
    return out


def infer_told_incident_published(paragraphs: Sequence[str]) -> str:
    """The day of writing a known incident dated by its own relative weekday implies, as ISO, or ``""``.

    Args:
        paragraphs: The body paragraphs of an article, in order.

    Returns:
        The inferred date, or ``""`` when no incident or several qualify, the
        offsets disagree, or the text's weekdays of writing or full dates contradict.
    """
    found = {inc: offs for inc in matching_incidents(" ".join(paragraphs)) if (offs := _offsets(inc, paragraphs))}
    if len(found) != 1:
        return ""
    incident, offsets = next(iter(found.items()))
    if len(offsets) != 1:
        return ""
    day = incident.date - dt.timedelta(days=offsets.pop())
    writing, full = writing_days(paragraphs)
    if writing and writing != {day.weekday()}:
        return ""
    return day.isoformat() if all(f <= day for f in full) else ""

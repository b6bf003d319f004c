"""The day of writing told beside a known incident's own day, in the sentences naming it.

A report often gives both days: «قالت الخارجية العراقية اليوم السبت إن ... الغارات الأمريكية
على عكاشات أمس الجمعة». «أمس الجمعة» dates the incident and counts from a Saturday of
writing; «اليوم السبت» names that same Saturday, so it does not contradict an incident of
Friday. «اليوم + weekday» is such a day of writing when a mention of the incident's own
weekday with «اليوم/أمس» counts from it; «أمس + another weekday» still dates the incident
(«صباح أمس الخميس» beside «اليوم الجمعة» contradicts a Friday). :func:`writing_days` lists
the weekdays of writing and the full dates of a whole text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from rasd.dates import find_dates
from rasd.pub_infer import writing_offset

__all__ = ["is_writing_day", "writing_days", "writing_frames"]


def writing_frames(weekday: int, sentences: Iterable[str]) -> set[int]:
    """The weekdays of writing implied by «اليوم/أمس + the incident's weekday» in the sentences («أمس الجمعة»: Saturday).

    Args:
        weekday: The incident's weekday (Monday 0).
        sentences: The sentences naming the incident.

    A bare incident weekday («الجمعة تعرض الحقل لقصف») beside «اليوم + another weekday»
    («دانت الخارجية اليوم السبت») also makes that other weekday a day of writing.

    Returns:
        The weekdays of writing those mentions count from.
    """
    frames: set[int] = set()
    today: set[int] = set()
    bare = False
    for sentence in sentences:
        for d in find_dates(sentence):
            offset, named = writing_offset(d.expr)
            if d.kind == "relday" and named == weekday and offset is not None and offset <= 0:
                frames.add((named - offset) % 7)
            elif d.kind == "relday" and offset == 0 and named is not None:
                today.add(named)
            bare = bare or (d.kind == "weekday" and offset is None and named == weekday)
    return frames | (today - {weekday} if bare else set())


def is_writing_day(expr: str, frames: set[int]) -> bool:
    """Whether ``expr`` names one of the weekdays of writing in ``frames``.

    «اليوم + weekday», or the weekday alone: «أعلن الجيش، الاثنين، أنه قتل أمس الأحد
    خمسة مسلحين» gives the Monday the announcement was made on, which «أمس الأحد» counts from.
    """
    offset, named = writing_offset(expr)
    return (offset == 0 or (offset is None and len(expr.split()) == 1)) and named in frames


def writing_days(paragraphs: Iterable[str]) -> tuple[set[int], list[dt.date]]:
    """The weekdays of writing («اليوم الثلاثاء», «أمس الاثنين») and the full dates of a text."""
    writing: set[int] = set()
    full: list[dt.date] = []
    for text in paragraphs:
        for d in find_dates(text):
            offset, weekday = writing_offset(d.expr)
            if d.kind == "absolute" and d.precision == "day" and d.iso and not d.relative:
                full.append(dt.date.fromisoformat(d.iso[:10]))
            elif d.kind == "relday" and offset is not None and offset <= 0 and weekday is not None:
                writing.add((weekday - offset) % 7)
    return writing, full

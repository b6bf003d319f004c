"""A publication date from a known incident dated by «أمس/اليوم + its weekday» anywhere in the text.

:mod:`rasd.pub_incident` needs the incident's place and keys in the lede. A page often
opens with another item (a claim of the day) and tells the known incident further down,
its keys in one paragraph and its day in another: «جرح جنود أمريكيون بقصف طال عين الأسد
أمس السبت» and, two paragraphs on, «ضربتها فصائل بصواريخ باليستية». The rule takes the
incident when

- the whole text names its place and enough key groups (a cue such as «عقب مقتل» before
  one of them does not matter: the day is read from another sentence), and
- a sentence naming its place, with no background cue among the three words before it,
  relates the incident's own weekday to the day of writing («أمس السبت», «اليوم السبت»);

exactly one incident must qualify, with one offset. The day of writing is the
incident's day minus the offset; it must fit every weekday of writing the text gives
(«اليوم الأحد») and come on or after every full date of the text.

When no sentence gives the incident a weekday, a plain relative day in a sentence naming
its place («فجر اليوم», «أمس», «الليلة الماضية» — the night before the day of writing,
either side of midnight) relates it to the day of writing if the text names exactly one
weekday of writing elsewhere («ندّدت الحكومة ... اليوم الثلاثاء») and exactly one of the
days so related falls on it. A text with no weekday of writing lets the one bare weekday of
its first paragraph stand for it («أعلنت الفصائل، الأحد، ...»: the day of the news, and
«في وقت سابق اليوم» at the incident's place puts the incident on that day).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from rasd.dates import find_dates
from rasd.incident_anniversary import tells_anniversary
from rasd.lexicon import load_yaml
from rasd.pub_incident import Incident, load_incidents, writing_days
from rasd.pub_infer import writing_offset
from rasd.text import normalize_str, split_sentences

__all__ = ["infer_told_incident_published"]

_CUE_WORDS = 3  # words before the place where a background cue is looked for
_CLITICS_RE = re.compile(r"^[وف]?[بل]?(?:ال|لل)?")  # و/ف, a preposition ب/ل and the article
_NIGHT_RE = re.compile(r"(?<!\w)(?:ال)?ليل")  # «الليلة الماضية», «ليلة أمس», «ليل أمس»: a night, not a day


def _names_all(incident: Incident, norm: str) -> bool:
    """Whether a normalised text names the incident's place and enough key groups, anywhere."""
    found = sum(1 for g in incident.groups if g.search(norm))
    return bool(incident.places.search(norm)) and found >= incident.need


def _background(norm: str, start: int) -> bool:
    """Whether a background cue («عقب», «ردا») stands among the three words before ``start``, or an anniversary in its sentence."""
    cues = _background_cues()
    before = norm[:start].split()[-_CUE_WORDS:]
    return any(w in cues or _CLITICS_RE.sub("", w) in cues for w in before) or tells_anniversary(norm[:start])


@cache
def _background_cues() -> frozenset[str]:
    """The background cues of ``data/known_incidents.yaml``."""
    return frozenset(load_yaml("known_incidents.yaml")["background_cues"])


def _place_sentences(incident: Incident, paragraphs: Sequence[str]) -> list[str]:
    """The sentences naming the incident's place with no background cue just before it."""
    out = []
    for text in paragraphs:
        for sentence in split_sentences(text):
            norm = normalize_str(sentence.text)
            place = incident.places.search(norm)
            if place is not None and not _background(norm, place.start()):
                out.append(sentence.text)
    return out


def _offsets(incident: Incident, paragraphs: Sequence[str]) -> set[int]:
    """The offsets of «أمس/اليوم + the incident's weekday» in the sentences naming its place."""
    out: set[int] = set()
    for sentence in _place_sentences(incident, paragraphs):
        for d in find_dates(sentence):
            offset, weekday = writing_offset(d.expr)
            if d.kind == "relday" and offset is not None and offset <= 0 and weekday == incident.date.weekday():
                out.add(offset)
    return out


def _plain_offsets(incident: Incident, paragraphs: Sequence[str]) -> set[int]:
    """The offsets a plain relative day («اليوم», «أمس», «الليلة الماضية») allows in the sentences naming its place."""
    out: set[int] = set()
    for sentence in _place_sentences(incident, paragraphs):
        for d in find_dates(sentence):
            offset, weekday = writing_offset(d.expr)
            if weekday is not None or offset is None or offset > 0 or d.kind not in ("relday", "night"):
                continue
            out.add(offset)
            if offset < 0 and _NIGHT_RE.search(normalize_str(d.expr)):
                out.add(offset + 1)
    return out


def _lede_weekdays(paragraphs: Sequence[str]) -> set[int]:
    """The bare weekdays of the first paragraph («أعلنت الفصائل، الأحد، ...»): the day of its news."""
    out: set[int] = set()
    for d in find_dates(paragraphs[0]) if paragraphs else ():
        offset, weekday = writing_offset(d.expr)
        if d.kind == "weekday" and offset is None and weekday is not None:
            out.add(weekday)
    return out


def _plain_day(told: Sequence[Incident], paragraphs: Sequence[str], writing: set[int]) -> dt.date | None:
    """The one day of writing a told incident's plain relative days and the one weekday of writing give."""
    if len(writing) != 1:
        return None
    days = {
        inc.date - dt.timedelta(days=o) for inc in told for o in _plain_offsets(inc, paragraphs)
    }
    fits = {day for day in days if day.weekday() in writing}
    return fits.pop() if len(fits) == 1 else None


def infer_told_incident_published(paragraphs: Sequence[str]) -> str:
    """The day of writing a known incident dated by its own relative weekday implies, as ISO, or ``""``.

    Args:
        paragraphs: The body paragraphs of an article, in order.

    Returns:
        The inferred date, or ``""`` when no incident or several qualify, the
        offsets disagree, or the text's weekdays of writing or full dates contradict.
    """
    norm = normalize_str(" ".join(paragraphs))
    told = [inc for inc in load_incidents() if _names_all(inc, norm)]
    found = {inc: offs for inc in told if (offs := _offsets(inc, paragraphs))}
    writing, full = writing_days(paragraphs)
    if not found and len({inc.date for inc in told}) == 1:
        day = _plain_day(told, paragraphs, writing or _lede_weekdays(paragraphs))
        return day.isoformat() if day and all(f <= day for f in full) else ""
    if len(found) != 1:
        return ""
    incident, offsets = next(iter(found.items()))
    if len(offsets) != 1:
        return ""
    day = incident.date - dt.timedelta(days=offsets.pop())
    if writing and writing != {day.weekday()}:
        return ""
    return day.isoformat() if all(f <= day for f in full) else ""

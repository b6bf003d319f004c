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
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from rasd.dates import find_dates
from rasd.lexicon import load_yaml
from rasd.pub_incident import Incident, load_incidents, writing_days
from rasd.pub_infer import writing_offset
from rasd.text import normalize_str, split_sentences

__all__ = ["infer_told_incident_published"]

_CUE_WORDS = 3  # words before the place where a background cue is looked for
_CLITICS_RE = re.compile(r"^[وف]?[بل]?(?:ال|لل)?")  # و/ف, a preposition ب/ل and the article


def _names_all(incident: Incident, norm: str) -> bool:
    """Whether a normalised text names the incident's place and enough key groups, anywhere."""
    found = sum(1 for g in incident.groups if g.search(norm))
    return bool(incident.places.search(norm)) and found >= incident.need


def _background(norm: str, start: int) -> bool:
    """Whether a background cue («عقب», «ردا») stands among the three words before ``start``."""
    cues = _background_cues()
    return any(w in cues or _CLITICS_RE.sub("", w) in cues for w in norm[:start].split()[-_CUE_WORDS:])


@cache
def _background_cues() -> frozenset[str]:
    """The background cues of ``data/known_incidents.yaml``."""
    return frozenset(load_yaml("known_incidents.yaml")["background_cues"])


def _offsets(incident: Incident, paragraphs: Sequence[str]) -> set[int]:
    """The offsets of «أمس/اليوم + the incident's weekday» in the sentences naming its place."""
    out: set[int] = set()
    for text in paragraphs:
        for sentence in split_sentences(text):
            norm = normalize_str(sentence.text)
            place = incident.places.search(norm)
            if place is None or _background(norm, place.start()):
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
    norm = normalize_str(" ".join(paragraphs))
    told = [inc for inc in load_incidents() if _names_all(inc, norm)]
    found = {inc: offs for inc in told if (offs := _offsets(inc, paragraphs))}
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

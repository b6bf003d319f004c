"""The day of what a well-known incident answered, written in a sentence that tells it.

A retaliation is often told with the day of the attack it answered: «ردا على هجوم 28 يناير
على البرج 22», «للحماية من هجمات كهجوم 15 آب». A day and month
(or a full date) in a sentence that names the incident's cause (a ``cause`` key group of
``data/known_incidents.yaml``) and falls in the weeks before the incident names that cause:
it is not a day the text gives the incident, so it does not contradict the incident's known
day (:func:`rasd.pub_incident.weekdays_agree`). A day after the incident, or long before
it, still does.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from rasd.datemention import DateMention
from rasd.dates import find_dates
from rasd.text import normalize_str

if TYPE_CHECKING:
    from rasd.pub_incident import Incident

__all__ = ["names_cause_day"]

_MAX_DAYS = 60  # a retaliation answers an attack of the weeks before it


def _resolved_day(sentence: str, mention: DateMention, ref: dt.date) -> dt.date | None:
    """The day a date mention of the sentence names, read against a reference day (its year left out)."""
    if mention.iso and not mention.relative:
        iso = mention.iso
    else:
        again = [d for d in find_dates(sentence, ref) if d.start == mention.start]
        iso = again[0].iso if again else ""
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def names_cause_day(incident: Incident, sentence: str, mention: DateMention) -> bool:
    """Whether a day date of a sentence telling the incident is the day of the cause it answered.

    Args:
        incident: The well-known incident the sentence tells.
        sentence: The sentence holding the date.
        mention: A date of the sentence (a day and month, with or without a year).

    Returns:
        True when the sentence names one of the incident's cause keys and the date falls
        before the incident's eve, within the weeks before it.
    """
    norm = normalize_str(sentence)
    if not any(incident.groups[i].search(norm) for i in incident.causes):
        return False
    day = _resolved_day(sentence, mention, incident.date)
    if day is None:
        return False
    return incident.date - dt.timedelta(days=_MAX_DAYS) <= day < incident.date - dt.timedelta(days=1)

"""A publication date from the running day count of a war the page names.

Pages of 2023-2025 often count the days of the Gaza war in the news of the day:
«عدوانه على قطاع غزة، المستمر لليوم الـ114 على التوالي», «في اليوم الـ100 للحرب على
غزة», «المجازر بحق القطاع منذ 114 يوما». ``data/war_days.yaml`` gives each war's first
day (day 1) and the words naming it. A count in a sentence naming the war gives two
candidate days (day N is N-1 days after the first day; «منذ N يوما» may also mean N
days after it), and the one weekday of writing the text names («اليوم الأحد», «أمس
السبت») chooses between them:

- the sentence must name the war (a key of the data file) beside the count;
- the text must name exactly one weekday of writing, and every count must give the
  same day on it;
- the day must not be before a full date of the text.

Without a weekday of writing nothing is inferred: the count may be a statement's of
another day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rasd.incident_frames import writing_days
from rasd.lexicon import load_yaml
from rasd.text import normalize_str, split_sentences

__all__ = ["War", "count_days", "infer_war_day_published", "load_wars"]

# «اليوم ال114», «لليوم ال114», «يومها ال 114», «في يومه ال100» (normalised: the tatweel of «الـ» is gone)
_ORDINAL_RE = re.compile(r"(?<!\w)(?:[وف]?(?:لل|ال|ل|في\s+ال)?)يوم(?:ها|ه)?\s+ال\s*(\d{1,4})(?!\d)")
# «منذ 114 يوما», «منذ 114 يوم»
_SINCE_RE = re.compile(r"(?<!\w)منذ\s+(\d{1,4})\s+(?:يوما|يوم|ايام)(?!\w)")


@dataclass(frozen=True)
class War:
    """A war whose day count the press gives: its id, first day and compiled keys."""

    id: str
    start: dt.date
    keys: re.Pattern[str]


@cache
def load_wars() -> tuple[tuple[War, ...], int]:
    """The wars of ``data/war_days.yaml``, compiled, and the largest count read."""
    data = load_yaml("war_days.yaml")
    wars = []
    for entry in data["wars"]:
        alts = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(entry["keys"], key=len, reverse=True))
        keys = re.compile(rf"(?<!\w)[وفبلك]{{0,2}}(?:ال)?(?:{alts})")
        wars.append(War(id=entry["id"], start=dt.date.fromisoformat(entry["start"]), keys=keys))
    return tuple(wars), int(data["max_days"])


def count_days(sentence: str) -> set[dt.date]:
    """The days a war's day count in one sentence can name (``set()`` when none).

    Args:
        sentence: One sentence of an article.

    Returns:
        For each count in a sentence naming a war, day N of the war and the day after it.
    """
    norm = normalize_str(sentence)
    wars, max_days = load_wars()
    named = [war for war in wars if war.keys.search(norm)]
    out: set[dt.date] = set()
    for match in (*_ORDINAL_RE.finditer(norm), *_SINCE_RE.finditer(norm)):
        count = int(match.group(1))
        if not 1 <= count <= max_days:
            continue
        for war in named:
            first = war.start + dt.timedelta(days=count - 1)
            out.update({first, first + dt.timedelta(days=1)})
    return out


def infer_war_day_published(paragraphs: Sequence[str]) -> str:
    """The day of writing a war's day count and the weekday of writing give, as ISO, or ``""``.

    Args:
        paragraphs: The body paragraphs of an article, in order.

    Returns:
        The inferred date, or ``""`` when no count, no single weekday of writing,
        counts that disagree, or a full date of the text after the day.
    """
    writing, full = writing_days(paragraphs)
    if len(writing) != 1:
        return ""
    weekday = next(iter(writing))
    days: set[dt.date] = set()
    for text in paragraphs:
        for sentence in split_sentences(text):
            candidates = count_days(sentence.text)
            if candidates:
                fits = {day for day in candidates if day.weekday() == weekday}
                if len(fits) != 1:
                    return ""
                days |= fits
    if len(days) != 1:
        return ""
    day = days.pop()
    return day.isoformat() if all(f <= day for f in full) else ""

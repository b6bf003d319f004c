"""Yearless days that are a well-known first day, on a page with no date.

The press dates the start of the Gaza war and of the attacks on US forces without a
year: «منذ اندلاع الحرب على غزة في السابع من أكتوبر», «تعرضت القوات الأمريكية لـ 61
هجوما منذ 17 تشرين الأول». ``data/known_starts.yaml`` lists such days with keys naming
what began; on a page with no date a day and month without a year that is one of them
takes its year when its own sentence names one of the keys (and, for a start kept to
periods, the day opens one: «منذ»). Another day of the same month stays empty.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from rasd.dates import find_dates
from rasd.lexicon import load_yaml
from rasd.text import normalize_str, split_sentences

__all__ = ["KnownStart", "date_start_mentions", "load_starts"]

_LATER = dt.timedelta(days=30)  # a day of writing after the start, for a day written with «الماضي»


@dataclass(frozen=True)
class KnownStart:
    """A well-known first day, the keys naming what began, and whether only a period's opening counts."""

    id: str
    date: dt.date
    keys: re.Pattern[str]
    since: bool


@cache
def load_starts() -> tuple[KnownStart, ...]:
    """The first days of ``data/known_starts.yaml``, compiled."""
    out = []
    for entry in load_yaml("known_starts.yaml")["starts"]:
        alts = "|".join(r"\s+".join(map(re.escape, k.split())) for k in sorted(entry["keys"], key=len, reverse=True))
        keys = re.compile(r"(?<!\w)[وفبلك]{0,2}(?:ال)?(?:" + alts + ")")
        out.append(KnownStart(entry["id"], dt.date.fromisoformat(entry["date"]), keys, bool(entry["since"])))
    return tuple(out)


def _start_value(sentence: str, offset: int) -> str:
    """The first day a yearless day of the sentence at ``offset`` names, as ISO, or ``""``."""
    norm = normalize_str(sentence)
    for start in load_starts():
        if not start.keys.search(norm):
            continue
        for ref in (start.date, start.date + _LATER):  # «17 تشرين الأول الماضي» is read from a later day
            again = [d for d in find_dates(sentence, ref) if d.start == offset]
            if again and again[0].relative and again[0].iso == start.date.isoformat() and (again[0].since or not start.since):
                return start.date.isoformat()
    return ""


def date_start_mentions(text: str, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give an undated yearless day that is a well-known first day its year.

    Args:
        text: The article text the rows' offsets point into (a page with no date).
        rows: The article's rows of the dates table.

    Returns:
        The rows, the well-known first days resolved.
    """
    if all(r.get("iso") for r in rows):
        return list(rows)
    spans = split_sentences(text)
    out = []
    for row in rows:
        start = int(row.get("start", -1))
        span = next((s for s in spans if s.start <= start < s.end), None)
        if span is not None and not row.get("iso"):
            value = _start_value(span.text, start - span.start)
            if value:
                row = {**row, "iso": value}
        out.append(row)
    return out

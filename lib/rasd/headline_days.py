"""The day a headline gives an act the body tells undated.

Pages with no date line often print the act's day in the headline only
(«هجوم بطائرة مسيرة على قاعدة حرير الأحد 28 كانون الثاني 2024») while the body
tells it with no date or a plain «فجر اليوم». When the headline gives one full
day and names the place of an act, each undated act row of that place takes the
day — the first row of each type, so a claim and its attack are both dated. A
row told with another time («الشهر الماضي», «الخميس» when the headline's day is a
Sunday) is another act and keeps its own; a headline with two days dates nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasd.dates import DateMention, to_time_precision
from rasd.datescan import WEEKDAYS
from rasd.doc import Doc
from rasd.event_lexicon import is_word
from rasd.text import normalize_str

__all__ = ["date_from_headline"]

_ACTS = frozenset({"attack", "us_strike", "interception", "claim"})


def _headline_day(doc: Doc) -> tuple[DateMention, set[str]] | None:
    """The one full day the headline gives, and the places it names (canonical names)."""
    heads = [s for s in doc.sentences if s.kind == "headline"]
    days = [
        d
        for s in heads
        for d in doc.within(doc.dates, s)
        if d.precision == "day" and d.iso and "/" not in d.iso and not getattr(d, "since", False)
    ]
    if len({d.iso for d in days}) != 1:
        return None
    places = {str(m.value["canonical"]) for s in heads for m in doc.within(doc.places, s)}
    return (days[0], places) if places else None


def _same_day(expr: str, day: str) -> bool:
    """The row was told with no time, or with a time of that same day («فجر اليوم», its weekday)."""
    weekday = dt.date.fromisoformat(day).weekday()
    for word in normalize_str(expr).split():
        bare = word[1:] if word.startswith("و") and len(word) > 3 else word
        if not (is_word(bare, "headline_day_words") or WEEKDAYS.get(bare) == weekday):
            return False
    return True


def date_from_headline(doc: Doc, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give the undated act rows at the headline's place the day the headline gives (see the module docstring).

    Args:
        doc: The article.
        rows: Its event rows, merged into incidents.

    Returns:
        The same rows, the first undated one of each type at a place of the headline dated.
    """
    found = _headline_day(doc)
    if found is None:
        return rows
    day, places = found
    done: set[str] = set()
    for row in rows:
        if row["type"] not in _ACTS or row["type"] in done or row.get("date") or row.get("place") not in places:
            continue
        done.add(row["type"])
        if _same_day(str(row.get("date_expr") or ""), day.iso):
            row.update(date=day.iso, date_expr=day.expr, time_precision=to_time_precision(day.precision))
    return rows

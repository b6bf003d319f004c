"""The day a chronology line opens with, for the act the line tells.

A chronology prints one act a line, the line opening with its day and a colon
(«الأحد 4 شباط 2024: استهدفت طائرة مسيرة قاعدة حرير»). The layout reads such an
opening as a date line and splits it from its text; the first one may well be
the page's date, but one that comes after the story has begun, still ending with
the colon or dash that joined it to its text, is an item's day.
Each undated act row told in the body lines between such a day and the next date
line takes that day.
"""

from __future__ import annotations

from typing import Any

from rasd.dates import DateMention, to_time_precision
from rasd.doc import NARRATIVE_KINDS, Doc

__all__ = ["date_from_items"]

# A day split from its line ends with the colon or dash that joined it to the text; a
# page's date line after the story («آخر تحديث: 5 شباط 2024») does not.
_ITEM_ENDS = (":", "-", "\u2013", "\u2014")


def _item_days(doc: Doc) -> list[tuple[DateMention, int, int]]:
    """Each item day after the story began, with the span (original offsets) of the lines it heads."""
    spans: list[tuple[DateMention, int, int]] = []
    current: DateMention | None = None
    begun = False
    for sent in doc.sentences:
        if sent.kind in NARRATIVE_KINDS:
            if current is not None:
                spans.append((current, sent.start, sent.end))
            begun = True
        elif sent.kind == "dateline" and begun and sent.text.rstrip().endswith(_ITEM_ENDS):
            days = [d for d in doc.within(doc.dates, sent) if d.precision == "day" and d.iso and "/" not in d.iso]
            current = days[0] if len({d.iso for d in days}) == 1 else None
        else:
            current = None
    return spans


def date_from_items(doc: Doc, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give each undated act row of a chronology line the day the line opens with.

    Args:
        doc: The article.
        rows: Its sentence event rows, before they are merged into incidents (two acts
            at one place on two lines of the chronology stay two).

    Returns:
        The same rows, those of a dated chronology line dated.
    """
    spans = _item_days(doc)
    if not spans:
        return rows
    for row in rows:
        if row.get("date") or row.get("date_expr"):
            continue
        at = int(row.get("start", -1))
        day = next((d for d, lo, hi in spans if lo <= at < hi), None)
        if day is not None:
            row.update(date=day.iso, date_expr=day.expr, time_precision=to_time_precision(day.precision))
    return rows

"""The acts of a dated summary told one by one after it: each takes the summary's day.

``تعرضت القوات الأمريكية أمس الخميس لثلاث هجمات. واستهدف هجوم بطائرة مسيرة قاعدة
حرير. وسقطت صواريخ على قاعدة عين الأسد.``: the summary counts the acts of one
day (a dated salvo, :mod:`rasd.dated_salvos`) and the sentences after it tell
them without a day. Each told act is an incident of that day, at its own place,
and the summary gives no row of its own. A summary followed by no such act
stays one event (``وشهد مساء الأحد ثلاث هجمات على القوات الأمريكية``).
"""

from __future__ import annotations

from typing import Any

__all__ = ["date_salvo_details"]

_DATE_FIELDS = ("date", "date_expr", "time_precision")


def _is_detail(row: dict[str, Any]) -> bool:
    """An undated attack told at a place of its own, in a sentence with no time of its own.

    An attack noun pointing back (``تعرضت للهجوم في موقعين``) points back to the summary's acts.
    """
    return (
        row["type"] == "attack"
        and not row.get("date")
        and bool(row.get("place"))
        and not (row.get("earlier") or row.get("timed") or row.get("series"))
    )


def date_salvo_details(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give the acts told after a dated summary its day, and drop the summary when they tell its acts.

    Args:
        rows: Sentence event rows in article order; a summary row carries
            ``salvo`` (the number of acts it counts), which is dropped here.
    """
    out: list[dict[str, Any]] = []
    pending: list[dict[str, Any]] = []  # details still to be told for the last summary
    summary: dict[str, Any] | None = None
    left = 0
    for row in rows:
        size = row.pop("salvo", 0)
        if size and len(str(row.get("date") or "")) == 10:
            summary, left, pending = row, size, []
            out.append(row)
            continue
        if summary is not None and left > 0 and _is_detail(row):
            row.update({**{k: summary[k] for k in _DATE_FIELDS}, "anaphoric": False})
            pending.append(row)
            left -= 1
            if summary in out:
                out.remove(summary)  # the acts told one by one stand for the summary
        elif summary is not None and row.get("date") and row["type"] == "attack":
            summary, left = None, 0  # an act of another day closes the summary's acts
        out.append(row)
    return out

"""Acts summed up under a dual head before they are told one by one.

``استهدفت طائرات مسيرة قاعدتين للقوات الأمريكية في دير الزور وحمص``, then ``وقالت المصادر
إن قاعدة حقل العمر في دير الزور تعرضت لهجوم بطائرات مسيرة``: the first sentence sums up
the acts the next ones tell, and the annotated sets give a row to each act, none to the
summary. An undated row whose target opens with a dual head (data ``dual_targets``) is
dropped when an undated act of its type told after it, with the same weapon or none, lies
at or in its place.
"""

from __future__ import annotations

import re
from typing import Any

from rasd.event_lexicon import is_word
from rasd.incidents import contains_place
from rasd.text import normalize_str

__all__ = ["drop_dual_summaries"]

_WORD = re.compile(r"\w+")


def _weapons(row: dict[str, Any]) -> set[str]:
    return set(str(row.get("weapon") or "").split("+")) - {""}


def _dual(row: dict[str, Any]) -> bool:
    words = _WORD.findall(normalize_str(str(row.get("target") or "")))
    return bool(words) and is_word(words[0], "dual_targets")


def _told_after(summary: dict[str, Any], row: dict[str, Any]) -> bool:
    """``row`` tells one of the acts ``summary`` sums up."""
    if row["type"] != summary["type"] or row.get("date") or not row.get("place"):
        return False
    a, b = _weapons(summary), _weapons(row)
    place = str(summary["place"])
    return (not a or not b or bool(a & b)) and (row["place"] == place or contains_place(place, str(row["place"])))


def drop_dual_summaries(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop the undated rows that sum up, under a dual head, acts told after them (see the module docstring)."""
    return [
        r
        for i, r in enumerate(rows)
        if not (
            r["type"] in {"attack", "us_strike"}
            and not r.get("date")
            and r.get("place")
            and _dual(r)
            and any(_told_after(r, later) for later in rows[i + 1 :])
        )
    ]

"""The site a named base lies in, for :mod:`rasd.deployments`.

A base inside an airport (data/places.csv ``related``: ``فيكتوريا`` in ``مطار بغداد``) is one place
with it: when a sentence gives the base a row, the airport named to locate it gets none
(``قاعدة فيكتوريا، وهي منشأة عسكرية داخل مطار بغداد، وتستخدمها القوات الأمريكية``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.gazetteer import place_rows

__all__ = ["without_host_airport"]


@cache
def _airport_of() -> dict[str, str]:
    """The airport each base lies in, by canonical name."""
    rows = {row["id"]: row for row in place_rows()}
    return {
        row["canonical"]: rows[row["related"]]["canonical"]
        for row in rows.values()
        if row["type"] == "base" and rows.get(row.get("related") or "", {}).get("type") == "airport"
    }


def without_host_airport(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The base rows of one sentence less those of an airport another of its bases lies in.

    Args:
        rows: Base-presence rows of one sentence.

    Returns:
        The rows, without a row for ``مطار بغداد`` when one is for ``فيكتوريا``.
    """
    airports = {_airport_of().get(row["place"]) for row in rows}
    return [row for row in rows if row["place"] not in airports]

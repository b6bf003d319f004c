"""The theatre filter of the events table: acts placed outside Iraq, Syria and Jordan are dropped.

The theatre's countries are data (``theatre`` in ``data/attack_context.yaml``); the Hamas attack on
Israel, say, is an attack placed outside it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.event_types import is_attackish
from rasd.incidents import place_country
from rasd.lexicon import load_yaml

__all__ = ["in_theatre"]


@cache
def _theatre() -> frozenset[str]:
    return frozenset(load_yaml("attack_context.yaml")["theatre"])


def in_theatre(row: dict[str, Any]) -> bool:
    """An act placed in the theatre, or not placed.

    Threats, visits and other developments are kept wherever they are placed.

    Args:
        row: An event row with ``type`` and ``place``.

    Returns:
        Whether the row stays in the events table.
    """
    if row["type"] != "claim" and not is_attackish(row["type"]):
        return True
    country = place_country(str(row.get("place") or ""))
    return not country or country in _theatre()

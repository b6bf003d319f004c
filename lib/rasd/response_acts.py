"""The attack a response clause names at a base: an incident of its own, not a pointer back.

``ردا على الهجوم الذي استهدف قاعدة البرج 22`` names its act with a definite noun, which
usually points back to an act told before. When it names the base it struck, the act is
known by itself: the row joins an attack at that base told before (as any report of one
incident does) and, when none was told, stays a row of its own instead of folding into
the strike it prompted.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.gazetteer import place_rows

__all__ = ["own_base_acts"]


@cache
def _bases() -> frozenset[str]:
    return frozenset(str(r["canonical"]) for r in place_rows() if r["type"] == "base")


def own_base_acts(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of a response clause, an attack placed at a base no longer pointing back.

    Args:
        rows: The event rows read from a response clause.

    Returns:
        The rows, with ``anaphoric`` false on attacks placed at a base.
    """
    return [{**r, "anaphoric": False} if r["type"] == "attack" and r.get("place") in _bases() else r for r in rows]

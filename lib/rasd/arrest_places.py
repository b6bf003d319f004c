"""The place of an arrest that names none: where the act its culprits did was told.

``وأفاد المتحدث بأن الأجهزة الأمنية ألقت القبض على ستة أشخاص متهمين بتنفيذ الهجوم``: the
arrest (an ``other`` row marked ``arrest`` by :mod:`rasd.developments`) names no
place, but the attack noun of its charge is read as an attack row of the same
sentence, which the next sentence may place (``وتعرضت السفارة الأميركية في بغداد
… لهجوم``; :mod:`rasd.neighbour_places`). The arrest takes that place.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc

__all__ = ["place_arrests"]

_PLACE_FIELDS = ("place", "lat", "lon")


def _sentence_of(doc: Doc, start: int) -> int | None:
    """The index of the narrative sentence holding the offset, or None."""
    return next((i for i, s in enumerate(doc.narrative()) if s.start <= start < s.end), None)


def place_arrests(doc: Doc, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give each unplaced arrest row the place of the placed attack row of its sentence.

    Args:
        doc: The article.
        rows: Its sentence event rows, in article order (changed in place).

    Returns:
        The same rows.
    """
    for row in rows:
        if row.get("act") != "arrest" or row.get("place"):
            continue
        i = _sentence_of(doc, int(row.get("start") or 0))
        act = next(
            (r for r in rows if r["type"] == "attack" and r.get("place") and i is not None and _sentence_of(doc, int(r.get("start") or 0)) == i),
            None,
        )
        if act is not None:
            row.update({f: act.get(f) for f in _PLACE_FIELDS})
    return rows

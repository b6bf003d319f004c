"""An attack placed at a town or province only, told beside the same act at a site there: one row.

``سقطت عدة صواريخ قرب مطار أربيل الدولي … وقالت مصادر إن سقوط الصواريخ في أربيل أسفر عن
جريحين``: the second sentence tells the act of the first again, placed at the city the airport
lies in. When an article's attack at a base or camp and an attack placed only at a city or
province of the same first-level division (``admin1`` of ``data/places.csv``) carry the same
day and the same weapon, the vaguer row is that act told again: the site row stands for both.
Two undated rows share no known day (an undated page lists acts of many days), so they stay. Acts by other weapons (``استهدفت مسيرات قاعدتين في دير الزور … وسقطت صواريخ على
حقل العمر``) or by no weapon named (``قصف انطلق من قرية مجاورة`` on the province of a base),
strikes, interceptions and claims keep their rows; so do countries and regions, which summarise
the acts of a whole theatre rather than retell one.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.gazetteer import place_rows

__all__ = ["fold_vague_places"]

_VAGUE = frozenset({"city", "governorate"})
_SITES = frozenset({"base", "camp"})


@cache
def _places() -> dict[str, dict[str, Any]]:
    return {str(r["canonical"]): r for r in place_rows()}


def _division(place: Any, types: frozenset[str]) -> str | None:
    """The first-level division of a place of one of ``types``, or None."""
    row = _places().get(str(place or ""))
    return str(row["admin1"]) if row is not None and row["type"] in types and row.get("admin1") else None


def _key(row: dict[str, Any]) -> str | None:
    return str(row["date"]) if row.get("date") else None


def fold_vague_places(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop each attack placed at a city or province that retells an attack at a site there (see above).

    Args:
        rows: An article's event rows.

    Returns:
        The rows without those told again at their city or province.
    """
    sites: dict[tuple[str, str], set[str]] = {}
    for r in rows:
        if r["type"] == "attack" and _key(r) and (d := _division(r.get("place"), _SITES)):
            sites.setdefault((_key(r), d), set()).add(str(r.get("weapon") or ""))
    return [r for r in rows if not _retold(r, sites)]


def _retold(row: dict[str, Any], sites: dict[tuple[str, str], set[str]]) -> bool:
    """The row is an attack at a city or province that an attack at a site there tells with the same weapon."""
    division = _division(row.get("place"), _VAGUE) if row["type"] == "attack" and _key(row) else None
    weapons = sites.get((_key(row), division)) if division else None
    weapon = str(row.get("weapon") or "")
    return weapons is not None and bool(weapon) and weapon in weapons

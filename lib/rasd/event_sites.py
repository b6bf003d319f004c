"""The site of an attack placed only in a country: the one US base the article names there.

``هجوم بطائرة مسيرة استهدف موقعا أمريكيا صغيرا على الأراضي الأردنية`` places the act in
Jordan; when the article names a single base in Jordan (``البرج 22``), that base is the
site attacked, as the gold names an incident by its most precise place. A row whose target
names several positions (``القواعد الأمريكية في سوريا``) tells no single site and keeps
its country, and so does a country where the article names two bases or none.

Two rows of one kind and one day at sites the gazetteer relates (``عين الأسد`` and the town
of ``البغدادي`` beside it, ``مطار بغداد`` and ``فيكتوريا`` inside it, a base and the town it is
named after) tell one incident, each report naming the site its own way: the row told first
stays (:func:`fold_site_twins`). Rows with no full day are left apart: two undated acts at
such sites may be two acts; so are rockets on the base and drones on the quarter beside it
(two weapons told, and none shared).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc
from rasd.gazetteer import place_rows, related_places
from rasd.incidents import place_country
from rasd.lexicon import word_set
from rasd.scope import base_of
from rasd.text import clitic_variants, normalize_str

__all__ = ["fold_site_twins", "place_at_sole_base"]

_SITE_TYPES = frozenset({"attack", "interception", "claim"})
_FULL_DAY = len("2024-01-20")


@cache
def _plural_targets() -> frozenset[str]:
    return word_set("event_triggers.yaml", "plural_targets")


def _names_several(target: str) -> bool:
    """The target names several positions or forces (``القواعد الأمريكية``, ``قواتها``)."""
    words = normalize_str(target).split()
    return any(stem in _plural_targets() for w in words for _, stem in clitic_variants(w))


def _sole_bases(doc: Doc) -> dict[str, dict[str, Any]]:
    """The base of each country the article names exactly one base in."""
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for m in doc.places:
        base = base_of(doc, m)
        if base is not None and base.get("country"):
            found.setdefault(base["country"], {})[base["canonical"]] = base
    return {country: next(iter(bases.values())) for country, bases in found.items() if len(bases) == 1}


@cache
def _country_names() -> frozenset[str]:
    return frozenset(r["canonical"] for r in place_rows() if r["type"] == "country")


def place_at_sole_base(doc: Doc, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Move acts placed in a country to the one base the article names in it (see the module docstring).

    Args:
        doc: The article.
        rows: Its event rows, once the incidents are merged.

    Returns:
        The rows, an act on one site placed only in a country now placed at its base.
    """
    sole = None
    out = []
    for row in rows:
        place = str(row.get("place") or "")
        if row["type"] in _SITE_TYPES and place in _country_names() and not _names_several(str(row.get("target") or "")):
            sole = _sole_bases(doc) if sole is None else sole
            base = sole.get(place_country(place))
            if base is not None:
                row = {**row, "place": base["canonical"], "lat": base["lat"], "lon": base["lon"]}
        out.append(row)
    return out


def _twins(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Rows of one kind, one full day and related sites."""
    day = str(a.get("date") or "")
    return (
        a["type"] == b["type"]
        and a["type"] in _SITE_TYPES
        and len(day) == _FULL_DAY
        and day == str(b.get("date") or "")
        and related_places(str(a.get("place") or ""), str(b.get("place") or ""))
        and _weapons_agree(str(a.get("weapon") or ""), str(b.get("weapon") or ""))
    )


def _weapons_agree(a: str, b: str) -> bool:
    """One row names no weapon, or the two share one (``rocket+drone`` and ``drone``)."""
    return not a or not b or bool(set(a.split("+")) & set(b.split("+")))


def fold_site_twins(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a row that retells, the same day, the act of a row told before at a related site.

    Args:
        rows: An article's event rows, dated and placed.

    Returns:
        The rows, such a twin folded into the row told first (its casualties kept when that row lacks them).
    """
    out: list[dict[str, Any]] = []
    for row in rows:
        first = next((r for r in out if _twins(r, row)), None)
        if first is None:
            out.append(row)
            continue
        for k in ("killed", "injured"):
            if first.get(k) is None and row.get(k) is not None:
                first[k] = row[k]
    return out

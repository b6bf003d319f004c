"""The site of an attack placed only in a country: the one US base the article names there.

``هجوم بطائرة مسيرة استهدف موقعا أمريكيا صغيرا على الأراضي الأردنية`` places the act in
Jordan; when the article names a single base in Jordan (``البرج 22``), that base is the
site attacked, as the gold names an incident by its most precise place. A row whose target
names several positions (``القواعد الأمريكية في سوريا``) tells no single site and keeps
its country, and so does a country where the article names two bases or none.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc
from rasd.gazetteer import place_rows
from rasd.incidents import place_country
from rasd.lexicon import word_set
from rasd.scope import base_of
from rasd.text import clitic_variants, normalize_str

__all__ = ["place_at_sole_base"]

_SITE_TYPES = frozenset({"attack", "interception", "claim"})


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

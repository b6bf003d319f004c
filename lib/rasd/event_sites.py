"""The site of an attack placed only in a country: the one US base the article names there.

``هجوم بطائرة مسيرة استهدف موقعا أمريكيا صغيرا على الأراضي الأردنية`` places the act in
Jordan; when the article names a single base in Jordan (``البرج 22``), that base is the
site attacked, as the gold names an incident by its most precise place. A row whose target
names several positions (``القواعد الأمريكية في سوريا``) tells no single site and keeps
its country, and so does a country where the article names two bases or none.

Two rows of one kind and one day at sites the gazetteer relates (``عين الأسد`` and the town
of ``البغدادي`` beside it, ``مطار بغداد`` and ``فيكتوريا`` inside it, a base and the town it is
named after) tell one incident, each report naming the site its own way: the row told first
stays (:func:`fold_site_twins`). Rows with no full day are left apart here: on a dated page two
undated acts at such sites may be two acts (a page with no date at all is
:mod:`rasd.undated_sites`'s); so are rockets on the base and drones on the quarter beside it
(two weapons told, and none shared).

An undated attack told at «a base in» an area (``هجوما بطائرة مسيرة استهدف قاعدة في الحسكة``;
``vague_site_nouns``) after an attack of that date told at a named base of the area retells that
attack (:func:`fold_vague_retellings`); «another base» (``other_site_words``) is a further act.
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

__all__ = ["fold_site_twins", "fold_vague_retellings", "names_several", "place_at_sole_base"]

_SITE_TYPES = frozenset({"attack", "interception", "claim"})
_FULL_DAY = len("2024-01-20")
_AREA_KINDS = frozenset({"governorate", "city"})  # an area a base lies in
_NAMED_SITES = frozenset({"base", "airport", "oilfield"})
_OTHER_REACH = 3  # words of the target after its site noun that may mark another site ("قاعدة أخرى")


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


@cache
def _site_info() -> dict[str, tuple[str, str]]:
    """Canonical place name -> (gazetteer type, governorate)."""
    return {str(r["canonical"]): (str(r["type"]), str(r.get("admin1") or "")) for r in place_rows()}


def _vague_site(row: dict[str, Any]) -> str:
    """The governorate of an undated attack told at «a base in» an area, or ``""``."""
    kind, admin1 = _site_info().get(str(row.get("place") or ""), ("", ""))
    words = normalize_str(str(row.get("target") or "")).split()
    if row["type"] != "attack" or row.get("date") or kind not in _AREA_KINDS or not words:
        return ""
    if words[0] not in _vague_nouns() or any(w in _other_words() for w in words[:_OTHER_REACH]):
        return ""
    return admin1


@cache
def _vague_nouns() -> frozenset[str]:
    return word_set("event_triggers.yaml", "vague_site_nouns")


@cache
def _other_words() -> frozenset[str]:
    return word_set("event_triggers.yaml", "other_site_words")


def fold_vague_retellings(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop an undated attack at «a base in» an area told after an undated attack at a named base of it.

    Args:
        rows: An article's event rows, placed.

    Returns:
        The rows, such a retelling folded into the attack told before (its casualties kept).
    """
    out: list[dict[str, Any]] = []
    for row in rows:
        area = _vague_site(row)
        told = next(
            (
                r
                for r in out
                if area
                and r["type"] == "attack"
                and not r.get("date")
                and _site_info().get(str(r.get("place") or ""), ("", ""))[0] in _NAMED_SITES
                and _site_info()[str(r["place"])][1] == area
            ),
            None,
        )
        if told is None:
            out.append(row)
            continue
        for k in ("killed", "injured"):
            if told.get(k) is None and row.get(k) is not None:
                told[k] = row[k]
    return out


names_several = _names_several

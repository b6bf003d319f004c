"""The base an act's target points back to by name (``القاعدة المذكورة``): the last base named before it.

``وكانت القاعدة المذكورة قد تعرضت في كانون الثاني الماضي لقصف بصاروخين`` tells an act at
the base named just before (``قاعدة قوات التحالف في حقل كونيكو``), though the sentence that
named it told no act. An attack, interception or claim with no place whose target holds such
a phrase, or whose sentence does (``data/event_triggers.yaml``, ``mentioned_base_phrases``),
takes the latest base the text names before the act (:func:`place_at_mentioned_base`).

An interception or claim told with a bare base noun pointing back (``وأسقطت القوات المسيرة بمحيط
القاعدة``, ``الدفاعات الجوية بالقاعدة الأمريكية تصدت للمسيرة``; ``base_anaphors``) is at that
base too (:func:`place_at_anaphoric_base`), when its sentence names no place of its own, or only
the country the base lies in: the sentence before named the base (``مسيرة تحلق في أجواء القاعدة
الأمريكية بمطار خراب الجير``). The place of the act it points back to, lent when the incidents
were merged, gives way to that base. So is an attack placed nowhere (``تضم قاعدة عين الأسد مئات
الجنود. وقد استهدفت الفصائل القاعدة بصاروخين``). ``تنظيم القاعدة`` is the organisation.

A target that locates the base noun in an area (``تم قصف القاعدة الواقعة بمحافظة صلاح الدين``;
``base_locator_participles``) names that area only to say where the base told before lies: when
that base lies in it, the act is at the base, not in the area.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from rasd.doc import Doc
from rasd.event_lexicon import is_word
from rasd.gazetteer import place_rows
from rasd.incidents import place_country
from rasd.lexicon import word_set
from rasd.scope import base_of
from rasd.text import normalize_str

__all__ = ["place_at_anaphoric_base", "place_at_mentioned_base"]

_TYPES = frozenset({"attack", "interception", "claim"})
_POINTING_TYPES = frozenset({"interception", "claim"})  # told of an act at a base named before
_AREA_TYPES = frozenset({"governorate", "city", "region"})  # areas a base is located in
_WORD = re.compile(r"\w+")  # words without the punctuation glued to them («القاعدة.», «القاعدة،»)


@cache
def _phrases() -> frozenset[str]:
    return word_set("event_triggers.yaml", "mentioned_base_phrases")


@cache
def _country_names() -> frozenset[str]:
    return frozenset(str(r["canonical"]) for r in place_rows() if r["type"] == "country")


def _points_back(target: str) -> bool:
    norm = normalize_str(target)
    return any(p in norm for p in _phrases())


def _last_base_before(doc: Doc, start: int) -> dict[str, Any] | None:
    """The base the text names last before the original offset ``start``."""
    last = None
    for m in doc.places:
        base = base_of(doc, m)
        if base is not None and doc.nt.to_original(m.start, m.end)[1] <= start:
            last = base
    return last


def _at(row: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    return {**row, "place": base["canonical"], "lat": base.get("lat"), "lon": base.get("lon")}


def place_at_mentioned_base(doc: Doc, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Place each act whose target is ``القاعدة المذكورة`` (or alike) at the base named before it.

    Args:
        doc: The article.
        rows: Its event rows.

    Returns:
        The rows, such an act with no place now at that base.
    """
    out = []
    for row in rows:
        if row["type"] in _TYPES and not row.get("place") and _points_back(f"{row.get('target') or ''} {row.get('sentence') or ''}"):
            base = _last_base_before(doc, int(row.get("start") or 0))
            if base is not None:
                row = _at(row, base)
        out.append(row)
    return out


@cache
def _areas() -> dict[str, str]:
    """Canonical name of each area a base may be located in, with its governorate (``admin1``)."""
    return {str(r["canonical"]): str(r.get("admin1") or "") for r in place_rows() if r["type"] in _AREA_TYPES}


def _located_anaphor(row: dict[str, Any]) -> bool:
    """The row's target holds a bare base noun and a locating participle (``القاعدة الواقعة بمحافظة …``)."""
    words = normalize_str(str(row.get("target") or "")).split()
    return any(
        is_word(w, "base_anaphors") and is_word(nxt, "base_locator_participles") for w, nxt in zip(words, words[1:], strict=False)
    )


def _in_area(row: dict[str, Any], base: dict[str, Any]) -> bool:
    """The row's place is an area of the governorate the base lies in."""
    area = _areas().get(str(row.get("place") or ""))
    return bool(area) and area == str(base.get("admin1") or "")


def _bare_anaphor(row: dict[str, Any]) -> bool:
    """An interception or claim whose sentence holds a bare base noun (``بمحيط القاعدة``), or an attack with no place.

    ``تنظيم القاعدة`` names the organisation, no base. The noun may end the sentence or a clause
    (``ضمن القاعدة.``, ``بمحيط القاعدة،``).
    """
    if row["type"] not in _POINTING_TYPES and (row["type"] != "attack" or row.get("place")):
        return False
    words = _WORD.findall(normalize_str(str(row.get("sentence") or "")))
    return any(
        is_word(w, "base_anaphors") and not (k and is_word(words[k - 1], "base_anaphor_blockers"))
        for k, w in enumerate(words)
    )


def _named_in_sentence(doc: Doc, row: dict[str, Any]) -> set[str]:
    """Canonical names of the places the row's sentence names."""
    lo = int(row.get("start") or 0)
    sent = next((s for s in doc.sentences if s.start <= lo < s.end), None)
    if sent is None:
        return set()
    return {str(m.value["canonical"]) for m in doc.within(doc.places, sent)}


def _open_place(doc: Doc, row: dict[str, Any], base: dict[str, Any]) -> bool:
    """The row's sentence names no place of the row, or only the country ``base`` lies in."""
    place = str(row.get("place") or "")
    if place in _country_names():
        return place_country(place) == base.get("country")
    return not place or place not in _named_in_sentence(doc, row)


def place_at_anaphoric_base(doc: Doc, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Place each interception or claim pointing back with ``القاعدة`` at the base named before it.

    Args:
        doc: The article.
        rows: Its event rows, once the incidents are merged.

    Returns:
        The rows, such an act whose sentence names no place of its own now at that base.
    """
    out = []
    for row in rows:
        if _bare_anaphor(row):
            base = _last_base_before(doc, int(row.get("start") or 0))
            if base is not None and _open_place(doc, row, base):
                row = _at(row, base)
        elif row["type"] in _TYPES and _located_anaphor(row):
            base = _last_base_before(doc, int(row.get("start") or 0))
            if base is not None and _in_area(row, base):
                row = _at(row, base)  # "قصف القاعدة الواقعة بمحافظة صلاح الدين": the base told before
        out.append(row)
    return out

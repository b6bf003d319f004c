"""An act at «a base» placed only in a country or province: the base a sentence right after names with the same weapon.

A report often opens on an unnamed site and names it a sentence later, quoting its source:
``تعرضت قاعدة عسكرية تضم قوات أمريكية في غرب العراق لهجوم بطائرة مسيرة صباح الخميس`` …
``وقال المسؤول إنه تم إطلاق طائرة مسيرة ضد القوات في قاعدة الحرير``. The act is placed in the
country only; the base named next with the same weapon is its site, as the gold names an
incident by its most precise place (:func:`place_at_base_told_after`). An act placed in a province
(``استهدفت إحدى القواعد الأمريكية في محافظة الحسكة بهجوم صاروخي`` … ``سقط صاروخ في القاعدة
الأمريكية في خراب الجير``) takes the base of that province the same way.

The row's target must open on an indefinite site noun (``قاعدة``, ``موقعا``;
``vague_site_nouns``) or on «one of» the bases (``إحدى القواعد``; ``one_of_words``), the words of
its time before it at most (``فجر اليوم إحدى القواعد``); a province's act whose base already has a
row of that type is left to the folds of :mod:`rasd.undated_sites`. The first sentence after it
(within :data:`_REACH`) that names a base must name one base only in the row's country (and
province), tell a weapon of the row, and no «other» site
(``قاعدة أخرى``; ``other_site_words``). A row that names several positions, names no weapon,
or is followed by a base told with another weapon keeps its country.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_fields import weapons
from rasd.gazetteer import place_rows
from rasd.incidents import place_country
from rasd.lexicon import word_set
from rasd.scope import base_of
from rasd.text import normalize_str

__all__ = ["place_at_base_told_after"]

_TYPES = frozenset({"attack", "interception", "claim"})
_REACH = 2  # sentences after the act's own that may name its base
_LEAD = 2  # words that may stand before the site noun in the row's target (its time: "فجر اليوم")


@cache
def _country_names() -> frozenset[str]:
    return frozenset(str(r["canonical"]) for r in place_rows() if r["type"] == "country")


@cache
def _vague_nouns() -> frozenset[str]:
    return word_set("event_triggers.yaml", "vague_site_nouns")


@cache
def _other_words() -> frozenset[str]:
    return word_set("event_triggers.yaml", "other_site_words")


@cache
def _one_of_words() -> frozenset[str]:
    return word_set("event_triggers.yaml", "one_of_words")


@cache
def _target_nouns() -> frozenset[str]:
    return word_set("event_triggers.yaml", "target_nouns")


def _vague_target(row: dict[str, Any]) -> bool:
    """The row's target opens on an indefinite site noun (``قاعدة عسكرية تضم …``) or «one of» (``إحدى القواعد``)."""
    words = normalize_str(str(row.get("target") or "")).split()
    for word in words[: _LEAD + 1]:
        if word in _vague_nouns() or word in _one_of_words():
            return True
        if word in _target_nouns():
            return False
    return False


def _setting(place: str) -> tuple[str, str | None] | None:
    """The country, and the province if the place is one, of a row placed only in a country or province."""
    if place in _country_names():
        return place_country(place), None
    row = _governorates().get(place)
    return (str(row["country"]), str(row["admin1"])) if row else None


@cache
def _governorates() -> dict[str, dict[str, Any]]:
    return {str(r["canonical"]): r for r in place_rows() if r["type"] == "governorate"}


def _sentence_index(doc: Doc, start: int) -> int:
    """Index of the sentence holding the original offset ``start``, or -1."""
    return next((k for k, s in enumerate(doc.sentences) if s.start <= start < s.end), -1)


def _bases_in(doc: Doc, sent: DocSentence) -> list[dict[str, Any]]:
    """The bases a sentence names, in order, each once."""
    found: dict[str, dict[str, Any]] = {}
    for m in doc.within(doc.places, sent):
        base = base_of(doc, m)
        if base is not None:
            found.setdefault(str(base["canonical"]), base)
    return list(found.values())


def _base_told_after(doc: Doc, row: dict[str, Any], country: str, province: str | None) -> dict[str, Any] | None:
    """The one base of ``country`` (and ``province``) the first base-naming sentence after the row names with its weapon."""
    idx = _sentence_index(doc, int(row.get("start") or 0))
    if idx < 0:
        return None
    kinds = set(str(row.get("weapon") or "").split("+")) - {""}
    for sent in doc.sentences[idx + 1 : idx + 1 + _REACH]:
        bases = _bases_in(doc, sent)
        if not bases:
            continue
        tokens = doc.sentence_tokens(sent)
        told = set(weapons(tokens, "attack").split("+"))
        here = [b for b in bases if b.get("country") == country and province in (None, b.get("admin1"))]
        if len(here) != 1 or not kinds & told or any(t.text in _other_words() for t in tokens):
            return None
        return here[0]
    return None


def _told_there(rows: list[dict[str, Any]], row: dict[str, Any], base: str) -> bool:
    """Another row of the row's type is placed at ``base``."""
    return any(r is not row and r["type"] == row["type"] and r.get("place") == base for r in rows)


def place_at_base_told_after(doc: Doc, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Move an act at «a base» placed in a country or province to the base named right after it (see the module docstring).

    Args:
        doc: The article.
        rows: Its event rows, once the incidents are merged.

    Returns:
        The rows, such an act now placed at that base.
    """
    out = []
    for row in rows:
        place = str(row.get("place") or "")
        setting = _setting(place) if row["type"] in _TYPES and _vague_target(row) else None
        if setting is not None:
            base = _base_told_after(doc, row, *setting)
            if base is not None and setting[1] is not None and _told_there(rows, row, str(base["canonical"])):
                base = None  # the base's own row tells the act: the folds of rasd.undated_sites take the province's
            if base is not None:
                row = {**row, "place": base["canonical"], "lat": base.get("lat"), "lon": base.get("lon")}
        out.append(row)
    return out

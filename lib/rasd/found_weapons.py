"""The place of a weapon found near "the base": the base the article named last.

``وعثرت القوات الأمنية على منصة لإطلاق الصواريخ داخل عربة متروكة قرب القاعدة``:
the find (an ``other`` event) names no place of its own but a definite base
noun that points back to the base told before (``قاعدة كي وان``), as the
annotated sets place it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.act_kinds import with_act
from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word
from rasd.gazetteer import place_rows
from rasd.incidents import place_country
from rasd.text import Token

__all__ = ["place_find"]


def _last_base(doc: Doc, sent: DocSentence) -> dict[str, Any] | None:
    """The base of the gazetteer named last before the sentence, or None."""
    before = [m for m in doc.places if m.start < sent.nstart and m.value.get("type") == "base"]
    return before[-1].value if before else None


@cache
def _countries() -> frozenset[str]:
    return frozenset(r["canonical"] for r in place_rows() if r["type"] == "country")


def _unplaced(row: dict[str, Any], base: dict[str, Any]) -> bool:
    """No place, or only the country the base lies in (``خلية … في العراق … على القاعدة``)."""
    place = str(row.get("place") or "")
    return not place or (place in _countries() and place_country(place) == base.get("country"))


def place_find(doc: Doc, sent: DocSentence, tokens: list[Token], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Place the unplaced find rows of a sentence that speaks of "the base" at the base named last.

    A row placed only in the country of that base counts as unplaced. Every row is marked a
    find (:mod:`rasd.act_kinds`).

    Args:
        doc: The article.
        sent: The sentence of the find.
        tokens: Its tokens.
        rows: The event rows of its discovery trigger.
    """
    rows = with_act(rows, "find")
    if not any(is_word(t.text, "base_anaphors") for t in tokens):
        return rows
    base = _last_base(doc, sent)
    if base is None:
        return rows
    place = {"place": base["canonical"], "lat": base.get("lat"), "lon": base.get("lon")}
    return [{**r, **place} if _unplaced(r, base) else r for r in rows]

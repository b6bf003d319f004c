"""An act at «a base» placed only in a country: the base a sentence right after names with the same weapon.

A report often opens on an unnamed site and names it a sentence later, quoting its source:
``تعرضت قاعدة عسكرية تضم قوات أمريكية في غرب العراق لهجوم بطائرة مسيرة صباح الخميس`` …
``وقال المسؤول إنه تم إطلاق طائرة مسيرة ضد القوات في قاعدة الحرير``. The act is placed in the
country only; the base named next with the same weapon is its site, as the gold names an
incident by its most precise place (:func:`place_at_base_told_after`).

The row's target must open on an indefinite site noun (``قاعدة``, ``موقعا``;
``vague_site_nouns``); the first sentence after it (within :data:`_REACH`) that names a base
must name one base only in the row's country, tell a weapon of the row, and no «other» site
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


@cache
def _country_names() -> frozenset[str]:
    return frozenset(str(r["canonical"]) for r in place_rows() if r["type"] == "country")


@cache
def _vague_nouns() -> frozenset[str]:
    return word_set("event_triggers.yaml", "vague_site_nouns")


@cache
def _other_words() -> frozenset[str]:
    return word_set("event_triggers.yaml", "other_site_words")


def _vague_target(row: dict[str, Any]) -> bool:
    """The row's target opens on an indefinite site noun (``قاعدة عسكرية تضم …``)."""
    words = normalize_str(str(row.get("target") or "")).split()
    return bool(words) and words[0] in _vague_nouns()


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


def _base_told_after(doc: Doc, row: dict[str, Any], country: str) -> dict[str, Any] | None:
    """The one base of ``country`` the first base-naming sentence after the row names with its weapon."""
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
        here = [b for b in bases if b.get("country") == country]
        if len(here) != 1 or not kinds & told or any(t.text in _other_words() for t in tokens):
            return None
        return here[0]
    return None


def place_at_base_told_after(doc: Doc, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Move an act at «a base» placed in a country to the base named right after it (see the module docstring).

    Args:
        doc: The article.
        rows: Its event rows, once the incidents are merged.

    Returns:
        The rows, such an act now placed at that base.
    """
    out = []
    for row in rows:
        place = str(row.get("place") or "")
        if row["type"] in _TYPES and place in _country_names() and _vague_target(row):
            base = _base_told_after(doc, row, place_country(place))
            if base is not None:
                row = {**row, "place": base["canonical"], "lat": base.get("lat"), "lon": base.get("lon")}
        out.append(row)
    return out

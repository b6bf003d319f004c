"""An act or threat «in the country» (``في البلاد``) with no place: the theatre country named before it.

``تتعهد كتائب حزب الله بتصعيد الهجمات ضد القوات الأمريكية في البلاد`` under a headline or a
sentence that names Iraq threatens the US forces in Iraq: the phrase points back to the
country the story is set in. An attack, claim or threat row with no place whose sentence holds
such a phrase (``data/event_triggers.yaml``, ``country_anaphor_phrases``) takes the last
country of the theatre (Iraq, Syria, Jordan) the text names before the act
(:func:`place_at_country_anaphor`), a country inside a faction's name too. A row with a place keeps it, and so does a row whose text
names no theatre country before it (``مغادرة البلاد`` after a sentence on Washington says nothing).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from rasd.doc import Doc
from rasd.gazetteer import find_places
from rasd.incidents import place_country
from rasd.lexicon import word_set
from rasd.text import normalize_str

__all__ = ["place_at_country_anaphor"]

_TYPES = frozenset({"attack", "claim", "threat"})
_THEATRE = frozenset({"Iraq", "Syria", "Jordan"})
_PUNCT = re.compile(r"[^\w\s]")


@cache
def _phrases() -> frozenset[str]:
    return word_set("event_triggers.yaml", "country_anaphor_phrases")


def _says_country(sentence: str) -> bool:
    """The sentence holds ``في البلاد`` or alike, as whole words."""
    norm = f" {' '.join(_PUNCT.sub(' ', normalize_str(sentence)).split())} "
    return any(f" {p} " in norm for p in _phrases())


def _last_country_before(doc: Doc, start: int) -> dict[str, Any] | None:
    """Gazetteer entry of the last theatre country the text names before the original offset ``start``.

    A country inside a faction's name counts (``كتائب حزب الله في العراق`` is set in Iraq).
    """
    last = None
    for m in find_places(doc.tokens):
        if m.value["type"] != "country" or place_country(str(m.value["canonical"])) not in _THEATRE:
            continue
        if doc.nt.to_original(m.start, m.end)[1] <= start:
            last = m.value
    return last


def place_at_country_anaphor(doc: Doc, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Place each act with no place told «in the country» in the theatre country named before it.

    Args:
        doc: The article.
        rows: Its event rows, once the incidents are merged.

    Returns:
        The rows, such an act now placed in that country.
    """
    out = []
    for row in rows:
        if row["type"] in _TYPES and not row.get("place") and _says_country(str(row.get("sentence") or "")):
            country = _last_country_before(doc, int(row.get("start") or 0))
            if country is not None:
                row = {**row, "place": country["canonical"], "lat": country.get("lat"), "lon": country.get("lon")}
        out.append(row)
    return out

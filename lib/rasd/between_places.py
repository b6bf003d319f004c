"""A broad place narrowed by the places it lies between (``البادية الممتدة بين مدينتي الميادين والعشارة``).

When the place an event row takes is an area, a region or a governorate followed by
``بين`` (after at most a participle of extent: ``الممتدة``, ``الواقعة``) and, within a word
(``مدينتي``, ``بلدتي``), by a narrower place, the act is placed at the first place named
there: the report locates the act by the towns that bound the area, and the annotated sets
name an incident by its most precise place. A broad place followed by another broad place
(``بين سوريا والعراق``) is left alone.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word

__all__ = ["between_place"]

_PARTICIPLE_REACH = 1  # tokens between the broad place and "بين" ("البادية الممتدة بين")
_HEAD_REACH = 1  # tokens between "بين" and the first named place ("بين مدينتي الميادين")
_BROAD_TYPES = frozenset({"country", "region", "governorate", "area"})


def _between_cue(doc: Doc, k: int) -> int | None:
    """Index of the "between" word at token ``k`` or after one participle of extent, else None."""
    for j in range(k, min(len(doc.tokens), k + _PARTICIPLE_REACH + 1)):
        text = doc.tokens[j].text
        if is_word(text, "between_words"):
            return j
        if not is_word(text, "extent_participles"):
            return None
    return None


def between_place(
    doc: Doc, sent: DocSentence, place: dict[str, Any] | None, part: tuple[int, int]
) -> dict[str, Any] | None:
    """The first narrower place a "between" phrase names after ``place``, else ``place``.

    Args:
        doc: The article.
        sent: The sentence of the row.
        place: The gazetteer entry the row took (or None).
        part: Norm offsets of the part of the sentence the act is told in.

    Returns:
        The gazetteer entry of the first place after ``بين`` when ``place`` is broad and that
        place is not; else ``place``.
    """
    if place is None or place.get("type") not in _BROAD_TYPES:
        return place
    matches = [m for m in doc.within(doc.places, sent) if part[0] <= m.start < part[1]]
    starts = {m.first_token: m for m in matches}
    for m in (m for m in matches if m.value.get("id") == place.get("id")):
        cue = _between_cue(doc, m.last_token + 1)
        if cue is None:
            continue
        for j in range(cue + 1, min(len(doc.tokens), cue + _HEAD_REACH + 2)):
            n = starts.get(j)
            if n is not None:
                return n.value if n.value.get("type") not in _BROAD_TYPES else place
    return place

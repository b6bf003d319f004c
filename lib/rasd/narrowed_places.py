"""A broader place narrowed by an "especially" phrase (``إقليم كردستان، وخاصة العاصمة أربيل``).

When the place an event row takes is followed within a few words by ``وخاصة``,
``ولا سيما``, ``تحديدا`` and a narrower place (a city, a base), the act is placed at the
narrower one: the report names the region first and then where the acts fell.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word

__all__ = ["narrowed_place"]

_NARROW_REACH = (
    2  # tokens between the broader place and the "especially" word ("كردستان العراق، وخاصة")
)
_NAME_REACH = (
    2  # tokens between the "especially" word and the narrower place ("وخاصة العاصمة أربيل")
)
_BROAD_TYPES = frozenset({"country", "region", "governorate", "area"})


def narrowed_place(
    doc: Doc, sent: DocSentence, place: dict[str, Any] | None, part: tuple[int, int]
) -> dict[str, Any] | None:
    """The narrower place an "especially" phrase names after ``place``, else ``place``.

    Args:
        doc: The article.
        sent: The sentence of the row.
        place: The gazetteer entry the row took (or None).
        part: Norm offsets of the part of the sentence the act is told in.

    Returns:
        The gazetteer entry of the narrower place, when ``place`` is a country, region or
        governorate followed by an "especially" word and a place of another type; else ``place``.
    """
    if place is None or place.get("type") not in _BROAD_TYPES:
        return place
    matches = [m for m in doc.within(doc.places, sent) if part[0] <= m.start < part[1]]
    starts = {m.first_token: m for m in matches}
    for m in (m for m in matches if m.value is place or m.value.get("id") == place.get("id")):
        k = m.last_token + 1
        end = min(len(doc.tokens), k + _NARROW_REACH + 1)
        cue = next(
            (j for j in range(k, end) if is_word(doc.tokens[j].text, "narrowing_words")), None
        )
        if cue is None:
            continue
        for j in range(cue + 1, min(len(doc.tokens), cue + _NAME_REACH + 2)):
            n = starts.get(j)
            if n is not None:
                return n.value if n.value.get("type") not in _BROAD_TYPES else place
    return place

"""The place of a visit to the United States: a visit is placed where it went, the US included.

The places of acts leave out the United States (``قال البنتاغون في واشنطن`` places no
attack), but a visit can be to it: ``عاد رئيس الوزراء من الولايات المتحدة إثر زيارة``,
``التقى الرئيس في واشنطن برئيس الوزراء العراقي``. A visit that names no place of the
theatre takes the first US place of the words it is told in, the more specific first.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence

__all__ = ["us_visit_place"]


def _in_us(value: dict[str, Any]) -> bool:
    country = value["name_en"] if value["type"] == "country" else value["country"]
    return country == "United States"


def us_visit_place(doc: Doc, sent: DocSentence, part: tuple[int, int]) -> dict[str, Any] | None:
    """The US place a visit went to, read in the norm offsets ``part`` of the sentence.

    Args:
        doc: The article.
        sent: The sentence of the visit.
        part: Norm offsets of the words the visit is told in.

    Returns:
        The gazetteer row of the place, or ``None`` when the words name no US place.
    """
    places = [m for m in doc.within(doc.places, sent) if part[0] <= m.start < part[1] and _in_us(m.value)]
    specific = [m for m in places if m.value["type"] != "country"]
    return (specific or places)[0].value if places else None

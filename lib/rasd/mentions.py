"""Mention tables: every date and every gazetteer place of an article, with offsets."""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc

__all__ = ["extract_dates", "extract_places"]


def extract_dates(doc: Doc) -> list[dict[str, Any]]:
    """One row per date expression (headline, dateline, subheads and body)."""
    return [
        {
            "article_id": doc.article_id,
            "expr": d.expr,
            "iso": d.iso,
            "precision": d.precision,
            "relative": d.relative,
            "start": d.start,
            "end": d.end,
        }
        for d in doc.dates
    ]


def extract_places(doc: Doc) -> list[dict[str, Any]]:
    """One row per gazetteer place mention, with its canonical name and coordinates."""
    rows = []
    for m in doc.places:
        start, end = doc.nt.to_original(m.start, m.end)
        place = m.value
        rows.append(
            {
                "article_id": doc.article_id,
                "name": doc.text[start:end],
                "canonical": place["canonical"],
                "name_en": place["name_en"],
                "type": place["type"],
                "country": place["country"],
                "lat": place["lat"],
                "lon": place["lon"],
                "start": start,
                "end": end,
            }
        )
    return rows

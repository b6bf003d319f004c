"""The base an act's target points back to by name (``القاعدة المذكورة``): the last base named before it.

``وكانت القاعدة المذكورة قد تعرضت في كانون الثاني الماضي لقصف بصاروخين`` tells an act at
the base named just before (``قاعدة قوات التحالف في حقل كونيكو``), though the sentence that
named it told no act. An attack, interception or claim with no place whose target holds such
a phrase, or whose sentence does (``data/event_triggers.yaml``, ``mentioned_base_phrases``),
takes the latest base the text names before the act.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc
from rasd.lexicon import word_set
from rasd.scope import base_of
from rasd.text import normalize_str

__all__ = ["place_at_mentioned_base"]

_TYPES = frozenset({"attack", "interception", "claim"})


@cache
def _phrases() -> frozenset[str]:
    return word_set("event_triggers.yaml", "mentioned_base_phrases")


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
                row = {**row, "place": base["canonical"], "lat": base.get("lat"), "lon": base.get("lon")}
        out.append(row)
    return out

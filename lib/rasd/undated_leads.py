"""A dated sentence that names one act by its noun, on a page whose day of writing is unknown.

``ووقع هجوم آخر يوم الأربعاء على قاعدة حرير``, ``وشهدت قاعدة عين الأسد مساء الأحد هجوما بطائرة
مسيرة``: :mod:`rasd.events` reports such a sentence as an act when its row has a day and a place.
On a page that prints no date the weekday resolves to no day, yet the act is told all the same:
the row keeps its time words (``date_expr``) and its place, and it is reported undated, as the
verb form of the same news is (``تعرضت قاعدة حرير يوم الأربعاء لهجوم``). A row with no place of
its own (``ووقع الهجوم مساء الخميس``) points back to the act told before, on any page.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rasd.doc import Doc

__all__ = ["lead_is_act"]


def lead_is_act(doc: Doc, row: Mapping[str, Any]) -> bool:
    """Whether the row a dated lead sentence gives is an act of its own (see the module docstring).

    Args:
        doc: The article.
        row: The event row of the sentence's single act noun.

    Returns:
        True when the row has a day and a place (or points back with a day), or, on a page with
        no publication date, time words it could not resolve and a place of its own.
    """
    if row.get("date"):
        return bool(row.get("place") or row.get("anaphoric"))
    return doc.published is None and bool(row.get("date_expr")) and bool(row.get("place")) and not row.get("anaphoric")

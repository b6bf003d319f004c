"""Which of the specific places a clause names locates an event best.

``تعرضت مركبتان للحشد لقصف جوي على الشريط الحدودي العراقي السوري في منطقة البوكمال``: the
border, a region, is narrowed by the town after it, and the act is at the town. Among the places
that are no country, a base comes first (``قاعدة حرير … في أربيل``), then a town, a site or any
other settled place, and last a region or a province (``الحدود العراقية السورية``, ``ريف دير
الزور``), which only sets the act when nothing narrower is named beside it.
"""

from __future__ import annotations

from typing import Any

__all__ = ["site_rank"]

_BROAD = frozenset({"region", "governorate"})


def site_rank(place: dict[str, Any]) -> int:
    """Rank of a gazetteer entry as an event's place: 0 for a base, 1 for a settled place, 2 for a region or province.

    Args:
        place: A gazetteer entry (its ``type`` is read).

    Returns:
        The rank; the lowest is taken, the first named among equals.
    """
    kind = place["type"]
    return 0 if kind == "base" else 2 if kind in _BROAD else 1

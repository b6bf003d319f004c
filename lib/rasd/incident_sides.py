"""Event rows that tell the other side of a known incident, never the incident itself.

A sentence telling a US strike often names the attacks it answered («قصف أمريكي ... ردّاً على
هجمات طالت مصالح غربية في العراق»), and a sentence telling an attack names the reply. Such a
row stands in the incident's sentence but is not the incident: an ``attack`` row never takes
the day of a ``us_strike`` incident, nor a ``us_strike`` row the day of an ``attack``.
"""

from __future__ import annotations

__all__ = ["other_side"]

_SIDES = {"attack": "us_strike", "us_strike": "attack"}


def other_side(row_type: object, incident_type: str) -> bool:
    """Whether a row of ``row_type`` is the other side of an incident of ``incident_type``."""
    return _SIDES.get(str(row_type or "")) == incident_type
